import type { OutlineNode } from '../outline/types.js';
import { isSummaryTitle, namesDocumentKind } from './meta.js';
import {
  FUTURE_TEXT_CUES, FUTURE_TITLE_OPENERS, FUTURE_TITLE_WORDS, IMPERATIVE_ADVERBS, IMPERATIVE_HEADS, NEWS_MARKS, NOT_PAST_LE, PAST_TEXT_CUES, PAST_TITLE_WORDS, YEARS_BEFORE,
} from './lexicon/tense-words.js';
import { endsWithWord, startsWithWord } from './lexicon/word-lists.js';

/**
 * Whether a section looks back (`past`: a review, a summary, the situation: its figures are
 * statistics, its dates records, it assigns no work), forward (`future`: goals and tasks), or both
 * (`mixed`: "2025年工作总结和2026年工作安排", a news report of new measures: it may assign work, and
 * a figure or date in it is a goal or limit only where its own sentence looks forward).
 */
export type Tense = 'past' | 'future' | 'mixed';

export interface SectionTenseInput {
  /** The section's title without its marker: "2025年工作总结和“十四五”发展成就", "三、" → "2026年重点工作". */
  title: string;
  /**
   * The section's text (body and subsections), or a head of it; '' to decide by the title alone. A
   * function is called only when the title decides nothing (reading a long section costs).
   */
  text: string | (() => string);
  /** The plan year (meta.year): a year before it looks back, a year after it looks forward. */
  year?: number;
  /** The tense of the enclosing section, or the document's for a top-level section. */
  parent: Tense;
  /**
   * The section stands directly under the document: a task's title there ("加快建设现代化产业体系")
   * opens the plan part of a report whose own part headings were lost, unless its text looks back.
   */
  top?: boolean;
}

/** What separates the conjuncts of a title: "工作总结和发展成就", "机遇与挑战", "现状、问题". */
const CONJUNCT = /和|与|及|、|,|;|:|。/u;
/** Marks and quotes that may close a title, and those that may open it. */
const CLOSING_MARKS = ' \t\n。.;:,!?)"”’》';
const OPENING_MARKS = ' \t\n“"《(';

function trimMarks(part: string): string {
  let a = 0;
  let b = part.length;
  while (b > a && CLOSING_MARKS.includes(part[b - 1]!)) b--;
  while (a < b && OPENING_MARKS.includes(part[a]!)) a++;
  return part.slice(a, b);
}
/** A year in a title: "2025年工作总结", "到2020年主要目标". */
const TITLE_YEAR = /(?<to>到|至)?(?<year>(?:19|20)\d{2})年/u;
/** A year in a text, not a baseline ("较2020年", "比2015年", "以2020年为基数", "在2010年的基础上"). */
const TEXT_YEAR = /(?<![较比与以从由在\d])(?<year>(?:19|20)\d{2})年/gu;
/** How much of a section's text is read for its cues: a head is representative, and the cost stays bounded. */
const TEXT_WINDOW = 2500;
/** Cues of one tense must number at least this many, and twice those of the other, to decide. */
const MIN_CUES = 3;

const endsInFutureWord = endsWithWord(FUTURE_TITLE_WORDS);
const endsInPastWord = endsWithWord(PAST_TITLE_WORDS);
const opensForward = startsWithWord(FUTURE_TITLE_OPENERS);
const opensWithAdverb = startsWithWord(IMPERATIVE_ADVERBS);
const opensWithVerb = startsWithWord(IMPERATIVE_HEADS);

/** Right before a review word, a verb or 新 that makes it a result to produce: "出成效", "见成效", "取得新进展". */
const GOAL_VERB_BEFORE = '出见有求显新';
/** A title longer than this is a run-in sentence ("制定并下发了…,明确了工作目标"), not a label of what follows. */
const MAX_LABEL = 24;

/** "夯实绿色发展基础", "深入推广医改经验": a task's title, opening with its verb (after adverbs). */
function isImperative(part: string): boolean {
  let s = part;
  for (let adverb = opensWithAdverb(s); adverb; adverb = opensWithAdverb(s)) s = s.slice(adverb.length);
  return opensWithVerb(s) !== undefined;
}

/** "发展成就", "取得积极进展"; not a result to produce: "上出成效", "见实效", "取得新进展". */
function endsInReview(part: string): boolean {
  const word = endsInPastWord(part);
  if (!word) return false;
  const before = part[part.length - word.length - 1] ?? '';
  return !GOAL_VERB_BEFORE.includes(before);
}

/** The tense a title states by its words and year, or null when it states none. */
export function titleTense(title: string, year?: number): Tense | null {
  if (title.length > MAX_LABEL) return null;
  let past = false;
  let future = false;
  for (const raw of title.split(CONJUNCT)) {
    const part = trimMarks(raw);
    if (!part) continue;
    const bare = part.replace(/^(?:(?:19|20)\d{2}年(?:度)?|“[^”]{1,8}”(?:时期|期间)?)/u, '');
    if (opensForward(bare) || endsInFutureWord(part)) future = true;
    else if (endsInReview(part) && !isImperative(bare)) past = true;
  }
  if (past && future) return 'mixed';
  if (past) return 'past';
  if (future) return 'future';
  const y = TITLE_YEAR.exec(title);
  if (!y?.groups || year === undefined) return null;
  const stated = Number(y.groups.year);
  if (y.groups.to || stated > year) return 'future';
  return stated < year ? 'past' : null;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** The past cues of a text: 了 not in 为了 or 了解, 年来 only after a count of years. */
function countPast(text: string): number {
  PAST_TEXT_CUES.lastIndex = 0;
  let n = 0;
  for (let m = PAST_TEXT_CUES.exec(text); m; m = PAST_TEXT_CUES.exec(text)) {
    const at = m.index;
    if (m[0] === '了' && (NOT_PAST_LE.before.includes(text[at - 1] ?? '为') || NOT_PAST_LE.after.includes(text[at + 1] ?? '-'))) continue;
    if (m[0] === '年来' && !YEARS_BEFORE.includes(text[at - 1] ?? '-')) continue;
    n++;
  }
  return n;
}

/** The cues of each tense in a text: its words, and its years against the plan year. */
function textCues(text: string, year?: number): { past: number; future: number } {
  const head = text.length > TEXT_WINDOW ? text.slice(0, TEXT_WINDOW) : text;
  let past = countPast(head);
  let future = count(FUTURE_TEXT_CUES, head);
  if (year !== undefined) {
    TEXT_YEAR.lastIndex = 0;
    for (let m = TEXT_YEAR.exec(head); m; m = TEXT_YEAR.exec(head)) {
      const y = Number(m.groups?.year);
      if (y < year) past++;
      else if (y > year) future++;
    }
  }
  return { past, future };
}

function cuesTense(past: number, future: number): Tense | null {
  if (past >= MIN_CUES && past >= 2 * future) return 'past';
  if (future >= MIN_CUES && future >= 2 * past) return 'future';
  return null;
}

/** The tense a text's own words and years state, or null when they are few or balanced. */
export function textTense(text: string, year?: number): Tense | null {
  const { past, future } = textCues(text, year);
  return cuesTense(past, future);
}

/**
 * Whether a section looks back or forward: by its title's words (回顾, 总结, 成就, 进展, 现状, 形势 …
 * at the end of the title or of one of its conjuncts, vs 目标, 任务, 计划, 打算, 重点工作 …), else by
 * the year its title names against the plan year, else by its text's cues (已, 完成了, 同比, earlier
 * years vs 力争, 确保, 到2025年, later years), else, for a top-level section under a document that
 * looks back, by a task's imperative title ("加快建设…") over a text without a past cue, else as the
 * section around it.
 *
 * @example
 * sectionTense({ title: '2025年工作总结和“十四五”发展成就', text: '', year: 2026, parent: 'past' }) // 'past'
 * sectionTense({ title: '2026年重点工作', text: '', year: 2026, parent: 'past' })                   // 'future'
 * sectionTense({ title: '夯实绿色发展基础', text: '', year: 2016, parent: 'future' })               // 'future'
 */
export function sectionTense({ title, text, year, parent, top }: SectionTenseInput): Tense {
  const byTitle = titleTense(title, year);
  if (byTitle) return byTitle;
  const body = typeof text === 'function' ? text() : text;
  if (!body) return parent;
  const { past, future } = textCues(body, year);
  const byText = cuesTense(past, future);
  if (byText) return byText;
  if (top && parent !== 'future' && past === 0 && isImperative(title)) return 'future';
  return parent;
}

/** How much of a document's text is read for the marks of a news report. */
const NEWS_LEAD = 3000;

/**
 * The tense of a document as a whole, from its title and the lead of its text: a work summary or
 * report (总结, 汇报, 工作报告 …) looks back; a news report (a title that names no kind of document,
 * and a text that names its reporter: "记者梳理发现") is mixed: it reports measures and figures and
 * may name who does what; anything else (a plan, a notice, measures) looks forward.
 *
 * @example
 * documentTense('2026年宁夏回族自治区政府工作报告', '…') // 'past'
 * documentTense('关于印发…实施方案的通知', '…')          // 'future'
 * documentTense(undefined, '…来看记者的梳理。…')             // 'mixed'
 */
export function documentTense(title: string | undefined, text: string): Tense {
  if (isSummaryTitle(title)) return 'past';
  if (!namesDocumentKind(title) && NEWS_MARKS.test(text.length > NEWS_LEAD ? text.slice(0, NEWS_LEAD) : text)) return 'mixed';
  return 'future';
}

/** How far the first line of a part may run. */
const FIRST_LINE = 200;

/**
 * The head of a section's text after its title: its own stretches and its subsections' in turn,
 * at most TEXT_WINDOW long. It follows the section's ranges, not its heading's place: a catalogue
 * entry's detail stands far from its title.
 */
function sectionText(node: OutlineNode, text: string): string {
  const parts: string[] = [];
  let size = 0;
  const add = (n: OutlineNode) => {
    const own = n.body ?? [];
    let b = 0;
    // Own stretches and subsections interleave by position.
    for (const child of n.children) {
      for (; b < own.length && own[b]![0] < child.start && size < TEXT_WINDOW; b++) push(own[b]!);
      if (size >= TEXT_WINDOW) return;
      add(child);
    }
    for (; b < own.length && size < TEXT_WINDOW; b++) push(own[b]!);
  };
  const push = ([a, z]: [number, number]) => {
    const piece = text.slice(a, Math.min(z, a + TEXT_WINDOW - size));
    parts.push(piece);
    size += piece.length;
  };
  add(node);
  return parts.join('\n');
}

/**
 * Sections this deep or shallower may look back where the section around them does not (a plan's
 * "第一节 主要成就"); a deeper heading that ends in 成效 or 情况 is a task's label.
 */
const REVIEW_DEPTH = 2;
/**
 * Top-level sections are also judged by their text when their title says nothing (their
 * subsections' text mostly agrees with theirs, and reading it costs).
 */
const TEXT_DEPTH = 1;

/**
 * The tense of every section of an outline, top down: each section by `sectionTense`, with its
 * parent's tense (the document's, `doc`, at the top). A part of a compilation (篇一) is a document of
 * its own: its title, or else its first line, may name it a summary; else its text decides, as such
 * parts often carry a sharing site's label for a title.
 *
 * @example
 * const tenses = outlineTenses(outline.roots, text, { doc: 'past', year: 2026 });
 * tenses.get(node) // 'future' for "三、2026年重点工作" and the sections under it
 */
export function outlineTenses(roots: OutlineNode[], text: string, { doc, year }: { doc: Tense; year?: number }): Map<OutlineNode, Tense> {
  const out = new Map<OutlineNode, Tense>();
  const visit = (node: OutlineNode, parent: Tense, depth: number) => {
    let tense: Tense;
    if (node.style === 'part') {
      const own = sectionText(node, text);
      // The first non-blank line, by a loop (docs/speed.md, the fourth round: arrays made by map()).
      let firstLine: string | undefined;
      for (const l of own.slice(0, FIRST_LINE).split('\n')) {
        const t = l.trim();
        if (t) { firstLine = t; break; }
      }
      // Parts of compilations from sharing sites often carry the site's label as title: read their text.
      tense = isSummaryTitle(node.title) || isSummaryTitle(firstLine) ? 'past' : textTense(own, year) ?? parent;
    } else {
      const own = sectionTense({ title: node.title, text: depth <= TEXT_DEPTH ? () => sectionText(node, text) : '', year, parent, top: depth === 1 });
      tense = own === 'past' && depth > REVIEW_DEPTH ? parent : own;
    }
    out.set(node, tense);
    for (const child of node.children) visit(child, tense, depth + 1);
  };
  for (const root of roots) visit(root, doc, 1);
  return out;
}
