import { setFlagsFromString } from 'node:v8';
import { InputError } from '../file.js';

/** Where the CLI reads and writes: process streams in the bin, buffers in tests. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Reports one failed input as one line: `reform-parse: <file>: <problem>` (with the stack under --debug). */
  error(file: string, problem: string, debugError?: unknown): void;
}

export function processIo(): Io {
  // `reform-parse *.txt | head` closes the pipe early: that is the reader's choice, not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`reform-parse: stdout: ${err.message}\n`);
    process.exit(1);
  });
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    error(file, problem, debugError) {
      process.stderr.write(`reform-parse: ${printable(file)}: ${printable(problem)}\n`);
      if (debugError instanceof Error && debugError.stack) process.stderr.write(`${debugError.stack}\n`);
    },
  };
}

/** From this size on an input is large: the CLI then holds its heap's growth (see {@link limitHeapGrowthFor}). */
export const LARGE_INPUT_BYTES = 8 * 1024 * 1024;
/** The heap growth set so far (V8's `--heap-growing-percent`); Infinity while V8 chooses. */
let heapGrowth = Infinity;

/** Sets V8's heap growth to `percent` unless a lower one is set already. The flag is the process's, worker threads included. */
function limitHeapGrowth(percent: number): void {
  if (percent >= heapGrowth) return;
  heapGrowth = percent;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Once the CLI reads an input of {@link LARGE_INPUT_BYTES} or more, its heap grows by half of what
 * a full collection leaves live, not by up to four times (V8's choice when collecting looks cheap).
 * Cleaning a large document replaces its text stage by stage, and each replaced copy is garbage
 * that V8 would otherwise let pile up: a 200 MB document peaked anywhere from 0.8 to 1.03 GB by
 * when collections happened to fall, 0.63 GB with this (issue 17: at most 4 × the input + 150 MB);
 * 0.83 GB since issue 19's cleaning work (docs/speed.md, "Memory"), where a growth of 35% or 25%
 * peaks no lower.
 * Not set up front: a batch of ordinary documents then ran 5–10% longer for its extra full
 * collections (the 400-document benchmark corpus, --jobs 1: 4.35–4.72 s against 4.77–4.95 s). V8
 * reads the flag whenever it sizes the heap after a collection, so setting it mid-run takes effect.
 * Called by the CLI's jobs only: the library leaves its host's heap alone.
 */
export function limitHeapGrowthFor(bytes: number): void {
  if (bytes >= LARGE_INPUT_BYTES) limitHeapGrowth(50);
}

/**
 * Several worker threads each let their heap grow by up to four times what a full collection
 * leaves live, and their slack adds up: two workers on the 2 000-document benchmark batch peaked
 * at 293–303 MB (issue 19: under 300 MB). With growth held to 2× they peak at 229 MB, about 4%
 * slower (12.5–13.3 s against 11.8–13.0 s; held to 1.5×, 209 MB but 12–19% slower).
 */
export function limitHeapGrowthForWorkers(workers: number): void {
  if (workers >= 2) limitHeapGrowth(100);
}

/** The one-line description of an error: its message, without a stack. */
export function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}

/**
 * A file name (or message) safe for one line of a terminal: control characters — a newline that
 * would forge a second error line, an escape sequence that would recolour or clear the screen —
 * shown as escapes instead.
 * @example printable('a\nb\u001b[2J.txt') // 'a\\nb\\x1b[2J.txt'
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
