import ChineseNumber from 'chinese-numbers-converter';

/** The characters of a Chinese numeral, for building patterns: `[${CN_NUMERAL}]+`. */
export const CN_NUMERAL = '〇零一二两三四五六七八九十百千万亿';
/** Digits written one by one in years and codes ("二〇二二", "二0一0"). */
const DIGIT_BY_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '0': 0, 'O': 0, 'o': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
};
const ARABIC = /^\d+(?:\.\d+)?$/;

/**
 * The value of a token of one to four ASCII digits, the commonest numeral (days, months, years,
 * counts), read without a trim or a pattern; -1 for any other token.
 */
function shortDigits(token: string): number {
  const n = token.length;
  if (n === 0 || n > 4) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = token.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
const CHINESE = new RegExp(`^[${CN_NUMERAL}]+$`);
const POSITIONAL = /[十百千万亿]/;

/**
 * One numeral token → its value. Every Chinese numeral in the project goes through here; the
 * converter is applied to numeral tokens only (on running text it turns 统一 into 统1).
 * Returns null for anything that is not a whole numeral token.
 *
 * @example
 * toNumber('十二')    // 12
 * toNumber('二十三')  // 23
 * toNumber('二0一0')  // 2010 (digit by digit, as in years)
 * toNumber('15.7')    // 15.7
 * toNumber('两')      // 2
 */
export function toNumber(token: string): number | null {
  const short = shortDigits(token);
  if (short >= 0) return short;
  const s = token.trim();
  if (!s) return null;
  if (ARABIC.test(s)) return Number(s);
  if (!POSITIONAL.test(s) && s.length >= 2 && [...s].every((c) => c in DIGIT_BY_DIGIT)) {
    // Built in a loop, not by map() and join() (docs/speed.md, the fourth round: arrays made by map()).
    let digits = '';
    for (const c of s) digits += DIGIT_BY_DIGIT[c];
    return Number(digits);
  }
  if (!CHINESE.test(s)) return null;
  if (s === '两') return 2;
  // The same few numerals recur in every document: convert each once.
  const known = CONVERTED.get(s);
  if (known !== undefined) return known;
  let value: number | null;
  try {
    const n = new ChineseNumber(s.replace(/两/g, '二')).toInteger();
    value = Number.isFinite(n) ? n : null;
  } catch {
    value = null;
  }
  if (CONVERTED.size < 10000) CONVERTED.set(s, value);
  return value;
}

const CONVERTED = new Map<string, number | null>();

/** A year written in Arabic or Chinese digits ("2021", "二〇二一", "二0二一") → 2021; else null. */
export function toYear(token: string): number | null {
  const s = token.trim();
  if (s.length !== 4) return null;
  const n = toNumber(s);
  return n !== null && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

const CN_DIGIT_ONLY = /^[〇零一二两三四五六七八九]+$/;

/**
 * An amount token (a count, a percentage, a measure) → its value. Like `toNumber`, but it reads
 * the decimal point 点 ("六点五" → 6.5, which the converter would read as 65) and refuses
 * Chinese digits strung together without a positional character ("一二", "三五"): in running text
 * those are approximations ("三五个") or codes, never amounts.
 *
 * @example
 * toAmount('六十')   // 60
 * toAmount('六点五') // 6.5
 * toAmount('15.7')   // 15.7
 * toAmount('三五')   // null
 */
export function toAmount(token: string): number | null {
  const s = token.trim();
  const point = s.indexOf('点');
  if (point > 0) {
    const whole = toAmount(s.slice(0, point));
    const fraction = s.slice(point + 1);
    if (whole === null || !CN_DIGIT_ONLY.test(fraction)) return null;
    const digits = [...fraction].map((c) => DIGIT_BY_DIGIT[c === '两' ? '二' : c]).join('');
    return Number(`${whole}.${digits}`);
  }
  if (s.length >= 2 && CN_DIGIT_ONLY.test(s)) return null;
  return toNumber(s);
}

/** A month numeral ("6", "06", "十二") → 1..12; else null. */
export function toMonth(token: string): number | null {
  const n = toNumber(token);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/** A day-of-month numeral ("25", "二十七") → 1..31; else null (the month's own length is checked by the caller). */
export function toDay(token: string): number | null {
  const n = toNumber(token);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}
