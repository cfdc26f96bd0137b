import { extname, join, normalize } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Document } from '../schema/document.js';
import { discover } from '../batch/discover.js';
import { writeAtomic } from '../output/atomic.js';
import { renderCollection, renderReport } from '../output/report/index.js';
import { dayNumber } from '../output/report/status.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { describeError, type Io } from './io.js';

export interface ReportOptions {
  output?: string;
  out?: string;
  /** The day deadlines are judged against, YYYY-MM-DD; default today (local time). */
  asOf?: string;
  year?: number;
  encoding?: string;
  inputFormat?: 'text' | 'html' | 'markdown';
  include?: string[];
  exclude?: string[];
  quiet?: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ reform-parse report plan.txt -o plan.html          one page, opens from disk
  $ reform-parse report out/plan.json -o plan.html     from an output written with --include-text
  $ reform-parse report notices/ -o review.html        one page for a whole folder: index, matrix, every task
  $ reform-parse report 'notices/**/*.htm' --out review/   review/index.html plus one page per document
  $ reform-parse report notices/ -o review.html --as-of 2022-07-01
                                                       deadline status as of that day (default: today)

-o FILE writes one page (several documents: one cross-document page); --out DIR writes a folder
(index.html plus a page per document with its source text). The main command's -o/--out is a folder.`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function year(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1900 || n > 2200) throw new InvalidArgumentError('expected a four-digit year, e.g. 2022');
  return n;
}

/** `--as-of`: a real calendar day, YYYY-MM-DD. */
export function asOfDay(value: string): string {
  if (dayNumber(value) === null) throw new InvalidArgumentError('expected a day as YYYY-MM-DD, e.g. 2022-07-01');
  return value;
}

/** Today in local time as YYYY-MM-DD: the CLI's default `--as-of` (the renderers never read the clock). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Page names under `--out`: each document's path below the inputs' common folder, with folders
 * joined by "_" and the extension dropped, made unique and never `index.html`.
 * @example pageNames(['a/x/input.txt', 'a/y/input.txt']) // ['x_input.html', 'y_input.html']
 */
export function pageNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => normalize(p).split(/[\\/]+/).filter((s) => s && s !== '.' && s !== '..'));
  let common = 0;
  while (parts.length && parts.every((p) => p.length - 1 > common && p[common] === parts[0]![common])) common++;
  const used = new Set(['index']);
  return parts.map((p) => {
    const file = p.slice(common).join('_');
    const base = (file.slice(0, file.length - extname(file).length) || file).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return `${name}.html`;
  });
}

/**
 * `reform-parse report <inputs...>`: HTML review pages. Inputs are files, directories and globs, as
 * for the main command. One document → its page (`-o FILE`, or stdout); several → one
 * cross-document page; `--out DIR` → `DIR/index.html` (the cross-document page, linking) and one
 * page per document. An input that fails is reported and the others still run (exit 1); when none
 * is read there is nothing to write (exit 1).
 */
export async function report(files: string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  if (options.output && options.out) throw new UsageError('give either -o FILE (one page) or --out DIR (a page per input), not both');
  const asOf = options.asOf ?? today();
  const parseOptions = { year: options.year, encoding: options.encoding, inputFormat: options.inputFormat };
  const docs: Document[] = [];
  // Loaded here, not at start-up: it brings zod, which converting never needs.
  const { loadDocuments } = await import('../output/report/load.js');
  const failed: Array<{ path: string; problem: string }> = [];
  const fail = (path: string, problem: string, err?: unknown) => {
    failed.push({ path, problem });
    io.error(path, problem, options.debug ? err : undefined);
  };
  const { inputs } = await discover(files, { include: options.include, exclude: options.exclude });
  for (const input of inputs) {
    if (input.error) { fail(input.path, input.error); continue; }
    try {
      docs.push(...await loadDocuments(input.path, parseOptions));
    } catch (err) {
      fail(input.path, describeError(err), err);
    }
  }
  // Every input failed, each already said on its own line: no empty page, no empty index.
  if (!docs.length) return ExitCode.FAILED;
  if (!options.out) {
    const page = docs.length === 1 ? renderReport(docs[0]!, { asOf }) : renderCollection(docs.map((doc) => ({ doc })), { asOf, failed });
    if (options.output && options.output !== '-') await writeAtomic(options.output, page);
    else io.stdout.write(page);
    return failed.length ? ExitCode.FAILED : ExitCode.OK;
  }
  const names = pageNames(docs.map((d) => d.source.path));
  const entries: Array<{ href: string; doc: Document }> = [];
  for (const [i, doc] of docs.entries()) {
    const href = names[i]!;
    await writeAtomic(join(options.out, href), renderReport(doc, { indexHref: 'index.html', asOf }));
    entries.push({ href, doc });
  }
  await writeAtomic(join(options.out, 'index.html'), renderCollection(entries, { asOf, failed }));
  if (!options.quiet) io.stderr.write(`reform-parse: wrote ${entries.length} page(s) and ${join(options.out, 'index.html')}\n`);
  return failed.length ? ExitCode.FAILED : ExitCode.OK;
}

/**
 * Adds the `report` command. The top-level `-o, --out` would otherwise swallow the report's own
 * `-o FILE` written after `report`, so options after a subcommand belong to it (positional options).
 */
export function registerReport(program: Command, io: Io, setExit: (code: ExitCode) => void): Command {
  program.enablePositionalOptions();
  return program.command('report')
    .description('write an HTML review report: for one document its page (task table, outline, timeline, highlighted source); for several, one page with an index, a unit × document matrix and every task filterable, with deadline status as of a day')
    .argument('<inputs...>', 'documents to parse (.txt .html .md), directories and quoted globs (searched like the main command), or reform-parse .json/.jsonl outputs written with --include-text')
    .option('-o, --output <file>', 'the one page to write ("-" or none: stdout); several documents make one cross-document page')
    .option('--out <dir>', 'a folder: index.html (the cross-document page) plus one page per document')
    .option('--as-of <YYYY-MM-DD>', 'judge deadlines as of this day: passed, due within 30 days, later (default: today)', asOfDay)
    .option('--include <glob>', 'in directories, take only files matching this glob (repeatable)', collect)
    .option('--exclude <glob>', 'leave out files and directories matching this glob (repeatable)', collect)
    .option('--year <year>', 'the plan year, overriding the one the document states', year)
    .option('--encoding <name>', 'input encoding, overriding detection')
    .addOption(new Option('--input-format <format>', 'input format, overriding detection').choices(['text', 'html', 'markdown']))
    .option('-q, --quiet', 'no summary on stderr (errors are still reported)')
    .option('--debug', 'print stack traces with errors')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], opts: ReportOptions) => setExit(await report(files, opts, io)));
}
