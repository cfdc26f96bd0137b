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

/** 1 → 一, 12 → 十二, 23 → 二十三 (for markers whose numeral was inferred). */
export function toCnOrdinal(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[ones]}`;
}
