/**
 * A worker thread of the batch pool: runs one job at a time with the options it was started with.
 * Loaded from the compiled `dist/src/batch/worker.js` (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';

const options = workerData as JobOptions;
/**
 * Test hook for the time budget (test/batch/timeout.test.ts): a job whose path contains this
 * string never finishes its parse, as a pathology nobody has found yet would. Unset in real runs.
 */
const HANG_ON = process.env.REFORM_PARSE_TEST_HANG_ON;

parentPort!.on('message', (message: { id: number; job: Job }) => {
  const path = message.job.kind === 'line' ? message.job.line : message.job.path;
  // "parsing" goes out before the parse blocks this thread: the pool times the parse from it (--timeout).
  const onParse = (name: string) => {
    parentPort!.postMessage({ id: message.id, parsing: true, path: name });
    if (HANG_ON && path.includes(HANG_ON)) for (;;) { /* hang, as a pathological input would */ }
  };
  void runJob(message.job, options, onParse).then((outcome) => parentPort!.postMessage({ id: message.id, outcome }));
});
