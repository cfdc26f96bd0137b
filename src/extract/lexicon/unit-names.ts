import { BODY_NAMES } from './body-names.js';
import { byFirstCode, codeAt } from './marks.js';
import { memo } from './memo.js';
import { MODALS, NAME_INITIAL_VERBS, NOT_DUTIES, PREDICATE_OPENERS } from './role-words.js';
import {
  COLLECTIVE_PREFIXES, GENERIC_HEADS, HEADS, LEVEL_WORDS, NOT_BODIES, NOT_NAME_STARTS, NOT_PLACES, PLACE_ENDS, POSTS, PREFIXED_HEADS,
  WHOLE_AREAS,
} from './unit-heads.js';

/**
 * The names of administrative bodies, recognised by their grammar — [place or level] + [sector or
 * proper core] + [head from a closed list] — or by the lexicon of short names that follow no head
 * (`body-names.ts`). Collectives ("各区", "国务院相关部门", "所有三级医院"), levels of government
 * ("市级", "县区") and places ("漳县") are names too; persons and posts are not.
 */

const NATIONAL = new Set(BODY_NAMES.filter((b) => b.level === 'national').map((b) => b.name));
const AT_EVERY_LEVEL = BODY_NAMES.filter((b) => b.level === 'any').map((b) => b.name);
const HEAD_SET = new Set(HEADS);
const PREFIXED = new Set(PREFIXED_HEADS);
const GENERIC = new Set(GENERIC_HEADS);
const NOT_BODY = new Set(NOT_BODIES);
const LEVELS = new Set(LEVEL_WORDS);
const NOT_PLACE = new Set(NOT_PLACES);
const WHOLE = new Set(WHOLE_AREAS);
const POST_SET = new Set(POSTS);
const MAX_HEAD = Math.max(...[...HEADS, ...PREFIXED_HEADS].map((h) => h.length));
const MAX_NOT_BODY = Math.max(...NOT_BODIES.map((h) => h.length));
const MAX_POST = Math.max(...POSTS.map((p) => p.length));
/** What follows 各/所有/相关 in a collective besides a name: "各地", "各地区", "相关地方", "各级政府". */
const COLLECTIVE_RESTS = new Set(['地', '地区', '地方', '方面', '省份', '地市', '城市', '试点城市', '试点地区', '园']);

/**
 * Words no body's name contains: they make the text a clause ("会议要求各单位", "各乡镇卫生院具体",
 * "资助费用由镇人民政府", "各地工作进展情况要定期报告国务院").
 */
const NOT_IN_NAME = /的|要求|认真|具体|提出|指出|强调|进行|开展|加强|做好|抓好|报送|上报|按照|根据|通过|以及|应当|必须|不得|可以|积极|负责落实|设在|位于|不需要|不超过|需要|选择|规定|累计|提高|降低|是否|如何|特别是|尤其是|原则上|就读|前往|参加|未在|(?<![所央驻])在|减轻|尊重|扶持|帮助|培育|吸引|惠及|[由把被让仅可将要等向之了来是]|应(?!急)|对(?![口外])|[0-9０-９%％,，;；:：。“”《》*]/;
const INITIAL_OK = new Set(NAME_INITIAL_VERBS);
/** The look-ups' answer when no word opens with a character: one shared empty list, not an array per look. */
const NO_WORDS: readonly string[] = [];
/** Words that open a clause, never a name ("加快推进公立医院", "对三级公立医院", "报区民政部门"): prepositions, modals, verbs whose object a body is; by first character code. */
const NOT_STARTS_BY_CHAR = byFirstCode([...MODALS, ...NOT_DUTIES.filter((w) => w !== '有权'), ...NOT_NAME_STARTS].filter((w) => !INITIAL_OK.has(w)));
/** Verbs of work and adverbs: a name may open with one ("统计局", "培训中心"), not with one before another name. */
const VERBS_BY_CHAR = byFirstCode(PREDICATE_OPENERS.filter((w) => !INITIAL_OK.has(w) && w.length > 1));
/** Both, for the verbs inside a name ("…情况纳入医联体", "…机构组建医共体"). */
const INNER_VERBS_BY_CHAR = byFirstCode([...NOT_STARTS_BY_CHAR.values(), ...VERBS_BY_CHAR.values()].flat().filter((w) => w.length > 1));
/** Place names that open with such a word ("从化区", "于都县", "和平区", "都江堰市"): first characters never refused alone. */
const SAFE_FIRST = new Set(['从', '于', '和', '都', '向', '也', '还', '均', '自', '经', '将', '应', '按', '各', '可', '有']);

/** Verbs inside a name before a word that is a name itself: "…情况纳入医联体" is a clause, "医联体牵头医院" a name. */
function holdsVerbAndObject(n: string): boolean {
  for (let i = 1; i < n.length - 2; i++) {
    for (const w of INNER_VERBS_BY_CHAR.get(n.charCodeAt(i)) ?? NO_WORDS) {
      if (w.length < 2 || INNER_OK.has(w) || !n.startsWith(w, i) || i + w.length >= n.length) continue;
      const rest = n.slice(i + w.length);
      if (isSingleName(rest) && !GENERIC.has(rest)) return true;
    }
  }
  return false;
}
/** Verbs that stand inside names before a kind of body ("医联体牵头医院", "区教育局幼儿招生负责科室"). */
const INNER_OK = new Set(['牵头', '负责', '配合', '协助', '参与']);

/** "经民政部门": the preposition 经 before a body named by a common head ("部门", "单位", "机构"). */
function viaBody(n: string): boolean {
  return n[0] === '经' && !/^经[济信开贸]/.test(n) && COMMON_HEADS.some((h) => n.endsWith(h));
}
const COMMON_HEADS = ['部门', '单位', '机构'];

function opensWithClauseWord(n: string): boolean {
  for (const w of NOT_STARTS_BY_CHAR.get(n.charCodeAt(0)) ?? NO_WORDS) {
    if (!n.startsWith(w) || n.length <= w.length) continue;
    // "经市民政部门" is a clause; "经开区管委会", "从化区", "和平区" are names.
    // "经民政部门审核": 经 before a common head (部门, 单位, 机构) is the preposition ("经济和信息化部门",
    // "经信部门", "经开区管委会" are names).
    if (w.length === 1 && SAFE_FIRST.has(w) && !(/^[省市区县镇乡]/.test(n.slice(1)) && isSingleName(n.slice(1))) && !viaBody(n)) continue;
    return true;
  }
  // "统计医院", "促进公立医院", "加快推进公立医院": verbs of work before a name; "统计局" is a name.
  let i = 0;
  for (let w = verbAt(n, i); w; w = verbAt(n, i)) i += w.length;
  if (i > 0 && i < n.length && (isSingleName(n.slice(i)) || GENERIC.has(n.slice(i)))) return true;
  // "组织各科室": even a verb that opens names ("组织部") does not open one before a collective.
  const initial = NAME_INITIAL_VERBS.find((w) => w.length > 1 && n.startsWith(w));
  return !!initial && COLLECTIVE_PREFIXES.some((p) => n.startsWith(p, initial.length));
}

/**
 * Whether the text at `from` opens with a word no name opens with — a preposition, a modal, a verb
 * whose object a body is, or a verb of work not followed by a head ("加强…", but "统计局…" is a name):
 * the cheap test that spares most clauses the search for a subject.
 */
export function opensClause(text: string, from: number): boolean {
  for (const w of CLAUSE_STARTS_BY_CHAR.get(codeAt(text, from)) ?? NO_WORDS) if (text.startsWith(w, from)) return true;
  for (const w of VERBS_BY_CHAR.get(codeAt(text, from)) ?? NO_WORDS) {
    if (!text.startsWith(w, from)) continue;
    const after = from + w.length;
    // A head of up to three characters right after the verb ("统计局"): a name.
    for (const h of SHORT_HEADS_BY_CHAR.get(text.charCodeAt(after)) ?? NO_WORDS) if (text.startsWith(h, after)) return false;
    return true;
  }
  return false;
}
/** NOT_STARTS_BY_CHAR without the single characters a place name may open with (SAFE_FIRST). */
const CLAUSE_STARTS_BY_CHAR = byFirstCode([...NOT_STARTS_BY_CHAR.values()].flat().filter((w) => !(w.length === 1 && SAFE_FIRST.has(w))));
/** The heads of at most three characters, by first code. */
const SHORT_HEADS_BY_CHAR = byFirstCode(HEADS.filter((h) => h.length <= 3));

/** A verb of work or an adverb (not one that opens names, like 联合, 监督) at position i of a name. */
function verbAt(n: string, i: number): string | null {
  for (const w of VERBS_BY_CHAR.get(n.charCodeAt(i)) ?? NO_WORDS) if (n.startsWith(w, i) && n.length > i + w.length) return w;
  return null;
}

/** Strips parenthesised remarks ("各县(市、区)卫生健康局" → "各县卫生健康局", "各级医院(含中医院)" → "各级医院"). */
function withoutRemarks(n: string): string | null {
  if (!/[(（]/.test(n)) return n;
  let out = '', depth = 0, inner = 0;
  for (const c of n) {
    if (c === '(' || c === '（') { depth++; inner = 0; continue; }
    if ((c === ')' || c === '）') && depth > 0) { depth--; if (inner > 14) return null; continue; }
    if (depth > 0) { inner++; continue; }
    out += c;
  }
  return depth === 0 ? out : null;
}

/** The longest head the name ends in, or null. */
function headOf(n: string): string | null {
  for (let k = Math.min(MAX_HEAD, n.length); k >= 1; k--) {
    const tail = n.slice(n.length - k);
    if (HEAD_SET.has(tail) || PREFIXED.has(tail)) return tail;
  }
  return null;
}

/** Whether the name ends in a word that only looks like a body ("干部", "部署", "大厅"). */
function endsInNotBody(n: string, head: string): boolean {
  for (let k = Math.min(MAX_NOT_BODY, n.length); k >= head.length; k--) if (NOT_BODY.has(n.slice(n.length - k))) return true;
  return false;
}

/** A place or level before a head ("区" in "区财政", "同级" in "同级财政", "天河区" in "天河区科协"). */
function isLevelPrefix(p: string): boolean {
  const q = p.replace(/^各/, '');
  return q === '' ? p === '各' : LEVELS.has(q) || isPlace(q) || /^[同本上下两]级$/.test(q);
}

/** "漳县", "安定区", "广州市": a place by the form of its name. */
function isPlace(n: string): boolean {
  if (NOT_PLACE.has(n) || NOT_PLACE.has(n.slice(-2)) || NOT_PLACE.has(n.slice(-3))) return false;
  for (const end of PLACE_ENDS) {
    if (!n.endsWith(end)) continue;
    const core = n.slice(0, n.length - end.length);
    if (core.length >= 1 && core.length <= 4 && !/[各全本该每某其级个国]/.test(core)) return true;
  }
  return false;
}

const DUTY_BEARERS = /^(?:其他|各|有关)?负有[\u4e00-\u9fff]{2,14}(?:职责|责任)的(?:部门|单位|机构|机关)$/u;

/** One name (no top-level list), as written. */
const isSingleName = memo((name: string): boolean => {
  const n = withoutRemarks(name);
  if (n === null || n.length < 1 || n.length > 36) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(n)) return false;
  if (NATIONAL.has(n) || LEVELS.has(n) || WHOLE.has(n)) return true;
  if (n.length > 24) return false;
  // "负有环境监管职责的部门", "其他负有安全生产监督管理职责的部门": the statutes' collective of the
  // bodies a duty falls to.
  if (DUTY_BEARERS.test(n)) return true;
  // "幼儿园的举办部门": a body of a body.
  const of = n.indexOf('的');
  if (of > 0 && n.indexOf('的', of + 1) < 0) {
    const owned = n.slice(of + 1);
    return isSingleName(n.slice(0, of)) && owned.length <= 6 && headOf(owned) !== null && !NOT_IN_NAME.test(owned) && !endsInNotBody(owned, headOf(owned)!);
  }
  if (NOT_IN_NAME.test(n)) return false;
  for (const e of AT_EVERY_LEVEL) {
    if (n === e) return true;
    if (n.endsWith(e) && isLevelPrefix(n.slice(0, n.length - e.length))) return true;
  }
  // The form first (cheap), then what no name holds: "加快推进公立医院", "对三级公立医院",
  // "相关情况纳入医联体" (a verb and its object), "企业和机构" (two words joined).
  return byForm(n) && !opensWithClauseWord(n) && !holdsVerbAndObject(n) && joinedAsOne(n);
});

/** A name by its form: a collective, a head (not a word that only ends like one), or a place. */
function byForm(n: string): boolean {
  const collective = COLLECTIVE_PREFIXES.find((p) => n.startsWith(p) && n.length > p.length);
  if (collective) {
    const rest = n.slice(collective.length);
    // "各级" "各类" alone, "各项工作": no body.
    if (COLLECTIVE_RESTS.has(rest) || LEVELS.has(rest) || isPlace(rest)) return true;
    if (/^[级类]/.test(rest) && rest.length === 1) return false;
  }
  const head = headOf(n);
  if (!head) return isPlace(n);
  if (endsInNotBody(n, head)) return false;
  const core = n.slice(0, n.length - head.length);
  if (PREFIXED.has(head)) return core.length > 0 && isLevelPrefix(core);
  if (!core) return head.length >= 2 && !GENERIC.has(head);
  // A two-character name of one-character core and head is a body only after a level ("市委",
  // "县委"), or the issuer naming itself ("我局", "本院").
  if (head.length === 1 && core.length === 1) return LEVELS.has(core) || '团党我本'.includes(core);
  return true;
}

/**
 * A name with 和/及/与/或 inside is one name only where the words before the join are a short
 * sector word sharing the head ("人力资源和社会保障部门", "中医与科教科") or a whole name before a
 * bare head ("各有关部门和单位"); "企业和机构", "医保基金与定点医疗机构" are no names.
 */
function joinedAsOne(n: string): boolean {
  const m = /^(.*)(和|及|与|或)(.+)$/.exec(n);
  if (!m) return true;
  const [, left, join, right] = m as unknown as [string, string, string, string];
  if (GENERIC.has(right)) return isSingleName(left);
  // "老年友好社区和友善医疗机构": two names, each with its head or place, are a list.
  const leftHead = headOf(left);
  return left.length >= 2 && !(leftHead && !PREFIXED.has(leftHead)) && !PLACE_ENDS.some((e) => left.endsWith(e)) && (join === '和' || join === '及' || left.length <= 3);
}

/**
 * Is this text, as written, the name of a body (or of a collective of bodies, or of bodies sharing
 * one head: "旗区、盟市卫生健康行政部门", "市、区民政部门", "民政、卫生健康等部门")?
 * @example isUnitName('市卫生健康委') // true
 * @example isUnitName('医院书记和院长') // false (persons)
 */
export const isUnitName = memo((name: string): boolean => {
  const n = name.replace(/\s+/g, '');
  const items = topLevelParts(n, '、');
  // No text, no name (a list item that was only a marker, "(牵头)").
  if (!items.length) return false;
  if (items.length === 1) return isSingleName(n) || sectorList(n) !== null;
  const last = items[items.length - 1]!;
  return items.slice(0, -1).every((x) => isBareLevel(x) || isSectorWord(x)) && isSingleName(last) && !isBareLevel(last) &&
    groupShared(items).length === 1 ||
    sectorList(n) !== null;
});

/** A sector word that names bodies only with a later head ("医保" in "医保、医疗、医药主管部门"). */
function isSectorWord(x: string): boolean {
  const head = headOf(x);
  return (!head || PREFIXED.has(head)) && x.length <= 12 && /^[\u4e00-\u9fff()（）]+$/.test(x) && !/[每个各全本该所其这那此]/.test(x) && !NOT_IN_NAME.test(x) &&
    !opensWithClauseWord(x) && !isSingleName(x);
}

/**
 * The body behind a post: "各旗(区)卫生健康委主要负责人或分管领导" → "各旗(区)卫生健康委";
 * "全盟二级及以上公立医院书记、院长" → "全盟二级及以上公立医院". Null when no body is named.
 */
export const bodyOf = memo((subject: string): string | null => {
  const whole = subject.replace(/\s+/g, '');
  const s = stripPosts(whole);
  if (s === null || !isUnitName(s)) return null;
  // A post gives its body only when the body is determinate ("各公立医院书记和院长"), not a bare kind
  // of body restating the addressee ("公立医院书记和院长").
  return s === whole || determinate(s) ? s : null;
});

/** A body named determinately: a collective, a level or place before it, or a name of the lexicon. */
function determinate(s: string): boolean {
  return COLLECTIVE_PREFIXES.some((p) => s.startsWith(p)) || WHOLE_AREAS.some((w) => s.startsWith(w)) || NATIONAL.has(s) ||
    opensWithLevel(s) || s.includes('、');
}

/** The text before a run of posts at its end ("…公立医院书记、院长" → "…公立医院"), or null if none. */
function stripPosts(s: string): string | null {
  let end = s.length, found = false;
  for (;;) {
    let k = 0;
    for (let len = Math.min(MAX_POST, end); len >= 1; len--) if (POST_SET.has(s.slice(end - len, end))) { k = len; break; }
    if (!k) break;
    found = true;
    end -= k;
    end -= /^(?:主要|分管|相关|有关)$/.test(s.slice(Math.max(0, end - 2), end)) ? 2 : 0;
    if (/[、和及与或]/.test(s[end - 1] ?? '')) { end--; if (s.slice(end - 1, end + 1) === '及其') end--; continue; }
    if (s.slice(end - 2, end) === '及其') { end -= 2; continue; }
    break;
  }
  return found && end > 0 ? s.slice(0, end) : found ? null : s;
}

/** Splits on a separator outside parentheses ("各省(区、市)" stays whole). */
function topLevelParts(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const c of s) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    if (depth === 0 && seps.includes(c)) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.filter(Boolean);
}

/** A bare place or level ("市", "区", "各省", "自治区") that may share the head of the next item. */
function isBareLevel(p: string): boolean {
  const n = withoutRemarks(p) ?? p;
  return LEVELS.has(n) || LEVELS.has(n.replace(/^各/, '')) || isPlace(n) && n.length <= 4;
}

/** Whether an item opens with a place or level and goes on to a head ("区民政部门", "直辖市人民政府"). */
function opensWithLevel(item: string): boolean {
  for (let k = Math.min(5, item.length - 1); k >= 1; k--) if (isBareLevel(item.slice(0, k))) return true;
  return false;
}

/** A list item that is a bracketed remark and nothing else ("(牵头)" cut from its name). */
const REMARK_ONLY = /^[(（][^()（）]*[)）]$/;

/**
 * Items of a 、 list grouped where they share a head: bare levels before a name that opens with a
 * level ("市、区民政部门"), sector words before a name ("医保、医疗、医药主管部门"). Other items stand
 * alone ("区、街道(镇)" → 区, 街道(镇)). Null items mark a word that is no name and has no head to share.
 */
function groupShared(items: string[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  items.forEach((item, k) => {
    // "(牵头)、市财政局": a remark cut from its name stands alone (namesOf drops a lone lead mark).
    if (REMARK_ONLY.test(item)) {
      if (pending.length) out.push(pending.join('、'));
      out.push(item);
      pending = [];
      return;
    }
    const name = isSingleName(item) || bodyOf(item) !== null;
    if (name && !(isBareLevel(item) && sharesNext(items, k))) {
      out.push([...pending, item].join('、'));
      pending = [];
      return;
    }
    // Sector words ("医保、医疗、医药主管部门") wait for the head of a later item.
    pending.push(item);
  });
  if (pending.length) out.push(pending.join('、'));
  return out;
}

/**
 * Whether the bare level at k shares the head of a later item: "市、区民政部门", "各省、自治区、
 * 直辖市人民政府", "各市、县级人民政府" (bare levels, then a name that opens with a level); not "区、街道(镇)" (levels
 * only) nor "各县区、市人民医院" (a collective before one name).
 */
function sharesNext(items: string[], k: number): boolean {
  let j = k + 1;
  while (j < items.length && isBareLevel(items[j]!)) j++;
  if (j >= items.length || !opensWithLevel(items[j]!)) return false;
  // "各市、县级人民政府": a level of government after the collective shares it ("各市级、县级…").
  return !items[k]!.startsWith('各') || j > k + 1 || /^[省市县区乡镇]级/.test(items[j]!);
}

/** "民政、卫生健康等部门", "市、区发展改革、市场监管、残联等单位": sector words before 等 and a head — one name. */
function sectorList(n: string): string | null {
  const i = n.lastIndexOf('等');
  if (i <= 0) return null;
  const tail = n.slice(i + 1);
  const head = headOf(tail);
  if (!tail || !head || endsInNotBody(tail, head) || tail.length > 10 || !/^[\u4e00-\u9fff]+$/.test(tail)) return null;
  const items = topLevelParts(n.slice(0, i), '、');
  return items.length > 0 && items.every((x) => /^[\u4e00-\u9fff()（）]{1,12}$/.test(x) && !NOT_IN_NAME.test(x) && !opensWithClauseWord(x)) ? n : null;
}

/** Joins: "A和B", "A及B", "A以及B", "A或B" split where both sides are names; "A与B": B is a partner. */
const JOINS = ['以及', '及', '和', '或', '与'];

/**
 * Splits a written list of units into names as written (GOLD-FORMAT v2):
 * - on "，" "；" "/" and on "、" between complete names;
 * - "A、B等C" gives A, B and the collective C when A and B are complete names
 *   ("海关总署等国务院相关部门" → 海关总署, 国务院相关部门); sector words before 等 and a head stay one
 *   name ("民政、卫生健康等部门");
 * - a shared prefix is not distributed ("市、区民政部门" is one name);
 * - "及/和/以及/或" split where both sides are names ("…等国务院相关部门及各地区" → …, 各地区);
 *   "各有关部门和单位" stays whole; after "与" comes a partner, not an agent;
 * - posts after a name give the name ("…公立医院书记、院长" → …公立医院).
 * Names broken by the export's spaces are read whole.
 * @example splitUnits('党群科、人事科,财务审计科等') // ['党群科', '人事科', '财务审计科']
 * @example splitUnits('市、区民政部门') // ['市、区民政部门']
 */
export const splitUnits = memo((list: string): readonly string[] => {
  const cleaned = list.replace(/\s+/g, '').replace(/等$/, '');
  const out: string[] = [];
  for (const group of topLevelParts(cleaned, ',，;；/')) out.push(...splitJoined(group));
  return out;
});

/** A list without commas: joins first (lowest precedence), then 等, then 、. */
function splitJoined(s: string): string[] {
  // Posts after the list give its bodies when they are named determinately ("全盟…公立医院书记、院长").
  const posts = stripPosts(s);
  const body = posts !== null && posts !== s && listValid(posts) && splitEtc(posts).every(determinate) ? posts : s;
  for (const join of JOINS) {
    const parts = splitOnce(body, join);
    if (!parts) continue;
    const [left, right] = parts;
    if (join === '与') { if (listValid(left) && isSingleName(right)) return splitJoined(left); continue; }
    // "各有关部门和单位", "各级党委和政府": a bare generic head after the join shares the collective.
    if (GENERIC.has(right) || !listValid(left)) continue;
    const rightNames = splitJoined(right);
    if (join === '或') return [...splitJoined(left), ...rightNames.filter((r) => isUnitName(r))];
    if (!rightNames.every((r) => isUnitName(r))) continue;
    return [...splitJoined(left), ...rightNames];
  }
  return splitEtc(body);
}

/** Splits at the last top-level occurrence of a join word that has text on both sides. */
function splitOnce(s: string, join: string): [string, string] | null {
  let depth = 0;
  for (let i = s.length - join.length; i > 0; i--) {
    const c = s[i + join.length - 1]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') depth--;
    if (depth === 0 && s.startsWith(join, i) && i + join.length < s.length && (join !== '及' || s[i - 1] !== '以')) return [s.slice(0, i), s.slice(i + join.length)];
  }
  return null;
}

/** "A、B等C": A, B and C when A and B are complete names; the whole as one when they are sector words. */
function splitEtc(s: string): string[] {
  const i = s.lastIndexOf('等');
  if (i > 0 && i < s.length - 1 && !/[(（]/.test(s.slice(i))) {
    const before = topLevelParts(s.slice(0, i), '、');
    const collective = s.slice(i + 1);
    // "等4部门", "等部门": a count or a bare head, no collective of its own; "等相关单位" is one.
    const bare = /^(?:(?:\d+|[一二三四五六七八九十]+)个?|其他)?(?:部门|单位|机构)$/.test(collective);
    if ((bare || isSingleName(collective)) && before.every((b) => isSingleName(b) || bodyOf(b) !== null) &&
      groupShared(before).length === before.length) {
      return [...before, ...(bare || GENERIC.has(collective) ? [] : [collective])];
    }
    if (sectorList(s)) return [s];
  }
  return groupShared(topLevelParts(s, '、')).flatMap(collectives);
}

/** "各地区各部门": collectives written without a separator. */
function collectives(s: string): string[] {
  if (s.indexOf('各', 1) < 0) return [s];
  const parts = s.split(/(?=各)/);
  return parts.length > 1 && parts.every((p) => p.startsWith('各') && isSingleName(p)) ? parts : [s];
}

const LEXICON_BY_CHAR = byFirstCode(BODY_NAMES.map((b) => b.name));

/**
 * Where a name of the lexicon that starts at or before position i and runs past it ends, or -1:
 * "市委组织部" is read whole, not as "市委" before the verb "组织".
 */
export function lexiconRunsPast(text: string, i: number): number {
  for (let p = Math.max(0, i - 3); p < i; p++) {
    for (const w of LEXICON_BY_CHAR.get(text.charCodeAt(p)) ?? NO_WORDS) if (p + w.length > i && text.startsWith(w, p)) return p + w.length;
  }
  // "市委" + "组织部": a name of every level goes on after a prefix.
  for (const w of EVERY_LEVEL_BY_CHAR.get(codeAt(text, i)) ?? NO_WORDS) if (text.startsWith(w, i)) return i + w.length;
  return -1;
}
const EVERY_LEVEL_BY_CHAR = byFirstCode(AT_EVERY_LEVEL.filter((w) => w.length > 2));

/** Whether every name of a list is a name. */
function listValid(s: string): boolean {
  return !!s && splitEtc(s).every((x) => isUnitName(x) || bodyOf(x) !== null);
}

/** Last characters a name may end in: the cheap test before a name is looked for ("委", "局", ")"). */
export const NAME_END_CHARS: ReadonlySet<string> = new Set([
  ...[...HEADS, ...PREFIXED_HEADS, ...LEVEL_WORDS, ...WHOLE_AREAS, ...PLACE_ENDS, ...POSTS, ...COLLECTIVE_RESTS, ...BODY_NAMES.map((b) => b.name)]
    .map((w) => w[w.length - 1]!),
  ')', '）', '等',
]);
