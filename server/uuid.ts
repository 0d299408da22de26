// The one UUID check of the server (project and operation ids). The browser has its twin in src/api/schemas.ts: the
// server never imports UI code.
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
