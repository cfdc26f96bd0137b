import { z } from 'zod';

/** `[start, end)` in Unicode code points into the document's source text. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => s <= e, { message: 'span start is after its end' });
export type Span = z.infer<typeof Span>;

// Month 01–12 and day 01–31: a pattern JSON Schema validators can check too (no `format` needed).
const isoDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected an ISO date YYYY-MM-DD');

export const Source = z.strictObject({
  path: z.string(),
  format: z.enum(['text', 'html', 'markdown', 'pdf', 'docx', 'doc', 'ofd']),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string().optional(),
  /** Contract 1.1: the code-point offset at which each page's text starts (PDF; Word where page breaks are known). */
  pages: z.array(z.number().int().nonnegative()).optional(),
});
export type Source = z.infer<typeof Source>;

export const Meta = z.strictObject({
  title: z.string().optional(),
  docNumber: z.string().optional(),
  issuer: z.string().optional(),
  date: isoDate.optional(),
  year: z.number().int().optional(),
});
export type Meta = z.infer<typeof Meta>;

export interface Section {
  id: string;
  level: number;
  marker: string;
  style: string;
  ordinal: number | null;
  title: string;
  span: Span;
  /** Contract 1.1: the annex ("附件2") the section belongs to; its numbering starts a new tree. */
  annex?: string;
  children: Section[];
}
export const Section: z.ZodType<Section> = z.strictObject({
  id: z.string(),
  level: z.number().int().positive(),
  marker: z.string(),
  style: z.string(),
  ordinal: z.number().int().nullable(),
  title: z.string(),
  span: Span,
  annex: z.string().optional(),
  get children() { return z.array(Section); },
}).meta({ id: 'Section' });

export const Deadline = z.strictObject({
  text: z.string(),
  span: Span,
  kind: z.enum(['by', 'start', 'during', 'on']),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  precision: z.enum(['day', 'xun', 'month', 'quarter', 'half', 'year']),
  yearSource: z.enum(['explicit', 'document', 'none']),
  placeholder: z.boolean().optional(),
  recurring: z.boolean().optional(),
  /** Contract 1.1: a limit counted from an event whose date the document does not state ("5个工作日内"). */
  relative: z.boolean().optional(),
  duration: z.string().optional(),
});
export type Deadline = z.infer<typeof Deadline>;

export const Unit = z.strictObject({
  name: z.string().min(1),
  role: z.enum(['lead', 'support', 'responsible']),
  span: Span,
});
export type Unit = z.infer<typeof Unit>;

export const Target = z.strictObject({
  text: z.string(),
  span: Span,
  metric: z.string().nullable(),
  comparator: z.enum(['>=', '>', '<=', '<', '=', '~', 'range', 'increase', 'decrease']),
  value: z.number().nullable(),
  valueMax: z.number().nullable().optional(),
  unit: z.string().nullable(),
  placeholder: z.boolean().optional(),
});
export type Target = z.infer<typeof Target>;

export const Task = z.strictObject({
  id: z.string(),
  sectionId: z.string().nullable(),
  path: z.array(z.string()),
  text: z.string(),
  span: Span,
  /** Contract 1.1: the annex ("附件2") the task belongs to. */
  annex: z.string().optional(),
  deadlines: z.array(Deadline),
  units: z.array(Unit),
  targets: z.array(Target),
});
export type Task = z.infer<typeof Task>;

export const Copy = z.strictObject({
  kind: z.enum(['page-copy', 'duplicate-article', 'near-duplicate', 'boilerplate']),
  span: Span,
  of: Span.optional(),
  similarity: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
});
export type Copy = z.infer<typeof Copy>;

export const Diagnostic = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  span: Span.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** One parsed policy document: the output contract, version 1 (../shared/output-contract.md). */
export const Document = z.strictObject({
  schemaVersion: z.literal('1'),
  source: Source,
  meta: Meta,
  sections: z.array(Section),
  tasks: z.array(Task),
  copies: z.array(Copy),
  diagnostics: z.array(Diagnostic),
});
export type Document = z.infer<typeof Document>;

/** The JSON Schema of {@link Document}, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Document, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://github.com/reform-parse/reform-parse/schemas/reform-parse.schema.json',
    title: 'reform-parse document, contract version 1',
    ...schema,
  };
}
