import { markTable, WHITE_SPACE } from '../lexicon/marks.js';
import type { Role } from '../lexicon/role-words.js';
import { writtenAt } from '../tables.js';
import { labelRole } from './labels.js';
import { leadMarked, listBefore, listFollowed, namesOf, type ReadList } from './lists.js';

/** A unit found in the text being read (offsets into it). */
export interface FoundUnit { at: [number, number]; name: string; role: Role }

/** The text being read and what was found in it. */
export class Found {
  readonly out: FoundUnit[] = [];
  /** How many leads were found so far. */
  leads = 0;
  constructor(readonly text: string) {}

  /** Adds the names of a list read at `list.start` (their offsets are looked up from there on). */
  addList(list: ReadList | { names: readonly string[]; start: number }, role: Role, options: { firstLeads?: boolean } = {}): void {
    let from = list.start;
    list.names.forEach((raw, k) => {
      const { name, lead } = leadMarked(raw);
      // The export may have put spaces inside the name ("住房城乡建 设部"): the span covers them.
      const i = from < 0 ? -1 : this.text.indexOf(name, from);
      // A name outside the text (the heading of its section, at a negative offset) is taken as found.
      const at: [number, number] = from < 0 ? [from, from + name.length] : i >= 0 ? [i, i + name.length] : writtenAt(this.text, name, from);
      const r: Role = lead || (options.firstLeads && k === 0) ? 'lead' : role;
      if (r === 'lead') this.leads++;
      this.out.push({ at, name, role: r });
      if (at[1] > at[0]) from = at[1];
    });
  }
}

/**
 * "牵头单位：X；配合单位：Y、Z" — labelled lists, the label giving the role ("市卫健委内牵头处室：…"
 * leads too), read at the text's colons (the positions of every colon, in order: the clause
 * split notes them as it reads). Returns the ranges the lists cover, which no other cue reads again.
 */
export function labelledLists(found: Found, colons: readonly number[]): Array<[number, number]> {
  const { text } = found;
  const covered: Array<[number, number]> = [];
  for (const colon of colons) {
    const labelStart = labelBefore(text, colon);
    if (labelStart < 0) continue;
    const role = labelRole(text.slice(labelStart, colon));
    if (!role || role === 'person') continue;
    let start = colon + 1;
    while (WHITE_SPACE[text.charCodeAt(start)]) start++;
    const end = listEnd(text, start);
    const names = namesOf(text.slice(start, end).replace(/[。.]$/, ''));
    if (names) found.addList({ names, start }, role);
    covered.push([labelStart, end]);
  }
  return covered;
}

/** Where the label before a colon starts: after the last boundary within 16 characters; -1 if none. */
function labelBefore(text: string, colon: number): number {
  let end = colon;
  // "牵头部门(单位)：": a remark after the label.
  const last = text.charCodeAt(end - 1);
  if (last === 0x29 || last === 0xff09) {
    const open = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf('（', end - 1));
    if (open > 0 && end - open <= 10) end = open;
  }
  let i = end;
  while (i > 0 && colon - i < 20 && !LABEL_BOUNDARY[text.charCodeAt(i - 1)] && !WHITE_SPACE[text.charCodeAt(i - 1)]) i--;
  return i < end ? i : -1;
}

/** What ends a label before its colon, besides white space. */
const LABEL_BOUNDARY = markTable(',，;；。(（)）:：、');

/** A labelled list runs to ; 。 a line end, an unbalanced ")", or the next label. */
function listEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length && i < start + 240; i++) {
    const c = text.charCodeAt(i);
    if (!LIST_MARKS[c]) continue;
    if (c === 0x28 || c === 0xff08) depth++;
    else if (c === 0x29 || c === 0xff09) { if (depth === 0) return i; depth--; }
    else if (depth === 0 && LIST_ENDS[c]) return i;
    else if (depth === 0 && (c === 0x3a || c === 0xff1a)) {
      const l = labelBefore(text, i);
      if (l >= 0 && labelRole(text.slice(l, i))) return text.slice(start, l).replace(/[\s,，]+$/, '').length + start;
    }
  }
  return Math.min(text.length, start + 240);
}
/** The characters listEnd stops at: brackets, the list's ends, colons; and the ends alone. */
const LIST_MARKS = markTable('()（）;；。\n:：');
const LIST_ENDS = markTable(';；。\n');

/** Characters before 由 that make it part of another word ("经由", "理由", "自由", "交由", "是由"), or a permission ("可由"). */
const NOT_BY_BEFORE = '经理自缘因交事籍是来可';
/** Characters after 由 that make it another word ("由于", "由此", "由衷"). */
const NOT_BY_AFTER = '于此衷来';

/**
 * "由X负责/牵头/负总责/另行制定/…": X is the agent, its role from the verb (牵头, 负总责: lead;
 * 配合: support; otherwise responsible). Not "由A、B组成" (composition) nor "由X核定的计划"
 * (an attribute). "由X会同Y…": Y supports.
 */
export function byAgents(found: Found, clause: string, at: number, firstLeads = false): void {
  for (let k = clause.indexOf('由'); k >= 0; k = clause.indexOf('由', k + 1)) {
    if (NOT_BY_BEFORE.includes(clause[k - 1] ?? '#') || NOT_BY_AFTER.includes(clause[k + 1] ?? '#')) continue;
    const list = listBefore(clause, k + 1, true) ?? listFollowed(clause, k + 1);
    if (!list || list.predicate?.kind === 'none') continue;
    const rest = clause.slice(list.end);
    // "由城市三级医院向基层医疗卫生机构转诊": from X to Y, a direction, not an agent.
    if (/^[向到至往]/.test(rest)) continue;
    // "由X核定的招生计划", "由县级医院牵头的医共体": an attribute of a thing, not an assignment.
    if (/^[\u4e00-\u9fff]{0,6}的/.test(rest) && !/^(?:负责|牵头)(?!的)[\u4e00-\u9fff]{2}/.test(rest)) continue;
    const predicate = list.predicate?.kind === 'role' ? list.predicate : null;
    const shifted = { names: list.names, start: at + list.start };
    const role = predicate?.role ?? 'responsible';
    const partner = predicate?.partnerAt !== undefined ? listBefore(clause, predicate.partnerAt, true) ?? listFollowed(clause, predicate.partnerAt) : null;
    found.addList(shifted, partner ? 'responsible' : role, { firstLeads: firstLeads && !partner && role === 'responsible' && !!predicate?.duty && list.names.length > 1 });
    if (partner) found.addList({ names: partner.names, start: at + partner.start }, 'support');
  }
}

/** Light verbs whose object is the body brought into play: "发挥X(的)作用", "发挥好X平台作用". */
const ROLE_OF = /发挥(?:好|出)?/g;

/**
 * "发挥X作用": the bodies whose role is brought into play are responsible ("发挥好中医药研究院和
 * 中医药学会平台作用"); a word or two may stand between them and 作用 ("平台", "桥梁").
 */
export function roleOf(found: Found, clause: string, at: number): void {
  if (!clause.includes('作用')) return;
  ROLE_OF.lastIndex = 0;
  for (let m = ROLE_OF.exec(clause); m; m = ROLE_OF.exec(clause)) {
    const from = m.index + m[0].length;
    const end = clause.indexOf('作用', from);
    if (end < 0 || end - from > 60) continue;
    const body = clause.slice(from, end).replace(/的$/, '');
    for (let k = 0; k <= 4 && k < body.length - 1; k++) {
      const names = namesOf(body.slice(0, body.length - k).replace(/的$/, ''));
      if (names) { found.addList({ names, start: at + from }, 'responsible'); break; }
    }
  }
}

/** Duties named for a body: "落实X监管责任和Y主体责任", "压实X责任", "以X为集中采购主体". */
const DUTY = /(?:落实|压实|明确|强化|履行)(?<list>[\u4e00-\u9fff()（）、和及]{2,60}?)(?:的)?(?:监管|主体|属地|管理|主管|领导|监督|主责)?责任|以(?<subject>[\u4e00-\u9fff()（）、和及]{2,40}?)为[\u4e00-\u9fff]{0,8}主体/g;
/** "X监管责任和Y主体责任": a second duty joined to the first. */
const MORE_DUTY = /^和(?<list>[\u4e00-\u9fff()（）、]{2,40}?)(?:的)?(?:监管|主体|属地|管理|主管|领导|监督|主责)责任/;

export function duties(found: Found, clause: string, at: number): void {
  if (!clause.includes('责任') && !clause.includes('主体')) return;
  DUTY.lastIndex = 0;
  for (let m = DUTY.exec(clause); m; m = DUTY.exec(clause)) {
    const list = m.groups!.list ?? m.groups!.subject!;
    const names = namesOf(list);
    if (names) found.addList({ names, start: at + m.index }, 'responsible');
    const more = MORE_DUTY.exec(clause.slice(m.index + m[0].length));
    const moreNames = more && namesOf(more.groups!.list!);
    if (moreNames) found.addList({ names: moreNames, start: at + m.index + m[0].length }, 'responsible');
  }
}
