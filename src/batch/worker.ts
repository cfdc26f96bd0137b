/**
 * A worker thread of the batch pool: runs one job at a time with the options it was started with.
 * Loaded from the compiled `dist/src/batch/worker.js` (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';

const options = workerData as JobOptions;

parentPort!.on('message', (message: { id: number; job: Job }) => {
  void runJob(message.job, options).then((outcome) => parentPort!.postMessage({ id: message.id, outcome }));
});
