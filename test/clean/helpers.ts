import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../src/clean/index.js';
import { MappedText } from '../../src/clean/mapped-text.js';
import { normalize } from '../../src/clean/normalize.js';
import { ParseFile } from '../../src/file.js';

/** Cleans `source` and returns what a test looks at: the text, the file's copies and messages, the meta. */
export function run(source: string) {
  const file = new ParseFile('test.txt');
  const cleaned = clean(source, file);
  /** The folded source text of each copy of `kind` (all kinds when absent). */
  const removed = (kind?: string) => file.copies.filter((c) => !kind || c.kind === kind).map((c) => fold(source.slice(c.span[0], c.span[1])));
  return { text: cleaned.text.text, cleaned, file, meta: cleaned.meta, removed, source };
}

/** The width folding of the cleaner alone: what a source string looks like to the later steps. */
export function fold(s: string): string {
  return normalize(MappedText.identity(s)).text;
}

/** Drops all whitespace: cleaned text is compared with source text this way. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

const FULL_PUNCT: Record<string, string> = {
  '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '%': '％', '.': '．', '!': '！', '>': '＞', '/': '／',
  '|': '｜', '_': '＿', '[': '［', ']': '］', '-': '—', ' ': '\u3000',
};

/**
 * The same input as real documents write it: full-width punctuation (parentheses, comma, colon,
 * semicolon, percent sign, dot), full-width digits, em dashes and ideographic spaces. "?" stays
 * ASCII: a full-width "？" is a real question mark, an ASCII one in Chinese text is a lost character.
 */
export function fullWidth(s: string): string {
  return s.replace(/[(),:;%.!>/|_[\]\- 0-9]/g, (c) => FULL_PUNCT[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Both writings of every test input: as the seeds write it (ASCII) and as most real documents do (full-width). */
export const WIDTHS = [
  { width: 'ascii', write: (s: string) => s },
  { width: 'full-width', write: fullWidth },
] as const;

/** Every case of a table once per writing, for `it.each`. */
export function inBothWidths<T extends object>(cases: readonly T[]): Array<T & { width: string; write: (s: string) => string }> {
  return WIDTHS.flatMap((w) => cases.map((c) => ({ ...c, ...w })));
}

/** A plain work-plan body of `n` numbered items: content that no rule may touch. */
export function body(n = 6, from = 1): string {
  const items = [
    '推进分级诊疗制度建设,完善县域医共体运行机制,年内实现县域内就诊率达到90%以上。',
    '深化公立医院综合改革,落实党委领导下的院长负责制,健全现代医院管理制度。',
    '加强基层医疗卫生服务能力建设,推进乡镇卫生院和村卫生室标准化建设。',
    '完善医疗保障制度,推进医保支付方式改革,扩大按病种付费范围。',
    '健全药品供应保障体系,落实国家组织药品集中带量采购中选结果。',
    '加强公共卫生体系建设,提升重大疫情防控和应急处置能力。',
    '推进全民健康信息化建设,实现电子健康档案和电子病历互联互通。',
    '加强卫生健康人才队伍建设,落实基层卫生人才招聘和培训计划。',
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${i + from}.${items[(i + from - 1) % items.length]}`);
  return out.join('\n');
}

/** A document: title, outline and body, with `head` and `tail` lines around it (chrome under test). */
export function doc(head: string[] = [], tail: string[] = [], items = 6): string {
  return [
    ...head,
    '关于印发2022年全市卫生健康工作要点的通知',
    '各县区卫生健康局,委属各单位:',
    '一、总体要求',
    '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设。',
    '二、重点任务',
    '(一)深化医药卫生体制改革',
    body(items),
    '(二)加强组织保障',
    '各单位要高度重视,加强组织领导,确保各项任务落到实处。',
    '某某市卫生健康委员会',
    '2022年3月1日',
    ...tail,
  ].join('\n');
}

export interface Fixture { name: string; source: string }

/** The plain-text documents in fixtures/<case>/input.txt (HTML and Markdown cases are cleaned after extraction). */
export function fixtures(): Fixture[] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  return readdirSync(dir).sort()
    .filter((name) => existsSync(join(dir, name, 'input.txt')))
    .map((name) => ({ name, source: readFileSync(join(dir, name, 'input.txt'), 'utf8') }));
}

/** Deterministic pseudo-random numbers (the tests must not depend on the run). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}
