import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The library's own fixtures: documents the project wrote (never real reports). */
export const FIXTURES_DIR = join(__dirname, '..', '__fixtures__');

export function readFixture(path: string): Buffer {
  return readFileSync(join(FIXTURES_DIR, path));
}
