import { extname, join, normalize } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Document } from '../schema/document.js';
import { writeAtomic } from '../output/atomic.js';
import { renderIndex, renderReport, type IndexEntry } from '../output/report/index.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { describeError, type Io } from './io.js';

export interface ReportOptions {
  output?: string;
  out?: string;
  year?: number;
  encoding?: string;
  inputFormat?: 'text' | 'html' | 'markdown';
  quiet?: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ reform-parse report plan.txt -o plan.html          one page, opens from disk
  $ reform-parse report out/plan.json -o plan.html     from an output written with --include-text
  $ reform-parse report docs/*.txt --out review/       review/index.html plus one page per document`;

function year(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1900 || n > 2200) throw new InvalidArgumentError('expected a four-digit year, e.g. 2022');
  return n;
}

/**
 * Page names under `--out`: each document's path below the inputs' common folder, with folders
 * joined by "_" and the extension dropped, made unique and never `index.html`.
 * @example pageNames(['a/x/input.txt', 'a/y/input.txt']) // ['x_input.html', 'y_input.html']
 */
export function pageNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => normalize(p).split(/[\\/]+/).filter((s) => s && s !== '.' && s !== '..'));
  let common = 0;
  while (parts.every((p) => p.length - 1 > common && p[common] === parts[0]![common])) common++;
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
 * `reform-parse report <files...>`: HTML review pages. One input → one page (`-o FILE`, or stdout);
 * `--out DIR` → `DIR/index.html` and one page per document. An input that fails is reported and
 * the others still run (exit 1).
 */
export async function report(files: string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  if (options.output && options.out) throw new UsageError('give either -o FILE (one page) or --out DIR (a page per input), not both');
  const parseOptions = { year: options.year, encoding: options.encoding, inputFormat: options.inputFormat };
  const docs: Document[] = [];
  // Loaded here, not at start-up: it brings zod, which converting never needs.
  const { loadDocuments } = await import('../output/report/load.js');
  const failed: Array<{ path: string; problem: string }> = [];
  for (const file of files) {
    try {
      docs.push(...await loadDocuments(file, parseOptions));
    } catch (err) {
      failed.push({ path: file, problem: describeError(err) });
      io.error(file, describeError(err), options.debug ? err : undefined);
    }
  }
  if (!options.out) {
    if (docs.length > 1) throw new UsageError(`${docs.length} documents make ${docs.length} pages: use --out DIR (an index page plus one page per document)`);
    const doc = docs[0];
    if (!doc) return ExitCode.FAILED;
    const page = renderReport(doc);
    if (options.output && options.output !== '-') await writeAtomic(options.output, page);
    else io.stdout.write(page);
    return failed.length ? ExitCode.FAILED : ExitCode.OK;
  }
  const names = pageNames(docs.map((d) => d.source.path));
  const entries: IndexEntry[] = [];
  for (const [i, doc] of docs.entries()) {
    const href = names[i]!;
    await writeAtomic(join(options.out, href), renderReport(doc, { indexHref: 'index.html' }));
    entries.push({ href, doc });
  }
  await writeAtomic(join(options.out, 'index.html'), renderIndex(entries, failed));
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
    .description('write an HTML review page: task table, outline, deadline timeline, and the source text with every deadline, unit and target highlighted')
    .argument('<files...>', 'documents to parse (.txt .html .md), or reform-parse .json/.jsonl outputs written with --include-text')
    .option('-o, --output <file>', 'the page to write for one input ("-" or none: stdout)')
    .option('--out <dir>', 'write index.html plus one page per document into this directory')
    .option('--year <year>', 'the plan year, overriding the one the document states', year)
    .option('--encoding <name>', 'input encoding, overriding detection')
    .addOption(new Option('--input-format <format>', 'input format, overriding detection').choices(['text', 'html', 'markdown']))
    .option('-q, --quiet', 'no summary on stderr (errors are still reported)')
    .option('--debug', 'print stack traces with errors')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], opts: ReportOptions) => setExit(await report(files, opts, io)));
}
