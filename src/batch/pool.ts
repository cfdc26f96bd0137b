import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type Outcome } from './job.js';
import { removeTempsOf } from '../output/atomic.js';

/** Runs jobs; `run` never rejects (a failure is an Outcome), so one bad input never stops a batch. */
export interface Runner {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

/**
 * Jobs in this thread: a single input, `--jobs 1 --timeout 0`, or no compiled worker to load. Parsing is
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
 * With `timeoutMs`, a parse that runs longer is stopped: its worker is terminated and replaced,
 * the job fails with `timeout: …`, and the worker's other jobs go back to the head of the queue
 * (one pathological file never stops a batch, whatever makes it slow). Falls back to
 * {@link inlineRunner} when the compiled worker file is not there (e.g. tests run on the sources),
 * or for one worker with no time budget.
 */
export function workerPool(size: number, options: JobOptions, timeoutMs = 0): Runner {
  if ((size <= 1 && !(timeoutMs > 0)) || !existsSync(fileURLToPath(WORKER_URL))) return inlineRunner(options);

  interface Pending { job: Job; resolve: (o: Outcome) => void }
  /** A worker's jobs, and the one it is parsing now with the timer on it (and its input's name, a JSON line's own path). */
  interface Slot { running: Map<number, Pending>; parsing?: { id: number; timer: NodeJS.Timeout; path?: string } }
  const queue: Pending[] = [];
  const workers = new Map<Worker, Slot>();
  let nextId = 0;
  let closing = false;
  /** Workers stopped for their time, being terminated and swept: close() waits for them. */
  const cleanups: Promise<void>[] = [];

  const spawn = (): void => {
    const worker = new Worker(WORKER_URL, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { running: new Map() };
    workers.set(worker, slot);
    worker.on('message', (message: { id: number; parsing?: true; path?: string; outcome?: Outcome }) => {
      if (message.parsing) { startClock(worker, slot, message.id, message.path); return; }
      if (slot.parsing?.id === message.id) { clearTimeout(slot.parsing.timer); slot.parsing = undefined; }
      slot.running.get(message.id)?.resolve(message.outcome!);
      slot.running.delete(message.id);
      dispatch();
    });
    worker.on('error', (err) => lost(worker, err.message));
    worker.on('exit', (code) => { if (!closing) lost(worker, `worker thread exited with code ${code}`); });
  };

  /** A worker parses one document at a time: a new parse ends the clock of the one before. */
  const startClock = (worker: Worker, slot: Slot, id: number, path?: string): void => {
    if (slot.parsing) clearTimeout(slot.parsing.timer);
    slot.parsing = undefined;
    if (!(timeoutMs > 0)) return;
    const timer = setTimeout(() => timedOut(worker, slot, id), timeoutMs);
    timer.unref();
    slot.parsing = { id, timer, path };
  };

  const timedOut = (worker: Worker, slot: Slot, id: number): void => {
    if (workers.get(worker) !== slot) return;
    workers.delete(worker);
    const thread = worker.threadId;
    const outs = [...slot.running.values()].flatMap(({ job }) => (job.kind === 'file' || job.kind === 'bytes') && job.out ? [job.out] : []);
    // Its jobs' half-written temporary files go once the thread is gone (their jobs write again).
    cleanups.push(worker.terminate().then(() => Promise.all(outs.map((out) => removeTempsOf(out, thread)))).then(() => {}, () => {}));
    for (const [jobId, pending] of slot.running) {
      // Named as the worker named it: a JSON line by its record's own path, not by its place in stdin.
      if (jobId === id) pending.resolve({ ok: false, path: (slot.parsing?.id === id ? slot.parsing.path : undefined) ?? pathOf(pending.job), bytes: 0, error: `timeout: not parsed within ${timeoutMs / 1000} s (--timeout)` });
    }
    // The worker's other jobs did nothing wrong: they run again first, on the replacement.
    queue.unshift(...[...slot.running].filter(([jobId]) => jobId !== id).map(([, pending]) => pending));
    if (!closing) { spawn(); dispatch(); }
  };

  const lost = (worker: Worker, why: string): void => {
    const slot = workers.get(worker);
    if (!slot) return; // 'error' is followed by 'exit'; a worker stopped for its time is gone already
    workers.delete(worker);
    if (slot.parsing) clearTimeout(slot.parsing.timer);
    for (const { job, resolve } of slot.running.values()) resolve({ ok: false, path: pathOf(job), bytes: 0, error: `internal error: ${why}` });
    if (!closing) { void worker.terminate(); spawn(); dispatch(); }
  };

  const dispatch = (): void => {
    while (queue.length > 0) {
      let target: [Worker, Slot] | null = null;
      for (const entry of workers) if (entry[1].running.size < PER_WORKER && (!target || entry[1].running.size < target[1].running.size)) target = entry;
      if (!target) return;
      const pending = queue.shift()!;
      const id = nextId++;
      target[1].running.set(id, pending);
      target[0].postMessage({ id, job: pending.job });
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) spawn();
  return {
    run(job) {
      return new Promise<Outcome>((resolve) => {
        queue.push({ job, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const slot of workers.values()) if (slot.parsing) clearTimeout(slot.parsing.timer);
      await Promise.all([...workers.keys()].map((w) => w.terminate()));
      await Promise.all(cleanups);
    },
  };
}

function pathOf(job: Job): string {
  return job.kind === 'line' ? `stdin:${job.lineNo}` : job.path;
}
