import type { MarkerStyle } from './types.js';
import { arabicOrdinal } from './numerals.js';

const NOT_AFTER = '(?<![\\d.A-Za-z%])';

/** 1. 2. (also 1．), never "1.5万" or "2021.02". */
export const arabicDot: MarkerStyle = {
  name: 'arabic-dot',
  family: 'arabic-point',
  pattern: new RegExp(`${NOT_AFTER}(?<num>\\d{1,2})\\.(?![\\d.%])`, 'g'),
  ordinal: arabicOrdinal,
  marker: (num) => `${num}.`,
  distinctive: false,
};

/** 1、 2、 */
export const arabicDun: MarkerStyle = {
  name: 'arabic-dun',
  family: 'arabic-point',
  pattern: new RegExp(`${NOT_AFTER}(?<num>\\d{1,2})、(?![\\d、])`, 'g'),
  ordinal: arabicOrdinal,
  marker: (num) => `${num}、`,
  distinctive: false,
};

/** (1) (2) */
export const arabicParen: MarkerStyle = {
  name: 'arabic-paren',
  family: 'arabic-paren',
  pattern: /[(（](?<num>\d{1,2})[)）]/g,
  ordinal: arabicOrdinal,
  marker: (num) => `(${num})`,
  distinctive: true,
};

/** 1) 2) — a right parenthesis only. */
export const arabicRightParen: MarkerStyle = {
  name: 'arabic-right-paren',
  family: 'arabic-paren',
  pattern: new RegExp(`(?<![\\d.A-Za-z(（])(?<num>\\d{1,2})[)）]`, 'g'),
  ordinal: arabicOrdinal,
  marker: (num) => `${num})`,
  distinctive: false,
};
