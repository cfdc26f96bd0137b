/**
 * Random policy-like text for property and scale tests: markers of every style (with numerals in and
 * out of sequence, garbled and lost ones), the look-alikes of the false-positive tables, sentence
 * ends, line breaks and spaces, glued together at random.
 */
import fc from 'fast-check';
import { cn } from './helpers.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** One marker of a random style with numeral n. */
export function markerOf(style: number, n: number): string {
  const c = cn(n);
  switch (style % 20) {
    case 0: return `${c}、`;
    case 1: return `(${c})`;
    case 2: return `（${c}）`;
    case 3: return `〔${c}〕`;
    case 4: return `${n}.`;
    case 5: return `${n}．`;
    case 6: return `${n}、`;
    case 7: return `${n})`;
    case 8: return `(${n})`;
    case 9: return CIRCLED[(n - 1) % 20]!;
    case 10: return `第${c}条 `;
    case 11: return `第${c}章 `;
    case 12: return `第${c}节 `;
    case 13: return `篇${c}:`;
    case 14: return `${n}.${(n % 5) + 1} `;
    case 15: return `${n}.${(n % 5) + 1}.${(n % 3) + 1} `;
    case 16: return `${n} `;
    case 17: return '?、';
    case 18: return '、';
    default: return `${c},`;
  }
}

/** Text around the markers, look-alikes included. */
export const FRAGMENTS = [
  '总体要求', '重点任务', '加强组织领导', '完善工作机制', '推进分级诊疗', '深化医药卫生体制改革', '保障措施',
  '。', ';', ':', ',', '\n', '\n\n', ' ', '  ', '\t', '“三医联动”', '《条例》',
  '一是加强领导,二是完善机制', '三级医院', '二、三季度', '三、四级手术', '第三条(一)项', '1.5万', '2.3亿元', '4.9%',
  '2021.02.27', '2022年2月27日', '6月11-13日', '依照本条例第三条规定', '第五条第二款', '①②③', '4个方面', '5大主题',
  '统一、规范', '(国家卫生健康委牵头,财政部负责)', '2022年底前', 'X月底前', '?', '??', '、', '(', ')', '（', '）',
  '专栏2 重点工程', '表1 主要指标', '指标\t2020年\t属性', '\n附件1\n', '\n附件2 任务分工表\n', '附件:1.', '\t',
];

/** fast-check: a document of random markers (numbered on or at random) and fragments. */
export const randomDocument = fc.array(
  fc.oneof(
    fc.record({ style: fc.nat(40), n: fc.integer({ min: 1, max: 25 }) }).map(({ style, n }) => markerOf(style, n)),
    fc.constantFrom(...FRAGMENTS),
    fc.string({ maxLength: 8 }),
  ),
  { maxLength: 120 },
).map((parts) => parts.join(''));

/** A deterministic generator (mulberry32), so the scale test is the same text every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `chars` characters of markers and text. Most markers number on in sequence per style (so the
 * builder keeps opening and closing levels and looking ahead), some jump at random.
 */
export function bigDocument(chars: number, seed = 1): string {
  const rand = prng(seed);
  const next = new Map<number, number>();
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    let part: string;
    const r = rand();
    if (r < 0.3) {
      const style = Math.floor(rand() * 20);
      const n = rand() < 0.8 ? (next.get(style) ?? 1) : 1 + Math.floor(rand() * 25);
      next.set(style, n >= 25 ? 1 : n + 1);
      part = markerOf(style, n);
    } else {
      part = FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)]!;
    }
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}
