import { foldWidth } from '../lexicon/fold.js';
import { markTable, WHITE_SPACE } from '../lexicon/marks.js';
import { parsers, type Parser } from './parsers.js';
import type { DeadlineContext, Draft, Groups } from './draft.js';

/* The candidates of one text: every parser's matches over the clauses that can hold them. */

/** One parser's match, with what its draft was built from (a later year may rebuild it). */
export interface Candidate { at: [number, number]; draft: Draft; parser: Parser; groups: Groups; match: string }

/*
 * One scan of the text finds what every parser's pattern cannot match without, clause by clause:
 * its needed string (月, 季, 年, 内, 每 …), the numeral that must stand right before it, a range's
 * joiner. Each pattern then runs only on the clauses that hold all it needs: a bit mask per clause
 * rather than a string search per need, a clause cut per need and a regex test per gate.
 */

/** What a clause holds, one bit each. */
const MONTH = 1, MONTH_ANY = 2, YEAR = 4, YEAR_ANY = 8, YEAR_TWICE = 16, QUARTER = 32, HALF = 64, WITHIN = 128,
  EVERY = 256, CENTURY = 512, JOINER = 1024, PLAN = 2048, TIME = 4096, FROM = 8192, AHEAD = 16384, NEXT = 32768,
  TODAY = 65536, YEAR_EDGE = 131072, NUMERIC = 262144, ISSUE = 524288;

/**
 * What each parser's pattern needs in its clause. A needed 月, 年, 季, 半年 or 内 must stand right
 * after a character of its table (one white space between allowed): a month's numeral before 月, a
 * year's digit before 年, a quarter's before 季, 上/下 before 半年, a unit of time before 内, so a
 * clause with 月 or 年 only in other words (青年, 年度, 岁月) is spared the pattern. Each table
 * holds every character the pattern's token there may end with, so the test never refuses a clause
 * the pattern would match. Ranges need a joiner (- 至 到) too; the range of two full dates two 年.
 * The rarer shapes need their own words: 十三五, 起 before a count, 次月, 本月 / 下个月 ….
 * A numeric date needs the 20 it has always been gated by (so "1998.5.3" alone is not read: kept
 * as it was) and a year of digits before its separator; 年 alone yields a limit only with 本 or 今
 * before it or an edge (底 末 内) after it. A year's 年 needs its four digits before it, a duration's
 * 内 its unit and count, 每 a 月 / 季度 / 半年 after it, 十三五 a period word after it.
 */
const NEEDS: Record<string, number> = {
  'numeric-date': CENTURY | NUMERIC, 'years-date-range': YEAR | YEAR_TWICE | JOINER, 'date-range': MONTH | JOINER,
  'day-range': MONTH | JOINER, 'month-range': MONTH | JOINER, 'month-date': MONTH, monthly: EVERY, quarter: QUARTER, half: HALF,
  'year-range': YEAR | JOINER, year: YEAR, 'relative-year': YEAR_EDGE, 'plan-period': PLAN, 'years-span': TIME | YEAR_ANY,
  duration: WITHIN, 'duration-from': FROM, advance: AHEAD, 'next-month': NEXT, 'issue-month': ISSUE, 'from-today': TODAY,
};
const MONTH_END = markTable('0123456789十一二三四五六七八九Xx');
const YEAR_END = markTable('0123456789〇零一二三四五六七八九');
const QUARTER_END = markTable('一二三四1234');
const HALF_END = markTable('上下');
const WITHIN_END = markTable('月度年周期日天');
/** What follows 起 in a count of days or months after it ("起15个工作日"). */
const COUNT_HEAD = markTable('0123456789一二两三四五六七八九十');
/** The edge of a year that 年 alone needs: 年底, 年末, 年内, 年度末. */
const YEAR_EDGES = markTable('底末内');
/** The plan numbers between 十 and 五: 十三五. */
const PLAN_NUMBER = markTable('一二三四五六');
const DIGIT = markTable('0123456789');

/** The class of each character code the scan stops at; 0 for the rest. */
const END = 1, WIDE = 2, C_MONTH = 3, C_YEAR = 4, C_QUARTER = 5, C_HALF = 6, C_WITHIN = 7, C_EVERY = 8, C_TWO = 9,
  C_JOINER = 10, C_FIVE = 11, C_TIME = 12, C_FROM = 13, C_AHEAD = 14, C_NEXT = 15, C_TODAY = 16, C_SEPARATOR = 17, C_THIS = 18,
  C_BELOW = 19, C_TITLE = 20;
const CLASS = new Uint8Array(0x10000);
// What foldWidth folds: a text holding any is folded and scanned again.
for (let c = 0xff01; c <= 0xff5e; c++) CLASS[c] = WIDE;
for (let c = 0x2010; c <= 0x2015; c++) CLASS[c] = WIDE;
for (const c of [0x3000, 0x301c, 0x2212]) CLASS[c] = WIDE;
// The marks that end a clause: 。 ; , ! ? and line ends (the full-width ones are folded first).
for (const c of '。;,!?\n') CLASS[c.charCodeAt(0)] = END;
for (const [chars, cls] of [
  ['月', C_MONTH], ['年', C_YEAR], ['季', C_QUARTER], ['半', C_HALF], ['内', C_WITHIN], ['每', C_EVERY], ['2', C_TWO],
  ['-至到', C_JOINER], ['五', C_FIVE], ['时', C_TIME], ['起', C_FROM], ['提', C_AHEAD], ['次', C_NEXT], ['即', C_TODAY],
  ['./', C_SEPARATOR], ['本', C_THIS], ['下', C_BELOW], ['《', C_TITLE],
] as const) for (const c of chars) CLASS[c.charCodeAt(0)] = cls;

/**
 * The classes whose flag needs one given character after them (or one of two): 20, 时间, 提前, 次月 /
 * 次日, 即日, 本月. One comparison serves them all, so that a rare one (即日) meets no comparison the
 * optimised scan has never run (which would deoptimise it).
 */
const NEXT_CODE = new Int32Array(C_TITLE + 1).fill(-1);
const NEXT_CODE_2 = new Int32Array(C_TITLE + 1).fill(-1);
const NEXT_FLAG = new Int32Array(C_TITLE + 1);
for (const [cls, next, flag] of [
  [C_TWO, '0', CENTURY], [C_TIME, '间', TIME], [C_AHEAD, '前', AHEAD], [C_NEXT, '月日', NEXT], [C_TODAY, '日', TODAY], [C_THIS, '月', ISSUE],
] as const) {
  NEXT_CODE[cls] = next.charCodeAt(0);
  if (next.length > 1) NEXT_CODE_2[cls] = next.charCodeAt(1);
  NEXT_FLAG[cls] = flag;
}
const JOINER_NUMERIC = JOINER | NUMERIC;

/** Whether the character before `i` (or before it and one white space), not before `start`, is one of `before`. */
function anchored(text: string, i: number, start: number, before: Uint8Array): boolean {
  let k = i - 1;
  // A subtraction of 0 or 1, not a k-- in a branch: optimised code meeting a branch it has never
  // run deoptimises, and this one runs only where a space stands.
  if (k >= start) k -= WHITE_SPACE[text.charCodeAt(k)]!;
  return k >= start && before[text.charCodeAt(k)] === 1;
}

/** Whether a numeric date's year (19xx or 20xx) ends right before the separator at `i`, a digit after it. */
function numericYear(text: string, i: number, start: number): boolean {
  if (i - 4 < start || DIGIT[text.charCodeAt(i + 1)] !== 1 || DIGIT[text.charCodeAt(i - 1)] !== 1 || DIGIT[text.charCodeAt(i - 2)] !== 1) return false;
  const c = text.charCodeAt(i - 4), d = text.charCodeAt(i - 3);
  return (c === 0x31 && d === 0x39) || (c === 0x32 && d === 0x30); // 19, 20
}

/** What the relative-year pattern refuses before its 本/今 or 年 (三年内, 近年, 上年底, 去年底, 当年). */
const NOT_BEFORE_YEAR = markTable('0123456789〇零一二两三四五六七八九十百千几多半近全当同去上下前往历');

/**
 * Whether 年 at `i` may yield a limit alone: 本年 / 今年 with nothing the pattern refuses before
 * it, or 底 末 内 after it (or after 年度) with nothing it refuses right before 年.
 */
function yearEdge(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if ((p === 0x672c || p === 0x4eca) && NOT_BEFORE_YEAR[text.charCodeAt(i - 2)] !== 1) return true; // 本 今
  if (NOT_BEFORE_YEAR[p] === 1) return false;
  const n = text.charCodeAt(i + 1);
  return YEAR_EDGES[n] === 1 || (n === 0x5ea6 && YEAR_EDGES[text.charCodeAt(i + 2)] === 1); // 度
}

/** Whether the four characters before 年 at `i` (one white space between allowed), not before `start`, are a year's digits. */
function yearDigits(text: string, i: number, start: number): boolean {
  let k = i - 1;
  if (k >= start && WHITE_SPACE[text.charCodeAt(k)]) k--;
  if (k - 3 < start) return false;
  for (let j = k - 3; j <= k; j++) if (YEAR_END[text.charCodeAt(j)] !== 1) return false;
  return true;
}

/** The units of a duration before its 内, and the characters a count before them may end with. */
const DURATION_UNITS = ['个月', '个季度', '年', '周', '个星期', '个周', '个工作日', '工作日', '天', '日'];
const COUNT_END = markTable('0123456789十一二两三四五六七八九半');

/** Whether 内 at `i` closes a duration: a unit before it, a count before the unit, both from `start` on. */
function durationEnd(text: string, i: number, start: number): boolean {
  for (const unit of DURATION_UNITS) {
    const a = i - unit.length;
    if (a - 1 >= start && COUNT_END[text.charCodeAt(a - 1)] === 1 && text.startsWith(unit, a)) return true;
  }
  return false;
}

/** Whether 每 at `i` opens a monthly limit: 月, 季度 or 半年 after it, or after 个. */
function everyMonth(text: string, i: number): boolean {
  let n = text.charCodeAt(i + 1);
  if (n === 0x4e2a) n = text.charCodeAt(i + 2); // 个
  return n === 0x6708 || n === 0x5b63 || n === 0x534a; // 月 季 半
}

/**
 * Whether 五 at `i` ends a plan's name that its period words follow: 十五 or 十三五, then maybe a
 * closing quote and 规划, then 期 (期间, 期末), 时 (时期) or 末.
 */
function planEnd(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (!(p === 0x5341 || (PLAN_NUMBER[p] === 1 && text.charCodeAt(i - 2) === 0x5341))) return false; // 十
  let j = i + 1;
  let c = text.charCodeAt(j);
  if (c === 0x201d || c === 0x22) c = text.charCodeAt(++j); // ” "
  if (c === 0x89c4 && text.charCodeAt(j + 1) === 0x5212) c = text.charCodeAt(j += 2); // 规划
  return c === 0x671f || c === 0x65f6 || c === 0x672b; // 期 时 末
}

/** The clauses of a text that hold something a pattern needs: where each starts and ends (its closing mark, or the end of the text), and what it holds. */
interface Clauses { starts: number[]; ends: number[]; masks: number[]; all: number; titled: boolean }

/** The clauses of the text in one pass; null when the text holds a character foldWidth folds. */
function scan(text: string): Clauses | null {
  const starts: number[] = [];
  let titled = false;
  const ends: number[] = [];
  const masks: number[] = [];
  let all = 0;
  let mask = 0;
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === 0) continue;
    // The next character, 0 past the end (no rule looks for 0): an out-of-bounds read would
    // deoptimise the optimised loop at the first text that ends in one of these characters.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // Each case says which flag it adds, and one `|=` after the switch adds it: an operation in a
    // case the optimised code has not run (时间, 提前 are rare) would deoptimise it.
    let bit = 0;
    switch (cls) {
      case END:
        // Only the clauses that hold something are kept: most hold nothing.
        if (mask !== 0) {
          starts.push(start);
          ends.push(i);
          masks.push(mask);
          all |= mask;
          mask = 0;
        }
        start = i + 1;
        break;
      case WIDE: return null;
      case C_TITLE: titled = true; break;
      case C_MONTH: bit = (mask & MONTH) || !anchored(text, i, start, MONTH_END) ? MONTH_ANY : MONTH | MONTH_ANY; break;
      case C_YEAR:
        bit = (mask & YEAR_ANY ? YEAR_TWICE : YEAR_ANY)
          | (!(mask & YEAR) && yearDigits(text, i, start) ? YEAR : 0)
          | (!(mask & YEAR_EDGE) && yearEdge(text, i) ? YEAR_EDGE : 0);
        break;
      case C_QUARTER: if (anchored(text, i, start, QUARTER_END)) bit = QUARTER; break;
      case C_HALF: if (next === 0x5e74 && anchored(text, i, start, HALF_END)) bit = HALF; break; // 半年
      case C_WITHIN: if (!(mask & WITHIN) && anchored(text, i, start, WITHIN_END) && durationEnd(text, i, start)) bit = WITHIN; break;
      case C_EVERY: if (everyMonth(text, i)) bit = EVERY; break;
      case C_JOINER: bit = numericYear(text, i, start) ? JOINER_NUMERIC : JOINER; break;
      case C_SEPARATOR: if (numericYear(text, i, start)) bit = NUMERIC; break;
      case C_FIVE: if (planEnd(text, i)) bit = PLAN; break;
      case C_FROM: if (COUNT_HEAD[next] === 1) bit = FROM; break;
      case C_TWO: case C_TIME: case C_AHEAD: case C_NEXT: case C_TODAY: case C_THIS:
        if (next === NEXT_CODE[cls] || next === NEXT_CODE_2[cls]) bit = NEXT_FLAG[cls]!;
        break;
      // 下月, 下个月
      case C_BELOW: if (next === 0x6708 || (next === 0x4e2a && i + 2 < n && text.charCodeAt(i + 2) === 0x6708)) bit = ISSUE; break;
    }
    mask |= bit;
  }
  if (mask !== 0) {
    starts.push(start);
    ends.push(n);
    masks.push(mask);
  }
  return { starts, ends, masks, all: all | mask, titled };
}

/**
 * The token every match of a parser contains, for the parsers that have one: its needed 月, 年, 季,
 * 半年 or 内 with the character its table asks for before it. When none stands after a match, the
 * clause holds no further match, and the pattern is not run again to find that out.
 */
const ANCHORS: Record<string, number> = {
  'month-date': MONTH, 'date-range': MONTH, 'day-range': MONTH, 'month-range': MONTH, year: YEAR, 'year-range': YEAR,
  'years-date-range': YEAR, quarter: QUARTER, half: HALF, 'relative-year': YEAR_EDGE, duration: WITHIN, 'plan-period': PLAN,
};
const ANCHOR_CLASS: Record<number, number> = {
  [MONTH]: C_MONTH, [YEAR]: C_YEAR, [QUARTER]: C_QUARTER, [HALF]: C_HALF, [YEAR_EDGE]: C_YEAR, [WITHIN]: C_WITHIN, [PLAN]: C_FIVE,
};

/** Whether the character at `i` (of the anchor's class) is the anchor `bit` of a clause from `start`. */
function isAnchor(text: string, i: number, start: number, bit: number): boolean {
  switch (bit) {
    case MONTH: return anchored(text, i, start, MONTH_END);
    case YEAR: return yearDigits(text, i, start);
    case QUARTER: return anchored(text, i, start, QUARTER_END);
    case HALF: return text.charCodeAt(i + 1) === 0x5e74 && anchored(text, i, start, HALF_END);
    case YEAR_EDGE: return yearEdge(text, i);
    case PLAN: return planEnd(text, i);
    default: return anchored(text, i, start, WITHIN_END) && durationEnd(text, i, start);
  }
}

/** Whether an anchor `bit` (of class `cls`) stands in text[from, end), in the clause from `start`. */
function anchorIn(text: string, from: number, end: number, start: number, cls: number, bit: number): boolean {
  for (let i = from; i < end; i++) if (CLASS[text.charCodeAt(i)] === cls && isAnchor(text, i, start, bit)) return true;
  return false;
}

/** What each parser needs, looked up once here rather than by name for every text. */
interface Plan { parser: Parser; needs: number; anchor: number; anchorClass: number }
const PLANS: readonly Plan[] = parsers.map((parser) => {
  const anchor = ANCHORS[parser.name] ?? 0;
  return { parser, needs: NEEDS[parser.name]!, anchor, anchorClass: anchor ? ANCHOR_CLASS[anchor]! : 0 };
});

/** Leftmost first, and longest first at one place. */
const byPlace = (a: Candidate, b: Candidate): number => a.at[0] - b.at[0] || b.at[1] - a.at[1];

/** Whether the candidates are in byPlace order already. */
function inOrder(all: Candidate[]): boolean {
  for (let i = 1; i < all.length; i++) if (byPlace(all[i - 1]!, all[i]!) > 0) return false;
  return true;
}

/** A text's candidates, and the text they index: folded (foldWidth) if it needed folding, which keeps its length; `titled` if it holds a 《. */
export interface Found { text: string; candidates: Candidate[]; titled: boolean }

/** Every parser's matches, leftmost first and longest first at one place, without overlaps. */
export function candidates(input: string, ctx: DeadlineContext): Found {
  const all: Candidate[] = [];
  let text = input;
  // The scan stops at the first character foldWidth folds: most texts have none and are not copied.
  let clauses = scan(text);
  if (!clauses) {
    text = foldWidth(text);
    clauses = scan(text)!;
  }
  const { starts, ends, masks, titled } = clauses;
  if (clauses.all === 0) return { text, candidates: all, titled };
  const cut: string[] = [];
  for (const plan of PLANS) {
    const needs = plan.needs;
    if ((clauses.all & needs) !== needs) continue;
    const { parser, anchor, anchorClass } = plan;
    // exec with lastIndex, not matchAll: matchAll copies the pattern on every call.
    const pattern = parser.pattern;
    for (let k = 0; k < ends.length; k++) {
      if ((masks[k]! & needs) !== needs) continue;
      const a = starts[k]!;
      const b = ends[k]!;
      const clause = (cut[k] ??= text.slice(a, b));
      pattern.lastIndex = 0;
      for (let m = pattern.exec(clause); m; m = anchor && !anchorIn(text, a + pattern.lastIndex, b, a, anchorClass, anchor) ? null : pattern.exec(clause)) {
        const groups = m.groups ?? {};
        const draft = parser.build(groups, ctx, m[0]);
        if (!draft) continue;
        // The draft keeps its \`skip\`, which nothing after reads: a rest copy per match was a cost here.
        all.push({ at: [a + m.index + (draft.skip ?? 0), a + m.index + m[0].length], draft, parser, groups, match: m[0] });
      }
    }
  }
  if (all.length < 2) return { text, candidates: all, titled };
  // A stable sort keeps parser order between equal spans; candidates already in order (often) need none.
  if (!inOrder(all)) all.sort(byPlace);
  const kept: Candidate[] = [];
  for (const c of all) if (kept.length === 0 || c.at[0] >= kept[kept.length - 1].at[1]) kept.push(c);
  return { text, candidates: kept, titled };
}
