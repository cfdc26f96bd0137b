import { createHash } from 'node:crypto';
import { parseAsync, parseHanded, type HandedBytes, type ParseOptions } from '../parse.js';
import { readInput } from '../input/read.js';
import { formatWriter, type OutputFormat } from '../output/format.js';
import { writeAtomic } from '../output/atomic.js';
import { describeError, limitHeapGrowthFor } from '../cli/io.js';
import type { Document } from '../schema/document.js';
import { recordedSha256 } from './resume.js';
import { jsonLineInput, JsonLineError } from './jsonl-record.js';

/** What every job of one run shares; plain data, so it crosses into worker threads as is. */
export interface JobOptions {
  parse: Omit<ParseOptions, 'path'>;
  format: OutputFormat;
  pretty: boolean;
  /** Records for one stream of several documents (stdout), rather than whole files. */
  stream: boolean;
  debug: boolean;
}

/**
 * One unit of work. `file`: read, parse, and either return the record (stdout) or write `out`;
 * with `resume`, skip when `out` already records the input's sha256. `bytes`: stdin's content.
 * `line`: one `--stdin-jsonl` input line. `failed`: an input known to fail before it is tried.
 */
export type Job =
  | { kind: 'file'; path: string; out?: string; resume?: boolean }
  | { kind: 'failed'; path: string; error: string }
  | { kind: 'bytes'; path: string; bytes: Uint8Array; out?: string }
  | { kind: 'line'; line: string; lineNo: number };

export interface Counts { tasks: number; deadlines: number; units: number; targets: number }

/** What a job gives back: never a thrown error, so one bad input never stops a batch. */
export type Outcome =
  | { ok: true; path: string; bytes: number; skipped: boolean; text?: string; counts: Counts }
  | { ok: false; path: string; bytes: number; error: string; stack?: string };

/**
 * Runs one job: the same function in a worker thread and in-process (`--jobs 1`). `onParse` is
 * called just before the (synchronous) parse, with the input's name (a JSON line's own `path`): the
 * pool's time budget runs from there, and a timeout is reported under that name.
 * @example await runJob({ kind: 'file', path: 'a.txt' }, opts) // { ok: true, text: '{"schemaVersion":"1",…}\n', … }
 */
export async function runJob(job: Job, options: JobOptions, onParse?: (path: string) => void): Promise<Outcome> {
  let path = job.kind === 'line' ? `stdin:${job.lineNo}` : job.path;
  let bytes = 0;
  if (job.kind === 'failed') return { ok: false, path, bytes, error: job.error };
  try {
    if (job.kind === 'line') {
      const input = jsonLineInput(job.line, job.lineNo, options.parse.maxBytes);
      path = input.path;
      bytes = input.bytes;
      limitHeapGrowthFor(bytes);
      onParse?.(path);
      return await done(path, bytes, await parseAsync(input.input, { ...options.parse, path: input.path }), options);
    }
    if (job.kind === 'bytes') {
      bytes = job.bytes.length;
      limitHeapGrowthFor(bytes);
      onParse?.(path);
      return await done(path, bytes, await parseAsync(job.bytes, { ...options.parse, path }), options, job.out);
    }
    const recorded = job.resume && job.out ? await recordedSha256(job.out) : null;
    // Handed over, not held here: parseHanded releases the bytes once decoded.
    const read: HandedBytes = { bytes: await readInput(job.path, options.parse.maxBytes) };
    bytes = read.bytes!.length;
    if (recorded && recorded === createHash('sha256').update(read.bytes!).digest('hex')) {
      return { ok: true, path, bytes, skipped: true, counts: { tasks: 0, deadlines: 0, units: 0, targets: 0 } };
    }
    limitHeapGrowthFor(bytes);
    onParse?.(path);
    return await done(path, bytes, await parseHanded(read, { ...options.parse, path }), options, job.out);
  } catch (err) {
    const failed: Outcome = { ok: false, path: err instanceof JsonLineError ? err.path : path, bytes, error: describeError(err) };
    if (options.debug && err instanceof Error && err.stack) failed.stack = err.stack;
    return failed;
  }
}

async function done(path: string, bytes: number, doc: Document, options: JobOptions, out?: string): Promise<Outcome> {
  const counts = countOf(doc);
  if (out) {
    const writer = formatWriter(options.format, { pretty: options.pretty });
    await writeAtomic(out, writer.begin() + writer.record(doc));
    return { ok: true, path, bytes, skipped: false, counts };
  }
  const writer = formatWriter(options.format, { pretty: options.pretty, stream: options.stream });
  // A lone document is its whole output (begin + record); in a stream the batch writes begin() once.
  const text = options.stream ? writer.record(doc) : writer.begin() + writer.record(doc);
  return { ok: true, path, bytes, skipped: false, text, counts };
}

function countOf(doc: Document): Counts {
  const counts = { tasks: doc.tasks.length, deadlines: 0, units: 0, targets: 0 };
  for (const task of doc.tasks) {
    counts.deadlines += task.deadlines.length;
    counts.units += task.units.length;
    counts.targets += task.targets.length;
  }
  return counts;
}
