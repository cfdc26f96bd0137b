import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// program.ts finds package.json relative to dist/, so the command line is run as built (`npm test` builds first).
import { run } from '../../dist/src/cli/program.js';
import { pageNames } from '../../src/cli/report.js';
import { parseFile } from '../../src/parse.js';
import { serialize } from '../../src/output/format.js';
import { bufferIo } from './io.js';
import { syntheticDocument } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'reform-parse-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE = 'fixtures/seed-004/input.txt';
const dataOf = (page: string) => JSON.parse(/<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]!);

describe('reform-parse report', () => {
  it('one input, -o FILE after the command: writes one page holding the parsed document and its text', async () => {
    const out = join(dir, 'one.html');
    const io = bufferIo();
    expect(await run(['report', FIXTURE, '-o', out], io)).toBe(0);
    const doc = await parseFile(FIXTURE, { includeText: true });
    expect(dataOf(readFileSync(out, 'utf8'))).toEqual(doc);
    expect(io.out()).toBe('');
  });

  it('no -o: the page goes to stdout', async () => {
    const io = bufferIo();
    expect(await run(['report', FIXTURE], io)).toBe(0);
    expect(io.out()).toMatch(/^<!doctype html>/);
  });

  it('reads a JSON output written with --include-text', async () => {
    const json = join(dir, 'synthetic.json');
    writeFileSync(json, JSON.stringify(syntheticDocument()));
    const io = bufferIo();
    expect(await run(['report', json, '--output', join(dir, 'synthetic.html')], io)).toBe(0);
    expect(dataOf(readFileSync(join(dir, 'synthetic.html'), 'utf8'))).toEqual(syntheticDocument());
  });

  it('refuses a JSON output without source.text, saying how to fix it (exit 1)', async () => {
    const { text: _t, ...source } = syntheticDocument().source;
    const json = join(dir, 'notext.json');
    writeFileSync(json, JSON.stringify({ ...syntheticDocument(), source }));
    const io = bufferIo();
    expect(await run(['report', json, '-o', join(dir, 'notext.html')], io)).toBe(1);
    expect(io.err()).toContain('--include-text');
    expect(existsSync(join(dir, 'notext.html'))).toBe(false);
  });

  it('several inputs without --out is a usage error (exit 2)', async () => {
    const io = bufferIo();
    expect(await run(['report', FIXTURE, 'fixtures/seed-003/input.txt', '-o', join(dir, 'x.html')], io)).toBe(2);
    expect(io.err()).toContain('--out DIR');
  });

  it('--out DIR: an index page and one page per document; a missing input is listed and exits 1', async () => {
    const out = join(dir, 'batch');
    const inputs = readdirSync('fixtures').filter((d) => /^seed-/.test(d)).map((d) => join('fixtures', d, 'input.txt'));
    const io = bufferIo();
    expect(await run(['report', ...inputs, join(dir, 'missing.txt'), '--out', out, '-q'], io)).toBe(1);
    const pages = readdirSync(out).filter((f) => f !== 'index.html').sort();
    expect(pages).toHaveLength(inputs.length);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const p of pages) expect(index).toContain(`href="${p}"`);
    expect(index).toContain('missing.txt');
    expect(io.err()).toContain('missing.txt: no such file');
  });

  it('the top-level --format csv writes the CSV of one document', async () => {
    const io = bufferIo();
    expect(await run([FIXTURE, '--format', 'csv'], io)).toBe(0);
    expect(io.out()).toBe(serialize(await parseFile(FIXTURE), 'csv'));
  });
});

describe('pageNames', () => {
  it.each([
    { paths: ['fixtures/seed-000/input.txt', 'fixtures/seed-001/input.txt'], expect: ['seed-000_input.html', 'seed-001_input.html'] },
    { paths: ['plan.txt'], expect: ['plan.html'] },
    { paths: ['index.md', 'a/index.md'], expect: ['index-2.html', 'a_index.html'] },
    { paths: ['a/计划 (1).txt', 'b/计划 (1).txt'], expect: ['a_计划_1_.html', 'b_计划_1_.html'] },
    { paths: ['x.txt', 'x.html'], expect: ['x.html', 'x-2.html'] },
  ])('$paths', ({ paths, expect: want }) => expect(pageNames(paths)).toEqual(want));
});
