// For tests of plain days and local times in a zone other than the machine's (here, UTC).
import { afterEach, beforeEach } from 'vitest';

/** Inside a describe: its tests run with the process in time zone `tz` (Node re-reads TZ whenever it is set). */
export function runInZone(tz: string) {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env.TZ;
    process.env.TZ = tz;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
