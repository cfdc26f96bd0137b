import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/format.js';
import { convert, type ConvertOptions } from './convert.js';
import { registerReport } from './report.js';
import { ExitCode, UsageError } from './exit-codes.js';
import type { Io } from './io.js';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

const EXAMPLES = `
Examples:
  $ reform-parse notice.txt                      one document as JSON on stdout
  $ reform-parse notice.txt --format yaml        the same as YAML
  $ reform-parse page.html --pretty --include-text
  $ cat plan.txt | reform-parse - --year 2022    read stdin; resolve "6月底前" in 2022
  $ reform-parse notice.pdf --pretty             PDF, DOCX, DOC and OFD too (detected by content)
  $ reform-parse a.txt b.html                    several inputs: JSON Lines on stdout
  $ reform-parse a.txt b.html --out parsed/      one output file per input
  $ reform-parse archive/ --out parsed/ --errors failed.jsonl
                                                 a whole tree (text, HTML, Markdown, PDF, Word, OFD), mirrored
  $ reform-parse archive/ --out parsed/ --resume  after an interruption: skip what is done
  $ reform-parse 'archive/**/*.htm' --exclude 'drafts/**' --jobs 4 > all.jsonl
  $ reform-parse --stdin-jsonl < docs.jsonl      {"path","text"|"base64"} lines in, one document line each out
  $ reform-parse schema > reform-parse.schema.json
  $ reform-parse validate parsed/*.json          check outputs against the contract (CI)
  $ reform-parse plan.txt --format xlsx > plan.xlsx   the 任务分工表 as a workbook
  $ reform-parse report notices/ -o review.html  an HTML review of a whole folder (see: reform-parse report --help)

-o/--out is a folder for the main command (one output per input); the report's -o is one page.

Exit codes: 0 all good; 1 some input could not be parsed, or an output is invalid; 2 usage error.`;

function encoding(value: string): string {
  if (!iconv.encodingExists(value.trim().toLowerCase().replace(/_/g, '-'))) throw new InvalidArgumentError('unknown encoding (try utf-8, gb18030, gbk, big5, utf-16le)');
  return value;
}

function positiveInt(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError(`expected ${what}`);
    return n;
  };
}

/** `--max-bytes`: a byte count, optionally with k, m or g (powers of 1024). */
function byteCount(value: string): number {
  const match = /^(?<n>\d+)(?<unit>[kmg])?i?b?$/i.exec(value.trim());
  if (!match?.groups) throw new InvalidArgumentError('expected a byte count, e.g. 1000000 or 20m');
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match.groups.unit?.toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Number(match.groups.n) * scale;
}

/** `--timeout`: seconds, 0 for none. */
function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number of seconds, e.g. 60 (0: no limit)');
  return n;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function year(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1900 || n > 2200) throw new InvalidArgumentError('expected a four-digit year, e.g. 2022');
  return n;
}

/**
 * The whole command line, wired onto `program`; `bin/reform-parse.ts` only runs it.
 * Resolves to the exit code instead of exiting, so tests can run it in-process.
 */
export function makeProgram(program: Command, io: Io, setExit: (code: ExitCode) => void): Command {
  program
    .name('reform-parse')
    .description('Turn Chinese policy documents into structured JSON or YAML: outline, tasks, deadlines, responsible units, numeric targets.')
    .version(version, '-V, --version')
    .argument('[inputs...]', 'files, directories (searched for .txt .html .htm .md .markdown .pdf .docx .doc .ofd) or quoted globs; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (xlsx: a 任务分工表 workbook)').choices([...OUTPUT_FORMATS, 'xlsx']).default('json'))
    .option('--pretty', 'indent JSON output')
    .option('--include-text', 'put the source text in source.text (spans point into it)')
    .option('--year <year>', 'the plan year, overriding the one the document states', year)
    .option('--encoding <name>', 'input encoding, overriding detection (utf-8, gb18030, gbk, utf-16le, …)', encoding)
    .addOption(new Option('--input-format <format>', 'input format, overriding detection').choices(['text', 'html', 'markdown', 'pdf', 'docx', 'doc', 'ofd']))
    .option('-o, --out <dir>', 'write one output file per input into this directory')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores, fewer for a batch too small to repay them)', positiveInt('a positive number of worker threads'))
    .option('--include <glob>', 'in directories, take only files matching this glob (repeatable; without "/" it matches the file name)', collect)
    .option('--exclude <glob>', 'leave out files and directories matching this glob (repeatable)', collect)
    .option('--resume', 'with --out: skip inputs whose output exists and records the same source sha256')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (k, m, g suffixes; default 64m)', byteCount)
    .option('--timeout <seconds>', 'in a batch or --stdin-jsonl: a document whose parse takes longer fails as "timeout" and the others go on (0: no limit)', seconds, 60)
    .option('--errors <file>', 'also list failed inputs in this file, as JSON Lines {"path", "error"}')
    .option('--stdin-jsonl', 'streaming filter: read {"path","text"} or {"path","base64"} lines on stdin, write one document line each (see docs/batch.md)')
    .option('-q, --quiet', 'no progress or summary on stderr (errors are still reported)')
    .option('--debug', 'print stack traces with errors')
    .addHelpText('after', EXAMPLES)
    // `reform-parse help report`: commander adds it only for programs without a root action.
    .helpCommand('help [command]', 'show the options and examples of a command (report, schema, validate)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `reform-parse: ${s.slice(7)}` : s),
    })
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const run = opts.format === 'xlsx' ? (await import('./xlsx.js')).convertXlsx : convert;
      setExit(await run(files, {
        format: opts.format as OutputFormat,
        pretty: Boolean(opts.pretty),
        includeText: Boolean(opts.includeText),
        year: opts.year as number | undefined,
        encoding: opts.encoding as string | undefined,
        inputFormat: opts.inputFormat as ConvertOptions['inputFormat'],
        out: opts.out as string | undefined,
        quiet: Boolean(opts.quiet),
        debug: Boolean(opts.debug),
        jobs: opts.jobs as number | undefined,
        include: opts.include as string[] | undefined,
        exclude: opts.exclude as string[] | undefined,
        resume: Boolean(opts.resume),
        maxBytes: opts.maxBytes as number | undefined,
        errors: opts.errors as string | undefined,
        timeout: opts.timeout as number,
        stdinJsonl: Boolean(opts.stdinJsonl),
      }, io));
    });

  program.command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      // zod loads only for the commands that use it: converting never does.
      const { documentJsonSchema } = await import('../schema/document.js');
      io.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
      setExit(ExitCode.OK);
    });

  program.command('validate')
    .description('check JSON, JSON Lines or YAML outputs against the contract (schema, unique ids, sectionId, spans); prints file: json-path: problem, or "N documents valid"')
    .argument('<files...>', 'output files to check')
    .action(async (files: string[]) => setExit(await (await import('./validate.js')).validate(files, io)));

  registerReport(program, io, setExit);

  for (const cmd of program.commands) cmd.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Runs the command line and resolves to the process exit code. */
export async function run(argv: string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = ExitCode.OK;
  const program = makeProgram(new Command(), io, (c) => { code = c; });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.OK;
      return ExitCode.USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`reform-parse: ${err.message}\n`);
      return ExitCode.USAGE;
    }
    throw err;
  }
}
