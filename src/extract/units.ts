import { bodyOf, isUnitName, splitUnits } from './lexicon/unit-names.js';

export type Role = 'lead' | 'support' | 'responsible';
export interface FoundUnit { at: [number, number]; name: string; role: Role }

/** "牵头单位:X;责任单位:Y、Z" — labelled lists (also the column labels of work-plan tables). */
const LABELLED = /(?<label>牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|责任主体|承办单位|实施单位|配合单位|配合部门|协办单位|参与单位|协助单位)\s*[:：]\s*(?<list>[^;；。)）\n]{2,200})/g;
const LABEL_ROLE: Record<string, Role> = {
  牵头单位: 'lead', 牵头部门: 'lead', 主责单位: 'lead', 主办单位: 'lead',
  责任单位: 'responsible', 责任部门: 'responsible', 责任主体: 'responsible', 承办单位: 'responsible', 实施单位: 'responsible',
  配合单位: 'support', 配合部门: 'support', 协办单位: 'support', 参与单位: 'support', 协助单位: 'support',
};
/** "由X牵头", "由X负责", "由X具体负责", "由X负总责", "由X开展…". */
const BY = /由(?<list>[\u4e00-\u9fff()（）、和及与]{2,80}?)(?<verb>牵头|负总责|具体负责|负责|各自|分别|统一|组织|开展|承担|实施|制定|指导|对|会同|安排|召开|审核|协调)/g;
/** Clause-initial roles: "X牵头", "X配合", "X负总责", "X(按职责分工)负责", "X要/应/须/将…", "X各组建…". */
const CLAUSE_ROLE = /^(?<list>[\u4e00-\u9fff()（）、和及与]{2,80}?)(?<verb>牵头|负总责|配合|参与|协助|(?:按职责分工|按照职责分工|分别|各自|共同|具体)?负责(?![人同])|(?:(?<![主重需只必摘纲概])要(?![求点素闻害领])|应当|应(?![用对急])|须|必须|将(?![来近]))|(?:各|均|分别)(?=组建|建成|建立|设立|配备|完成|开展|引进|培训|储备|选派|落实|制定|做好))/;
/** Clause-initial actions of bodies with a strong name ("市人民医院、市中医院建成互联网医院", "所有三级医院规范设立总会计师"). */
const ACTION = /^(?<list>[\u4e00-\u9fff()（）、和及与]{2,60}?)(?=全面推行|规范设立|建成|创建|组建|牵头推动|率先|按照|启动|培训|储备|建立|开展|完成|推进|实施|制定|落实|加强|做好|引进|配备|定期|积极|认真|切实)/;
/** Levels of government as the subject of a count ("市级组建2000人、县区各组建400人", "市、县区各组建不少于5支"). */
const LEVELS = /(?:^|(?<=[人个支名张间所家项]、))(?<list>(?:市级|县级|省级|乡级|村级|市县|县区|市|县|区|乡镇)(?:[、和及与](?:市级|县级|省级|乡级|村级|市县|县区|市|县|区|乡镇))*)(?:各|分别|均)?(?=组建|建立|设立|配备|建成|储备|引进|选派|培训|创建)/g;
const STRONG_NAME = /(?:医院|卫生院|委员会|委|局|办|厅|政府|中心|研究院|学会|协会|机构|单位|股|科)$/;

/**
 * The responsible units a text names, with their roles: lead (牵头, 负总责, 牵头单位), support
 * (配合, 参与, 协助, 配合单位), responsible (责任单位, 责任主体, 由X负责, X负责…, X要…). Units are
 * recognised by the form of their names; persons and posts give the body they belong to, or
 * nothing.
 * @example findUnits('(国家卫生健康委牵头,财政部、国家医保局按职责分工负责)')
 * // lead 国家卫生健康委; responsible 财政部, 国家医保局
 */
export function findUnits(text: string): FoundUnit[] {
  const out: FoundUnit[] = [];
  const add = (name: string, role: Role, at: number) => {
    const n = name.replace(/^(?:并|同时|其中|另外|此外|由|请|对|在|经)/, '');
    const body = isUnitName(n) ? n : bodyOf(n);
    if (!body) return;
    const start = text.indexOf(body, at);
    const s = start >= 0 ? start : at;
    out.push({ at: [s, s + body.length], name: body, role });
  };
  const addList = (list: string, role: Role, at: number) => {
    let from = at;
    for (const name of splitUnits(list)) {
      const i = text.indexOf(name.replace(/\s+/g, ''), from);
      add(name, role, i >= 0 ? i : from);
      if (i >= 0) from = i + name.length;
    }
  };

  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    addList(m.groups!.list!, LABEL_ROLE[m.groups!.label!]!, m.index + m[0].indexOf(m.groups!.list!));
  }
  BY.lastIndex = 0;
  for (let m = BY.exec(text); m; m = BY.exec(text)) {
    const verb = m.groups!.verb!;
    const role: Role = verb === '牵头' || verb === '负总责' ? 'lead' : 'responsible';
    addList(m.groups!.list!, role, m.index + 1);
  }
  for (const [start, clause] of clauses(text)) {
    if (/^由/.test(clause) || /^(?:牵头单位|牵头部门|责任单位|责任部门|责任主体|配合单位|配合部门)/.test(clause)) continue;
    LEVELS.lastIndex = 0;
    let level = false;
    for (let l = LEVELS.exec(clause); l; l = LEVELS.exec(clause)) {
      level = true;
      for (const name of l.groups!.list!.split(/[、和及与]/)) out.push({ at: [start + l.index, start + l.index + name.length], name, role: 'responsible' });
    }
    if (level) continue;
    const m = CLAUSE_ROLE.exec(clause);
    if (m) {
      const verb = m.groups!.verb!;
      const role: Role = verb === '牵头' || verb === '负总责' ? 'lead' : /^(?:配合|参与|协助)$/.test(verb) ? 'support' : 'responsible';
      addList(m.groups!.list!, role, start);
      continue;
    }
    const a = ACTION.exec(clause);
    if (a && splitUnits(a.groups!.list!).every((n) => STRONG_NAME.test(n) && isUnitName(n))) addList(a.groups!.list!, 'responsible', start);
  }
  return dedupe(out);
}

/**
 * Clauses: split at sentence ends, commas and semicolons, and around parenthetical remarks — but
 * not around the short parentheses inside names ("各旗(区)", "各级医院(含中医院)").
 */
function clauses(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const re = /(?:[^。;；!！?？,，:：()（）\n]|[(（][\u4e00-\u9fff]{1,6}[)）])+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const clause = m[0].trim();
    if (clause) out.push([m.index + lead, clause]);
  }
  return out;
}

function dedupe(units: FoundUnit[]): FoundUnit[] {
  const seen = new Set<string>();
  return units
    .sort((a, b) => a.at[0] - b.at[0])
    .filter((u) => { const k = `${u.name}\u0000${u.role}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
