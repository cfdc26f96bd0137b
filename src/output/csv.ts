import { lazy } from '../lazy.js';
import type { Deadline, Document, Target } from '../schema/document.js';

const csv = lazy<typeof import('csv-stringify/sync')>('csv-stringify/sync');

/** Excel only reads a CSV as UTF-8 (rather than the system code page) when it starts with a BOM. */
export const CSV_BOM = '\uFEFF';

/** The columns of the task CSV, one row per task. */
export const CSV_HEADER = [
  'file', 'section path', 'task', 'earliest deadline', 'deadlines',
  'lead units', 'support units', 'responsible units', 'targets', 'span start', 'span end',
] as const;

/** How list cells are joined: a separator that occurs in neither unit names nor deadline texts. */
export const LIST_SEPARATOR = '; ';
/** How a task's section path is joined. */
export const PATH_SEPARATOR = ' > ';

/**
 * The day a deadline falls due: its last allowed day, or for an open start ("7月起") its first.
 * Null for placeholders and dates that could not be resolved.
 * @example dueDate({ kind: 'by', start: null, end: '2022-06-30', … }) // '2022-06-30'
 */
export function dueDate(d: Pick<Deadline, 'start' | 'end'>): string | null {
  return d.end ?? d.start;
}

/** The earliest due date among deadlines (ISO dates compare as strings), or null. */
export function earliestDue(deadlines: ReadonlyArray<Pick<Deadline, 'start' | 'end'>>): string | null {
  let best: string | null = null;
  for (const d of deadlines) {
    const due = dueDate(d);
    if (due !== null && (best === null || due < best)) best = due;
  }
  return best;
}

/**
 * A target as "metric comparator value unit", leaving out what is unknown.
 * @example describeTarget({ metric: '县域内就诊率', comparator: '>=', value: 90, unit: '%', … }) // '县域内就诊率 >= 90 %'
 */
export function describeTarget(t: Target): string {
  const value = t.value === null ? (t.placeholder ? 'X' : null)
    : t.valueMax !== undefined && t.valueMax !== null ? `${t.value}-${t.valueMax}` : String(t.value);
  const parts = [t.metric, t.comparator, value, t.unit].filter((p): p is string => p !== null && p !== '');
  return parts.length > 1 ? parts.join(' ') : t.text;
}

/**
 * The CSV rows (without header) of one document: one per task, in document order.
 * @example csvRows(doc)[0] // ['plan.txt', '二、主要任务 > (一)…', '6月底前完成…', '2022-06-30', '6月底前', '市卫生健康委', '', '', '', '120', '161']
 */
export function csvRows(doc: Document): string[][] {
  return doc.tasks.map((task) => {
    const units = (role: string) => task.units.filter((u) => u.role === role).map((u) => u.name).join(LIST_SEPARATOR);
    return [
      doc.source.path,
      task.path.join(PATH_SEPARATOR),
      task.text,
      earliestDue(task.deadlines) ?? '',
      task.deadlines.map((d) => d.text).join(LIST_SEPARATOR),
      units('lead'),
      units('support'),
      units('responsible'),
      task.targets.map(describeTarget).join(LIST_SEPARATOR),
      String(task.span[0]),
      String(task.span[1]),
    ];
  });
}

/**
 * Rows as RFC 4180 CSV: CRLF between records, fields with a comma, quote or any line break quoted.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe,
 * because the text comes from scraped web pages.
 * Pass `header: true` for the first chunk of a stream; the BOM belongs only before that.
 */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string>>, options: { header?: boolean; bom?: boolean } = {}): string {
  const records = options.header ? [[...CSV_HEADER], ...rows] : rows;
  const body = csv().stringify(records as string[][], { record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true });
  return (options.bom ? CSV_BOM : '') + body;
}

/** One document as a complete CSV file: BOM, header, one row per task. */
export function toCsv(doc: Document): string {
  return formatCsv(csvRows(doc), { header: true, bom: true });
}
