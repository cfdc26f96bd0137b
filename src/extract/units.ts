import {
  AGENT_VERBS, AGENT_VERBS_ALONE, INDICATOR_VERBS, INDICATOR_WORDS, LIGHT_VERBS, PARTNER_WORDS, RESULT_COMPLEMENTS, ROLE_VERBS, STATUS_VERBS,
  WORK_VERBS, type Role,
} from './lexicon/role-words.js';
import { clauses, HOLDS, splitClauses, type Clause } from './units/clauses.js';
import { byAgents, duties, Found, labelledLists, roleOf, type FoundUnit } from './units/cues.js';
import { NAME_END_CHARS } from './lexicon/unit-names.js';
import { markTable } from './lexicon/marks.js';
import { listBefore, mayBeNames, namesOf } from './units/lists.js';
import { openerLength } from './units/openers.js';
import { memo } from './lexicon/memo.js';
import { predicateAt } from './units/predicate.js';

export type { Role } from './lexicon/role-words.js';
export type { FoundUnit } from './units/cues.js';

export interface FindUnitsOptions {
  /** The document says "列第一位者为牵头部门": in "(X、Y、Z负责)" the first-listed X leads. */
  firstListedLeads?: boolean;
  /**
   * The heading of the section the text is the body of, and where it starts relative to the text
   * (negative: before it): a heading that names a group ("1.监督组") is the subject of the duties
   * its body opens with ("负责对…进行监督").
   */
  heading?: { text: string; at: number };
}

/**
 * The responsible units a text names, with their roles, read from the cues around the names:
 * labelled lists ("牵头单位：X；配合单位：Y"); a body as the subject of a role or a duty ("X牵头",
 * "Y、Z按职责分工负责", "X要…", "X于…完成"), in running text and in parenthetical remarks;
 * "由X负责/牵头/…"; "X会同Y" (Y supports); "发挥X作用"; "落实X主体责任". Names are recognised by
 * their grammar and the lexicon (`lexicon/unit-names.ts`), never by the verb after them; objects of
 * 鼓励/指导/督促, recipients and addressees are no subjects, so they give nothing.
 * @example findUnits('(国家卫生健康委牵头,财政部、国家医保局按职责分工负责)')
 * // lead 国家卫生健康委; responsible 财政部, 国家医保局
 */
export function findUnits(text: string, options: FindUnitsOptions = {}): FoundUnit[] {
  const found = new Found(text);
  const { clauses: all, colons } = splitClauses(text);
  const covered = colons.length ? labelledLists(found, colons) : NOTHING_COVERED;
  // The sentences where a lead was found, kept only where the first-listed rule asks for them.
  const leadIn = options.firstListedLeads ? new Set<number>() : null;
  // The notice's sentence that transmits the plan, and definitions, assign nothing (the split notes
  // the clauses that hold such a word).
  const transmittal = all.some((c) => c.holds & HOLDS.notAssigning)
    ? new Set(all.filter((c) => c.holds & HOLDS.notAssigning).map((c) => c.sentence))
    : NO_SENTENCES;
  // A subject list waiting for its predicate after a comma; `fallback`: the role it has if none comes.
  const pending: { list: { names: readonly string[]; start: number; sentence: number; fallback?: Role } | null } = { list: null };
  const settle = () => { if (pending.list?.fallback) found.addList(pending.list, pending.list.fallback); pending.list = null; };
  // "1.监督组。负责…": a heading that names a group is the subject of the duties its body opens with.
  // The group is looked for only when a clause opens with such a duty (负责, 牵头, 负总责): most texts
  // have none, and every range of a section's body would ask for its heading's group again.
  let group: { names: readonly string[]; start: number } | null | undefined;
  const groupOf = () => group !== undefined ? group
    : (group = groupHeading(all[0]) ?? (options.heading ? headingGroup(options.heading.text, options.heading.at) : null));
  for (let k = 0; k < all.length; k++) {
    const clause = all[k]!;
    if ((transmittal !== NO_SENTENCES && transmittal.has(clause.sentence)) || (covered.length > 0 && inRanges(covered, clause.start))) continue;
    // Unless it is the predicate a waiting subject list needs, a clause without a cue gives nothing.
    if (!pending.list && givesNothing(clause)) continue;
    const leadsBefore = found.leads;
    const foundBefore = found.out.length;
    const open = openerLength(clause.text);
    const body = clause.text.slice(open);
    const at = clause.start + open;
    if (clause.holds & HOLDS.charge && (clause !== all[0] || options.heading) && GROUP_DUTY.test(body)) {
      const g = groupOf();
      const p = g ? predicateAt(body, 0) : null;
      if (p?.kind === 'role') found.addList({ names: g!.names, start: g!.start }, p.role);
    }
    const firstLeads = !!leadIn && !leadIn.has(clause.sentence);
    // (`holds`: the clause lacks the cue's first character, so its body does too.)
    if (clause.holds & HOLDS.by && body.includes('由')) byAgents(found, body, at, firstLeads);
    if (clause.holds & HOLDS.bring && body.includes('发挥')) roleOf(found, body, at);
    if (clause.holds & HOLDS.duty) duties(found, body, at);
    // An indicator ("…比例较上年提高"), looked for only where an indicator word meets its verb.
    if (body.startsWith('由') || (clause.holds & HOLDS.indicator && INDICATOR.test(body))) continue;
    const opensTask = OPENS_TASK[body.charCodeAt(0)] === 1;
    const light = opensTask ? opening(LIGHT_VERBS, body) : undefined;
    const partner = opensTask ? opening(PARTNER_WORDS, body) : undefined;
    if (partner) {
      const before = found.out.length;
      partners(found, body, at, partner.length);
      // "X按照职责分工，协同做好…" (no partner named: X supports); "X，会同Y…" (X leads the work with Y).
      if (pending.list?.sentence === clause.sentence) {
        found.addList(pending.list, found.out.length > before ? 'responsible' : ROLE_VERBS[partner] ?? 'responsible');
        pending.list = null;
      }
    }
    else if (light) {
      // (No first character of an agent's or a status verb in the clause: no agent named inside the task.)
      if (clause.holds & HOLDS.agent) embeddedAgents(found, body, at, light.length);
    }
    else {
      // "X等部门按照职责分工，协同做好…": the manner closes the clause, the role comes after the comma.
      const deferred = clause.closes ? null : mannerOnly(body);
      // (No name's end before a predicate's first character in the clause: no subject list before a predicate.)
      const role = deferred || !(clause.holds & HOLDS.subject) ? null
        : subjects(found, body, at, { firstLeads, narrated: narrates(all[k - 1], clause), title: isTitleLine(text, clause) });
      // "区民政部门，街道办事处、镇人民政府…做好…": a list the export broke at a comma shares the subject's
      // role; "各区卫生健康局，要…": a subject set off by a comma takes the duty after it.
      if (pending.list?.sentence === clause.sentence) {
        const p = role ? null : predicateAt(body, 0);
        const r = role ?? (p?.kind === 'role' && p.marked ? p.role : null) ?? pending.list.fallback;
        if (r) found.addList(pending.list, r);
        pending.list = null;
      }
      settle();
      pending.list = deferred ? { names: deferred.names, start: at + deferred.start, sentence: clause.sentence, fallback: 'responsible' }
        : role || clause.closes ? null : subjectAlone(body, at, clause.sentence) ?? (clause.holds & HOLDS.is ? described(body, at, clause.sentence) : null);
    }
    if (found.out.length === foundBefore && clause.holds & HOLDS.each && body.length > 4 && body.includes('各', 1)) gluedSubjects(found, body, at);
    if (leadIn && found.leads > leadsBefore) leadIn.add(clause.sentence);
  }
  settle();
  return dedupe(found.out);
}

/**
 * Whether a clause, with no subject list waiting, gives nothing: no character of it can end a name
 * and none is the first of a duty (负, 牵) a group heading needs — every name found ends in such a
 * character; or it holds a name's end but no other cue (由, 发挥, 责任/主体, 各, 是, an agent's or a
 * status verb, 负/牵, a name's end before a predicate's first character) and does not end in a name's
 * end: then no list is followed by its predicate (the subject cue), no list runs to its end (a
 * partner after 会同, a subject alone waiting for a predicate), and no other rule has its cue. A third
 * of the clauses with a name's end are such (the per-clause work below is skipped for them).
 */
export function givesNothing(clause: Clause): boolean {
  const holds = clause.holds;
  if (!(holds & (HOLDS.nameEnd | HOLDS.charge))) return true;
  return !(holds & ACTING_CUES) && !ENDS_NAME[clause.text.charCodeAt(clause.text.length - 1)];
}
/** The cues of the rules that may find a name in a clause (HOLDS bits), a name's end aside. */
const ACTING_CUES = HOLDS.by | HOLDS.bring | HOLDS.duty | HOLDS.each | HOLDS.is | HOLDS.subject | HOLDS.agent | HOLDS.charge;

/**
 * "市住房城乡建设局是全市…主管部门，负责…": a body described by 是, whose duties follow after the
 * comma (taken only when a duty word opens the next clause).
 */
function described(body: string, at: number, sentence: number): { names: readonly string[]; start: number; sentence: number } | null {
  if (!body.includes('是')) return null;
  const list = listBefore(body, 0);
  return list?.predicate?.kind === 'none' && body.startsWith('是', list.end) && !body.startsWith('是指', list.end)
    ? { names: list.names, start: at + list.start, sentence } : null;
}

/** Whether `at` lies in one of the ranges (a loop: a closure per clause is what it replaced). */
function inRanges(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

/** "X等部门按照职责分工": a subject list and only a manner phrase after it, the clause's end. */
function mannerOnly(body: string): { names: readonly string[]; start: number } | null {
  if (!MANNER_LAST[body.charCodeAt(body.length - 1)] || !MANNER_TAIL.test(body)) return null;
  const list = listBefore(body, 0);
  return list && list.predicate?.kind === 'role' && MANNER_ONLY.test(body.slice(list.end)) ? list : null;
}
const MANNER_ONLY = /^(?:按照?|依照?|根据)(?:各自)?职责(?:分工)?$/u;
const MANNER_TAIL = /职责(?:分工)?$/u;
/** The last characters of MANNER_TAIL's words: the look-up before the pattern. */
const MANNER_LAST = markTable('责工');

/**
 * "X牵头", "Y、Z按职责分工负责", "X要…", "X会同Y…": the subject list that opens the clause, and the
 * parallel subjects after "、" that a duty word introduces ("市级组建…、县区各组建…").
 */
function subjects(found: Found, body: string, at: number, options: { firstLeads: boolean; narrated: boolean; title: boolean }): Role | null {
  const list = listBefore(body, 0);
  if (!list || list.predicate?.kind !== 'role') return null;
  const p = list.predicate;
  // After a bare day ("2022年3月1日，"), only a duty word (要, 负责, 牵头…) assigns: the rest is narration.
  if (options.narrated && !p.marked) return null;
  // "社区医院建设评价细则": a title line, unless a duty word makes it a sentence.
  if (options.title && !p.marked) return null;
  // "县级医共体组建完毕" (the body is made), "广东省更新了…" (done already): no task.
  if (DONE_TO.test(body.slice(list.end)) || PAST.test(body.slice(list.end, list.end + 10))) return null;
  const partner = p.partnerAt !== undefined ? listBefore(body, p.partnerAt, true) : null;
  const role: Role = partner ? 'responsible' : p.role;
  const firstLeads = options.firstLeads && role === 'responsible' && p.duty && list.names.length > 1;
  found.addList({ names: list.names, start: at + list.start }, role, { firstLeads });
  if (partner) found.addList({ names: partner.names, start: at + partner.start }, 'support');
  // "市级组建2000人、县区各组建400人": a parallel subject with 各/分别/要 after a list comma.
  for (let k = body.indexOf('、', list.end); k >= 0; k = body.indexOf('、', k + 1)) {
    const next = listBefore(body, k + 1);
    if (next?.predicate?.kind === 'role' && next.predicate.marked) {
      found.addList({ names: next.names, start: at + next.start }, next.predicate.role);
    }
  }
  return role;
}

/**
 * "三、加强组织保障各地区、各部门要高度重视": a flattened heading's title runs into its body, so the
 * subject list ("各地区、各部门") opens inside the clause. Taken only from a determiner (各) and only
 * before a duty word (要, 应, 须).
 */
function gluedSubjects(found: Found, body: string, at: number): Role | null {
  for (let k = body.indexOf('各', 1), tries = 0; k > 0 && tries < 3; k = body.indexOf('各', k + 1), tries++) {
    const list = listBefore(body, k);
    if (list?.predicate?.kind !== 'role' || !DUTY_WORD.test(body.slice(list.end))) continue;
    found.addList({ names: list.names, start: at + list.start }, list.predicate.role);
    return list.predicate.role;
  }
  return null;
}
const DUTY_WORD = /^(?:要|应|须|必须|应当)/;
/** The duties a group heading's body opens with. */
const GROUP_DUTY = /^(?:负责|牵头|负总责)/;

/**
 * A clause that is only a list of names, waiting for its predicate after a comma. (A name picked out
 * by a "…的" clause is not taken: "对…的医疗机构，要予以提醒" names the object of a sanction.)
 */
function subjectAlone(body: string, at: number, sentence: number): { names: readonly string[]; start: number; sentence: number } | null {
  if (body.length > 90 || !ENDS_NAME[body.charCodeAt(body.length - 1)]) return null;
  const names = namesOf(body);
  return names ? { names, start: at, sentence } : null;
}

/** The group a heading names ("1.监督组。"): the text's first clause, a name alone that ends its sentence. */
function groupHeading(first: Clause | undefined, shift = 0): { names: readonly string[]; start: number } | null {
  if (!first?.closes) return null;
  const open = openerLength(first.text);
  const names = open > 0 && mayBeNames(first.text) ? namesOf(first.text.slice(open)) : null;
  return names?.length === 1 ? { names, start: shift + first.start + open } : null;
}

/** The group a section's heading names, remembered by the heading's text: every range of its body asks again. */
const groupOfHeading = memo((heading: string) => groupHeading(clauses(heading)[0]) ?? NO_GROUP);
const NO_GROUP = { names: [] as string[], start: -1 };
function headingGroup(heading: string, at: number): { names: readonly string[]; start: number } | null {
  const g = groupOfHeading(heading);
  return g === NO_GROUP ? null : { names: g.names, start: g.start + at };
}

/** "…，会同本级财政部门制定…": a clause that goes on from its sentence's subject; the partners support. */
function partners(found: Found, body: string, at: number, from: number): void {
  const list = listBefore(body, from, true);
  if (list) found.addList({ names: list.names, start: at + list.start }, 'support');
}

/** The first word of `words` that `body` opens with (Array.prototype.find's answer, without a closure per clause). */
function opening(words: readonly string[], body: string): string | undefined {
  for (const w of words) if (body.startsWith(w)) return w;
  return undefined;
}

/** First characters of the light verbs and partner words a clause may open with, as a table over codes. */
const OPENS_TASK = markTable([...LIGHT_VERBS, ...PARTNER_WORDS].map((w) => w[0]!).join(''));

/** "县级医共体组建完毕": a verb of work and its result, said of the thing made. */
const DONE_TO = new RegExp(`^(?:${WORK_VERBS.filter((v) => v.length === 2).join('|')})(?:${RESULT_COMPLEMENTS.join('|')})`);

/**
 * A line that is a document's title or an annex's ("社区医院建设评价细则", "3.推进医联体建设任务分工表"):
 * a whole line without punctuation that ends in a kind of document names no one who acts.
 */
function isTitleLine(text: string, clause: Clause): boolean {
  const end = clause.start + clause.text.length;
  if (!TITLE_LAST[clause.text.charCodeAt(clause.text.length - 1)] || !TITLE_END.test(clause.text) || (end < text.length && text[end] !== '\n')) return false;
  const before = text.lastIndexOf('\n', clause.start - 1);
  return !/[。;；,，!！?？]/.test(text.slice(before + 1, clause.start));
}
const TITLE_END = /(?:方案|细则|办法|意见|通知|规划|计划|要点|指标|清单|分工表|标准|指南|规定|条例|纲要|评价表)$/;
/** The last characters of TITLE_END's words: the look-up before the pattern. */
const TITLE_LAST = markTable('案则法见知划点标单表准南定例要');
const NO_SENTENCES: ReadonlySet<number> = new Set();
const NOTHING_COVERED: ReadonlyArray<[number, number]> = [];
/** NAME_END_CHARS as a table over codes. */
const ENDS_NAME = markTable([...NAME_END_CHARS].join(''));


/** "2022年3月1日，市政府召开专题会议": a clause opened by a bare day narrates a dated event. */
function narrates(previous: Clause | undefined, clause: Clause): boolean {
  return previous?.sentence === clause.sentence && previous.text.endsWith('日') && DATED_DAY.test(previous.text.trim());
}

/** A day with nothing after it ("2022年3月1日", "3月1日"): no limit (前, 起, 底) and no range. */
const DATED_DAY = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日$/;

/** The aspect marker of a thing done: "进行了", "更新了" (not "为了", "除了", "了解"). */
const PAST = /(?<![为除])了(?![解])/;

/** A clause whose subject is a measured quantity ("…帮扶关系比例较上一年提高"): an indicator, no task. */
const INDICATOR = new RegExp(`(?:${INDICATOR_WORDS.join('|')})(?:${INDICATOR_VERBS.join('|')})`);

/**
 * "加强三级医院对口帮扶二级医院、城市医院对口支援基层医疗机构工作", "完成市县乡计生协换届工作",
 * "推进甲县中医院、乙县中医院三级中医医院创建工作": the agents named inside the task a light verb
 * opens — a list of names followed by a verb of work, or by the title the bodies work to win and
 * its status verb.
 */
function embeddedAgents(found: Found, body: string, at: number, from: number): void {
  for (let start = from; start >= 0 && start < body.length;) {
    const agents = agentsAt(body, start);
    if (agents) found.addList({ names: agents, start: at + start }, 'responsible');
    const next = body.indexOf('、', start);
    start = next < 0 ? -1 : next + 1;
    if (!agents) break;
  }
}

function agentsAt(body: string, from: number): readonly string[] | null {
  if (!AGENT_OR_STATUS.test(body)) return null;
  for (let e = from + 2; e <= Math.min(body.length - 2, from + 40); e++) {
    if (!ENDS_NAME[body.charCodeAt(e - 1)]) continue;
    const alone = AGENT_VERBS_ALONE.some((v) => body.startsWith(v, e));
    const verb = AGENT_VERBS.find((v) => body.startsWith(v, e));
    const object = verb && /^[\u4e00-\u9fff]{2}/.test(body.slice(e + verb.length)) && !/^(?:工作|活动|任务|力度|成果)/.test(body.slice(e + verb.length));
    // "…中医院三级中医医院创建": the title the bodies work to win, then its status verb.
    let title = -1;
    for (let k = e + 2; !alone && !object && k <= Math.min(body.length - 2, e + 8); k++) if (STATUS_VERBS.some((v) => body.startsWith(v, k))) { title = k; break; }
    if (!alone && !object && title < 0) continue;
    const names = namesOf(body.slice(from, e));
    if (names && (alone || object || namesOf(body.slice(e, title)))) return names;
  }
  return null;
}
const AGENT_OR_STATUS = new RegExp([...AGENT_VERBS, ...AGENT_VERBS_ALONE, ...STATUS_VERBS].join('|'));

/**
 * The units of one task, from all its ranges: each name once per role (GOLD-FORMAT: "a unit is
 * listed once per task"; a body that leads and also supports is listed for both), and a bare kind
 * of body that only restates a body named before it in the task is dropped ("各幼儿园…，幼儿园要…").
 */
export function taskUnits<T extends { name: string; role: Role }>(units: T[]): T[] {
  const out: T[] = [];
  for (const u of units) {
    // "我市医疗保险经办机构" and "市医疗保险经办机构": the same body, named the plain way.
    const bare = plain(u.name);
    const same = out.findIndex((o) => o.role === u.role && plain(o.name) === bare);
    if (same >= 0) { if (out[same]!.name !== bare && u.name === bare) out[same] = u; continue; }
    if (out.some((o) => o.role === u.role && o.name.length > bare.length && o.name.endsWith(bare) && !bare.includes('、'))) continue;
    out.push(u);
  }
  return out;
}

/** A name without the speaker's "我"/"本" before its level ("我市X" → "市X"). */
function plain(name: string): string {
  return name.replace(/^[我本](?=[省市区县镇乡])/, '');
}

function dedupe(units: FoundUnit[]): FoundUnit[] {
  // Most texts name no one, or one unit: nothing to order or drop.
  if (units.length < 2) return units;
  units.sort((a, b) => a.at[0] - b.at[0]);
  // The first of each name and role, in order: a few units are compared directly, many through a set of keys.
  const out: FoundUnit[] = [];
  if (units.length <= 16) {
    for (const u of units) if (!listed(out, u)) out.push(u);
    return out;
  }
  const seen = new Set<string>();
  for (const u of units) {
    const k = `${u.name}\u0000${u.role}`;
    if (!seen.has(k)) { seen.add(k); out.push(u); }
  }
  return out;
}

function listed(units: FoundUnit[], u: FoundUnit): boolean {
  for (const o of units) if (o.name === u.name && o.role === u.role) return true;
  return false;
}
