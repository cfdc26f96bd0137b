import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, collect, listFiles, readDocument, SEEDS, spawnCli, tempDir, writeTree } from './helpers.js';

/** `n` small inputs over a few directories: `d<k>/f<i>.txt`. */
function archive(dir: string, n: number): string[] {
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < n; i++) {
    // Vary each copy so no two inputs share a sha256.
    files[`d${i % 7}/f${String(i).padStart(4, '0')}.txt`] = Buffer.concat([SEEDS[i % 5 === 2 ? 4 : i % 5]!, Buffer.from(`\n附件${i}\n`)]);
  }
  writeTree(dir, files);
  return Object.keys(files).map((f) => f.replace(/\.txt$/, '.json')).sort();
}

/** Starts a batch and SIGKILLs it once `killAt` outputs exist; resolves to the outputs present at that moment. */
async function killMidRun(args: string[], out: string, killAt: number): Promise<string[]> {
  const child = spawnCli(args);
  const finished = collect(child);
  let seen: string[] = [];
  while (child.exitCode === null && child.signalCode === null) {
    seen = listFiles(out).filter((f) => f.endsWith('.json'));
    if (seen.length >= killAt) { child.kill('SIGKILL'); break; }
    await new Promise((r) => setTimeout(r, 5));
  }
  const result = await finished;
  expect(result.signal, 'the batch ended before it could be killed: give it more inputs').toBe('SIGKILL');
  return seen;
}

describe('interrupted batches', () => {
  it('a batch killed mid-run and resumed with --resume loses no file, duplicates none, all valid', async () => {
    const dir = tempDir('resume');
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const expected = archive(input, 1500);

    await killMidRun([input, '--out', out, '--jobs', '2', '--quiet'], out, 40);
    const afterKill = listFiles(out).filter((f) => !f.split('/').pop()!.startsWith('.'));
    expect(afterKill.length).toBeGreaterThanOrEqual(40);
    expect(afterKill.length).toBeLessThan(expected.length);
    for (const file of afterKill) readDocument(join(out, file)); // no partial output after a kill

    const resumed = await cli([input, '--out', out, '--jobs', '2', '--resume']);
    expect(resumed.code).toBe(0);
    const skipped = Number(/\((?<n>\d+) up to date, skipped\)/.exec(resumed.stderr)?.groups?.n);
    expect(skipped).toBeGreaterThanOrEqual(afterKill.length);
    expect(resumed.stderr).toContain(`reform-parse: ${expected.length} files (`);

    expect(listFiles(out)).toEqual(expected); // every input once, and no temporary file left behind
    for (const file of expected) {
      expect(readDocument(join(out, file)).source.path).toBe(join(input, file.replace(/\.json$/, '.txt')));
    }
  });

  it('never leaves a partial output when killed while writing large documents', async () => {
    const dir = tempDir('partial');
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const big = Buffer.concat(Array.from({ length: 12 }, () => SEEDS[2]!)); // ~1.3 MB each
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 40; i++) files[`big${String(i).padStart(2, '0')}.txt`] = Buffer.concat([big, Buffer.from(String(i))]);
    writeTree(input, files);

    for (const killAt of [1, 3, 6]) {
      await killMidRun([input, '--out', out, '--jobs', '2', '--include-text', '--resume', '--quiet'], out, killAt);
      for (const file of readdirSync(out).filter((f) => !f.startsWith('.'))) readDocument(join(out, file));
    }
    const resumed = await cli([input, '--out', out, '--resume', '--include-text', '--quiet']);
    expect(resumed.code).toBe(0);
    expect(listFiles(out)).toEqual(Object.keys(files).map((f) => f.replace(/\.txt$/, '.json')));
  });

  it('--resume converts again an input that changed since its output was written', async () => {
    const dir = tempDir('changed');
    writeTree(dir, { 'in/a.txt': SEEDS[4]!, 'in/b.txt': SEEDS[3]! });
    const first = await cli(['in', '--out', 'out'], { cwd: dir });
    expect(first.code).toBe(0);
    writeFileSync(join(dir, 'in/b.txt'), Buffer.concat([SEEDS[3]!, Buffer.from('\n补充')]));
    const second = await cli(['in', '--out', 'out', '--resume'], { cwd: dir });
    expect(second.stderr).toContain('2 files (1 up to date, skipped)');
    expect(readDocument(join(dir, 'out/b.json')).source.bytes).toBe(SEEDS[3]!.length + Buffer.byteLength('\n补充'));
  });

  it('--resume needs --out', async () => {
    const result = await cli(['x.txt', '--resume']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--resume needs --out');
  });
});

describe('writeAtomic and the sweep of a killed run', () => {
  it('names temporary files by process and thread, and the sweep removes only those of dead processes', async () => {
    const { writeAtomic } = await import('../../src/output/atomic.js');
    const { sweepStaleTemps } = await import('../../src/batch/resume.js');
    const { spawnSync } = await import('node:child_process');
    const dir = tempDir('sweep');
    await writeAtomic(join(dir, 'sub', 'a.json'), '{}\n');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // exited: its temporary files are stale
    writeFileSync(join(dir, 'sub', `.b.json.${dead}.0.7.tmp`), '{');
    writeFileSync(join(dir, 'sub', `.c.json.${dead}.3.0.tmp`), '{');
    writeFileSync(join(dir, 'sub', `.d.json.${process.pid}.0.1.tmp`), '{'); // this run's: still being written
    expect(await sweepStaleTemps(dir)).toBe(2);
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual([`.d.json.${process.pid}.0.1.tmp`, 'a.json']);
  });
});
