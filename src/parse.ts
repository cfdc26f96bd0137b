import { createHash } from 'node:crypto';
import { InputError, ParseFile, type InternalCopy, type InternalDiagnostic, type Range } from './file.js';
import { readInput } from './input/read.js';
import { toSource, type InputFormat, type SourceText } from './input/source.js';
import { binaryFormatOf, readBinary } from './input/binary.js';
import type { BinaryFormat } from './input/detect-binary.js';
import { clean } from './clean/index.js';
import { buildOutline } from './outline/index.js';
import { extract, type InternalTask } from './extract/index.js';
import { codePointMapper } from './clean/mapped-text.js';
import type { Copy, Deadline, Diagnostic, Document, Meta, Section, Target, Task } from './schema/document.js';
import { contractViolation } from './schema/check.js';
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
  const file = new ParseFile(options.path ?? '-');
  if (typeof input !== 'string') {
    const binary = binaryFormatOf(input, file.path, options.inputFormat);
    if (binary) throw new InputError(file.path, `a ${binary.toUpperCase()} document: read it with parseAsync() or parseFile()`);
  }
  return build(file, readSource({ bytes: input }, file, options), options);
}

/**
 * {@link parse} for every input format, binary documents too: PDF (pdf.js), DOCX, DOC, OFD are
 * read into their text first (asynchronously), then parsed like any other text.
 * @example const doc = await parseAsync(pdfBytes, { path: 'notice.pdf' }); doc.source.format // 'pdf'
 */
export async function parseAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<Document> {
  if (typeof input !== 'string') {
    const file = new ParseFile(options.path ?? '-');
    const binary = binaryFormatOf(input, file.path, options.inputFormat);
    if (binary) return build(file, await readBinarySource(input, file, binary), options);
  }
  return parse(input, options);
}

/**
 * Bytes a caller hands over to {@link parseHanded}: `bytes` is null once they are decoded, and
 * nothing else holding them, they are released while the text is parsed — on a large document,
 * memory as large as the input.
 */
export interface HandedBytes { bytes: Uint8Array | null }

/**
 * {@link parseAsync} of bytes handed over (the CLI's and {@link parseFile}'s read): the same
 * document, the bytes released once decoded.
 * @example await parseHanded({ bytes: await readInput('a.txt') }, { path: 'a.txt' })
 */
export async function parseHanded(handed: HandedBytes, options: ParseOptions = {}): Promise<Document> {
  const file = new ParseFile(options.path ?? '-');
  return build(file, await readHanded(handed, file, options), options);
}

/** What the document keeps of its input: the source text, and the bytes' size and digest. */
interface Read { source: SourceText; bytes: number; sha256: string }

// The bytes are read from the holder in these functions and never stored in the caller's frame:
// a frame on the stack keeps what its registers hold alive, and parsing runs below it.
async function readHanded(handed: HandedBytes, file: ParseFile, options: ParseOptions): Promise<Read> {
  const binary = binaryFormatOf(handed.bytes!, file.path, options.inputFormat);
  if (binary) return readBinarySource(handed.bytes!, file, binary);
  return readSource(handed, file, options);
}

async function readBinarySource(bytes: Uint8Array, file: ParseFile, binary: BinaryFormat): Promise<Read> {
  return { bytes: bytes.length, sha256: sha256(bytes), source: await readBinary(bytes, file, binary) };
}

/** Text or bytes → the source text; the holder gives up its bytes. */
function readSource(handed: { bytes: string | Uint8Array | null }, file: ParseFile, options: ParseOptions): Read {
  const input = handed.bytes!;
  handed.bytes = null;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const read = { bytes: bytes.length, sha256: sha256(bytes) };
  const source = typeof input === 'string' ? toSource(bytes, file, { ...options, encoding: 'utf-8' }) : toSource(bytes, file, options);
  return { ...read, source };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function build(file: ParseFile, read: Read, options: ParseOptions): Document {
  const { source } = read;
  // The mapper to code points is made first and keeps only the astral positions, so the source
  // text can go once cleaning has normalized it (handed over, not passed: an argument stays alive
  // for the whole call) — unless the document is to carry it.
  const toCp = codePointMapper(source.text);
  const text = options.includeText ? source.text : undefined;
  const handed = { text: source.text };
  source.text = '';
  const cleaned = clean(handed, file, source.meta, source.layout);
  const outline = buildOutline(cleaned.text, file, cleaned.layout);
  const { tasks, meta } = extract(cleaned, outline, { year: options.year });

  const span: ToSpan = (r) => {
    if (r[0] > r[1]) throw new Error(`internal error: span [${r[0]}, ${r[1]}) starts after its end`);
    return toCp(r);
  };
  const document: Document = {
    schemaVersion: '1' as const,
    source: {
      path: file.path,
      format: source.format,
      encoding: source.encoding,
      bytes: read.bytes,
      sha256: read.sha256,
      ...(text !== undefined ? { text } : {}),
      ...(source.pages ? { pages: source.pages.map((p) => span([p, p])[0]) } : {}),
    },
    meta: toMeta(meta),
    sections: outline.roots.map((n) => toSection(n, span)),
    tasks: tasks.map((t) => toTask(t, span)),
    copies: file.copies.map((c) => toCopy(c, span)),
    diagnostics: file.messages.map((m) => toDiagnostic(m, span)),
  };
  const violation = contractViolation(document);
  if (violation) throw new Error(`internal error: output does not match the contract at ${violation}`);
  return document;
}

/** Reads and parses one file. @example const doc = await parseFile('fixtures/seed-001/input.txt') */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Document> {
  return parseHanded({ bytes: await readInput(path, options.maxBytes) }, { ...options, path: options.path ?? path });
}

type ToSpan = (r: Range) => [number, number];

// The output's objects are built field by field in the contract's order (output-contract.md,
// src/schema/document.ts): JSON and YAML list keys in the order they were set, and the order
// readers see must not depend on how a stage happened to assemble its record. Optional fields
// appear only when set (added in place: a generic copy loop was slow while the code was cold).

function toMeta(m: Meta): Meta {
  const out: Meta = {};
  if (m.title !== undefined) out.title = m.title;
  if (m.docNumber !== undefined) out.docNumber = m.docNumber;
  if (m.issuer !== undefined) out.issuer = m.issuer;
  if (m.date !== undefined) out.date = m.date;
  if (m.year !== undefined) out.year = m.year;
  return out;
}

function toTask(t: InternalTask, span: ToSpan): Task {
  return {
    id: t.id, sectionId: t.sectionId, path: t.path, text: t.text, span: span(t.span),
    ...(t.annex !== undefined ? { annex: t.annex } : {}),
    deadlines: t.deadlines.map((d) => {
      const out: Deadline = { text: d.text, span: span(d.span), kind: d.kind, start: d.start, end: d.end, precision: d.precision, yearSource: d.yearSource };
      if (d.placeholder !== undefined) out.placeholder = d.placeholder;
      if (d.recurring !== undefined) out.recurring = d.recurring;
      if (d.relative !== undefined) out.relative = d.relative;
      if (d.duration !== undefined) out.duration = d.duration;
      return out;
    }),
    units: t.units.map((u) => ({ name: u.name, role: u.role, span: span(u.span) })),
    targets: t.targets.map((g) => {
      const out = { text: g.text, span: span(g.span), metric: g.metric, comparator: g.comparator, value: g.value } as Target;
      if (g.valueMax !== undefined) out.valueMax = g.valueMax;
      out.unit = g.unit;
      if (g.placeholder !== undefined) out.placeholder = g.placeholder;
      return out;
    }),
  };
}

function toCopy(c: InternalCopy, span: ToSpan): Copy {
  const out: Copy = { kind: c.kind, span: span(c.span) };
  if (c.of !== undefined) out.of = span(c.of);
  if (c.similarity !== undefined) out.similarity = c.similarity;
  if (c.note !== undefined) out.note = c.note;
  return out;
}

function toDiagnostic(m: InternalDiagnostic, span: ToSpan): Diagnostic {
  const out: Diagnostic = { severity: m.severity, code: m.code, message: m.message };
  if (m.span !== undefined) out.span = span(m.span);
  return out;
}

function toSection(node: OutlineNode, span: ToSpan): Section {
  return {
    id: node.id,
    level: node.level,
    marker: node.marker,
    style: node.style,
    ordinal: node.ordinal,
    title: node.title,
    span: span(node.sourceRange),
    ...(node.annex !== undefined ? { annex: node.annex } : {}),
    children: node.children.map((c) => toSection(c, span)),
  };
}
