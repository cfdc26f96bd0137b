import { availableParallelism } from 'node:os';
import { ExitCode } from '../cli/exit-codes.js';
import { limitHeapGrowthForWorkers, type Io } from '../cli/io.js';
import { formatWriter } from '../output/format.js';
import { ErrorsFile, write } from './errors-file.js';
import { runJob, type Job, type JobOptions, type Outcome } from './job.js';
import { runOrdered } from './ordered.js';
import { inlineRunner, workerPool } from './pool.js';
import { Progress, Totals } from './progress.js';

export interface BatchSettings {
  /** Worker threads (default: the number of cores); 1 runs in this thread. */
  jobs?: number;
  /** How many inputs there are, when known first (for the progress bar); null when streaming. */
  total: number | null;
  /** Several inputs: a summary line at the end, a progress bar on a terminal. */
  several: boolean;
  quiet?: boolean;
  debug?: boolean;
  /** `--errors FILE`. */
  errors?: string;
  /**
   * `--timeout`: seconds one document may take to parse (0: no limit). Applies to a batch (several
   * inputs, or the JSONL filter), which then always runs on worker threads so a parse can be stopped.
   */
  timeout?: number;
  /** `--stdin-jsonl`: a failed input also gets its line on stdout, `{"path", "error"}`, keeping lines 1:1. */
  errorRecordsOnStdout?: boolean;
}

/**
 * Runs a batch: jobs through a worker pool, outcomes in input order — records to stdout, each
 * failure as one line on stderr (`reform-parse: <file>: <problem>`) and in `--errors` — then the
 * summary line. Resolves to exit code 1 when any input failed, else 0.
 */
export async function runBatch(jobs: AsyncIterable<Job> | Iterable<Job>, options: JobOptions, settings: BatchSettings, io: Io): Promise<ExitCode> {
  const started = performance.now();
  const errors = await ErrorsFile.open(settings.errors);
  const workers = Math.max(1, Math.min(settings.jobs ?? availableParallelism(), settings.total ?? Infinity));
  // A parse can only be stopped in a worker thread: a timed batch uses one even for --jobs 1.
  const timeoutMs = settings.several ? Math.round((settings.timeout ?? 0) * 1000) : 0;
  if (workers > 1) limitHeapGrowthForWorkers(workers);
  const runner = workers > 1 || timeoutMs > 0 ? workerPool(workers, options, timeoutMs) : inlineRunner(options);
  const progress = new Progress(io.stderr, settings.total ?? 0, settings.several && settings.total !== null && !settings.quiet);
  const totals = new Totals();

  const start = (job: Job): Promise<Outcome> =>
    (job.kind === 'failed' ? runJob(job, options) : runner.run(job)).then((outcome) => {
      progress.advance(outcome.bytes);
      return outcome;
    });
  const deliver = async (outcome: Outcome): Promise<void> => {
    totals.add(outcome);
    if (outcome.ok) {
      if (outcome.text) await write(io.stdout, outcome.text);
      return;
    }
    const shown = outcome.stack ? Object.assign(new Error(outcome.error), { stack: outcome.stack }) : undefined;
    progress.note(() => io.error(outcome.path, outcome.error, shown));
    await errors.add(outcome.path, outcome.error);
    if (settings.errorRecordsOnStdout) await write(io.stdout, `${JSON.stringify({ path: outcome.path, error: outcome.error })}\n`);
  };

  try {
    if (options.stream) await write(io.stdout, formatWriter(options.format, { pretty: options.pretty, stream: true }).begin());
    await runOrdered(jobs, start, Math.max(8, workers * 6), deliver);
  } finally {
    progress.clear();
    await runner.close();
    await errors.close();
  }
  if (settings.several && !settings.quiet) io.stderr.write(totals.summary((performance.now() - started) / 1000));
  return totals.failures > 0 ? ExitCode.FAILED : ExitCode.OK;
}
