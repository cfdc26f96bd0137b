import type { MarkerStyle } from './types.js';
import { cnOrdinal, toCnOrdinal } from './numerals.js';

const NUM = '[一二三四五六七八九十百零〇两\\d]{1,6}';

function ordinalOf(num: string): number | null {
  return /^\d+$/.test(num) ? Number(num) : cnOrdinal(num);
}

function make(name: string, unit: string): MarkerStyle {
  return {
    name,
    family: name,
    // "第一部分：一类门诊特定病种": a colon after the marker belongs to it, the title follows.
    pattern: new RegExp(`第(?<num>${NUM})${unit}(?:[ \\t]*[:：](?=[ \\t]*[^\\s:：]))?(?=[\\s\\u3000]|[^\\s,，。、;；的])`, 'g'),
    starts: '第',
    ordinal: ordinalOf,
    marker: (num, ordinal) => `第${ordinal ? toCnOrdinal(ordinal) : num}${unit}`,
    distinctive: true,
  };
}

/** 第一部分 … (the parts of a work report or plan: "第一部分 2021年工作回顾"). */
export const division = make('division', '部分');
/** 第一编 … (parts of a code). */
export const volume = make('volume', '编');
/** 第一章 … */
export const chapter = make('chapter', '章');
/** 第一节 … */
export const section = make('section', '节');
/** 第一条 … (articles of a regulation). */
export const article = make('article', '条');
