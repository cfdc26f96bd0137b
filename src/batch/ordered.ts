import type { Job, Outcome } from './job.js';

/**
 * Runs `jobs` through `start`, at most `window` unfinished or undelivered at a time, and hands each
 * outcome to `deliver` in input order as soon as it and all before it are done, whatever order
 * they finish in. While `deliver` waits (a stdout write waiting for 'drain') or the window is full,
 * no more jobs are read: memory stays bounded and back-pressure reaches the input.
 */
export async function runOrdered(
  jobs: AsyncIterable<Job> | Iterable<Job>,
  start: (job: Job) => Promise<Outcome>,
  window: number,
  deliver: (outcome: Outcome) => Promise<void> | void,
): Promise<void> {
  const queue: Promise<Outcome>[] = [];
  let reading = true;
  let failed: { error: unknown } | null = null;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: 'reader' | 'writer'): void => {
    const resume = which === 'reader' ? wakeReader : wakeWriter;
    if (which === 'reader') wakeReader = null; else wakeWriter = null;
    resume?.();
  };

  const writer = (async () => {
    try {
      for (;;) {
        if (queue.length === 0) {
          if (!reading) return;
          await new Promise<void>((resume) => { wakeWriter = resume; });
          continue;
        }
        await deliver(await queue[0]!);
        queue.shift();
        wake('reader');
      }
    } catch (error) {
      failed = { error };
      wake('reader');
    }
  })();

  try {
    for await (const job of jobs) {
      while (queue.length >= window && !failed) await new Promise<void>((resume) => { wakeReader = resume; });
      if (failed) break;
      queue.push(start(job));
      wake('writer');
    }
  } finally {
    reading = false;
    wake('writer');
    await writer;
  }
  if (failed) throw (failed as { error: unknown }).error;
}
