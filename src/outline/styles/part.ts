import type { MarkerStyle } from './types.js';
import { cnOrdinal, toCnOrdinal } from './numerals.js';

/** 篇一: 篇二: — the articles of a compilation (also 第三篇). */
export const part: MarkerStyle = {
  name: 'part',
  family: 'part',
  pattern: /(?:篇(?<num>[一二三四五六七八九十百]{1,4})|第(?<num2>[一二三四五六七八九十百]{1,4})篇)\s*[:：]?/g,
  starts: '篇第',
  ordinal: cnOrdinal,
  marker: (num, ordinal) => `篇${ordinal ? toCnOrdinal(ordinal) : num}`,
  distinctive: true,
};
