import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoJobs, BYTES_PER_WORKER } from '../../src/batch/auto-jobs.js';
import { tempDir } from './helpers.js';

/** A file of `size` bytes (sparse: nothing is written). */
function sized(dir: string, name: string, size: number): { path: string; root: string } {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, size);
  return { path, root: dir };
}

describe('worker threads without --jobs: the cores, as far as the input repays them', () => {
  it.each([
    { name: 'a few small files', sizes: [20_000, 30_000, 5_000], cores: 4, want: 1 },
    { name: 'just over one worker\'s share', sizes: [BYTES_PER_WORKER, 1], cores: 4, want: 2 },
    { name: 'enough for every core', sizes: Array(10).fill(BYTES_PER_WORKER), cores: 4, want: 4 },
    { name: 'enough for more than the cores', sizes: Array(10).fill(BYTES_PER_WORKER), cores: 2, want: 2 },
    { name: 'no files at all', sizes: [], cores: 4, want: 1 },
  ])('$name → $want', async ({ sizes, cores, want }) => {
    const dir = tempDir('auto-jobs');
    const inputs = sizes.map((size, i) => sized(dir, `f${i}.txt`, size));
    expect(await autoJobs(inputs, cores)).toBe(want);
  });

  it('counts nothing for stdin, inputs known to fail, missing files and directories', async () => {
    const dir = tempDir('auto-jobs');
    const big = sized(dir, 'big.txt', BYTES_PER_WORKER + 1);
    const inputs = [
      { path: '-', root: null },
      { path: big.path, root: null, error: 'unreadable directory' },
      { path: join(dir, 'missing.txt'), root: null },
      { path: dir, root: null },
    ];
    expect(await autoJobs(inputs, 4)).toBe(1);
  });
});
