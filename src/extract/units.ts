import type { Role } from './lexicon/role-words.js';
import { isUnitName } from './lexicon/unit-names.js';
import { clauses } from './units/clauses.js';
import { byAgents, duties, Found, labelledLists, roleOf, type FoundUnit } from './units/cues.js';
import { listBefore } from './units/lists.js';
import { openerLength } from './units/openers.js';
import { predicateAt } from './units/predicate.js';

export type { Role } from './lexicon/role-words.js';
export type { FoundUnit } from './units/cues.js';

export interface FindUnitsOptions {
  /** The document says "列第一位者为牵头部门": in "(X、Y、Z负责)" the first-listed X leads. */
  firstListedLeads?: boolean;
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
  const covered = text.includes(':') || text.includes('：') ? labelledLists(found) : [];
  const leadIn = new Set<number>();
  for (const clause of clauses(text)) {
    if (covered.some(([a, b]) => clause.start >= a && clause.start < b)) continue;
    const open = openerLength(clause.text);
    const body = clause.text.slice(open);
    const at = clause.start + open;
    if (body.includes('由')) byAgents(found, body, at);
    if (body.includes('发挥')) roleOf(found, body, at);
    duties(found, body, at);
    if (body.startsWith('由')) continue;
    subjects(found, body, at, { firstLeads: !!options.firstListedLeads && !leadIn.has(clause.sentence) });
    if (found.out.some((u) => u.role === 'lead' && u.at[0] >= clause.start)) leadIn.add(clause.sentence);
  }
  return dedupe(found.out);
}

/**
 * "X牵头", "Y、Z按职责分工负责", "X要…", "X会同Y…": the subject list that opens the clause, and the
 * parallel subjects after "、" that a duty word introduces ("市级组建…、县区各组建…").
 */
function subjects(found: Found, body: string, at: number, options: { firstLeads: boolean }): void {
  const list = listBefore(body, 0);
  if (!list || list.predicate?.kind !== 'role') return;
  const p = list.predicate;
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
}

/**
 * A heading that names a group, the subject of its body ("1.监督组。负责…"): the group, with the
 * role its body opens with. Null when the title is no name or the body opens otherwise.
 * @example headingUnit('监督组', '负责对集中采购全过程进行监督') // { name: '监督组', role: 'responsible', … }
 */
export function headingUnit(title: string, body: string): { name: string; role: Role } | null {
  const name = title.replace(/^\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*/, '').replace(/[。.:：\s]+$/, '');
  if (!name || !isUnitName(name)) return null;
  const b = body.trimStart().replace(/^[。.:：]\s*/, '');
  if (!/^(?:负责|牵头|负总责|配合|协助|参与)/.test(b)) return null;
  const p = predicateAt(b, 0);
  return p?.kind === 'role' ? { name, role: p.role } : null;
}

function dedupe(units: FoundUnit[]): FoundUnit[] {
  const seen = new Set<string>();
  return units
    .sort((a, b) => a.at[0] - b.at[0])
    .filter((u) => { const k = `${u.name}\u0000${u.role}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
