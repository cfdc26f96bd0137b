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
 * Jobs handed to one worker before it finishes the first: it never sleeps between two jobs
 * waiting for the next message, and reads or writes one file while parsing another.
 */
const PER_WORKER = 3;

/**
 * Each worker's young generation (V8's nursery), in MB. With V8's default (48 MB with Node 20's
 * 16 MB semi-spaces) two workers and the main thread peaked at 231–302 MB on the 40 MB benchmark
 * batch, run to run; with 16 MB, at 219–277 MB, at no measurable cost in time (documents are parsed
 * one at a time, so little of what they allocate lives past a scavenge).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * `size` worker threads; jobs wait in a queue and go to the least busy worker, up to
 * {@link PER_WORKER} each. A worker that dies fails its jobs with a message and is replaced.
 * Falls back to {@link inlineRunner} when the compiled worker file is not there (e.g. tests run
 * on the sources).
 */
export function workerPool(size: number, options: JobOptions): Runner {
  if (size <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return inlineRunner(options);

  interface Pending { job: Job; resolve: (o: Outcome) => void }
  const queue: Pending[] = [];
  const workers = new Map<Worker, Map<number, Pending>>();
  let nextId = 0;
  let closing = false;

  const spawn = (): void => {
    const worker = new Worker(WORKER_URL, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const running = new Map<number, Pending>();
    workers.set(worker, running);
    worker.on('message', (message: { id: number; outcome: Outcome }) => {
      running.get(message.id)?.resolve(message.outcome);
      running.delete(message.id);
      dispatch();
    });
    worker.on('error', (err) => lost(worker, err.message));
    worker.on('exit', (code) => { if (!closing) lost(worker, `worker thread exited with code ${code}`); });
  };

  const lost = (worker: Worker, why: string): void => {
    const running = workers.get(worker);
    if (!running) return; // 'error' is followed by 'exit'
    workers.delete(worker);
    for (const { job, resolve } of running.values()) {
      resolve({ ok: false, path: job.kind === 'line' ? `stdin:${job.lineNo}` : job.path, bytes: 0, error: `internal error: ${why}` });
    }
    if (!closing) { void worker.terminate(); spawn(); dispatch(); }
  };

  const dispatch = (): void => {
    while (queue.length > 0) {
      let target: [Worker, Map<number, Pending>] | null = null;
      for (const entry of workers) if (entry[1].size < PER_WORKER && (!target || entry[1].size < target[1].size)) target = entry;
      if (!target) return;
      const pending = queue.shift()!;
      const id = nextId++;
      target[1].set(id, pending);
      target[0].postMessage({ id, job: pending.job });
    }
  };

  for (let i = 0; i < size; i++) spawn();
  return {
    run(job) {
      return new Promise<Outcome>((resolve) => {
        queue.push({ job, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...workers.keys()].map((w) => w.terminate()));
    },
  };
}
