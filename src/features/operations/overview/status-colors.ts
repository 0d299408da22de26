// Colour class per status (fills in overview.css use the theme variables); other statuses share a muted colour.
const KNOWN = new Set(['done', 'failed', 'running', 'pending']);
export const statusClass = (status: string): string => `st-${KNOWN.has(status) ? status : 'other'}`;
