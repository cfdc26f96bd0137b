import { DEFAULT_TIMEOUT, type ConvertOptions } from '../cli/convert.js';
import { ExitCode, UsageError } from '../cli/exit-codes.js';
import type { Io } from '../cli/io.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import type { Job } from './job.js';
import { lines } from './lines.js';
import { runBatch } from './run.js';

/**
 * `reform-parse --stdin-jsonl`: the streaming filter for Spark `pipe()`, Hadoop Streaming, GNU
 * parallel. Each non-blank stdin line `{"path", "text"}` or `{"path", "base64"}` gives exactly one
 * stdout line, in order: the parsed document, or for a line that fails `{"path", "error"}` (also
 * reported on stderr and in `--errors`; exit code 1 at the end). Memory stays bounded: stdin is
 * read only as fast as documents are parsed and written.
 */
export async function convertJsonLines(files: string[], options: ConvertOptions, io: Io): Promise<ExitCode> {
  if (files.length > 0) throw new UsageError('--stdin-jsonl reads its inputs from stdin: give no files');
  if (options.out) throw new UsageError('--stdin-jsonl writes JSON Lines to stdout: --out does not apply');
  if (options.resume) throw new UsageError('--stdin-jsonl cannot --resume: it has no outputs to compare with');
  if (options.format !== 'json' && options.format !== 'jsonl') throw new UsageError(`--stdin-jsonl writes JSON Lines: --format ${options.format} does not apply`);

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A line holds the text JSON-escaped (up to 6 bytes a character for \uXXXX) or base64 (4 per 3).
  const maxLineBytes = maxBytes * 6 + 4096;
  async function* jobs(): AsyncGenerator<Job> {
    for await (const line of lines(io.stdin as AsyncIterable<Buffer>, maxLineBytes)) {
      if (line.overlong) yield { kind: 'failed', path: `stdin:${line.lineNo}`, error: `line too long: over ${maxLineBytes} bytes (see --max-bytes)` };
      else if (line.text.trim() !== '') yield { kind: 'line', line: line.text, lineNo: line.lineNo };
    }
  }

  return runBatch(jobs(), {
    parse: { year: options.year, encoding: options.encoding, inputFormat: options.inputFormat, includeText: options.includeText, maxBytes },
    format: 'jsonl',
    pretty: false,
    stream: true,
    debug: Boolean(options.debug),
  }, { jobs: options.jobs, total: null, several: true, quiet: options.quiet, debug: options.debug, errors: options.errors, errorRecordsOnStdout: true, timeout: options.timeout ?? DEFAULT_TIMEOUT }, io);
}
