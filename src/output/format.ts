import { stringify as toYaml } from 'yaml';
import type { Document } from '../schema/document.js';

export type OutputFormat = 'json' | 'yaml' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'jsonl'];
export const EXTENSION: Record<OutputFormat, string> = { json: '.json', yaml: '.yaml', jsonl: '.jsonl' };

/**
 * One document as text in the chosen format, ending with a newline.
 * @example serialize(doc, 'jsonl') // '{"schemaVersion":"1",…}\n'
 */
export function serialize(doc: Document, format: OutputFormat, pretty = false): string {
  switch (format) {
    case 'json': return `${JSON.stringify(doc, null, pretty ? 2 : undefined)}\n`;
    case 'jsonl': return `${JSON.stringify(doc)}\n`;
    // Quoted as YAML 1.1 needs: PyYAML and other 1.1 readers would take `date: 2021-06-21` for a
    // date and a task text "on" for a boolean. The output reads the same under YAML 1.2.
    case 'yaml': return toYaml(doc, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' });
  }
}
