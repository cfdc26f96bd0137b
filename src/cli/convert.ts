import { join, relative, isAbsolute, basename, extname } from 'node:path';
import { parse, parseFile, type ParseOptions } from '../parse.js';
import { readStdin } from '../input/read.js';
import { serialize, EXTENSION, type OutputFormat } from '../output/format.js';
import { writeAtomic } from '../output/atomic.js';
import { ExitCode } from './exit-codes.js';
import { describeError, type Io } from './io.js';

export interface ConvertOptions extends Omit<ParseOptions, 'path'> {
  format: OutputFormat;
  pretty?: boolean;
  out?: string;
  quiet?: boolean;
  debug?: boolean;
}

/**
 * `reform-parse [files...]`: one input → one document on stdout; several → JSON Lines (or a YAML
 * stream) on stdout, or one file each under `--out`. A file that fails is reported on stderr and
 * the others still run; the exit code is then 1.
 */
export async function convert(files: string[], options: ConvertOptions, io: Io): Promise<ExitCode> {
  const inputs = files.length === 0 ? ['-'] : files;
  const several = inputs.length > 1;
  let failed = 0;
  for (const input of inputs) {
    try {
      const parseOptions: ParseOptions = { ...options, path: input };
      const doc = input === '-' ? parse(await readStdin(io.stdin), parseOptions) : await parseFile(input, parseOptions);
      if (options.out) {
        await writeAtomic(outputPath(options.out, input, options.format), serialize(doc, options.format, options.pretty));
      } else if (several && options.format !== 'yaml') {
        io.stdout.write(serialize(doc, 'jsonl'));
      } else {
        io.stdout.write(several ? `---\n${serialize(doc, 'yaml')}` : serialize(doc, options.format, options.pretty));
      }
    } catch (err) {
      failed++;
      io.error(input, describeError(err), options.debug ? err : undefined);
    }
  }
  return failed ? ExitCode.FAILED : ExitCode.OK;
}

/** `--out` names mirror the input: `docs/a/notice.txt` → `OUT/docs/a/notice.json`. */
export function outputPath(outDir: string, input: string, format: OutputFormat, root?: string): string {
  let rel = input === '-' ? 'stdin' : root ? relative(root, input) : relative(process.cwd(), input);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) rel = basename(input);
  const ext = extname(rel);
  return join(outDir, (ext ? rel.slice(0, -ext.length) : rel) + EXTENSION[format]);
}
