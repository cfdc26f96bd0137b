import type { MarkerStyle } from './types.js';
import { arabicOrdinal } from './numerals.js';

const DIGITS = '0123456789';

const NOT_AFTER_CHARS = '0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%';
const NOT_AFTER = '(?<![\\d.A-Za-z%])';

/** A year right after the marker: "1.2022年目标" (or typeset "1.2022 年目标") is item 1, never the decimal 1.2022. */
const YEAR_AHEAD = '(?=(?:19|20)\\d{2} ?年)';

/** 1. 2. (also 1．), never "1.5万" or "2021.02"; "1.2022年目标" is item 1. */
export const arabicDot: MarkerStyle = {
  name: 'arabic-dot',
  family: 'arabic-point',
  pattern: new RegExp(`${NOT_AFTER}(?<num>\\d{1,2})\\.(?:(?![\\d.%])|${YEAR_AHEAD})`, 'g'),
  starts: DIGITS,
  notAfter: NOT_AFTER_CHARS,
  ordinal: arabicOrdinal,
  marker: (num) => `${num}.`,
  distinctive: false,
};

/** 1、 2、 ("1、2022年工作回顾" too, but not the list "1、2、3"). */
export const arabicDun: MarkerStyle = {
  name: 'arabic-dun',
  family: 'arabic-point',
  pattern: new RegExp(`${NOT_AFTER}(?<num>\\d{1,2})、(?:(?![\\d、])|${YEAR_AHEAD})`, 'g'),
  starts: DIGITS,
  notAfter: NOT_AFTER_CHARS,
  ordinal: arabicOrdinal,
  marker: (num) => `${num}、`,
  distinctive: false,
};

/** (1) (2), also spaced out by PDF extraction ("( 1 )"). */
export const arabicParen: MarkerStyle = {
  name: 'arabic-paren',
  family: 'arabic-paren',
  pattern: /[(（][ \t]?(?<num>\d{1,2})[ \t]?[)）]/g,
  starts: '(（',
  ordinal: arabicOrdinal,
  marker: (num) => `(${num})`,
  distinctive: true,
};

/** 1) 2) — a right parenthesis only. */
export const arabicRightParen: MarkerStyle = {
  name: 'arabic-right-paren',
  family: 'arabic-paren',
  pattern: new RegExp(`(?<![\\d.A-Za-z(（])(?<num>\\d{1,2})[)）]`, 'g'),
  starts: DIGITS,
  notAfter: '0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz(（',
  ordinal: arabicOrdinal,
  marker: (num) => `${num})`,
  distinctive: false,
};
