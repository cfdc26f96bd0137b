import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Input } from './discover.js';

/**
 * Input bytes that repay one more worker thread. A new thread loads the pipeline and spends about
 * two seconds of CPU while V8 optimises it (the warm-up in BENCHMARKS.md), about what a warm thread
 * needs for this much text; on a small batch the extra threads only compete for the cores.
 */
export const BYTES_PER_WORKER = 16 * 2 ** 20;

/**
 * Worker threads for a batch when `--jobs` is not given: one per core, but no more than the input's
 * size repays (one for a small batch: a worker thread under --timeout, else this thread). Files are statted, a few at a time, only
 * until the answer is known; a file that cannot be statted counts for nothing (its job reports it).
 * @example await autoJobs([{ path: 'a.txt', root: null }], 4) // 1
 */
export async function autoJobs(inputs: readonly Input[], cores = availableParallelism()): Promise<number> {
  const enough = cores * BYTES_PER_WORKER;
  const files = inputs.filter((i) => !i.error && i.path !== '-');
  let bytes = 0;
  for (let i = 0; i < files.length && bytes < enough; i += 64) {
    const sizes = await Promise.all(files.slice(i, i + 64).map((f) => stat(f.path).then((s) => (s.isFile() ? s.size : 0), () => 0)));
    for (const size of sizes) bytes += size;
  }
  return Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_WORKER)));
}
