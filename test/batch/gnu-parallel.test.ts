/**
 * The recipe of docs/batch.md for archives larger than one machine: GNU parallel cuts a JSON Lines
 * stream into blocks of whole lines (`--pipe`), runs one `reform-parse --stdin-jsonl` filter per
 * block, two at a time here (on many machines with `--sshlogin`), and puts the outputs back in
 * input order (`--keep-order`). `npm test` installs GNU parallel where it may
 * (scripts/ensure-parallel.mjs); without it this test is skipped with a loud notice, or with
 * REFORM_PARSE_REQUIRE_PARALLEL=1 (CI, .ci/run) it FAILS with a message saying how to install it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gnuParallelVersion, MISSING_PARALLEL, PARALLEL, parallelTestPlan } from '../../scripts/gnu-parallel.mjs';
import { BIN, cli, collect, ROOT, tempDir } from './helpers.js';

const plan = parallelTestPlan();
if (plan.skip) console.warn(`\n!!! SKIPPING the GNU parallel test: ${plan.why}. Run .ci/setup-parallel to install it. !!!\n`);

/** The fixtures' documents (text, HTML, Markdown), the material of the records. */
const SOURCES = readdirSync(join(ROOT, 'fixtures')).sort().flatMap((dir) =>
  ['txt', 'html', 'md'].filter((ext) => existsSync(join(ROOT, 'fixtures', dir, `input.${ext}`)))
    .map((ext) => ({ ext, text: readFileSync(join(ROOT, 'fixtures', dir, `input.${ext}`), 'utf8') })));

/** The line (0-based) that is cut short: not JSON, so its record has no path. */
const CUT = 1500;

/** What a record fails with, by its line (0-based); every other record is a document. */
const FAILING: Record<number, RegExp> = {
  250: /^binary file/,                // base64 of bytes with NULs: no text in them
  1001: /"base64" is not valid base64/,
  [CUT]: /^not a JSON object/,
};

/** The line of the long document; the blocks are as long as the lines before it. */
const LONG = 400;

interface Record_ { line: string; path: string }

/**
 * `count` JSON Lines records: the start of a fixture document, 100 to 800 characters of it, as
 * text, as UTF-8 base64 or as GB18030 base64 (encoding detected); the failing lines of FAILING;
 * and at LONG one long document, all the fixtures' documents one after another.
 */
function records(count: number): Record_[] {
  return Array.from({ length: count }, (_, i) => {
    const source = SOURCES[i % SOURCES.length]!;
    const path = `archive/${String(i).padStart(4, '0')}.${source.ext}`;
    if (i === 250) return { line: JSON.stringify({ path: 'archive/0250.bin', base64: Buffer.from([0, 0, 1, 2, 0, 0, 3]).toString('base64') }), path: 'archive/0250.bin' };
    if (i === 1001) return { line: JSON.stringify({ path, base64: '@@ not base64 @@' }), path };
    if (i === CUT) return { line: `{"path": "${path}", "text": "一、总体要求`, path: '' };
    if (i === LONG) return { line: JSON.stringify({ path, text: SOURCES.map((s) => s.text).join('\n\n') }), path };
    const text = source.text.slice(0, 100 + ((i * 7919) % 700));
    switch (source.ext === 'html' ? 0 : i % 3) {
      case 0: return { line: JSON.stringify({ path, text }), path };
      case 1: return { line: JSON.stringify({ path, base64: Buffer.from(text, 'utf8').toString('base64') }), path };
      default: return { line: JSON.stringify({ path, base64: iconv.encode(text, 'gb18030').toString('base64') }), path };
    }
  });
}

/** Runs GNU parallel with `args`, `input` on its stdin. */
function parallel(args: string[], input: string) {
  const child = spawn(PARALLEL, ['--will-cite', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const done = collect(child);
  child.stdin!.end(input);
  return done;
}

/** The filter each job runs: one thread (the parallelism is parallel's), no summary line. `-q` keeps the paths whole. */
const FILTER = ['-q', process.execPath, BIN, '--stdin-jsonl', '--jobs', '1', '--quiet'];

interface Job { seq: number; start: number; runtime: number; send: number; receive: number; exit: number; signal: number }

/** parallel's --joblog: one tab-separated row per job, after a header. */
function jobLog(path: string): Job[] {
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((row) => {
    const [seq, , start, runtime, send, receive, exit, signal] = row.split('\t').map((c) => c.trim());
    return { seq: Number(seq), start: Number(start), runtime: Number(runtime), send: Number(send), receive: Number(receive), exit: Number(exit), signal: Number(signal) };
  }).sort((a, b) => a.seq - b.seq);
}

/** Whether two jobs ran at the same time: then two filters really ran side by side. */
const overlapped = (jobs: Job[]) => jobs.some((a) => jobs.some((b) => a.seq < b.seq && b.start < a.start + a.runtime));

function lines(stdout: string): string[] {
  const out = stdout.split('\n');
  expect(out.pop()).toBe('');
  return out;
}

describe.skipIf(plan.skip)('GNU parallel driving --stdin-jsonl (docs/batch.md)', () => {
  const input = records(2000);
  const stdin = input.map((r) => r.line).join('\n') + '\n';
  let reference: string[] | undefined;

  /** The output of one filter over the whole input, computed once. */
  async function single(): Promise<string[]> {
    if (!reference) {
      const run = await cli(['--stdin-jsonl', '--jobs', '1', '--quiet'], { input: stdin });
      expect(run.code).toBe(1);
      reference = lines(run.stdout);
    }
    return reference;
  }

  /** Line by line: what one filter gives, except the cut line's fallback name, `stdin:<line>`, which counts lines from the start of its block. */
  function expectSameAsOneFilter(out: string[], one: string[]): void {
    expect(out).toHaveLength(one.length);
    out.forEach((line, i) => {
      if (i !== CUT) { expect(line, `line ${i + 1}`).toBe(one[i]); return; }
      const [got, alone] = [JSON.parse(line), JSON.parse(one[i]!)];
      expect(got.error).toBe(alone.error);
      expect(got.path).toMatch(/^stdin:\d+$/);
    });
  }

  it('2 000 records through 2 filters: every record answered, in input order, as one filter answers it; failures reported, none lost', async () => {
    if (!gnuParallelVersion()) throw new Error(MISSING_PARALLEL);
    const dir = tempDir('gnu-parallel');
    const log = join(dir, 'jobs.tsv');
    // Blocks of exactly the lines before the long document (parallel cuts a block at its last line
    // end): the first job parses those LONG short documents, the second mostly the long one, which
    // takes less time (a short document costs more per byte), so that job ends first and only
    // --keep-order puts the first block's answers first. And 5 or 6 jobs: several per filter slot.
    const block = input.slice(0, LONG).reduce((n, r) => n + Buffer.byteLength(r.line) + 1, 0);
    const run = await parallel(['--pipe', '--keep-order', '-j', '2', '--block', String(block), '--joblog', log, ...FILTER], stdin);

    const out = lines(run.stdout);
    expect(out).toHaveLength(2000);
    const answers = out.map((line) => JSON.parse(line) as { schemaVersion?: string; source?: { path: string }; path?: string; error?: string });
    answers.forEach((answer, i) => {
      if (FAILING[i]) {
        expect(answer.schemaVersion, `line ${i + 1} is an error record`).toBeUndefined();
        expect(answer.error).toMatch(FAILING[i]!);
        if (input[i]!.path) expect(answer.path).toBe(input[i]!.path);
      } else {
        expect(answer.schemaVersion, `line ${i + 1}: ${answer.error}`).toBe('1');
        expect(answer.source!.path).toBe(input[i]!.path);
      }
    });
    expect(run.stderr).toContain('reform-parse: archive/0250.bin: binary file');
    expect(run.stderr).toContain(`reform-parse: ${input[1001]!.path}: "base64" is not valid base64`);

    // parallel's exit code is the number of jobs that failed: each block holding a failing record exits 1.
    const jobs = jobLog(log);
    expect(jobs.length).toBeGreaterThanOrEqual(4);
    expect(jobs[0]!.send).toBe(block);
    expect(jobs.map((j) => j.seq)).toEqual(jobs.map((_, k) => k + 1));
    expect(jobs.filter((j) => j.exit > 1 || j.signal !== 0), 'jobs that crashed').toEqual([]);
    const failedJobs = jobs.filter((j) => j.exit === 1).length;
    expect(failedJobs).toBeGreaterThanOrEqual(1);
    expect(failedJobs).toBeLessThanOrEqual(3);
    expect(run.code).toBe(failedJobs);
    expect(jobs.reduce((n, j) => n + j.send, 0)).toBe(Buffer.byteLength(stdin));
    expect(jobs.reduce((n, j) => n + j.receive, 0)).toBe(Buffer.byteLength(run.stdout));
    expect(overlapped(jobs)).toBe(true);

    expectSameAsOneFilter(out, await single());
  }, 180_000);

  it('--sshlogin 2/: (this machine as a login, two jobs on it) gives the same lines', async () => {
    if (!gnuParallelVersion()) throw new Error(MISSING_PARALLEL);
    const some = input.slice(0, LONG).map((r) => r.line).join('\n') + '\n'; // with the binary record, line 251
    const run = await parallel(['--pipe', '--keep-order', '--sshlogin', '2/:', '--block', String(Math.ceil(Buffer.byteLength(some) / 2)), ...FILTER], some);
    expect(run.code).toBe(1);
    expectSameAsOneFilter(lines(run.stdout), (await single()).slice(0, LONG));
  }, 180_000);
});

describe('the GNU parallel test on a machine without GNU parallel', () => {
  afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });

  async function planWith(env: Record<string, string | undefined>) {
    // Each case states the whole environment: CI runs the suite with REFORM_PARSE_REQUIRE_PARALLEL=1.
    const all = { REFORM_PARSE_PARALLEL: undefined, REFORM_PARSE_SKIP_PARALLEL: undefined, REFORM_PARSE_REQUIRE_PARALLEL: undefined, ...env };
    for (const [k, v] of Object.entries(all)) vi.stubEnv(k, v);
    vi.resetModules();
    const { parallelTestPlan: fresh } = await import('../../scripts/gnu-parallel.mjs');
    return fresh();
  }

  it.each([
    { name: 'missing: skipped, saying why', env: { REFORM_PARSE_PARALLEL: '/nonexistent/parallel' }, skip: true, why: /missing/ },
    { name: 'another program called parallel: skipped', env: { REFORM_PARSE_PARALLEL: 'true' }, skip: true, why: /missing/ },
    { name: 'asked to skip', env: { REFORM_PARSE_SKIP_PARALLEL: '1' }, skip: true, why: /REFORM_PARSE_SKIP_PARALLEL/ },
    { name: 'CI: required, never skipped though missing', env: { REFORM_PARSE_PARALLEL: '/nonexistent/parallel', REFORM_PARSE_REQUIRE_PARALLEL: '1' }, skip: false, why: /^$/ },
  ])('$name', async ({ env, skip, why }) => {
    const p = await planWith(env);
    expect(p.skip).toBe(skip);
    expect(p.why).toMatch(why);
  });

  it('ensure-parallel never fails npm test, and says loudly what it could not do', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-parallel.mjs'], {
      cwd: ROOT, encoding: 'utf8',
      // No PATH: neither sudo nor apt-get can be found, as on a machine that cannot install packages.
      env: { REFORM_PARSE_PARALLEL: '/nonexistent/parallel', PATH: '/nonexistent' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('will be SKIPPED');
  });

  it('npm test runs ensure-parallel first; CI installs and requires GNU parallel', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/node scripts\/ensure-parallel\.mjs && .*vitest run/);
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/bash \.ci\/setup-parallel/);
    expect(ci).toMatch(/REFORM_PARSE_REQUIRE_PARALLEL=1 .*npm test/);
  });
});
