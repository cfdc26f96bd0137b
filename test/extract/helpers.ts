import { MappedText } from '../../src/clean/mapped-text.js';
import { normalize } from '../../src/clean/normalize.js';

/** ASCII punctuation → its full-width form, as gov pages and Word exports write it. */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '%': '％', '?': '？' };
export function fullWidth(s: string): string {
  return s.replace(/[,;:()!%?]/g, (c) => FULL[c]!);
}

/** What the extractors see: the text after the pipeline's one normalisation pass. */
export function norm(s: string): string {
  return normalize(MappedText.identity(s)).text;
}

/** Each row twice: as written (ASCII punctuation) and with full-width punctuation, both normalised. */
export function bothWidths<T extends { text: string }>(rows: T[]): Array<T & { width: string; input: string }> {
  return rows.flatMap((r) => [
    { ...r, width: 'ascii', input: norm(r.text) },
    { ...r, width: 'full', input: norm(fullWidth(r.text)) },
  ]);
}
