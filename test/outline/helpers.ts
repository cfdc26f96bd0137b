import { ParseFile } from '../../src/file.js';
import { clean } from '../../src/clean/index.js';
import { buildOutline, type OutlineNode } from '../../src/outline/index.js';

/** One heading as the tables state it: [marker, level, ordinal, title]. */
export type Row = [marker: string, level: number, ordinal: number | null, title: string];

export interface OutlineResult {
  rows: Row[];
  roots: OutlineNode[];
  nodes: OutlineNode[];
  /** Diagnostic codes, in the order reported. */
  codes: string[];
  file: ParseFile;
  /** The cleaned text the outline was built on. */
  text: string;
}

/** Runs the real path (clean → buildOutline) on a text and flattens the tree for table tests. */
export function outline(source: string): OutlineResult {
  const file = new ParseFile('test.txt');
  const cleaned = clean(source, file);
  const { roots, nodes } = buildOutline(cleaned.text, file);
  return {
    rows: nodes.map((n) => [n.marker, n.level, n.ordinal, n.title]),
    roots, nodes, file, text: cleaned.text.text,
    codes: file.messages.map((m) => m.code),
  };
}

/** Shorthand: the rows only. */
export const rowsOf = (source: string): Row[] => outline(source).rows;

/** The nested shape of a fixture's expected outline. */
export interface TreeNode { marker: string; level: number; ordinal: number | null; title: string; children: TreeNode[] }

export function treeOf(nodes: OutlineNode[]): TreeNode[] {
  return nodes.map((n) => ({ marker: n.marker, level: n.level, ordinal: n.ordinal, title: n.title, children: treeOf(n.children) }));
}

const FULL = new Map<string, string>([
  ['(', '（'], [')', '）'], [',', '，'], [';', '；'], [':', '：'], ['.', '．'], ['%', '％'], ['!', '！'], [' ', '\u3000'],
]);

/**
 * The full-width variant of a row's input, as typed in Word by a Chinese clerk: digits, ( ) , ; : . %
 * and spaces in their full-width forms ("（一）" "１．" "第２３条" "一、\u3000总体要求"). "?" stays ASCII:
 * in Chinese text it is a lost character, not punctuation.
 * @example fullWidth('(1)增长4.9%') // '（１）增长４．９％'
 */
export function fullWidth(text: string): string {
  return [...text].map((ch) => {
    if (ch >= '0' && ch <= '9') return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
    return FULL.get(ch) ?? ch;
  }).join('');
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 23 → 二十三 (independent of the code under test). */
export function cn(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 100) return `${n >= 20 ? CN[Math.floor(n / 10)] : ''}十${CN[n % 10]}`;
  const rest = n % 100;
  return `${CN[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN[rest]}` : `${CN[Math.floor(rest / 10)]}十${CN[rest % 10]}`}`;
}

/**
 * A run of `count` headings, one a line: `line(i)` writes heading i, `row(i)` is what the outline should give.
 * @example seq(3, (i) => `${cn(i)}、标题${i}`, (i) => [`${cn(i)}、`, 1, i, `标题${i}`])
 */
export function seq(count: number, line: (i: number) => string, row: (i: number) => Row, first = 1): { text: string; expect: Row[] } {
  const lines: string[] = [], expect: Row[] = [];
  for (let i = first; i < first + count; i++) { lines.push(line(i)); expect.push(row(i)); }
  return { text: lines.join('\n'), expect };
}
