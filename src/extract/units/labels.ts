import { memo } from '../lexicon/memo.js';
import { LABEL_HEADS, LABEL_STEMS, PERSON_LABEL_HEADS, type Role } from '../lexicon/role-words.js';

const STEMS = Object.keys(LABEL_STEMS).sort((a, b) => b.length - a.length);
const HEADS = [...LABEL_HEADS, ...PERSON_LABEL_HEADS].sort((a, b) => b.length - a.length);

/**
 * The role a label gives the units listed under it — a list label ("牵头单位：") or a table column
 * ("配合部门"): [prefix] + stem + head, the prefix saying whose offices are meant ("市卫健委内牵头处室"),
 * a remark after it ("牵头部门(单位)"). 'person' for labels of persons (牵头领导, 责任人); null when
 * the text is no such label. Remembered: a table's labels recur in every row and every table.
 * @example labelRole('市卫健委内配合处室') // 'support'
 * @example labelRole('牵头领导') // 'person'
 */
export const labelRole = memo((label: string): Role | 'person' | null => {
  const l = label.replace(/\s+/g, '').replace(/[(（][\u4e00-\u9fff、/]{1,8}[)）]$/, '');
  if (l.length < 2 || l.length > 16) return null;
  for (const head of HEADS) {
    if (!l.endsWith(head)) continue;
    const before = l.slice(0, l.length - head.length);
    const stem = STEMS.find((s) => before.endsWith(s));
    // "责任人", "负责人": a person, with or without a stem.
    if (PERSON_LABEL_HEADS.includes(head)) return stem || /责任|负责/.test(l) ? 'person' : null;
    if (!stem) return null;
    const prefix = before.slice(0, before.length - stem.length);
    // The prefix names whose offices are meant: short, and no verb ("经牵头单位" is no label).
    if (prefix.length > 8 || /[的与和及经由向对将把]$/.test(prefix)) return null;
    return LABEL_STEMS[stem]!;
  }
  return null;
});
