import { join, relative, isAbsolute, basename, extname } from 'node:path';
import type { ParseOptions } from '../parse.js';
import { readStdin } from '../input/read.js';
import { EXTENSION, type OutputFormat } from '../output/format.js';
import { discover, type Input } from '../batch/discover.js';
import type { Job, JobOptions } from '../batch/job.js';
import { sweepStaleTemps } from '../batch/resume.js';
import { runBatch } from '../batch/run.js';
import { autoJobs } from '../batch/auto-jobs.js';
import { convertJsonLines } from '../batch/stdin-jsonl.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { describeError, type Io } from './io.js';
import { OutDirError, prepareOutDir } from './out-dir.js';

/** Seconds a document of a batch may take to parse: a hundred times the slowest real document's. */
export const DEFAULT_TIMEOUT = 60;

export interface ConvertOptions extends Omit<ParseOptions, 'path'> {
  format: OutputFormat;
  pretty?: boolean;
  out?: string;
  quiet?: boolean;
  debug?: boolean;
  /** Worker threads; default the number of cores. */
  jobs?: number;
  /** Globs a file found in a DIR must match (instead of the document extensions). */
  include?: string[];
  /** Globs of files and directories to leave out. */
  exclude?: string[];
  /** With `--out`: skip inputs whose output exists and records the same source sha256. */
  resume?: boolean;
  /** A JSON Lines file listing each failed input: `{"path", "error"}`. */
  errors?: string;
  /** In a batch: seconds one document may take to parse before it fails as `timeout` (0: no limit; default 60). */
  timeout?: number;
  /** Read `{"path", "text"|"base64"}` lines from stdin, write one document line each to stdout. */
  stdinJsonl?: boolean;
}

/**
 * `reform-parse [FILE | DIR | GLOB ...]`: one input → one document on stdout; several (or any DIR
 * or GLOB) → JSON Lines (or a YAML stream) on stdout in input order, or with `--out` one file
 * each mirroring the input tree. Inputs run on `--jobs` worker threads. A file that fails is
 * reported on stderr (and in `--errors`) and the others still run; the exit code is then 1.
 */
export async function convert(files: string[], options: ConvertOptions, io: Io): Promise<ExitCode> {
  if (options.stdinJsonl) return convertJsonLines(files, options, io);
  if (options.resume && !options.out) throw new UsageError('--resume needs --out DIR: it skips inputs whose output there is up to date');
  // A CSV row records no source sha256, so --resume could never tell a done input from a changed one.
  if (options.resume && options.format === 'csv') throw new UsageError('--resume cannot skip csv outputs (they record no source sha256): resume with --format json, jsonl or yaml');

  // The output folder is checked once, before any work: one error, not one per input.
  if (options.out) {
    try {
      await prepareOutDir(options.out);
    } catch (err) {
      if (!(err instanceof OutDirError)) throw err;
      io.stderr.write(`reform-parse: ${err.message}\n`);
      return ExitCode.FAILED;
    }
  }
  const { inputs, batch } = await discover(files.length === 0 ? ['-'] : files, options);
  const several = batch || inputs.length > 1;
  const jobOptions: JobOptions = {
    parse: { year: options.year, encoding: options.encoding, inputFormat: options.inputFormat, includeText: options.includeText, maxBytes: options.maxBytes },
    format: options.format,
    pretty: Boolean(options.pretty),
    stream: several && !options.out,
    debug: Boolean(options.debug),
  };
  const outputs = options.out ? outputPaths(options.out, inputs, options.format) : null;
  if (options.out && options.resume) await sweepStaleTemps(options.out);

  async function* jobs(): AsyncGenerator<Job> {
    for (const [i, input] of inputs.entries()) {
      if (input.error) yield { kind: 'failed', path: input.path, error: input.error };
      else if (input.path === '-') yield await stdinJob(outputs?.[i]);
      else yield { kind: 'file', path: input.path, out: outputs?.[i], resume: options.resume };
    }
  }
  async function stdinJob(out: string | undefined): Promise<Job> {
    try {
      return { kind: 'bytes', path: '-', bytes: await readStdin(io.stdin, options.maxBytes), out };
    } catch (err) {
      return { kind: 'failed', path: '-', error: describeError(err) };
    }
  }

  // Without --jobs: the cores, fewer when the input is too small to repay starting more threads.
  const workers = options.jobs ?? await autoJobs(inputs);
  return runBatch(jobs(), jobOptions, { jobs: workers, total: inputs.length, several, quiet: options.quiet, debug: options.debug, errors: options.errors, timeout: options.timeout ?? DEFAULT_TIMEOUT }, io);
}

/**
 * `--out` names for a batch: each mirrors its input below its DIR (or glob base). Inputs that would
 * share a name (`a.txt` and `a.html` → `a.json`) keep their own extension (`a.txt.json`, `a.html.json`),
 * so no output overwrites another.
 */
export function outputPaths(outDir: string, inputs: Input[], format: OutputFormat): string[] {
  const plain = inputs.map((input) => outputPath(outDir, input.path, format, input.root ?? undefined));
  const uses = new Map<string, number>();
  for (const path of plain) uses.set(path, (uses.get(path) ?? 0) + 1);
  const named = plain.map((path, i) => (uses.get(path)! > 1 ? outputPath(outDir, inputs[i]!.path, format, inputs[i]!.root ?? undefined, true) : path));
  // The same relative path under two DIR arguments: number the later ones, in argument order.
  const taken = new Set<string>();
  return named.map((path) => {
    let unique = path;
    for (let n = 2; taken.has(unique); n++) unique = path.slice(0, -EXTENSION[format].length) + `~${n}` + EXTENSION[format];
    taken.add(unique);
    return unique;
  });
}

/** `--out` names mirror the input: `docs/a/notice.txt` → `OUT/docs/a/notice.json` (below `root` when given). */
export function outputPath(outDir: string, input: string, format: OutputFormat, root?: string, keepExtension = false): string {
  let rel = input === '-' ? 'stdin' : root ? relative(root, input) : relative(process.cwd(), input);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) rel = basename(input);
  const ext = keepExtension ? '' : extname(rel);
  return join(outDir, (ext ? rel.slice(0, -ext.length) : rel) + EXTENSION[format]);
}
