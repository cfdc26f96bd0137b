import {
  ACHIEVE_VERBS, ADVANCE_VERBS, ASPECT_NOUNS, FORWARD_CUES, FUNCTION_CHARS, MONEY_GOAL_VERBS, ONGOING_ADVERBS, PAST_MARKERS, PAST_MARKERS_FIRST,
  FREQUENCY, FREQUENCY_UNITS, SCOPE_FRAMES, SCOPE_LEADS, SCOPE_WORK,
} from '../lexicon/target-words.js';
import type { LeftWord } from './comparator.js';
import { clauseEnd, sentenceAround, sentenceStart } from './context.js';
import type { Quantity } from './quantities.js';
import { definesRule } from './rules.js';
import { containsWord, endsWithWord } from '../lexicon/word-lists.js';
import { markTable } from '../lexicon/marks.js';

/** What `admit` needs to know about one quantity's surroundings. */
export interface Surroundings {
  text: string;
  q: Quantity;
  /** Start of the clause holding the number. */
  clauseStart: number;
  /** The text between the previous quantity (or the clause start) and the number, less white space at its end. */
  left: string;
  adjacent: LeftWord | null;
  far: LeftWord | null;
  quoted: boolean;
  summary: boolean;
  /** The text's tokens of years before the plan's (`earlierYears`). */
  earlierYears: readonly number[];
  /** The quantity just before, in the same clause, if it was admitted as a target. */
  previousTarget: Quantity | null;
}

/** Right before the number: ordinals (第七次), bases (每万人), codes (R197.32, 2+4, 7×24). */
const ORDINAL_BASIS_OR_CODE = markTable('第每ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+×*./');
/** Every character a match of PAST_MARKERS can open with: a clause with none of them has no such mark. */
const PAST_FIRST = markTable(PAST_MARKERS_FIRST);

/** Whether `text[from, to)` holds one of PAST_MARKERS: searched (on the slice) only where one can open. */
export function holdsPastMarker(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && !PAST_FIRST[text.charCodeAt(i)]) i++;
  return i < to && PAST_MARKERS.test(text.slice(from, to));
}
/** After a postposed count, what may follow: the end of the clause, the next item, or "的要求". */
const POSTPOSED_END = /^(?:$|[,;。:!?、)\n]|的(?:要求|标准|目标|规模))/u;
/** "按照救治床位500张、…的要求": a count stated as a standard to meet. */
const STANDARD_FRAME = /按照|依照|按/u;
const STANDARD_WORD = /要求|标准/u;
const HAN = /\p{Script=Han}/u;
/** Comparators that bound a count, and so make a Chinese 一 a number rather than an article. */
const BOUNDS: ReadonlyArray<string> = ['>=', '>', '<=', '<'];
/** Between a target and the next member of its list: "、村70个", "5个国家级和20个省级…". */
const LIST_NEXT = /、|(?:和|及|与|或)$/u;
/** "由9.2%下降到6%": the first number is the baseline the change starts from. */
const BASELINE_BEFORE = /(?:由|从)$/u;
const CHANGE_TO = /^(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|压缩|降|增)(?:到|至)/u;
/** "推动1000家县医院达到三级医院…水平": a count of things brought up to a standard. */
const REACHES_STANDARD = /^\p{Script=Han}[^,;。:!?、]{0,20}?(?:达到|达标)/u;
/** A year named before the number; not a baseline ("较2020年", "以2020年为基数", "与2020年相比", "在2010年的基础上"). */
const YEAR = /(?:19|20)\d{2}年(?!的?基础|为基|水平)/uy;
/** What may not stand right before a year's digits: another digit, or a word that makes it a baseline. */
const NOT_BEFORE_YEAR = markTable('0123456789较比与以');
const NIAN = '年'.charCodeAt(0);
/** The digits and 年 of a year. */
const YEAR_LENGTH = 5;

const endsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));
const hasAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));
const endsInAchieveVerb = endsWithWord(ACHIEVE_VERBS);
const holdsAchieveVerb = containsWord(ACHIEVE_VERBS);
const startsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.startsWith(w));

/**
 * A plain count ("12个", "2000人"), with no comparator, is a goal when it is the object of a verb
 * of building or delivering ("建设12个基层中医馆"), or comes after its noun in a clause that has
 * such a verb or states a standard ("引进…专业人才42名", "按照救治床位500张…的要求"). A count of a
 * set being worked on ("加强和完善5个县域医学中心") or named in passing ("重点在5个方面11项工作上")
 * is neither.
 */
function isGoalCount(s: Surroundings): boolean {
  const { text, q } = s;
  // A Chinese 一 before a measure word is mostly the article "a" ("建立一支队伍"), and 个/项 after
  // a Chinese numeral count abstractions as often as things ("五项行动"): both need a comparator.
  const left = s.left;
  // "每年监测两次": how often a piece of work is done, with its verb right before the count.
  if (FREQUENCY_UNITS.includes(q.unit.text) && HAN.test(left[left.length - 1] ?? '') && FREQUENCY.test(text.slice(s.clauseStart, q.start))) {
    const frequency = FREQUENCY.exec(text.slice(s.clauseStart, q.start));
    if (frequency && !left.endsWith(frequency[0])) return true;
  }
  if (q.script !== 'arabic' && (q.unit.abstract || q.value === 1)) return false;
  if (endsInAchieveVerb(left) !== undefined) return true;
  const ofAspects = startsWithAny(text.slice(q.end, q.end + 2), ASPECT_NOUNS);
  if (q.script === 'arabic' && !ofAspects && coversScope(s, left)) return true;
  const advance = ADVANCE_VERBS.find((v) => left.endsWith(v));
  if (advance && !ofAspects && !endsWithAny(left.slice(0, -advance.length), ONGOING_ADVERBS)) return true;
  const before = left[left.length - 1] ?? '';
  if (!FUNCTION_CHARS.includes(before) && before !== '、' && REACHES_STANDARD.test(text.slice(q.end, clauseEnd(text, q.end)))) return true;
  const nounBefore = before === '”' || before === ')' || (HAN.test(before) && !FUNCTION_CHARS.includes(before));
  if (!nounBefore || !POSTPOSED_END.test(text.slice(q.end, q.end + 5))) return false;
  const clause = text.slice(s.clauseStart, q.start);
  if (holdsAchieveVerb(clause)) return true;
  return STANDARD_FRAME.test(clause) && STANDARD_WORD.test(text.slice(q.end, clauseEnd(text, q.end)));
}

/**
 * The verbs of delivering that may head a list closed by 等: "组织实施A、B等25项重点工程". Single
 * characters (建) are left out: inside a list item they are part of a noun ("急救中心建设").
 */
const LIST_HEAD_VERBS = [...ACHIEVE_VERBS, ...ADVANCE_VERBS, '实现'].filter((v) => v.length > 1);
/** Where a list's first item ends. */
const FIRST_ITEM_END = /[、等]/u;

function opensWithScope(clause: string): boolean {
  let c = clause;
  for (let lead = SCOPE_LEADS.find((w) => c.startsWith(w)); lead; lead = SCOPE_LEADS.find((w) => c.startsWith(w))) c = c.slice(lead.length);
  return startsWithAny(c, SCOPE_FRAMES);
}

/**
 * A count of the places or things a plan's work covers: "在16个省份实施…", "对378个江河湖库实施严格
 * 保护", "以580个优先控制单元为重点", or a list closed by 等 that the work delivers ("实现A、B等58项
 * 事项异地办理", "推进A和B等5个物流园区建设", "组织实施A等25项重点工程"). A count named in passing
 * ("通过A、B等9个方面不断明确…", "重点在5个方面…上见行动") has no such work.
 */
function coversScope(s: Surroundings, left: string): boolean {
  const { text, q } = s;
  const clause = text.slice(s.clauseStart, q.start);
  const after = text.slice(q.end, clauseEnd(text, q.end));
  if (opensWithScope(clause)) return hasAny(after, SCOPE_WORK);
  if (!left.endsWith('等')) return false;
  if (hasAny(after, SCOPE_WORK)) return true;
  const cut = FIRST_ITEM_END.exec(clause);
  const head = cut ? clause.slice(0, cut.index) : clause;
  return LIST_HEAD_VERBS.some((v) => head.includes(v) && !head.endsWith(v));
}

/**
 * "达到一个新水平", "提高一个档次": a Chinese 一 before 个/项/类 is the article "a" unless a bound
 * says it is a count ("至少一个", "不少于一项", "一个以上").
 */
function isArticle(s: Surroundings): boolean {
  if (s.q.script !== 'chinese' || s.q.value !== 1 || !s.q.unit.abstract || s.q.right || s.far) return false;
  return !BOUNDS.includes(s.adjacent?.comparator ?? '=');
}

/**
 * The years before `year` that `text` names ("2020年", not "较2020年" or "2020年的基础上"), found once
 * per text: as pairs [where its digits start, 1 if what stands before them lets it be a year, else 0].
 * Most texts name none, and then no number needs its sentence's start. Whether a token can be read
 * is settled by the whole text except for the character before it: a sentence may begin right at
 * the digits (`statesEarlierYear`). What follows 年 is read in the whole text, as a slice up to a
 * number would read it: a number starts with none of 的, 基, 为, 水.
 */
export function earlierYears(text: string, year: number | undefined): number[] {
  const found: number[] = [];
  if (year === undefined) return found;
  for (let at = text.indexOf('年', YEAR_LENGTH - 1); at >= 0; at = text.indexOf('年', at + 1)) {
    const start = at - (YEAR_LENGTH - 1);
    YEAR.lastIndex = start;
    if (!YEAR.test(text)) continue;
    const value = Number(text.slice(start, at));
    if (value < year) found.push(start, start > 0 && NOT_BEFORE_YEAR[text.charCodeAt(start - 1)] ? 0 : 1);
  }
  return found;
}

/**
 * "2020年,全国医疗卫生机构总数达到102万个" in a 2022 plan: a statistic of a year before the plan's,
 * named in the sentence before the number (a year's token wholly in `text[sentenceStart, q.start)`).
 */
export function statesEarlierYear(text: string, years: readonly number[], at: number): boolean {
  // Most texts name no earlier year, or only after the number: then the sentence's start is not needed.
  if (!years.length || years[0]! + YEAR_LENGTH > at) return false;
  const from = sentenceStart(text, at);
  // The first token at or after the sentence's start, found by halving: a long text may name many years.
  let lo = 0;
  let hi = years.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[2 * mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = 2 * lo; k < years.length; k += 2) {
    const start = years[k]!;
    if (start + YEAR_LENGTH > at) break;
    if (start >= from && (years[k + 1] === 1 || start === from)) return true;
  }
  return false;
}

/**
 * Whether a quantity is a target: a goal the work must reach, not a past result, a name, an
 * ordinal, a basis or a count that only describes the document.
 *
 * @example
 * // "市级组建2000人" → true; "重点在5个方面11项工作上见行动" → false for both; "第七次" → false
 */
export function admit(s: Surroundings): boolean {
  const { text, q } = s;
  if (s.quoted || (q.start > 0 && ORDINAL_BASIS_OR_CODE[text.charCodeAt(q.start - 1)])) return false;
  if (s.summary && !FORWARD_CUES.test(sentenceAround(text, q.start))) return false;
  if (holdsPastMarker(text, s.clauseStart, q.start)) return false;
  // A table's cell belongs to its column's year, not to a year the row's text states.
  if (!q.table && statesEarlierYear(text, s.earlierYears, q.start)) return false;
  if (q.script === 'placeholder') return true;
  if (BASELINE_BEFORE.test(s.left) && CHANGE_TO.test(text.slice(q.end, q.end + 5))) return false;
  if (isArticle(s)) return false;
  const follows = s.previousTarget !== null && LIST_NEXT.test(text.slice(s.previousTarget.end, q.start));
  // The rules are read last, for what would be a goal by its form.
  return isGoal(s, follows) && !definesRule({ text, q, clauseStart: s.clauseStart, adjacent: s.adjacent, listed: follows });
}

/** Whether the quantity has the form of a goal: a comparator, a place in a list of goals, or what its kind needs. */
function isGoal(s: Surroundings, follows: boolean): boolean {
  const { text, q } = s;
  const explicit = s.adjacent !== null || s.far !== null || q.right !== null || q.range || q.open || q.more || q.fixed !== null;
  // "创建百家…", "新增千万吨产能", "压缩一半", "1个月、半个月": a round number or a half is a goal
  // only as the object of a verb of delivering, after a comparator, or in a list of goals.
  if (q.script === 'magnitude') return follows || endsInAchieveVerb(s.left) !== undefined;
  if (q.script === 'half') return explicit || follows;
  switch (q.unit.kind) {
    case 'percent': return true;
    case 'age': return (s.adjacent !== null && s.adjacent.word !== '为') || follows;
    case 'duration': case 'ratio': case 'score': return explicit || follows;
    case 'money': return explicit || follows || hasAny(text.slice(s.clauseStart, q.start), MONEY_GOAL_VERBS);
    default: return explicit || follows || isGoalCount(s);
  }
}
