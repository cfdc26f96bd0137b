import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface Fixture {
  /** e.g. "seed-001" */
  name: string;
  /** Relative to the repository root, as a user would type it there. */
  path: string;
  bytes: Uint8Array;
}

/** Every `fixtures/<case>/input.*`, in name order. */
export function fixtures(): Fixture[] {
  const dir = join(ROOT, 'fixtures');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((name) => readdirSync(join(dir, name))
      .filter((f) => f.startsWith('input.'))
      .map((f) => ({ name, path: `fixtures/${name}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, name, f))) })));
}
