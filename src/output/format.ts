import { stringify as toYaml } from 'yaml';
import type { Document } from '../schema/document.js';
import { toCsv } from './csv.js';

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
    case 'yaml': return toYaml(doc, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' });
    case 'csv': return toCsv(doc);
  }
}
