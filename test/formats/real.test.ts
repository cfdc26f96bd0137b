import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAsync } from '../../src/parse.js';

/**
 * Real PDF and Word files (fixtures/formats/<case>/input.*, sources in fixtures/SOURCES.md) →
 * expected.json, reviewed like code. They live apart from fixtures/<case> because the text
 * fixtures are parsed synchronously by other suites. Regenerate after a reviewed change with
 * `UPDATE_FIXTURES=1 npx vitest run test/formats/real`.
 */
const root = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(root, d.name)).some((f) => f.startsWith('input.')))
  .map((d) => d.name);

describe('real PDF and Word documents', () => {
  it('has the fixtures the issue asks for: three PDFs and two Word files at least', () => {
    const inputs = cases.map((c) => readdirSync(join(root, c)).find((f) => f.startsWith('input.'))!);
    expect(inputs.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    expect(inputs.filter((f) => /\.docx?$/.test(f)).length).toBeGreaterThanOrEqual(2);
  });

  for (const name of cases) {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const expectedPath = join(dir, 'expected.json');
    it(`${name}: parse matches the reviewed expected.json`, async () => {
      const doc = await parseAsync(readFileSync(join(dir, input)), { path: input, includeText: true });
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(doc, null, 2)}\n`);
      expect(existsSync(expectedPath), `${name} has no expected.json: review the output and write it with UPDATE_FIXTURES=1`).toBe(true);
      expect(doc).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
