import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// program.ts finds package.json relative to dist/, so the command line is run as built (`npm test` builds first).
import { run } from '../../dist/src/cli/program.js';
import { pageNames, today } from '../../src/cli/report.js';
import { parseFile } from '../../src/parse.js';
import { serialize } from '../../src/output/format.js';
import { bufferIo } from './io.js';
import { syntheticDocument } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'reform-parse-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE = 'fixtures/seed-004/input.txt';
const collectionOf = (page: string) => JSON.parse(/<script type="application\/json" id="collection-data">([^<]*)<\/script>/.exec(page)![1]!);
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

  // Issue 18 changed this: several inputs with -o used to be a usage error; now they make one cross-document page.
  it('several inputs with -o FILE: one cross-document page holding every document\'s tasks', async () => {
    const io = bufferIo();
    const out = join(dir, 'two.html');
    expect(await run(['report', FIXTURE, 'fixtures/seed-003/input.txt', '-o', out, '--as-of', '2022-07-01'], io)).toBe(0);
    const page = readFileSync(out, 'utf8');
    const data = collectionOf(page);
    expect(data.docs.map((d: { path: string }) => d.path)).toEqual([FIXTURE, 'fixtures/seed-003/input.txt']);
    const docs = await Promise.all([FIXTURE, 'fixtures/seed-003/input.txt'].map((f) => parseFile(f)));
    expect(data.tasks).toHaveLength(docs[0]!.tasks.length + docs[1]!.tasks.length);
    expect(page).toContain('<b id="as-of">2022-07-01</b>');
  });

  it('a directory and a glob are searched like the main command\'s inputs', async () => {
    const io = bufferIo();
    const out = join(dir, 'glob.html');
    expect(await run(['report', 'fixtures/seed-00[0-2]/*.txt', '-o', out], io)).toBe(0);
    expect(collectionOf(readFileSync(out, 'utf8')).docs).toHaveLength(3);
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'a'), { recursive: true });
    copyFileSync(FIXTURE, join(tree, 'a', 'plan.txt'));
    copyFileSync('fixtures/seed-003/input.txt', join(tree, 'summary.txt'));
    writeFileSync(join(tree, 'notes.json'), '{}'); // not a document extension: not taken from a directory
    expect(await run(['report', tree, '--out', join(dir, 'tree-out'), '-q'], io)).toBe(0);
    expect(readdirSync(join(dir, 'tree-out')).sort()).toEqual(['a_plan.html', 'index.html', 'summary.html']);
  });

  it('-o FILE and --out DIR together is a usage error (exit 2)', async () => {
    const io = bufferIo();
    expect(await run(['report', FIXTURE, '-o', join(dir, 'x.html'), '--out', join(dir, 'x')], io)).toBe(2);
    expect(io.err()).toContain('not both');
  });

  it.each(['2022-02-30', '2022-7-1', 'today'])('--as-of %s is a usage error (exit 2)', async (day) => {
    const io = bufferIo();
    expect(await run(['report', FIXTURE, '--as-of', day, '-o', join(dir, 'asof.html')], io)).toBe(2);
    expect(io.err()).toContain('YYYY-MM-DD');
    expect(existsSync(join(dir, 'asof.html'))).toBe(false);
  });

  it('without --as-of the status is as of today (the CLI decides the day and the page prints it)', async () => {
    const io = bufferIo();
    expect(await run(['report', FIXTURE], io)).toBe(0);
    expect(io.out()).toContain(`<b id="as-of">${today()}</b>`);
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
    expect(collectionOf(index).docs.map((d: { href: string }) => d.href).sort()).toEqual(pages);
    expect(index).toContain('missing.txt');
    expect(io.err()).toContain('missing.txt: no such file');
  });

  it('`help report` shows the report\'s options and examples, and the two meanings of -o are explained (exit 0)', async () => {
    const io = bufferIo();
    expect(await run(['help', 'report'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: reform-parse report \[options\] <inputs\.\.\.>/);
    expect(io.out()).toContain('--as-of');
    expect(io.out()).toContain('--out DIR writes a folder');
    const main = bufferIo();
    expect(await run(['--help'], main)).toBe(0);
    expect(main.out()).toContain("-o/--out is a folder for the main command (one output per input); the report's -o is one page.");
  });

  it('the top-level --format csv writes the CSV of one document', async () => {
    const io = bufferIo();
    expect(await run([FIXTURE, '--format', 'csv'], io)).toBe(0);
    expect(io.out()).toBe(serialize(await parseFile(FIXTURE), 'csv'));
  });
});

/** The built CLI in a child process, killed after `ms`: a run that spins cannot hang the suite. */
function cli(args: string[], ms = 20_000): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/bin/reform-parse.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: ms });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('report: nothing to read', () => {
  it.each([
    { name: 'a missing file with --out (it used to spin at 100% CPU)', args: (d: string) => ['report', join(d, 'nonexist.txt'), '--out', join(d, 'out')], says: 'no such file' },
    { name: 'a missing file with -o', args: (d: string) => ['report', join(d, 'nonexist.txt'), '-o', join(d, 'page.html')], says: 'no such file' },
    { name: 'an empty directory with --out', args: (d: string) => ['report', join(d, 'empty'), '--out', join(d, 'out')], says: 'no .txt' },
    { name: 'a glob matching nothing', args: (d: string) => ['report', join(d, 'empty', '*.txt'), '-o', join(d, 'page.html')], says: 'no files match' },
  ])('$name: one error line, exit 1, nothing written', async ({ args, says }) => {
    const d = mkdtempSync(join(dir, 'none-'));
    mkdirSync(join(d, 'empty'));
    const started = Date.now();
    const { code, signal, stderr } = await cli(args(d));
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(says);
    expect(existsSync(join(d, 'out'))).toBe(false);
    expect(existsSync(join(d, 'page.html'))).toBe(false);
  }, 25_000);
});

describe('pageNames', () => {
  it.each([
    { paths: ['fixtures/seed-000/input.txt', 'fixtures/seed-001/input.txt'], expect: ['seed-000_input.html', 'seed-001_input.html'] },
    { paths: ['plan.txt'], expect: ['plan.html'] },
    { paths: ['index.md', 'a/index.md'], expect: ['index-2.html', 'a_index.html'] },
    { paths: ['a/计划 (1).txt', 'b/计划 (1).txt'], expect: ['a_计划_1_.html', 'b_计划_1_.html'] },
    { paths: ['x.txt', 'x.html'], expect: ['x.html', 'x-2.html'] },
    { paths: [], expect: [] },
  ])('$paths', ({ paths, expect: want }) => expect(pageNames(paths)).toEqual(want));
});
