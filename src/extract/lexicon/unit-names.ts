import { memo } from './memo.js';

/**
 * Unit names are recognised by their form, not from a list of names: a head noun that names a
 * body (委 局 办 厅 部 署 院 中心 科 股 室 所 站 会 组 政府 …), or a collective (各县区, 各有关部门,
 * 所有医院). Persons and posts (书记, 院长, 分管领导, "**x") are not units.
 */
const BODY_SUFFIX = new RegExp(`(?:${[
  '委员会', '领导小组', '工作小组', '工作组', '专责组', '小组', '办公室', '管委会', '理事会', '协会', '学会', '工会', '计生协',
  '卫健委', '委', '局', '办', '厅', '署', '政府', '党委', '党组', '人大', '政协', '法院', '检察院',
  // bodies named 会 / 联 / 协 / 行 (national plans: 银保监会, 红十字会, 全国妇联, 中国科协, 人民银行)
  '监会', '字会', '总会', '商会', '联合会', '促进会', '基金会', '研究会', '委会', '妇联', '残联', '侨联', '文联', '工商联', '科协',
  '银行', '团中央',
  '医院', '卫生院', '研究院', '学院', '中医院', '保健院', '院', '中心', '卫生室', '科室', '办事处',
  '部门', '部', '处', '司', '科', '股', '室', '所', '站', '队', '组',
  '机构', '单位', '集团', '公司', '企业', '学校', '大学', '医共体', '医联体',
].join('|')})$`);
/** Words that end like a body but are not one. */
const NOT_BODY = /(?:内部|外部|全部|局部|干部|本部|场所|住所|处所|之处|此处|好处|学科|专科|分科|本科|学院派|剧院|庭院|住院|出院|入院|法院判决|小组长|组组长|全科|会议|大会|例会|年会|座谈会|推进会|动员会|培训会|研讨会|现场会|社会|机会|委托|办法|办理|局面|科技|科学|股份|站点|室内|所有|所属|所需|所在|中心任务|中心工作)$/;
/** Collectives: "各县区" "各有关部门" "所有三级医院" "全盟" — 各 before a body or a place, not "各级" "各项工作". */
const COLLECTIVE = /^(?:(?:各(?:有关|相关|级|类)?|所有|有关|相关|每个)[\u4e00-\u9fff]{0,15}(?:[县区市旗盟州省地乡镇村]|省份|街道)|全(?:盟|市|县|省|区|旗|州))$/;
const COLLECTIVE_PREFIX = /^(?:各|所有|有关|相关|每个)/;
/** Bare places before a shared head noun: "旗区、盟市…" "各省、自治区、直辖市人民政府". */
const BARE_PLACE = /^(?:各|全)?(?:[\u4e00-\u9fff]{0,3}[省市县区旗盟州乡镇村]|自治区|直辖市|计划单列市|兵团)$/;
/** Verbs and function words that no body's name contains: "会议要求各单位", "各乡镇卫生院具体" are clauses. */
const NOT_IN_NAME = /(?:要求|认真|具体|提出|指出|强调|进行|开展|加强|落实|做好|抓好|负责|牵头|配合|协助|报送|上报|按照|根据|通过|以及)/;
/** Posts and persons that may follow a body ("各旗(区)卫生健康委主要负责人或分管领导"): the body is the unit. */
const PERSON_TAIL = /(?:主要|分管|相关|有关)?(?:负责人|负责同志|领导班子|领导干部|领导|书记|院长|副院长|局长|主任|科长|处长|股长|站长|所长|组长|部长|厅长|干部|职工|人员|医生|专家|队员|成员|同志)(?:(?:或|和|及|、)(?:主要|分管)?(?:负责人|负责同志|领导|书记|院长|副院长|局长|主任|科长|处长|股长|站长|所长|组长|部长|厅长))*$/;
const REDACTED = /\*/;

/**
 * Is this text, as written, the name of a body (or of a collective of bodies)?
 * @example isUnitName('市卫生健康委') // true
 * @example isUnitName('医院书记和院长') // false (persons)
 */
export const isUnitName = memo((name: string): boolean => {
  const n = name.trim();
  // "旗区、盟市卫生健康行政部门": places sharing one head noun, written as one collective.
  const parts = topLevelParts(n, /[、]/);
  if (parts.length > 1) return sharesHead(parts);
  if (n.length < 2 || n.length > 32 || REDACTED.test(n) || /[\d%,，。;；:：《》“”]/.test(n)) return false;
  if (!/^[\u4e00-\u9fffA-Za-z()（）、]+$/.test(n)) return false;
  // "乡镇卫生院(社区卫生服务中心)", "各级医院(含中医院)", "各省(区、市)": the name before the remark decides.
  const head = n.replace(/[(（][^()（）]{1,12}[)）]$/, '');
  if (head.includes('、') || NOT_IN_NAME.test(head)) return false;
  if (NOT_BODY.test(head)) return false;
  if (PERSON_TAIL.test(head) && !BODY_SUFFIX.test(head)) return false;
  return BODY_SUFFIX.test(head) || COLLECTIVE.test(head);
});

/** "各省、自治区、直辖市人民政府": bare places, then one name without a collective prefix of its own. */
function sharesHead(parts: string[]): boolean {
  const last = parts[parts.length - 1]!;
  return parts.slice(0, -1).every((p) => p.length <= 4 && /^[\u4e00-\u9fff]+$/.test(p) && (BARE_PLACE.test(p) || !isUnitName(p))) &&
    !COLLECTIVE_PREFIX.test(last) && !BARE_PLACE.test(last) && isUnitName(last);
}

/** Splits on separators outside parentheses ("各省(区、市)" stays whole). */
function topLevelParts(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const c of s) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    if (depth === 0 && sep.test(c)) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.filter(Boolean);
}

/**
 * The body behind a post: "各旗(区)卫生健康委主要负责人或分管领导" → "各旗(区)卫生健康委";
 * "全盟二级及以上公立医院书记、院长" → "全盟二级及以上公立医院". Null when no body is named.
 */
export const bodyOf = memo((subject: string): string | null => {
  let s = subject.trim();
  // "书记、院长" / "书记和院长": a list of posts at the end.
  for (let k = 0; k < 3; k++) {
    const m = PERSON_TAIL.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).replace(/[、和及与]$/, '');
  }
  return isUnitName(s) ? s : null;
});

/**
 * Splits a written list of units on 、 , ， ; and on 和 及 与 where both sides are names, keeping
 * each name whole; a trailing 等 goes.
 * @example splitUnits('党群科、人事科,财务审计科等') // ['党群科', '人事科', '财务审计科']
 * @example splitUnits('旗区、盟市卫生健康行政部门') // ['旗区、盟市卫生健康行政部门'] (one collective sharing a head)
 */
export const splitUnits = memo((list: string): readonly string[] => {
  let cleaned = list.replace(/\s+/g, '').replace(/(?:等|等单位|等部门|等有关部门|等相关部门)$/, '');
  // Posts after the list ("…公立医院书记、院长"): the bodies are the units; persons alone stay as written.
  for (let k = 0; k < 3; k++) {
    const m = PERSON_TAIL.exec(cleaned);
    if (!m || m.index === 0) break;
    const rest = cleaned.slice(0, m.index).replace(/[、和及与或]$/, '');
    if (!topLevelParts(rest, /[、,，;；]/).every((p) => isUnitName(p) || bodyOf(p))) break;
    cleaned = rest;
  }
  const parts = topLevelParts(cleaned, /[、,，;；/]/);
  // "旗区、盟市卫生健康行政部门": bare places before a head noun share it — one collective as written.
  if (parts.length > 1 && sharesHead(parts)) return [cleaned];
  const out: string[] = [];
  for (const p of parts) {
    // "A与B": B is a partner, not an agent.
    // (Each split only where its word occurs: a split on a lookbehind pattern tries every position.)
    const withPartner = p.includes('与') ? p.split(/(?<=[\u4e00-\u9fff)）])与(?=[\u4e00-\u9fff])/) : [p];
    const agent = withPartner.length > 1 && isUnitName(withPartner[0]!) ? withPartner[0]! : p;
    // "各有关部门和单位": a bare head noun after 和 shares the collective; it is no name of its own.
    const pieces = agent.includes('和') || agent.includes('及') ? agent.split(/(?<=[\u4e00-\u9fff)）])(?:和|及|以及)(?=[\u4e00-\u9fff各])/) : [agent];
    if (pieces.length > 1 && pieces.every((x) => (isUnitName(x) || bodyOf(x)) && !GENERIC.test(x))) { out.push(...pieces); continue; }
    // "各地区各部门": two collectives written without a separator.
    const collectives = agent.includes('各') ? agent.split(/(?<=[\u4e00-\u9fff)）])(?=各)/) : [agent];
    if (collectives.length > 1 && collectives.every((x) => COLLECTIVE_PREFIX.test(x) && isUnitName(x))) { out.push(...collectives); continue; }
    out.push(agent);
  }
  return out;
});

/** Head nouns that name no body alone: "单位" in "各有关部门和单位", "政府" in "各级党委和政府". */
const GENERIC = /^(?:单位|部门|机构|组织|企业|地区|地方|政府|人民政府)$/;
