import { META_LABELS } from '../clean/meta-labels.js';
import type { DomNode } from './html.js';

const byLabel = new Map(META_LABELS.map((l) => [l.label, l]));
/** "发文机关：国务院办公厅" in one cell: a label, its colon, a value. */
const LABEL_WITH_VALUE = /^(?<label>[^:：]{2,8})[:：](?<value>.+)$/;
/** A metadata table is a small box of labelled values above an article, not a table of the document. */
const MAX_ROWS = 12;

/**
 * Is this a metadata table — the 索引号 / 发文机关 / 成文日期 … box government sites put above an
 * article? Every cell with text is a known label (a label no sentence uses, or any label with its
 * colon), a label with its value, or the value after a label. Its values are read as metadata;
 * its text is not the document's (its dates are no deadlines).
 * @example isMetadataTable(table('<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2019年01月16日</td></tr>')) // true
 * @example isMetadataTable(table('<tr><th>发文字号</th><th>成文日期</th></tr><tr><td>甲</td><td>乙</td></tr>')) // false: a header row
 */
export function isMetadataTable(table: DomNode): boolean {
  const rows: DomNode[] = [];
  collectRows(table, rows);
  if (!rows.length || rows.length > MAX_ROWS) return false;
  let labels = 0;
  for (const row of rows) {
    let afterLabel = false;
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      if (holdsTable(cell)) return false; // a layout table around the box, not the box
      const text = textOf(cell).replace(/[\s\u00a0\u3000]+/g, '');
      if (!text) { afterLabel = false; continue; }
      const kind = cellKind(text);
      if (kind === 'label') { labels++; afterLabel = true; continue; }
      if (kind === 'label-value') { labels++; afterLabel = false; continue; }
      if (!afterLabel) return false;
      afterLabel = false;
    }
  }
  return labels > 0;
}

function cellKind(text: string): 'label' | 'label-value' | 'other' {
  const colon = /[:：]$/.test(text);
  const bare = colon ? text.slice(0, -1) : text;
  const label = byLabel.get(bare);
  if (label && (label.strong || colon)) return 'label';
  const m = LABEL_WITH_VALUE.exec(text)?.groups;
  return m && byLabel.has(m.label!) ? 'label-value' : 'other';
}

function holdsTable(n: DomNode): boolean {
  return (n.children ?? []).some((c) => c.type === 'tag' && (c.name === 'table' || holdsTable(c)));
}

/** The rows of this table, not of the tables nested in its cells. */
function collectRows(n: DomNode, rows: DomNode[]): void {
  for (const c of n.children ?? []) {
    if (c.type !== 'tag') continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collectRows(c, rows);
  }
}

function textOf(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (n.type !== 'tag' && n.type !== 'root') return '';
  let s = '';
  for (const c of n.children ?? []) s += textOf(c);
  return s;
}
