import type { MarkerStyle } from './types.js';
import { toCnOrdinal } from './numerals.js';
import { arabicDot, arabicParen } from './arabic.js';
import { cnParen } from './cn-paren.js';

/**
 * Numbers typed as one enclosed character by Word's numbering: ⑴–⒇ (= "(1)"), ⒈–⒛ (= "1.") and
 * ㈠–㈩ (= "(一)"). Each is the style it stands for with another pattern, so "⑴" and "(2)" are one level.
 */
function enclosed(base: MarkerStyle, first: number, last: number, marker: (n: number) => string): MarkerStyle {
  // One character, with nothing it must not follow: not the base's `notAfter` ("x⒉" is item 2).
  const { notAfter: _notAfter, ...rest } = base;
  return {
    ...rest,
    pattern: new RegExp(`(?<num>[${String.fromCodePoint(first)}-${String.fromCodePoint(last)}])`, 'g'),
    starts: String.fromCharCode(...Array.from({ length: last - first + 1 }, (_, i) => first + i)),
    ordinal: (num) => num.codePointAt(0)! - first + 1,
    marker: (_num, ordinal) => marker(ordinal ?? 0),
  };
}

/** ⑴ ⑵ … ⒇ → "(1)". */
export const parenDigit = enclosed(arabicParen, 0x2474, 0x2487, (n) => `(${n})`);
/** ⒈ ⒉ … ⒛ → "1.". */
export const digitStop = enclosed(arabicDot, 0x2488, 0x249b, (n) => `${n}.`);
/** ㈠ ㈡ … ㈩ → "(一)". */
export const parenIdeograph = enclosed(cnParen, 0x3220, 0x3229, (n) => `(${toCnOrdinal(n)})`);
