import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type Outcome } from './job.js';

/** Runs jobs; `run` never rejects (a failure is an Outcome), so one bad input never stops a batch. */
export interface Runner {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

/**
 * Jobs in this thread: `--jobs 1`, a single input, or no compiled worker to load. Parsing is
 * synchronous, so it still parses one document at a time; letting jobs overlap only lets one
 * file's reading and writing proceed while another is parsed (runOrdered bounds how many).
 */
export function inlineRunner(options: JobOptions): Runner {
  return { run: (job) => runJob(job, options), close: async () => {} };
}

/** The compiled worker beside this module (dist/src/batch/worker.js); absent when running from the .ts sources. */
const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * `size` worker threads, each running one job at a time; jobs wait in a queue for the next free
 * worker. A worker that dies fails its job with a message and is replaced. Falls back to
 * {@link inlineRunner} when the compiled worker file is not there (e.g. tests run on the sources).
 */
export function workerPool(size: number, options: JobOptions): Runner {
  if (size <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return inlineRunner(options);

  interface Pending { id: number; job: Job; resolve: (o: Outcome) => void }
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const dead = new WeakSet<Worker>();
  let nextId = 0;
  let closing = false;

  const spawn = (): void => {
    const worker = new Worker(WORKER_URL, { workerData: options });
    worker.on('message', (message: { id: number; outcome: Outcome }) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      pending?.resolve(message.outcome);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => lost(worker, err.message));
    worker.on('exit', (code) => { if (!closing) lost(worker, `worker thread exited with code ${code}`); });
    idle.push(worker);
  };

  const lost = (worker: Worker, why: string): void => {
    if (dead.has(worker)) return; // 'error' is followed by 'exit'
    dead.add(worker);
    const pending = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (pending) {
      const path = pending.job.kind === 'line' ? `stdin:${pending.job.lineNo}` : pending.job.path;
      pending.resolve({ ok: false, path, bytes: 0, error: `internal error: ${why}` });
    }
    if (!closing) { void worker.terminate(); spawn(); dispatch(); }
  };

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  };

  for (let i = 0; i < size; i++) spawn();
  return {
    run(job) {
      return new Promise<Outcome>((resolve) => {
        queue.push({ id: nextId++, job, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      const all = [...idle, ...busy.keys()];
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

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
