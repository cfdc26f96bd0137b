import { markTable, WHITE_SPACE } from './lexicon/marks.js';
import { isUnitName, splitUnits } from './lexicon/unit-names.js';
import { labelRole } from './units/labels.js';
import type { FoundUnit, Role } from './units.js';

/**
 * Column labels of work-plan tables (推进计划表, 任务分解表) as PDF exports flatten them, besides
 * the labels of unit columns, which `labelRole` recognises (牵头部门, 配合单位, 市卫健委内牵头处室 …).
 */
export const COLUMN_LABELS = new Set([
  '牵头领导', '责任领导', '分管领导', '项目责任人', '责任人',
  '项目目标', '年度计划', '工作节点', '节点目标', '验收标准', '完成时限', '时间节点', '工作任务', '主要任务', '具体任务',
  '工作措施', '具体措施', '序号', '进度安排', '完成时间', '推进措施', '工作目标', '目标任务', '考核指标', '备注',
]);

/** Is this token a column label (of a unit column or another)? */
export function isColumnLabel(token: string): boolean {
  return COLUMN_LABELS.has(token) || token.length >= 4 && token.length <= 20 && LABEL_END[token.charCodeAt(token.length - 1)] === 1 && labelRole(token) !== null;
}
/** Every unit-column label ends in one of these (a remark in brackets aside): the cheap test first, a look-up by code. */
const LABEL_END = markTable('位门室体构关处科导人志)）');

/** Is this text a flattened work-plan table (at least three column labels standing as cells)? */
export function isWorkPlanTable(text: string): boolean {
  // The tokens between white space, as split(/\s+/) gives them; only those short enough to be a label
  // are looked at. (The pattern finds the next white space faster than a look at every character.)
  let n = 0;
  SPACE.lastIndex = 0;
  for (let start = 0; start <= text.length;) {
    const i = SPACE.exec(text)?.index ?? text.length;
    if (i - start <= LONGEST_LABEL && i > start && isColumnLabel(text.slice(start, i)) && ++n >= 3) return true;
    start = i + 1;
  }
  return false;
}
const SPACE = /\s/g;
/** No column label is longer: a unit column's label has at most 20 characters (isColumnLabel). */
const LONGEST_LABEL = Math.max(20, ...[...COLUMN_LABELS].map((l) => l.length));

/**
 * The units of one task's flattened work-plan table: the 牵头部门 and 配合部门 cells of its header
 * (values aligned with their labels, persons skipped), and the 责任主体 cell of each row — whose
 * units are listed as responsible unless the task already names them.
 */
export function tableUnits(text: string): FoundUnit[] {
  const tokens = mergeBrokenNames(tokensOf(text));
  // Whether each token is a column label, asked once: both passes below ask it of every token.
  // Bytes, not map() (docs/speed.md, the fourth round: arrays made by map()).
  const label = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (isColumnLabel(tokens[i]!.text)) label[i] = 1;
  const out: FoundUnit[] = [];
  const seen = new Set<string>();
  // `n`: the name undoubled and known to be a unit's.
  const addUnit = (n: string, name: string, role: Role, at: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    out.push({ at: writtenAt(text, name, at), name: n, role });
  };
  const add = (name: string, role: Role, at: number) => {
    const n = undouble(name);
    if (isUnitName(n)) addUnit(n, name, role, at);
  };
  // Header groups: a run of labels, then as many value cells.
  for (let i = 0; i < tokens.length;) {
    if (!label[i]) { i++; continue; }
    const labels: string[] = [];
    while (i < tokens.length && label[i]) labels.push(tokens[i++]!.text);
    const roles: Array<ReturnType<typeof labelRole>> = [];
    let assigns = false;
    for (const l of labels) {
      const role = labelRole(l);
      roles.push(role);
      if (role === 'lead' || role === 'support') assigns = true;
    }
    if (!assigns) continue;
    // The value cells, one per label, as far as the tokens go.
    for (let k = 0; k < labels.length && i + k < tokens.length; k++) {
      const v = tokens[i + k]!, role = roles[k];
      if (role === 'lead' || role === 'support' || role === 'responsible') for (const name of splitUnits(v.text)) add(name, role, v.at);
    }
    i += labels.length;
  }
  // Row cells that are nothing but a list of units: the 责任主体 column.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (label[i]) continue;
    const names = splitUnits(t.text);
    if (!names.length) continue;
    const units: string[] = [];
    let all = true;
    for (let k = 0; k < names.length && all; k++) {
      units.push(undouble(names[k]!));
      all = isUnitName(units[k]!);
    }
    if (all) for (let k = 0; k < names.length; k++) addUnit(units[k]!, names[k]!, 'responsible', t.at);
  }
  return out;
}

/** The runs of text between white space (what /\S+/g matches), with where each starts. */
function tokensOf(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (let i = 0, start = -1; i <= text.length; i++) {
    const space = i === text.length || WHITE_SPACE[text.charCodeAt(i)] === 1;
    if (!space && start < 0) start = i;
    else if (space && start >= 0) { out.push({ text: text.slice(start, i), at: start }); start = -1; }
  }
  return out;
}

/**
 * Where a name stands as written from `from` on (else from the start): the export may have put
 * spaces inside it ("公 立医疗机构管理中心", "财务审 计科"), so the span covers them.
 */
export function writtenAt(text: string, name: string, from: number): [number, number] {
  const chars = [...name.replace(/\s+/g, '')];
  // An empty name, or one with a pattern's special character, is read by the pattern it makes, as it always was.
  if (!chars.length || REGEX_SPECIAL.test(name)) return writtenByPattern(text, chars, from);
  const at = spacedAt(text, chars, from);
  return at ?? spacedAt(text, chars, 0) ?? [from, from];
}
const REGEX_SPECIAL = /[\\^$.*+?[\]{}|/]/;

/**
 * The first place at or after `from` where `chars` stand in order with only white space between
 * them — what the pattern chars.join('\\s*') finds: its \s* can give back no space that the next
 * (non-space) character would match, so the first fit at each start is the match.
 */
function spacedAt(text: string, chars: string[], from: number): [number, number] | null {
  const first = chars[0]!;
  for (let start = text.indexOf(first, from); start >= 0; start = text.indexOf(first, start + 1)) {
    let i = start + first.length, k = 1;
    for (; k < chars.length; k++) {
      while (WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
      if (!text.startsWith(chars[k]!, i)) break;
      i += chars[k]!.length;
    }
    if (k === chars.length) return [start, i];
  }
  return null;
}

function writtenByPattern(text: string, chars: string[], from: number): [number, number] {
  const re = new RegExp(chars.map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*'), 'g');
  re.lastIndex = from;
  const m = re.exec(text) ?? (re.lastIndex = 0, re.exec(text));
  return m ? [m.index, m.index + m[0].length] : [from, from];
}

/** "…综合监督科、公立医疗" + "机构管理中心、信息中心": a name the export broke at a space is joined. */
function mergeBrokenNames(tokens: Array<{ text: string; at: number }>): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[out.length - 1];
    if (prev && prev.text.includes('、')) {
      const tail = prev.text.split('、').pop()!;
      // "公立 医 疗 机 构 管理中心": the name may run over several letter-spaced tokens; the longest
      // join up to the next list comma wins ("公立医疗机构" is a name too).
      let joined = tail, k = 0;
      for (let n = 0; tail && !isUnitName(tail) && n < 6 && i + n < tokens.length && !isColumnLabel(tokens[i + n]!.text); n++) {
        const t = tokens[i + n]!.text;
        joined += t.split(/[、,，]/)[0]!;
        if (isUnitName(joined)) k = n + 1;
        if (/[、,，]/.test(t)) break;
      }
      if (k > 0) {
        for (let j = 0; j < k; j++) prev.text += tokens[i + j]!.text;
        i += k - 1;
        continue;
      }
    }
    out.push({ ...tokens[i]! });
  }
  return out;
}

/** "公立医疗机构管理中心中心": a doubled head noun is a typo for the name. */
export function undouble(name: string): string {
  // Only a name that ends in a head's last character can end in a doubled head.
  return DOUBLED_LAST[name.charCodeAt(name.length - 1)] ? name.replace(DOUBLED, '$1') : name;
}
const DOUBLED = /(中心|委员会|办公室|医院|科|局|委|办|室|组)\1$/;
const DOUBLED_LAST = markTable('心会室院科局委办组');

