/**
 * Unit names are recognised by their form, not from a list of names: a head noun that names a
 * body (委 局 办 厅 部 署 院 中心 科 股 室 所 站 会 组 政府 …), or a collective (各县区, 各有关部门,
 * 所有医院). Persons and posts (书记, 院长, 分管领导, "**x") are not units.
 */
const BODY_SUFFIX = new RegExp(`(?:${[
  '委员会', '领导小组', '工作小组', '工作组', '专责组', '小组', '办公室', '管委会', '理事会', '协会', '学会', '工会', '计生协',
  '卫健委', '委', '局', '办', '厅', '署', '政府', '党委', '党组', '人大', '政协', '法院', '检察院',
  '医院', '卫生院', '研究院', '学院', '中医院', '保健院', '院', '中心', '卫生室', '科室', '办事处',
  '部门', '部', '处', '司', '科', '股', '室', '所', '站', '队', '组',
  '机构', '单位', '集团', '公司', '企业', '学校', '大学', '医共体', '医联体',
].join('|')})$`);
/** Words that end like a body but are not one. */
const NOT_BODY = /(?:内部|外部|全部|局部|干部|本部|场所|住所|处所|之处|此处|好处|学科|专科|分科|本科|学院派|剧院|庭院|住院|出院|入院|法院判决|小组长|组组长|会议|大会|例会|年会|座谈会|推进会|动员会|培训会|研讨会|现场会|社会|机会|委托|办法|办理|局面|科技|科学|股份|站点|室内|所有|所属|所需|所在|中心任务|中心工作)$/;
/** Collectives: "各县区" "各有关部门" "所有三级医院" "全盟". */
const COLLECTIVE = /^(?:(?:各(?:有关|相关|级|类)?|所有|有关|相关|每个)[\u4e00-\u9fff()（）]{1,16}|全(?:盟|市|县|省|区|旗|州))$/;
/** Posts and persons that may follow a body ("各旗(区)卫生健康委主要负责人或分管领导"): the body is the unit. */
const PERSON_TAIL = /(?:主要|分管|相关|有关)?(?:负责人|负责同志|领导班子|领导干部|领导|书记|院长|副院长|局长|主任|科长|处长|股长|站长|所长|组长|部长|厅长|干部|职工|人员|医生|专家|队员|成员|同志)(?:(?:或|和|及|、)(?:主要|分管)?(?:负责人|负责同志|领导|书记|院长|副院长|局长|主任|科长|处长|股长|站长|所长|组长|部长|厅长))*$/;
const REDACTED = /\*/;

/**
 * Is this text, as written, the name of a body (or of a collective of bodies)?
 * @example isUnitName('市卫生健康委') // true
 * @example isUnitName('医院书记和院长') // false (persons)
 */
export function isUnitName(name: string): boolean {
  const n = name.trim();
  // "旗区、盟市卫生健康行政部门": places sharing one head noun, written as one collective.
  if (n.includes('、')) {
    const parts = n.split('、');
    return parts.slice(0, -1).every((p) => p.length <= 3 && /^[\u4e00-\u9fff]+$/.test(p)) && isUnitName(parts[parts.length - 1]!);
  }
  if (n.length < 2 || n.length > 32 || REDACTED.test(n) || /[\d%,，。;；:：《》“”]/.test(n)) return false;
  if (!/^[\u4e00-\u9fffA-Za-z()（）]+$/.test(n)) return false;
  if (NOT_BODY.test(n)) return false;
  if (PERSON_TAIL.test(n) && !BODY_SUFFIX.test(n)) return false;
  // "乡镇卫生院(社区卫生服务中心)", "各级医院(含中医院)": the name before the remark decides.
  const head = n.replace(/[(（][^()（）]{1,12}[)）]$/, '');
  return BODY_SUFFIX.test(head) || COLLECTIVE.test(n);
}

/**
 * The body behind a post: "各旗(区)卫生健康委主要负责人或分管领导" → "各旗(区)卫生健康委";
 * "全盟二级及以上公立医院书记、院长" → "全盟二级及以上公立医院". Null when no body is named.
 */
export function bodyOf(subject: string): string | null {
  let s = subject.trim();
  // "书记、院长" / "书记和院长": a list of posts at the end.
  for (let k = 0; k < 3; k++) {
    const m = PERSON_TAIL.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).replace(/[、和及与]$/, '');
  }
  return isUnitName(s) ? s : null;
}

/**
 * Splits a written list of units on 、 , ， ; and on 和 及 与 where both sides are names, keeping
 * each name whole; a trailing 等 goes.
 * @example splitUnits('党群科、人事科,财务审计科等') // ['党群科', '人事科', '财务审计科']
 * @example splitUnits('旗区、盟市卫生健康行政部门') // ['旗区、盟市卫生健康行政部门'] (one collective sharing a head)
 */
export function splitUnits(list: string): string[] {
  let cleaned = list.replace(/\s+/g, '').replace(/(?:等|等单位|等部门|等有关部门|等相关部门)$/, '');
  // Posts after the list ("…公立医院书记、院长"): the bodies are the units.
  for (let k = 0; k < 3; k++) {
    const m = PERSON_TAIL.exec(cleaned);
    if (!m || m.index === 0) break;
    cleaned = cleaned.slice(0, m.index).replace(/[、和及与或]$/, '');
  }
  const parts = cleaned.split(/[、,，;；/]/).filter(Boolean);
  // "旗区、盟市卫生健康行政部门": bare places before a head noun share it — one collective as written.
  if (parts.length > 1 && parts.slice(0, -1).every((p) => !isUnitName(p) && p.length <= 3) && isUnitName(parts[parts.length - 1]!)) {
    return [cleaned];
  }
  const out: string[] = [];
  for (const p of parts) {
    // "A与B": B is a partner, not an agent.
    const withPartner = p.split(/(?<=[\u4e00-\u9fff)）])与(?=[\u4e00-\u9fff])/);
    const agent = withPartner.length > 1 && isUnitName(withPartner[0]!) ? withPartner[0]! : p;
    const pieces = agent.split(/(?<=[\u4e00-\u9fff)）])(?:和|及|以及)(?=[\u4e00-\u9fff各])/);
    if (pieces.length > 1 && pieces.every((x) => isUnitName(x) || bodyOf(x))) out.push(...pieces);
    else out.push(agent);
  }
  return out;
}
