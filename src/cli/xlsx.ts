import { join } from 'node:path';
import { discover } from '../batch/discover.js';
import { readStdin } from '../input/read.js';
import { writeAtomic } from '../output/atomic.js';
import { parse, parseFile, type ParseOptions } from '../parse.js';
import type { Document } from '../schema/document.js';
import { outputPaths, type ConvertOptions } from './convert.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { describeError, type Io } from './io.js';

/** The workbook of a whole batch under `--out DIR`, beside the one per input. */
export const BATCH_WORKBOOK = '任务分工表-全部.xlsx';

/**
 * `reform-parse INPUT --format xlsx`: a 任务分工表 workbook (see output/xlsx.ts). One input → its
 * workbook on stdout (never onto a terminal); `--out DIR` → one workbook per input, mirroring the
 * input tree as the other formats do, and for several inputs also `DIR/任务分工表-全部.xlsx` with
 * every task of every input. Inputs are parsed in this thread, one after the other.
 */
export async function convertXlsx(files: string[], options: ConvertOptions, io: Io): Promise<ExitCode> {
  if (options.resume) throw new UsageError('--resume cannot skip xlsx outputs (they record no source sha256): leave it out, or resume with --format json');
  if (options.stdinJsonl) throw new UsageError('--stdin-jsonl writes JSON Lines: it cannot be combined with --format xlsx');
  const { inputs, batch } = await discover(files.length === 0 ? ['-'] : files, options);
  if (!options.out && (batch || inputs.length > 1)) throw new UsageError('several inputs make a workbook each: give --out DIR (it also gets one workbook of them all)');
  if (!options.out && (io.stdout as { isTTY?: boolean }).isTTY) throw new UsageError('an xlsx workbook is binary: redirect stdout to a file (> plan.xlsx) or give --out DIR');

  const parseOptions: ParseOptions = { year: options.year, encoding: options.encoding, inputFormat: options.inputFormat, maxBytes: options.maxBytes };
  const { toXlsx } = await import('../output/xlsx.js');
  const outputs = options.out ? outputPaths(options.out, inputs, 'json').map((p) => `${p.slice(0, -'.json'.length)}.xlsx`) : [];
  const docs: Document[] = [];
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    try {
      if (input.error) throw new Error(input.error);
      const doc = input.path === '-'
        ? parse(await readStdin(io.stdin), { ...parseOptions, path: '-' })
        : await parseFile(input.path, parseOptions);
      const book = await toXlsx([doc]);
      if (options.out) await writeAtomic(outputs[i]!, book);
      else await new Promise<void>((resolve, reject) => io.stdout.write(book, (err) => (err ? reject(err) : resolve())));
      docs.push(doc);
    } catch (err) {
      failed++;
      io.error(input.path, describeError(err), options.debug ? err : undefined);
    }
  }
  if (options.out && inputs.length > 1 && docs.length) {
    await writeAtomic(join(options.out, BATCH_WORKBOOK), await toXlsx(docs));
  }
  if (options.out && !options.quiet) {
    io.stderr.write(`reform-parse: ${docs.length} workbook(s) written to ${options.out}${docs.length && inputs.length > 1 ? `, all tasks in ${join(options.out, BATCH_WORKBOOK)}` : ''}${failed ? `; ${failed} input(s) failed` : ''}\n`);
  }
  return failed ? ExitCode.FAILED : ExitCode.OK;
}
