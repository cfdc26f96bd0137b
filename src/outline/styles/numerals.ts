import { toNumber } from '../../extract/lexicon/numbers.js';

/** Chinese ordinal → number, "?" or "" → null (the numeral was lost). */
export function cnOrdinal(num: string): number | null {
  if (!num || /[?？]/.test(num)) return null;
  return toNumber(num);
}

/** Arabic ordinal → number. */
export function arabicOrdinal(num: string): number | null {
  return /^\d+$/.test(num) ? Number(num) : null;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三, 101 → 一百零一, 110 → 一百一十 (for markers whose numeral was inferred or written in digits). */
export function toCnOrdinal(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10), ones = n % 10;
    return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[ones]}`;
  }
  // Regulations run past 一百条: inside a hundred, 十 takes its 一 (一百一十条) and a missing ten is 零 (一百零一条).
  const hundreds = Math.floor(n / 100), rest = n % 100;
  if (rest === 0) return `${CN_DIGITS[hundreds]}百`;
  if (rest < 10) return `${CN_DIGITS[hundreds]}百零${CN_DIGITS[rest]}`;
  return `${CN_DIGITS[hundreds]}百${CN_DIGITS[Math.floor(rest / 10)]}十${CN_DIGITS[rest % 10]}`;
}
