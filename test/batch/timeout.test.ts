/**
 * The per-document time budget (issue 17): a document whose parse runs past `--timeout` fails as
 * `timeout` — its worker is terminated and replaced — and every other document is still written.
 * A pathology nobody has found yet is stood in for by the worker's test hook
 * REFORM_PARSE_TEST_HANG_ON (a job whose path contains it never finishes its parse).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, collect, listFiles, readDocument, ROOT, SEEDS, tempDir, writeTree, type Result } from './helpers.js';

/** Generous: on a loaded two-core machine a cold worker's first parse can take a second or two. */
const TIMEOUT = '6';

function cliWithEnv(args: string[], env: Record<string, string>, input = ''): Promise<Result> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const done = collect(child);
  child.stdin!.end(input);
  return done;
}

function goodFiles(): Record<string, Buffer> {
  return Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`good${String(i).padStart(2, '0')}.txt`, SEEDS[i % 5]!]));
}

describe('--timeout', () => {
  it('20 good files and 2 MB of digits after 达到: the batch finishes, every file written', async () => {
    const dir = tempDir('digits');
    writeTree(join(dir, 'in'), { ...goodFiles(), 'digits.txt': `一、目标\n（一）达到${'7'.repeat(2_000_000)}%` });
    const errors = join(dir, 'errors.jsonl');
    const started = performance.now();
    const result = await cliWithEnv([join(dir, 'in'), '--out', join(dir, 'out'), '--errors', errors, '--timeout', TIMEOUT], {});
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.stderr).not.toContain('timeout');
    expect(result.code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toHaveLength(21);
  });

  it.each([['1'], ['2']])('a file that never finishes fails as timeout, the 20 others are written (--jobs %s)', async (jobs) => {
    const dir = tempDir('hang');
    writeTree(join(dir, 'in'), { ...goodFiles(), 'stuck.txt': SEEDS[0]! });
    const errors = join(dir, 'errors.jsonl');
    const result = await cliWithEnv([join(dir, 'in'), '--out', join(dir, 'out'), '--errors', errors, '--timeout', TIMEOUT, '--jobs', jobs],
      { REFORM_PARSE_TEST_HANG_ON: 'stuck' });
    expect(result.code).toBe(1);
    const out = listFiles(join(dir, 'out'));
    expect(out).toHaveLength(20);
    expect(out).not.toContain('stuck.json');
    for (const name of out) expect(readDocument(join(dir, 'out', name)).tasks.length).toBeGreaterThan(0);
    const listed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; error: string });
    expect(listed).toEqual([{ path: join(dir, 'in', 'stuck.txt'), error: expect.stringMatching(/^timeout: /) }]);
    expect(result.stderr).toContain(`reform-parse: ${join(dir, 'in', 'stuck.txt')}: timeout: not parsed within ${TIMEOUT} s`);
    expect(result.stderr).toMatch(/21 files, .* 1 failures/);
  });

  it('--stdin-jsonl: the stuck line gets its error line, in order, and the others their documents', async () => {
    const lines = [0, 1, 2, 3, 4].map((i) => JSON.stringify({ path: `d${i}.txt`, text: SEEDS[i]!.toString('utf8') }));
    lines.splice(2, 0, JSON.stringify({ path: 'stuck.txt', text: '一、总体要求' }));
    const result = await cliWithEnv(['--stdin-jsonl', '--timeout', TIMEOUT], { REFORM_PARSE_TEST_HANG_ON: 'stuck' }, `${lines.join('\n')}\n`);
    expect(result.code).toBe(1);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    // Named by its record's own path (a block of a GNU parallel run counts its lines from 1 again).
    expect(out[2]).toEqual({ path: 'stuck.txt', error: expect.stringMatching(/^timeout: /) });
    expect(out.filter((d) => d.schemaVersion).map((d) => d.source.path)).toEqual(['d0.txt', 'd1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
  });

  it('rejects a time that is no number', async () => {
    const result = await cliWithEnv(['fixtures/seed-000/input.txt', '--timeout', 'soon'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a number of seconds');
  });
});
