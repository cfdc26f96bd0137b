import { createHash } from 'node:crypto';
import { ParseFile, type Range } from './file.js';
import { readInput } from './input/read.js';
import { toSource, type InputFormat } from './input/source.js';
import { clean } from './clean/index.js';
import { buildOutline } from './outline/index.js';
import { extract } from './extract/index.js';
import { codePointMapper } from './clean/mapped-text.js';
import { Document, type Section } from './schema/document.js';
import type { OutlineNode } from './outline/types.js';

export interface ParseOptions {
  /** Shown in `source.path` and in messages; "-" for stdin. */
  path?: string;
  /** The plan year, overriding what the document states ("6月底前" resolves against it). */
  year?: number;
  /** Encoding override ("gb18030", "utf-8", …); detected when absent. */
  encoding?: string;
  /** Format override; detected from the extension, then the content, when absent. */
  inputFormat?: InputFormat;
  /** Put the source text in `source.text`. */
  includeText?: boolean;
  /** Refuse files larger than this (parseFile only). */
  maxBytes?: number;
}

/**
 * Parses one policy document — bytes (any supported encoding) or an already decoded string — into
 * the output contract's {@link Document}. Never throws for damaged text; throws an InputError
 * only for input that is no text at all (binary).
 *
 * @example
 * const doc = parse('一、总体要求\n(一)6月底前完成。', { path: 'notice.txt' });
 * doc.sections[0].marker // '一、'
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Document {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const file = new ParseFile(options.path ?? '-');
  const source = typeof input === 'string'
    ? { ...toSource(bytes, file, { ...options, encoding: 'utf-8' }) }
    : toSource(bytes, file, options);
  const cleaned = clean(source.text, file, source.meta);
  const outline = buildOutline(cleaned.text, file);
  const { tasks, meta } = extract(cleaned, outline, { year: options.year });

  const toCp = codePointMapper(source.text);
  const span = (r: Range) => toCp(r);
  const document = {
    schemaVersion: '1' as const,
    source: {
      path: file.path,
      format: source.format,
      encoding: source.encoding,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(options.includeText ? { text: source.text } : {}),
    },
    meta,
    sections: outline.roots.map((n) => toSection(n, span)),
    tasks: tasks.map((t) => ({
      ...t,
      span: span(t.span),
      deadlines: t.deadlines.map((d) => ({ ...d, span: span(d.span) })),
      units: t.units.map((u) => ({ ...u, span: span(u.span) })),
      targets: t.targets.map((g) => ({ ...g, span: span(g.span) })),
    })),
    copies: file.copies.map((c) => ({ ...c, span: span(c.span), ...(c.of ? { of: span(c.of) } : {}) })),
    diagnostics: file.messages.map((m) => (m.span ? { ...m, span: span(m.span) } : { ...m })),
  };
  const checked = Document.safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`internal error: output does not match the contract at ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/** Reads and parses one file. @example const doc = await parseFile('fixtures/seed-001/input.txt') */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Document> {
  const bytes = await readInput(path, options.maxBytes);
  return parse(bytes, { ...options, path: options.path ?? path });
}

function toSection(node: OutlineNode, span: (r: Range) => [number, number]): Section {
  return {
    id: node.id,
    level: node.level,
    marker: node.marker,
    style: node.style,
    ordinal: node.ordinal,
    title: node.title,
    span: span(node.sourceRange),
    children: node.children.map((c) => toSection(c, span)),
  };
}
