import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/index.js';

/**
 * Whole documents as fixtures: fixtures/<case>/input.* → expected.json, reviewed like code.
 * Regenerate after a reviewed change with `UPDATE_FIXTURES=1 npx vitest run test/pipeline`.
 */
const root = join(import.meta.dirname, '..', '..', 'fixtures');
// Cases are the directories holding an input (fixtures/SOURCES.md names the real documents among them).
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && readdirSync(join(root, d.name)).some((f) => f.startsWith('input.'))).map((d) => d.name);

describe('fixtures', () => {
  for (const name of cases) {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const expectedPath = join(dir, 'expected.json');
    it(`${name}: parse matches the reviewed expected.json`, () => {
      const doc = parse(readFileSync(join(dir, input)), { path: input });
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(doc, null, 2)}\n`);
      expect(existsSync(expectedPath), `${name} has no expected.json: review the output and write it with UPDATE_FIXTURES=1`).toBe(true);
      expect(doc).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
