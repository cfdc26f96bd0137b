import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEEDS, tempDir, writeTree } from './helpers.js';

describe('output order', () => {
  it('is the same with --jobs 1 and --jobs 4: arguments in order, each directory sorted by name', async () => {
    const dir = tempDir('order');
    const files: Record<string, Buffer> = {};
    // Sizes from 7 KB to 1 MB, so workers finish out of order.
    for (let i = 0; i < 60; i++) {
      const body = i % 10 === 0 ? Buffer.concat(Array.from({ length: 9 }, () => SEEDS[2]!)) : SEEDS[i % 5]!;
      files[`${['b', 'a', 'c/d', 'c'][i % 4]}/${String(59 - i).padStart(2, '0')}.txt`] = body;
    }
    writeTree(join(dir, 'one'), files);
    writeTree(join(dir, 'two'), { 'z.txt': SEEDS[4]!, 'y.md': SEEDS[3]! });

    const runs = await Promise.all(['1', '4'].map((jobs) => cli(['two', 'one', '--jobs', jobs], { cwd: dir })));
    for (const run of runs) expect(run.code).toBe(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);

    const paths = runs[0]!.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path as string);
    expect(paths.slice(0, 2)).toEqual(['two/y.md', 'two/z.txt']);
    const one = paths.slice(2);
    expect(one).toHaveLength(60);
    expect(one).toEqual([...one].sort()); // entries sorted by name at every level (with these names, the same as sorting whole paths)
  });
});
