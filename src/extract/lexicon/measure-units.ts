import { codeAt } from './marks.js';

/**
 * What a number may be followed by for it to be an amount, and how each kind of unit behaves.
 * `kind` decides which cues a target needs (see targets/admit.ts): a percentage in a plan is a
 * goal by itself; a plain count needs a verb of building or delivering; a duration, an age or a
 * score needs an explicit comparator ("3个月以上", "达到79岁"), since "65岁", "2周" and "5年" are
 * usually the names of classes.
 */
export type UnitKind = 'percent' | 'count' | 'money' | 'duration' | 'measure' | 'ratio' | 'age' | 'score';

export interface MeasureUnit {
  /** As written: "%", "个百分点", "万管", "亿元". */
  readonly text: string;
  readonly kind: UnitKind;
  /** A duration short enough for "N小时内" to be a response-time standard rather than a deadline. */
  readonly within?: true;
  /** Only after Arabic digits: "十分" and "一分" are words, "90分" is a score. */
  readonly arabicOnly?: true;
  /** Measure words that also count abstract things ("三个意识", "五项行动"): after a Chinese numeral they need a comparator. */
  readonly abstract?: true;
}

/** Measure words of countable things: "12个", "500张", "40人". */
const COUNT_WORDS = [
  '人口', '人次', '人', '名', '位', '例次', '例', '家', '所', '张', '间', '支', '种', '次', '台', '套', '件', '份',
  '篇', '期', '场', '批', '座', '处', '条', '户', '床', '辆', '剂', '管', '册', '本', '块', '栋', '学时', '课时',
];
const ABSTRACT_COUNT_WORDS = ['个', '项', '类'];
/** Magnitudes kept inside the unit as written: "1万管" is value 1, unit "万管". */
const MAGNITUDES = ['', '千', '万', '十万', '百万', '千万', '亿', '十亿', '百亿', '千亿', '万亿'];

const PERCENT = ['%', '‰', '个百分点', '百分点'];
const DURATIONS_WITHIN = ['小时', '分钟', '秒', '个工作日', '工作日'];
const DURATIONS = ['个月', '天'];
const MEASURES = [
  '平方米', '平方公里', '亩', '公顷', '公里', '千米', '吨', '蒸吨', '公斤', '千克', '斤', '立方米', '千瓦时', '千瓦', '兆瓦', '株',
];
/** Measures written only after a magnitude: "22亿方" (cubic metres of gas or water); a bare "3方" is three parties. */
const MEASURES_AFTER_MAGNITUDE = ['方'];

function build(): Map<string, MeasureUnit> {
  const units = new Map<string, MeasureUnit>();
  const add = (u: MeasureUnit) => { if (!units.has(u.text)) units.set(u.text, u); };
  for (const text of PERCENT) add({ text, kind: 'percent' });
  for (const m of MAGNITUDES) {
    for (const w of COUNT_WORDS) add({ text: m + w, kind: 'count' });
    for (const w of ABSTRACT_COUNT_WORDS) add({ text: m + w, kind: 'count', abstract: true });
    add({ text: `${m}元`, kind: 'money' });
    for (const w of MEASURES) add({ text: m + w, kind: 'measure' });
    if (m) for (const w of MEASURES_AFTER_MAGNITUDE) add({ text: m + w, kind: 'measure' });
  }
  for (const text of DURATIONS_WITHIN) add({ text, kind: 'duration', within: true });
  for (const text of DURATIONS) add({ text, kind: 'duration' });
  add({ text: '倍', kind: 'ratio' });
  add({ text: '岁', kind: 'age' });
  add({ text: '分', kind: 'score', arabicOnly: true });
  return units;
}

/**
 * Characters after which a unit is the first half of a word, not a unit: "一次性", "第二人民医院",
 * "名单", "项目", "期间", "管理". Checked on the character right after the unit.
 */
const NOT_AFTER: Record<string, string> = {
  '人': '民员才群们', '名': '单称额义誉', '位': '置于', '家': '庭属长乡', '所': '有以属在得谓',
  '种': '植类子养', '次': '性要数序', '件': '事', '期': '间限望待末工', '场': '所景地合', '条': '件例款',
  '处': '理置罚于室', '户': '籍口', '台': '账', '批': '准复评示', '例': '如外', '支': '持付出援撑部',
  '管': '理控护道辖制', '本': '地级次院科单身人着市县区年届质', '块': '钱', '个': '性人体案别', '项': '目',
  '类': '似型', '剂': '型量', '元': '化素旦宵', '分': '之钟别析类配工级布期', '天': '然津下',
  '张': '贴', '间': '隔断', '座': '谈', '方': '面案式向法位针便可能言舱阵正圆', '株': '洲',
};

/**
 * A unit as looked up: with its length, the code of its second character (-1 for a single
 * character) and the characters that may not follow its last one.
 */
interface Entry { unit: MeasureUnit; length: number; second: number; notAfter: string }

/**
 * The units by the code of their first character, longest first: a lookup per number, not a slice
 * per length; each with its NOT_AFTER characters, so that a lookup makes no one-character string.
 */
const BY_FIRST = new Map<number, Entry[]>();
for (const unit of [...build().values()].sort((a, b) => b.text.length - a.text.length)) {
  const first = unit.text.charCodeAt(0);
  const second = unit.text.length > 1 ? unit.text.charCodeAt(1) : -1;
  const entry = { unit, length: unit.text.length, second, notAfter: NOT_AFTER[unit.text[unit.text.length - 1]!] ?? '' };
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}

/** The first character of every unit, as a table over codes: where none stands, no unit starts. */
export const UNIT_FIRST = new Uint8Array(0x10000);
for (const code of BY_FIRST.keys()) UNIT_FIRST[code] = 1;

/** Whether `chars` holds the character of code `code`. */
function holds(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/**
 * The unit that starts at `at`, longest first ("个百分点" before "个", "万元" before "万"), or null.
 *
 * @example
 * unitAt('提高10个百分点', 4) // { text: '个百分点', kind: 'percent' }
 */
export function unitAt(text: string, at: number): MeasureUnit | null {
  const code = codeAt(text, at);
  // Most numbers (years, dates, markers) are followed by no unit: a lookup in the table settles them.
  if (!UNIT_FIRST[code]) return null;
  const entries = BY_FIRST.get(code);
  if (!entries) return null;
  // Some sixty units open with 万 (or 亿, 千): their second character rules most out before a comparison.
  const next = codeAt(text, at + 1);
  for (const { unit, length, second, notAfter } of entries) {
    if ((second >= 0 && second !== next) || !text.startsWith(unit.text, at)) continue;
    // At the text's end, 0: no character follows.
    if (notAfter && holds(notAfter, codeAt(text, at + length))) return null;
    return unit;
  }
  return null;
}
