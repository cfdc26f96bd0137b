import type { Document } from '../../schema/document.js';

/**
 * What a reader must know about a document before trusting its figures. `alert` flags (nothing
 * found, an empty input, text lost to mojibake or bad bytes) put a warning at the top of its page
 * and colour its row in the index; `note` flags (numerals the outline had to infer) are shown
 * in the index only.
 */
export interface Flag { code: string; level: 'alert' | 'note'; label: string }

/** Diagnostic codes that make the whole document suspect, with the label shown for them. */
const ALERT_CODES: Record<string, string> = { 'empty-input': '空文件', mojibake: '乱码', 'invalid-bytes': '无法解码的字节' };
const NOTE_CODES: Record<string, string> = { 'numeral-inferred': '推断的编号' };

/**
 * @example documentFlags(emptyDoc) // [{ code: 'no-tasks', level: 'alert', label: '未识别出任务' }, { code: 'empty-input', … }]
 */
export function documentFlags(doc: Document): Flag[] {
  const seen = new Map<string, number>();
  for (const d of doc.diagnostics) seen.set(d.code, (seen.get(d.code) ?? 0) + 1);
  const flags: Flag[] = [];
  if (!doc.tasks.length) flags.push({ code: 'no-tasks', level: 'alert', label: '未识别出任务' });
  for (const [code, label] of Object.entries(ALERT_CODES)) {
    const n = seen.get(code);
    if (n) flags.push({ code, level: 'alert', label: n > 1 ? `${label} ×${n}` : label });
  }
  for (const [code, label] of Object.entries(NOTE_CODES)) {
    const n = seen.get(code);
    if (n) flags.push({ code, level: 'note', label: n > 1 ? `${label} ×${n}` : label });
  }
  return flags;
}

/** Longest title taken from a document's first line. */
const MAX_TITLE = 80;

/**
 * The title a page shows: the one the document states, else its first line of text (cut to
 * {@link MAX_TITLE} characters), else the file name — never a whole path.
 * @example documentTitle({ meta: {}, source: { path: 'a/b.txt', text: '\n 关于做好…的通知\n…' } }) // '关于做好…的通知'
 */
export function documentTitle(doc: Pick<Document, 'meta' | 'source'>): string {
  if (doc.meta.title?.trim()) return doc.meta.title.trim();
  const text = doc.source.text ?? '';
  // Only the start of the text is looked at: a title is never far down.
  for (const line of text.slice(0, 4000).split('\n')) {
    const t = line.trim();
    if (t) {
      const chars = Array.from(t);
      return chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE).join('')}…` : t;
    }
  }
  const name = doc.source.path.split(/[\\/]/).pop();
  return name || doc.source.path;
}
