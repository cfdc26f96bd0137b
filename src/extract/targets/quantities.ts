import { CN_NUMERAL, toAmount } from '../lexicon/numbers.js';
import { type MeasureUnit, UNIT_FIRST, unitAt } from '../lexicon/measure-units.js';
import { type Comparator, RIGHT_COMPARATORS } from '../lexicon/target-words.js';
import { tableValue } from './table-values.js';
import { codeAt, markTable } from '../lexicon/marks.js';
import { QUOTE_MARKS } from './context.js';

/** A number with its unit, before anyone has decided whether it is a target. */
export interface Quantity {
  /** First character of the numeral (of "百分之" for "百分之六十"). */
  start: number;
  /** Just after the unit. */
  unitEnd: number;
  /** Just after a trailing 以上 / 以下 / 以内 / 左右 / 内, else `unitEnd`. */
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: MeasureUnit;
  /**
   * How the number is written: digits, Chinese numerals, a blank ("X"), a bare magnitude standing for
   * a round number ("创建百家", "新增千万吨"), or a half ("压缩一半", "半个月").
   */
  script: 'arabic' | 'chinese' | 'placeholder' | 'magnitude' | 'half';
  range: boolean;
  /** "50+N种": the named number plus each place's own addition, so at least the number. */
  open: boolean;
  /** "100余名", "10多个": more than the number. */
  more: boolean;
  right: Comparator | null;
  /** A bare value in an indicator table's row, its unit from the row's label ("(%)76.7>80"). */
  table: boolean;
  /** A comparator the notation fixes: "下降(%)…〔18〕" is a cumulative decrease. */
  fixed: Comparator | null;
}

const CN_TOKEN = `[〇零一二两三四五六七八九十][${CN_NUMERAL}]*(?:点[〇零一二两三四五六七八九]+)?`;
const ARABIC_TOKEN = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;

/**
 * A numeral token at one position (sticky). Its alternatives, in order: a blank (X, XX), a
 * percentage in words (百分之六十), Arabic digits, a half (一半, 半个月), Chinese numerals, a bare
 * magnitude (百, 千). Tried only where `NUMERAL_FIRST` allows, and with `test`, not `exec`: most
 * numerals (years, dates, markers, 统一) have no unit, and then neither a match array nor the
 * token's string is made. The token's first character tells which alternative matched (`kindOf`).
 */
export const NUMERAL = new RegExp(
  String.raw`(?<![A-Za-z])[Xx]{1,2}(?![A-Za-z])` +
  `|[百千]分之[〇零一二两三四五六七八九十百]+(?:点[〇零一二两三四五六七八九]+)?` +
  `|${ARABIC_TOKEN}` +
  `|一半|(?<![上下前后大多${CN_NUMERAL}\\d])半(?=个月|天|小时|个工作日)` +
  `|${CN_TOKEN}` +
  `|(?<![数几上成近${CN_NUMERAL}])[百千]`,
  'uy',
);
/**
 * Every character NUMERAL's alternatives can open with: the first character of X/x, 百分之/千分之,
 * a digit, 一半, 半, a Chinese numeral (〇零一二两三四五六七八九十) and 百/千. Where none stands, no
 * numeral starts, so the scan skips the position without running the pattern (as the global
 * search did, but with a lookup per character instead of the pattern's own scan).
 */
export const NUMERAL_FIRST = 'Xx百千0123456789半〇零一二两三四五六七八九十';
const NUMERAL_STOP = 1;
const QUOTE_STOP = 2;
/**
 * What the scan of a text stops at, a numeral's first character or a quote mark (for
 * `quotedRanges`), as a hash by the code's low ten bits: 2 KB of codes, not a table over all 65 536
 * codes. The scan looks up every character of every task text, and inside parse() a 64 KB table
 * (of which Chinese text touches 20 KB) kept falling out of the processor's cache between the
 * other stages' tables; the hash stays in it.
 */
const STOP_SLOTS = 1024;
const STOP_CODE = new Uint16Array(STOP_SLOTS);
const STOP_KIND = new Uint8Array(STOP_SLOTS);
function addStops(chars: string, kind: number): void {
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    const slot = code & (STOP_SLOTS - 1);
    if (STOP_KIND[slot]) throw new Error(`stop characters ${ch} and ${String.fromCharCode(STOP_CODE[slot]!)} share a slot`);
    STOP_CODE[slot] = code;
    STOP_KIND[slot] = kind;
  }
}
addStops(NUMERAL_FIRST, NUMERAL_STOP);
addStops(QUOTE_MARKS, QUOTE_STOP);
/** Where the scan stops at `code`: NUMERAL_STOP, QUOTE_STOP, or 0. */
function stopAt(code: number): number {
  const slot = code & (STOP_SLOTS - 1);
  return STOP_CODE[slot] === code ? STOP_KIND[slot]! : 0;
}
type NumeralKind = 'placeholder' | 'percentWords' | 'arabic' | 'half' | 'chinese' | 'magnitude';
const X_UPPER = 0x58;
const X_LOWER = 0x78;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const HUNDRED = '百'.charCodeAt(0);
const THOUSAND = '千'.charCodeAt(0);
const ONE = '一'.charCodeAt(0);
const HALF = '半'.charCodeAt(0);
/**
 * Which alternative of NUMERAL matched `text[start, end)`: only the blank opens with X; only the
 * percentage in words and the bare magnitude with 百 or 千 (the magnitude is one character); only
 * Arabic digits with a digit; only the half is 一半 or 半 (Chinese numerals never hold 半).
 */
function kindOf(text: string, start: number, end: number): NumeralKind {
  const c = text.charCodeAt(start);
  if (c === X_UPPER || c === X_LOWER) return 'placeholder';
  if (c === HUNDRED || c === THOUSAND) return end - start > 1 ? 'percentWords' : 'magnitude';
  if (c >= DIGIT_0 && c <= DIGIT_9) return 'arabic';
  if (c === HALF || (c === ONE && end - start === 2 && text.charCodeAt(start + 1) === HALF)) return 'half';
  return 'chinese';
}
/**
 * The first characters the sticky patterns below can match at, as tables over codes: most numerals
 * (years, dates, markers, 统一) are followed by none, and then no pattern runs.
 */
const RANGE_FIRST = markTable('%-至到');
/** "100余名", "10多个". */
const MORE = markTable('多余');
const SLASH = 0x2f;
const SPACE = 0x20;
const PLUS = 0x2b;
/**
 * Every character a quantity's reading can go on with after its numeral: a range, an addition, 多 /
 * 余, a space before the unit, a rate's slash, or a unit. Where none follows (years, dates,
 * markers: "2025年", "6月", "1."), only an indicator table's bare cell may still be a quantity.
 */
const FOLLOWS = markTable('%-至到+多余 /');
for (let c = 0; c < 0x10000; c++) if (UNIT_FIRST[c]) FOLLOWS[c] = 1;
/** Numerals right after a count word qualify the next noun ("100个十万亩…基地"): they are no count of their own. */
const AFTER_COUNT_WORD = '个'.charCodeAt(0);
/** "80-100张", "10%-20%", "二至三个": the upper end, in the same script as the lower. */
const RANGE_ARABIC = new RegExp(String.raw`(?<loPercent>%)?(?<sep>-|至|到)(?<hi>${ARABIC_TOKEN})`, 'uy');
const RANGE_CHINESE = new RegExp(`(?<sep>-|至|到)(?<hi>${CN_TOKEN})`, 'uy');
/** "50+N种": an open addition named by a letter. */
const OPEN_PLUS = /\+(?<variable>[NnXx])(?![A-Za-z])/uy;
/** "1969万吨/年": a unit per period or head, kept as written. */
const PER = /\/(?:年|月|日|天|人|床|户|例)/uy;
/** "14.5/10万": a rate per a base population, written as the unit. */
const RATE = /\/\d*[十百千万]+(?:人口|人)?/uy;

const PERCENT: MeasureUnit = { text: '%', kind: 'percent' };
const PERMILLE: MeasureUnit = { text: '‰', kind: 'percent' };

/** Longer numeral runs are not amounts (codes, or Chinese text that happens to be numerals), and are not converted. */
const MAX_TOKEN = 24;
/** Whole numbers of up to 15 digits are below 2^53: summed digit by digit, they are exact. */
const MAX_EXACT_DIGITS = 15;
/** The amount a numeral token `text[start, end)` stands for, or null; the token's string is made only here. */
function valueOf(text: string, start: number, end: number): number | null {
  if (end - start > MAX_TOKEN) return null;
  const c = text.charCodeAt(start);
  if (c < DIGIT_0 || c > DIGIT_9) return toAmount(text.slice(start, end));
  // Whole numbers, most amounts, summed digit by digit: exact up to 15 digits, as Number reads them.
  let n = 0;
  let i = start;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    n = n * 10 + digit;
  }
  if (i === end && end - start <= MAX_EXACT_DIGITS) return n;
  // Arabic digits ("12,345.6" without its commas) are what Number reads, as toAmount would.
  const token = text.slice(start, end);
  return Number(token.indexOf(',') < 0 ? token : token.replace(/,/g, ''));
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The first characters of the words after a unit (以上, 及以下, 左右, 内…): most units are followed by none. */
const RIGHT_FIRST = markTable(RIGHT_COMPARATORS.map(([word]) => word[0]).join(''));

function rightComparator(text: string, at: number, unit: MeasureUnit): [Comparator, number] | null {
  if (!RIGHT_FIRST[codeAt(text, at)]) return null;
  for (const [word, comparator] of RIGHT_COMPARATORS) {
    if (word === '内' && !unit.within) continue;
    if (text.startsWith(word, at)) return [comparator, at + word.length];
  }
  return null;
}

/**
 * The unit at `at` (after at most one space, "50 %"), with a per-period or per-head suffix
 * ("万吨/年"), or a rate base where an Arabic number has no unit ("14.5/10万"); and where it ends.
 */
function readUnit(text: string, at: number, script: Quantity['script']): [MeasureUnit, number] | null {
  if (text.charCodeAt(at) === SPACE && text.charCodeAt(at + 1) !== SPACE) at += 1;
  const unit = unitAt(text, at);
  if (unit) {
    const per = codeAt(text, at + unit.text.length) === SLASH ? sticky(PER, text, at + unit.text.length) : null;
    return per ? [{ ...unit, text: unit.text + per[0] }, PER.lastIndex] : [unit, at + unit.text.length];
  }
  const rate = script === 'arabic' && text.charCodeAt(at) === SLASH ? sticky(RATE, text, at) : null;
  return rate ? [{ text: rate[0], kind: 'percent' }, RATE.lastIndex] : null;
}

/** Magnitudes that, right after a count of a bare magnitude, make an idiom: "千家万户". */
const MAGNITUDE_CHARS = markTable('百千万');

/**
 * Reads the unit and what follows the numeral token `text[start, tokenEnd)`; null when no unit
 * follows (years, codes, markers).
 */
function readQuantity(text: string, start: number, tokenEnd: number): Quantity | null {
  const kind = kindOf(text, start, tokenEnd);
  let at = tokenEnd;
  let value: number | null = null;
  let valueMax: number | null = null;
  let unit: MeasureUnit | null = null;
  let script: Quantity['script'] = 'arabic';
  let range = false;
  let open = false;
  let more = false;
  let table = false;
  let fixed: Comparator | null = null;
  if (kind === 'percentWords') {
    value = valueOf(text, start + 3, tokenEnd);
    unit = text.charCodeAt(start) === THOUSAND ? PERMILLE : PERCENT;
  } else if (kind === 'half' && tokenEnd - start === 2) {
    // "压缩一半": half of what there is, a change of 50%.
    value = 50;
    unit = PERCENT;
    script = 'half';
  } else if (kind === 'half' || kind === 'magnitude') {
    script = kind;
    // A bare magnitude's value: "百家" is 100, "千万吨" 1000 万吨.
    value = kind === 'half' ? 0.5 : text.charCodeAt(start) === HUNDRED ? 100 : 1000;
    const read = readUnit(text, at, script);
    if (read) [unit, at] = read;
    // "千家万户": an idiom of two magnitudes, not a count.
    if (script === 'magnitude' && unit?.kind === 'count' && MAGNITUDE_CHARS[text.charCodeAt(at)]) return null;
  } else {
    script = kind === 'placeholder' || kind === 'chinese' ? kind : 'arabic';
    if (FOLLOWS[codeAt(text, at)]) {
      const r = script === 'placeholder' || !RANGE_FIRST[text.charCodeAt(at)] ? null : sticky(script === 'arabic' ? RANGE_ARABIC : RANGE_CHINESE, text, at);
      if (r?.groups) {
        valueMax = valueOf(r.groups.hi, 0, r.groups.hi.length);
        range = valueMax !== null;
        if (range) at += r[0].length;
        if (range && r.groups.loPercent && !text.startsWith('%', at)) return null;
      }
      if (!range && text.charCodeAt(at) === PLUS && sticky(OPEN_PLUS, text, at)) { open = true; at = OPEN_PLUS.lastIndex; }
      // 多 / 余 right after the number: the lookup is the whole test.
      if (!range && !open && MORE[text.charCodeAt(at)]) { more = true; at += 1; }
      const read = readUnit(text, at, script);
      if (read) [unit, at] = read;
    }
    if (!unit && script === 'arabic' && !range) {
      const cell = tableValue(text, start, at);
      if (cell) {
        unit = cell.unit;
        at = cell.end;
        fixed = cell.fixed;
        table = true;
      }
    }
  }
  if (!unit || (unit.arabicOnly && script !== 'arabic')) return null;
  if ((script === 'chinese' || script === 'magnitude') && text.charCodeAt(start - 1) === AFTER_COUNT_WORD) return null;
  // Converted only now: most numerals (years, dates, markers, words such as 统一) have no unit.
  if (kind !== 'percentWords' && (script === 'arabic' || script === 'chinese')) value = valueOf(text, start, tokenEnd);
  if (script !== 'placeholder' && value === null) return null;
  const unitEnd = at;
  const right = rightComparator(text, at, unit);
  return {
    start, unitEnd, end: right ? right[1] : at, value, valueMax, unit, script, range, open, more, right: right ? right[0] : null, table, fixed,
  };
}

/**
 * Every number followed by a unit, in order, with no two overlapping: the leftmost numeral from
 * where the last one (or its quantity) ended, as a global search of NUMERAL would find it. The
 * same pass notes in `quoteMarks` where the text's quote marks stand (a quantity holds none).
 *
 * @example
 * scanQuantities('救治床位80-100张', [])
 * // [{ start: 4, end: 11, value: 80, valueMax: 100, unit: { text: '张', … }, range: true, … }]
 */
export function scanQuantities(text: string, quoteMarks: number[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < text.length; i++) {
    const stop = stopAt(text.charCodeAt(i));
    if (!stop) continue;
    if (stop === QUOTE_STOP) { quoteMarks.push(i); continue; }
    NUMERAL.lastIndex = i;
    if (!NUMERAL.test(text)) continue;
    const tokenEnd = NUMERAL.lastIndex;
    const q = readQuantity(text, i, tokenEnd);
    // The next numeral is searched for after this one, or after its quantity's 以上 / 左右.
    i = (q ? q.end : tokenEnd) - 1;
    if (q) out.push(q);
  }
  return out;
}
