import { lazy } from '../lazy.js';
import type { Document } from '../schema/document.js';
import { csvRows, formatCsv, toCsv } from './csv.js';

const yaml = lazy<typeof import('yaml')>('yaml');

export type OutputFormat = 'json' | 'yaml' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'jsonl', 'csv'];
export const EXTENSION: Record<OutputFormat, string> = { json: '.json', yaml: '.yaml', jsonl: '.jsonl', csv: '.csv' };

/**
 * One document as text in the chosen format, ending with a newline.
 * CSV is a whole file (BOM, header, one row per task); a stream of several documents writes
 * `formatCsv(csvRows(doc), { header, bom })` from ./csv.js instead, BOM and header once.
 * @example serialize(doc, 'jsonl') // '{"schemaVersion":"1",…}\n'
 */
export function serialize(doc: Document, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'json': return `${JSON.stringify(doc, null, pretty ? 2 : undefined)}\n`;
    case 'jsonl': return `${JSON.stringify(doc)}\n`;
    // Quoted as YAML 1.1 needs: PyYAML and other 1.1 readers would take `date: 2021-06-21` for a
    // date and a task text "on" for a boolean. The output reads the same under YAML 1.2.
    case 'yaml': return yaml().stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' });
    case 'csv': return toCsv(doc);
  }
}

/**
 * How a format lays out documents in one output: `begin()` once at the start of a file or stream
 * (empty for JSON and YAML; a CSV's BOM and header row), then `record(doc)` per document.
 * A batch writes `begin()` once to stdout before the first record, and `begin() + record(doc)` to
 * each `--out` file, so a header never repeats inside one stream or file.
 * @example
 * const w = formatWriter('json', { stream: true }); // several documents on stdout: JSON Lines
 * w.begin() + w.record(a) + w.record(b)             // '{"schemaVersion":"1",…}\n{"schemaVersion":"1",…}\n'
 */
export interface FormatWriter {
  begin(): string;
  record(doc: Document): string;
}

/**
 * The writer of a format. `stream: true` is several documents in one output: JSON becomes JSON
 * Lines (`--pretty` is ignored there) and YAML documents are separated by `---`.
 */
export function formatWriter(format: OutputFormat, options: { pretty?: boolean; stream?: boolean } = {}): FormatWriter {
  const none = () => '';
  switch (format) {
    case 'json': case 'jsonl':
      return { begin: none, record: (doc) => serialize(doc, options.stream ? 'jsonl' : format, options.pretty) };
    case 'yaml':
      return { begin: none, record: (doc) => (options.stream ? `---\n${serialize(doc, 'yaml')}` : serialize(doc, 'yaml')) };
    case 'csv':
      // One BOM and one header per stream or file, then each document's rows.
      return { begin: () => formatCsv([], { header: true, bom: true }), record: (doc) => formatCsv(csvRows(doc)) };
  }
}
