import type { MarkerStyle } from './types.js';
import { cnOrdinal, toCnOrdinal } from './numerals.js';

/** (一) (二) … with ASCII or full-width parentheses or 〔〕, also spaced out by PDF extraction ("（ 一 ）"); "(?)" keeps a garbled numeral. */
export const cnParen: MarkerStyle = {
  name: 'cn-paren',
  family: 'cn-paren',
  pattern: /[(（〔][ \t]?(?<num>[一二三四五六七八九十]{1,3}|[?？])[ \t]?[)）〕]/g,
  starts: '(（〔',
  ordinal: cnOrdinal,
  marker: (num, ordinal) => `(${ordinal ? toCnOrdinal(ordinal) : num})`,
  distinctive: true,
};
