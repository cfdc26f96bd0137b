/**
 * Linear time by construction (issue 17): each hostile generator is timed at n and 4n; a
 * quadratic rule shows as a ratio near 16, a linear pipeline near 4 (up to some 7: a larger
 * heap, caches that no longer hold the text). CPU time, not wall time, so a busy machine does not
 * fail the test; each generator timed in a fresh Node process with the garbage collector on the
 * main thread and a collection before each timing — test/hostile/linear-probe.mjs says why and how
 * the limit was chosen.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/cli.js';
import { GENERATORS } from './generators.mjs';

const PROBE = fileURLToPath(new URL('./linear-probe.mjs', import.meta.url));
const SQUARE = fileURLToPath(new URL('./square-parse.mjs', import.meta.url));
const run = promisify(execFile);

interface Probe { ratio: number; limit: number; detail: string }

/**
 * Runs the probe on one generator; `options` are the probe's own (`--parse`, `--expect`).
 * Asynchronously: a worker blocked for the seconds a probe takes misses vitest's calls.
 */
async function probe(name: string, ...options: string[]): Promise<Probe> {
  assertBuilt();
  const { stdout } = await run(process.execPath, ['--single-threaded-gc', '--expose-gc', PROBE, name, ...options]);
  return JSON.parse(stdout) as Probe;
}

describe('parse() time grows linearly with hostile input', () => {
  it.each(GENERATORS.map((g) => [g.name] as const))('%s', async (name) => {
    const { ratio, limit, detail } = await probe(name);
    expect(ratio, detail).toBeLessThan(limit);
  });

  it('the probe fails a square: parse() with a backward scan from every 20th character', async () => {
    const { ratio, limit, detail } = await probe('a run of spaces', '--parse', SQUARE, '--expect', 'square');
    expect(ratio, detail).toBeGreaterThanOrEqual(limit);
  });
});
