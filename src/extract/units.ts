import { bodyOf, isUnitName, splitUnits } from './lexicon/unit-names.js';

export type Role = 'lead' | 'support' | 'responsible';
export interface FoundUnit { at: [number, number]; name: string; role: Role }

/** "牵头单位:X;责任单位:Y、Z" — labelled lists (also the column labels of work-plan tables). */
const LABEL_NAMES = '牵头单位|牵头部门|牵头处室|牵头科室|主责单位|主责处室|主办单位|责任单位|责任部门|责任处室|责任科室|责任主体|承办单位|承办处室|实施单位|配合单位|配合部门|配合处室|配合科室|协办单位|参与单位|协助单位';
/** The list runs to the next label ("牵头单位:X 配合单位:Y" on one line); short remarks in it stay ("各市(州)", "X(牵头)"). */
const LABELLED = new RegExp(`(?<label>${LABEL_NAMES})\\s*[:：]\\s*(?<list>(?:(?![\\s,，]*(?:${LABEL_NAMES})\\s*[:：])(?:[(（][^()（）;；。\\n]{1,12}[)）]|[^;；。()（）\\n])){2,200})`, 'g');
const LABEL_ROLE: Record<string, Role> = {
  牵头单位: 'lead', 牵头部门: 'lead', 主责单位: 'lead', 主办单位: 'lead', 牵头处室: 'lead', 牵头科室: 'lead', 主责处室: 'lead',
  责任单位: 'responsible', 责任部门: 'responsible', 责任主体: 'responsible', 承办单位: 'responsible', 实施单位: 'responsible',
  责任处室: 'responsible', 责任科室: 'responsible', 承办处室: 'responsible',
  配合单位: 'support', 配合部门: 'support', 协办单位: 'support', 参与单位: 'support', 协助单位: 'support', 配合处室: 'support', 配合科室: 'support',
};
/**
 * "由X牵头", "由X负责", "由X具体负责", "由X负总责", "由X、Y等分工负责" — tried first, so "由市委组织部…牵头"
 * is not cut at 组织. "由县级医院牵头的医共体" describes a structure: no assignment.
 */
const BY_ROLE = /^由(?<list>[\u4e00-\u9fff()（）、和及与]{2,80}?)(?:等)?(?:按职责分工|按照职责分工|按职责|依职责|分工|分别|各自|共同|具体|统一)?(?<verb>牵头|负总责|负责)(?!的|制)/;
/** "由X开展…", "由X组织…": other verbs, when no role word follows. */
const BY = /^由(?<list>[\u4e00-\u9fff()（）、和及与]{2,80}?)(?<verb>各自|分别|统一|组织|开展|承担|实施|制定|指导|对|会同|安排|召开|审核|协调)/;
/** Clause-initial roles: "X牵头", "X配合", "X负总责", "X(按职责分工)负责", "X要/应/须/将…", "X各组建…". */
const CLAUSE_ROLE = /^(?<list>[\u4e00-\u9fff()（）、和及与]{2,80}?)(?<verb>牵头(?![单医部领作])|负总责|配合(?![单部])|参与|协助|(?:等)?(?:按职责分工|按照职责分工|按职责|依职责|分工|分别|各自|共同|具体)?负责(?![人同])|(?:(?<![主重需只必摘纲概])要(?![求点素闻害领])|应当|应(?![用对急])|须|必须|将(?![来近]))|(?:各|均|分别)(?=组建|建成|建立|设立|配备|完成|开展|引进|培训|储备|选派|落实|制定|做好))/;
/** Adverbs between a subject and its verb ("柔性引进", "至少引进", "规范设置"). */
const ADVERB = '(?:柔性|积极|全面|规范|逐步|主动|率先|加快|尽快|切实|认真|统一|分别|各自|各|均|至少|进一步|定期|具体)?';
/** Clause-initial actions of bodies with a strong name ("市人民医院、市中医院建成互联网医院", "所有三级医院规范设立总会计师"). */
const ACTION = new RegExp(`^(?<list>[\\u4e00-\\u9fff()（）、和及]{2,60}?)(?=(?:(?:与|会同|联合|协同)[\\u4e00-\\u9fff()（）]{2,30}?)?${ADVERB}(?:推行|设立|设置|成立|建成|创建|组建|牵头推动|率先|按照|启动|培训|储备|建立|开展|完成|推进|实施|制定|落实|加强|做好|引进|配备|积极|认真|切实|申报|定期|调度|督导|督查|检查|通报|报送|上报|评估|考核|对口帮扶|对口支援|结对帮扶))`);
/** Bodies whose role is brought into play, or who are guided to act ("发挥好中医药研究院和中医药学会平台作用", "指导委属单位和各县区积极申报"). */
const ROLE_OF = /发挥(?:好|出)?(?<list>[\u4e00-\u9fff()（）、和及]{2,56}?)作用|(?:指导|督促|支持|组织|要求)(?<list2>[\u4e00-\u9fff()（）、和及]{2,40}?)(?=积极|按时|认真|全面|做好|开展|申报|完成)/g;
/** "加强三级医院对口帮扶二级医院、城市医院对口支援基层医疗机构": the helping bodies. */
const PAIRING_WORD = /对口帮扶|对口支援|结对帮扶/;
const PAIRING = new RegExp(`(?<=^|[、,，]|加强|推进|开展)(?<name>[\\u4e00-\\u9fff]{2,12}?)(?=${PAIRING_WORD.source})`, 'g');
/** Place names as the acting subject ("漳县、岷县创建省级卫生县城"). */
const PLACE = /^[\u4e00-\u9fff]{1,4}[县区市旗盟州]$/;
/** Levels of government as the subject of a count ("市级组建2000人、县区各组建400人", "市、县区各组建不少于5支"). */
const LEVEL_VERB = /组建|建立|设立|配备|建成|储备|引进|选派|培训|创建/;
const LEVELS = new RegExp(`(?:^|(?<=[人个支名张间所家项]、))(?<list>(?:市级|县级|省级|乡级|村级|市县|县区|市|县|区|乡镇)(?:[、和及与](?:市级|县级|省级|乡级|村级|市县|县区|市|县|区|乡镇))*)(?:各|分别|均)?(?=${LEVEL_VERB.source})`, 'g');
const STRONG_NAME = /(?:医院|卫生院|委员会|委|局|办|厅|政府|中心|研究院|学会|协会|机构|单位|部门|股|科|处|部|署|院|室|组|所|站|总会|监会|字会|妇联|残联|科协|银行)$/;
/** A subject that opens with a preposition or a verb is no name ("按照隶属关系卫生健康委", "以旗区为单位"). */
const NOT_NAME_START = /^(?:其他|其余|是|发动|动员|激励|号召|带动|按照|根据|依据|通过|围绕|特别是|尤其是|对于|对|以|在|讲|把|将|使|让|为|向|从|经|及时|同时|并且|并|其中|另外|此外|组织|推动|推进|加强|指导|支持|鼓励|引导|督促|要求|确保|全面|积极|认真|进一步|启动|开展|加大|继续|推行|建立|完成|实现|提升|提高|深化|健全|完善|落实|做好|抓好|发挥|强化|扩大|优化|规范|创建|建设|组建|实施|制定|出台|印发|召开|举办|引进|培养|争取|申报|开通|覆盖|依托|利用|结合|坚持|聚焦|紧扣|树立|严格|着力|大力|加快|持续|不断|努力|力争|切实|全力|深入|探索|统筹|配合|协助|参与|联合|会同|与|和|及)/;
/** An outline marker opening a task's heading ("2.县级以上地方人民政府要…", "一、各县区要…"). */
const MARKER_AT_START = /^(?:\d{1,2}(?:[.、)]|(?:\.\d{1,2}){1,2}[.\s])|[一二三四五六七八九十]{1,3}、|[①-⑳]|篇[一二三四五六七八九十]+|第[一二三四五六七八九十百]+条)\s*(?=[\u4e00-\u9fff])/;
/** A time limit opening a clause before its subject ("6月底前各县区要完成自查", "2022年市人民医院建成…"). */
const TIME_OPENER = /^(?:(?:(?:到|在|于)?(?:\d{4}|X)年(?:(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|底|内|上半年|下半年|[一二三四]季度)?|(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|年底|年内|上半年|下半年|[一二三四]季度)(?:前|之前|以前|起)?)(?=[\u4e00-\u9fff])/;
/** Adverbials that may open a clause before its subject ("力争年内市级医疗机构…", "确保安定区创建…"). */
const CLAUSE_OPENER = /^(?:(?:力争|确保|争取|年内|今年|全年|同时|并|另外|此外|其中|继续|进一步|切实|积极|努力|要)(?=[\u4e00-\u9fff]))+/;
/** Duties of attendance name no responsible unit ("…领导班子要参加宣讲会", "科室人员要全部出席"); "X参与" alone is support. */
const ATTENDANCE = /^(?:(?:要|应|须|必须)(?:全部|全体|全员|按时|准时|统一|积极)?(?:参加|出席|列席|参与)|参与(?:宣讲|会议|培训|学习|活动|考试))/;
/** "落实县卫生健康局监管责任和医疗卫生健康服务机构主体责任": the bodies whose duty is named. */
const DUTY = /(?<=落实|压实|明确|强化|履行|和|、)(?<name>[\u4e00-\u9fff()（）]{2,24}?)(?:的)?(?:监管|主体|属地|管理|主管|领导|主责|监督)责任/g;
/** An indicator sentence: its subject is the measured quantity, not an actor. */
const INDICATOR = /(?:比例|比率|率|占比|数量|人数|人次|水平|规模)(?:较|比|达到|达|不低于|不少于|提高|下降|增长|提升)/;
/**
 * The agent inside a nominalised task that closes its clause: "启动市中医院三甲医院创建",
 * "推进临洮县中医院、岷县中医院和陇西县中医院三级中医医院创建工作", "完成市县乡计生协换届工作".
 * "巩固好陇西县…创建成果" and "加大…创建力度" do not close on the task, so they give nothing; in
 * "开展老年友好社区和友善医疗机构创建" nothing stands between the names and 创建: they are the titles
 * to be won, not agents.
 */
const NOMINAL_TASK = /创建|换届|评审/;
const NOMINAL = new RegExp(`(?:启动|推进|完成|开展|做好|抓好)(?<span>[\\u4e00-\\u9fff()（）、和及]{2,60}?)(?<task>${NOMINAL_TASK.source})(?:工作)?$`);
/** What may stand between the agent and the task word: a grade and a kind of body ("三级中医医院"). */
const NOMINAL_REST = /^(?:[一二三]级|[一二三][甲乙])?[\u4e00-\u9fff]{0,6}$/;
/** A labelled list opening a clause, read by `LABELLED`. */
const LABEL_AT_START = /^(?:牵头单位|牵头部门|责任单位|责任部门|责任主体|配合单位|配合部门)/;
/** "X(牵头)" inside a list of units. */
const LEAD_MARK = /[(（]牵头[)）]$/;
/** A body's post as the actor ("各科室主任在本科室内宣讲"). */
const POST = /主任|书记|院长|局长|科长|负责人|领导/;
const POST_ACTS = new RegExp(`^(?<list>[\\u4e00-\\u9fff()（）、和及与]{2,40}?(?:${POST.source}))(?=在|对|向|亲自|带头)`);

/**
 * The responsible units a text names, with their roles: lead (牵头, 负总责, 牵头单位), support
 * (配合, 参与, 协助, 配合单位), responsible (责任单位, 责任主体, 由X负责, X负责…, X要…). Units are
 * recognised by the form of their names; persons and posts give the body they belong to, or
 * nothing.
 * @example findUnits('(国家卫生健康委牵头,财政部、国家医保局按职责分工负责)')
 * // lead 国家卫生健康委; responsible 财政部, 国家医保局
 */
export interface FindUnitsOptions {
  /** The document says "列第一位者为牵头部门": in "(X、Y、Z负责)" the first-listed X leads. */
  firstListedLeads?: boolean;
}

export function findUnits(text: string, options: FindUnitsOptions = {}): FoundUnit[] {
  const found: Found = { text, out: [] };
  const firstListedLeads = !!options.firstListedLeads;
  // Each pattern below that rarely matches runs in a function of its own: a branch of this large
  // function that first runs after it is optimised throws the compiled code away (and compiling
  // it again costs more than all the texts it reads).
  labelledUnits(found);
  byUnits(found, firstListedLeads);
  dutyUnits(found);
  roleOfUnits(found);
  pairingUnits(found);
  // Clause patterns that need a word the text may not have run only when it has one.
  const levels = LEVEL_VERB.test(text), nominals = NOMINAL_TASK.test(text), posts = POST.test(text);
  for (const [rawStart, rawClause] of clauses(text)) {
    let opener = MARKER_AT_START.exec(rawClause)?.[0] ?? '';
    opener += TIME_OPENER.exec(rawClause.slice(opener.length))?.[0] ?? '';
    opener += CLAUSE_OPENER.exec(rawClause.slice(opener.length))?.[0] ?? '';
    const start = rawStart + opener.length;
    const clause = rawClause.slice(opener.length);
    if (clause.startsWith('由') || LABEL_AT_START.test(clause)) continue;
    if (levels && levelUnits(found, clause, start)) continue;
    const m = CLAUSE_ROLE.exec(clause);
    if (m) {
      if (!ATTENDANCE.test(clause.slice(m.index + m[0].length - m.groups!.verb!.length))) clauseRoleUnits(found, m, rawStart, start, firstListedLeads);
      continue;
    }
    if (nominals && nominalUnits(found, clause, start)) continue;
    if (actionUnits(found, clause, start)) continue;
    if (posts) postUnits(found, clause, start);
  }
  return dedupe(found.out);
}

/** The text being read and the units found in it so far. */
interface Found { text: string; out: FoundUnit[] }

function add(found: Found, name: string, role: Role, at: number): void {
  const n = name.replace(/^(?:并|同时|其中|另外|此外|由|请)/, '');
  if (NOT_NAME_START.test(n) || /由/.test(n)) return;
  const body = isUnitName(n) ? n : bodyOf(n);
  if (!body) return;
  const start = found.text.indexOf(body, at);
  const s = start >= 0 ? start : at;
  found.out.push({ at: [s, s + body.length], name: body, role });
}

function addList(found: Found, list: string, role: Role, at: number, firstLeads = false): void {
  let from = at;
  const names = splitUnits(list);
  names.forEach((raw, k) => {
    // "省卫生健康委(牵头)": the list marks its lead.
    const marked = LEAD_MARK.test(raw);
    const name = raw.replace(LEAD_MARK, '');
    const i = found.text.indexOf(name, from);
    add(found, name, marked || (firstLeads && k === 0 && names.length > 1) ? 'lead' : role, i >= 0 ? i : from);
    if (i >= 0) from = i + name.length;
  });
}

/** "牵头单位:X;责任单位:Y". */
function labelledUnits(found: Found): void {
  const { text } = found;
  if (!/[:：]/.test(text)) return;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    addList(found, m.groups!.list!, LABEL_ROLE[m.groups!.label!]!, m.index + m[0].indexOf(m.groups!.list!));
  }
}

/** "由X牵头", "由X开展…". */
function byUnits(found: Found, firstListedLeads: boolean): void {
  const { text } = found;
  for (let i = text.indexOf('由'); i >= 0; i = text.indexOf('由', i + 1)) {
    const rest = text.slice(i);
    const byRole = BY_ROLE.exec(rest);
    const m = byRole && splitUnits(byRole.groups!.list!).every((n) => validName(n)) ? byRole : BY.exec(rest);
    if (!m) continue;
    const verb = m.groups!.verb!;
    const role: Role = verb === '牵头' || verb === '负总责' ? 'lead' : 'responsible';
    addList(found, m.groups!.list!, role, i + 1, firstListedLeads && verb === '负责');
  }
}

/** "落实X监管责任". */
function dutyUnits(found: Found): void {
  const { text } = found;
  if (!text.includes('责任')) return;
  DUTY.lastIndex = 0;
  for (let m = DUTY.exec(text); m; m = DUTY.exec(text)) {
    if (isUnitName(m.groups!.name!)) add(found, m.groups!.name!, 'responsible', m.index);
  }
}

/** "发挥X作用", "指导X积极申报". */
function roleOfUnits(found: Found): void {
  const { text } = found;
  ROLE_OF.lastIndex = 0;
  for (let m = ROLE_OF.exec(text); m; m = ROLE_OF.exec(text)) {
    // "发挥好中医药研究院和中医药学会平台作用": the list ends a few characters (平台, 桥梁…) before 作用.
    const body = m.groups!.list ?? m.groups!.list2!;
    for (let k = 0; k <= (m.groups!.list ? 4 : 0) && k < body.length - 1; k++) {
      const list = body.slice(0, body.length - k).replace(/的$/, '');
      if (splitUnits(list).every((n) => validName(n))) { addList(found, list, 'responsible', m.index); break; }
    }
  }
}

/** "三级医院对口帮扶二级医院". */
function pairingUnits(found: Found): void {
  const { text } = found;
  if (!PAIRING_WORD.test(text)) return;
  PAIRING.lastIndex = 0;
  for (let m = PAIRING.exec(text); m; m = PAIRING.exec(text)) {
    const name = m.groups!.name!.replace(/^(?:加强|推进|开展)/, '');
    if (validName(name)) add(found, name, 'responsible', m.index);
  }
}

/** "市级组建2000人、县区各组建400人": whether the clause names levels of government. */
function levelUnits(found: Found, clause: string, start: number): boolean {
  LEVELS.lastIndex = 0;
  let level = false;
  for (let l = LEVELS.exec(clause); l; l = LEVELS.exec(clause)) {
    level = true;
    let from = l.index;
    for (const name of l.groups!.list!.split(/[、和及与]/)) {
      const at = start + clause.indexOf(name, from);
      found.out.push({ at: [at, at + name.length], name, role: 'responsible' });
      from = clause.indexOf(name, from) + name.length;
    }
  }
  return level;
}

/** "X牵头", "X配合", "X要…": a clause that opens with its subject and role. */
function clauseRoleUnits(found: Found, m: RegExpExecArray, rawStart: number, start: number, firstListedLeads: boolean): void {
  const verb = m.groups!.verb!;
  const role: Role = verb === '牵头' || verb === '负总责' ? 'lead' : /^(?:配合|参与|协助)$/.test(verb) ? 'support' : 'responsible';
  // "(国家卫生健康委牵头,财政部、国家医保局负责)": a list after another in its remark has its lead already.
  const before = found.text.slice(0, rawStart).trimEnd();
  const opensRemark = before === '' || '(（。;；'.includes(before[before.length - 1]);
  addList(found, m.groups!.list!, role, start, firstListedLeads && /负责$/.test(verb) && opensRemark);
}

/** "启动市中医院三甲医院创建": whether the clause's agents were found. */
function nominalUnits(found: Found, clause: string, start: number): boolean {
  const nominal = NOMINAL.exec(clause);
  if (!nominal) return false;
  const span = nominal.groups!.span!;
  // The shortest run of whole names whose rest is only a grade and a kind of body.
  for (let k = 2; k <= span.length; k++) {
    const rest = span.slice(k);
    if (!NOMINAL_REST.test(rest) || (!rest && nominal.groups!.task === '创建')) continue;
    const names = splitUnits(span.slice(0, k));
    if (names.every((n) => validName(n))) { addList(found, span.slice(0, k), 'responsible', start + nominal.index); return true; }
  }
  return false;
}

/** "市人民医院、市中医院建成互联网医院": whether the clause opens with an action of named bodies. */
function actionUnits(found: Found, clause: string, start: number): boolean {
  const a = INDICATOR.test(clause) ? null : ACTION.exec(clause);
  if (!a) return false;
  const names = splitUnits(a.groups!.list!);
  const places = names.every((n) => PLACE.test(n)) && /^(?:创建|建成|争创)/.test(clause.slice(a.groups!.list!.length));
  if (places) for (const n of names) found.out.push({ at: [start + clause.indexOf(n), start + clause.indexOf(n) + n.length], name: n, role: 'responsible' });
  else if (names.every((n) => validName(n)) && names.some((n) => STRONG_NAME.test(n.replace(/[(（][^()（）]{1,12}[)）]$/, '')) || n.startsWith('各'))) addList(found, a.groups!.list!, 'responsible', start);
  return true;
}

/** "各科室主任在本科室内宣讲". */
function postUnits(found: Found, clause: string, start: number): void {
  const p = POST_ACTS.exec(clause);
  if (p) addList(found, p.groups!.list!, 'responsible', start);
}

/** A name as written: a body's name that opens with no verb or preposition. */
function validName(n: string): boolean {
  return !NOT_NAME_START.test(n) && (isUnitName(n) || bodyOf(n) !== null);
}

/**
 * Clauses: split at sentence ends, commas and semicolons, and around parenthetical remarks — but
 * not around the short parentheses inside names ("各旗(区)", "各级医院(含中医院)").
 */
function clauses(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  // A remark that assigns ("(国家中医药局负责)") is a clause of its own, never part of a name.
  const re = /(?:[^。;；!！?？,，:：()（）\n]|(?<=[\u4e00-\u9fff])[(（](?![^()（）]*(?:负责|牵头|配合|参与|协助)[)）])[\u4e00-\u9fff、]{1,12}[)）])+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let lead = m[0].length - m[0].trimStart().length;
    let clause = m[0].trim();
    // "(市疾控中心负责)": a whole parenthetical remark is a clause of its own.
    if (/^[(（][^()（）]*[)）]$/.test(clause)) { clause = clause.slice(1, -1); lead++; }
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
