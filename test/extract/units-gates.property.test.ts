import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGENT_VERBS, AGENT_VERBS_ALONE, CLAUSE_OPENERS, DEFINITIONS, INDICATOR_VERBS, INDICATOR_WORDS, LIGHT_VERBS, PARTNER_WORDS, ROLE_VERBS,
  STATUS_VERBS, TRANSMITTALS,
} from '../../src/extract/lexicon/role-words.js';
import { findUnits, givesNothing } from '../../src/extract/units.js';
import { openerLength } from '../../src/extract/units/openers.js';
import { BODY_NAMES } from '../../src/extract/lexicon/body-names.js';
import { COLLECTIVE_PREFIXES, HEADS, LEVEL_WORDS, POSTS, PREFIXED_HEADS, WHOLE_AREAS } from '../../src/extract/lexicon/unit-heads.js';
import { listBefore, mayBeNames, namesOf } from '../../src/extract/units/lists.js';
import { PREDICATE_FIRST } from '../../src/extract/units/predicate.js';
import { clauses, HOLDS, splitClauses } from '../../src/extract/units/clauses.js';
import { NAME_END_CHARS } from '../../src/extract/lexicon/unit-names.js';
import { isColumnLabel, isWorkPlanTable, undouble, writtenAt } from '../../src/extract/tables.js';

/**
 * The cheap tests the units finder runs before its patterns and word searches must be necessary
 * conditions of them: where a gate says no, the ungated search finds nothing either. Texts are
 * built of the very words the searches look for, cut and joined at random, so near misses abound.
 */
const NOT_ASSIGNING = [...TRANSMITTALS, ...DEFINITIONS];
const INDICATOR = new RegExp(`(?:${INDICATOR_WORDS.join('|')})(?:${INDICATOR_VERBS.join('|')})`);
const words = [...NOT_ASSIGNING, ...INDICATOR_WORDS, ...INDICATOR_VERBS, ':', '：', '市卫生健康委', '牵头', '，', '。', '\n', '(', ')', '各', '由', ' '];
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(k))),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(0, k))),
  fc.string({ maxLength: 3 }),
);
const textish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Pieces of lists of names: names, their parts, joins, separators, remarks, posts, and noise. */
const nameWords = [
  ...BODY_NAMES.map((b) => b.name), ...HEADS, ...PREFIXED_HEADS, ...LEVEL_WORDS, ...WHOLE_AREAS, ...POSTS, ...COLLECTIVE_PREFIXES,
  '市卫生健康委', '区民政部门', '各县(市、区)', '(牵头)', '（牵头）', '(含中医院)', '卫生健康', '医保', '等', '等部门', '等单位',
  '和', '及', '与', '或', '以及', '及其', '、', ',', '，', ';', '；', '/', ' ', '\u3000', '\n', '(', ')', '（', '）', '的', '主要', '分管',
];
const namePiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...nameWords) },
  { weight: 1, arbitrary: fc.constantFrom(...nameWords).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(0, k))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
);
const listish = fc.array(namePiece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('mayBeNames is a necessary condition of namesOf', () => {
  it('on lists of names, parts, joins, separators and noise', () => {
    fc.assert(fc.property(listish, (list) => {
      if (mayBeNames(list)) return;
      // A bare "(牵头)" item ("(牵头);国") makes namesOf throw (it reads an empty name): a fault of its
      // own, which the clauses the gate is used on never hold (they split "(牵头)" off as a remark).
      let names: readonly string[] | null | 'throws';
      try { names = namesOf(list); } catch { names = 'throws'; }
      if (names !== 'throws') expect(names).toBeNull();
    }), { numRuns: 20_000 });
  });

  it('on lists that namesOf reads', () => {
    for (const list of ['市卫生健康委', '市、区民政部门', '各县(市、区)', '市卫生健康委(牵头)', '民政、卫生健康等部门', '市卫生健康委、', '各公立医院书记和院长']) {
      expect(namesOf(list)).not.toBeNull();
      expect(mayBeNames(list)).toBe(true);
    }
  });
});

/** What a clause's `holds` must say: its characters, looked at one by one, and its words. */
function holdsOf(text: string): number {
  let bits = 0;
  for (const c of text) {
    if (NAME_END_CHARS.has(c)) bits |= HOLDS.nameEnd;
    bits |= ({ 由: HOLDS.by, 发: HOLDS.bring, 责: HOLDS.duty, 主: HOLDS.duty, 各: HOLDS.each, 是: HOLDS.is } as Record<string, number>)[c] ?? 0;
  }
  if (NOT_ASSIGNING.some((w) => text.includes(w))) bits |= HOLDS.notAssigning;
  for (let i = 0; i + 1 < text.length; i++) {
    if (INDICATOR_WORDS.some((w) => w.endsWith(text[i]!)) && INDICATOR_VERBS.some((v) => v.startsWith(text[i + 1]!))) bits |= HOLDS.indicator;
  }
  if (subjectPair(text)) bits |= HOLDS.subject;
  if ([...AGENT_VERBS, ...AGENT_VERBS_ALONE, ...STATUS_VERBS].some((v) => text.includes(v[0]!))) bits |= HOLDS.agent;
  if (text.includes('负') || text.includes('牵')) bits |= HOLDS.charge;
  return bits;
}

/** A character that may end a name, then (after spaces) one a predicate may open with. */
function subjectPair(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (!NAME_END_CHARS.has(text[i - 1]!)) continue;
    let j = i;
    while (text[j] === ' ' || text[j] === '\u3000') j++;
    if (j < text.length && PREDICATE_FIRST[text.charCodeAt(j)]) return true;
  }
  return false;
}
const clausePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nameWords, ...words, '由', '发挥', '责任', '主体', '各', '是', '负责', '牵头', '要', '应当', '按职责分工', '会同', '配合', '于', '完成', '可', '不得', ' 牵头', '\u3000要', '对口帮扶', '创建', '换届', '评审', '(一)', '(1)', '（二）', '(市、区)', '(含中医院)', '(比例较)', '(是指)', '(X牵头,Y配合)', '。', ':', '!', '\n', '  ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const clausish = fc.array(clausePiece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('a clause notes the characters it holds', () => {
  it('as a look at each of its characters and words would', () => {
    fc.assert(fc.property(clausish, (text) => {
      for (const c of clauses(text)) expect(c.holds).toBe(holdsOf(c.text));
    }), { numRuns: 10_000 });
  });

  it('a subject list before a predicate only where the pair is', () => {
    fc.assert(fc.property(clausish, (text) => {
      // (A bare "(牵头)" item makes namesOf throw, as above; clauses never hold one.)
      let list: ReturnType<typeof listBefore> | 'throws';
      try { list = listBefore(text, 0); } catch { list = 'throws'; }
      if (list !== null && list !== 'throws') expect(subjectPair(text)).toBe(true);
    }), { numRuns: 20_000 });
  });

  it('the split notes every colon of the text, in order (labelledLists reads them)', () => {
    const colonsOf = (text: string) => {
      const out: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === ':' || text[i] === '：') out.push(i);
      return out;
    };
    fc.assert(fc.property(fc.oneof(clausish, textish), (text) => {
      expect(splitClauses(text).colons).toEqual(colonsOf(text));
    }), { numRuns: 10_000 });
  });

  it('an indicator pair wherever the indicator pattern matches', () => {
    fc.assert(fc.property(textish, (text) => {
      if (INDICATOR.test(text)) expect(holdsOf(text) & HOLDS.indicator).toBeTruthy();
    }), { numRuns: 5_000 });
  });
});

/** writtenAt as a pattern finds it: the name's characters with \\s* between them, from `from` on, else from the start. */
function writtenByPattern(text: string, name: string, from: number): [number, number] | 'throws' {
  try {
    const re = new RegExp([...name.replace(/\s+/g, '')].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*'), 'g');
    re.lastIndex = from;
    const m = re.exec(text) ?? (re.lastIndex = 0, re.exec(text));
    return m ? [m.index, m.index + m[0].length] : [from, from];
  } catch { return 'throws'; }
}
const spanPiece = fc.constantFrom('市', '卫', '生', '委', ' ', '\u3000', '\n', '\t', '(', ')', '（', '）', '中心', '中心中心', '科科', '.', '[', '*', '𠀀', '、', '局', '市卫生健康委', '市财政局');
const spanText = fc.array(spanPiece, { maxLength: 12 }).map((p) => p.join(''));

describe('writtenAt finds what its pattern finds', () => {
  it('on texts and names of spaced characters, brackets and special characters', () => {
    fc.assert(fc.property(spanText, spanText, fc.integer({ min: -2, max: 30 }), (text, name, from) => {
      let found: [number, number] | 'throws';
      try { found = writtenAt(text, name, from); } catch { found = 'throws'; }
      expect(found).toEqual(writtenByPattern(text, name, from));
    }), { numRuns: 20_000 });
  });

  it('undouble reads the doubled head only where the pattern finds one', () => {
    fc.assert(fc.property(spanText, (name) => {
      expect(undouble(name)).toBe(name.replace(/(中心|委员会|办公室|医院|科|局|委|办|室|组)\1$/, '$1'));
    }), { numRuns: 5_000 });
  });
});

/** openerLength without its first-characters test: both patterns tried at every clause. */
function openerByPatterns(clause: string): number {
  const marker = /^(?:\d{1,2}(?:[.、)．]|(?:\.\d{1,2}){1,2}[.\s])|[一二三四五六七八九十]{1,3}、|[①-⑳]|篇[一二三四五六七八九十]+|第[一二三四五六七八九十百]+条)\s*/;
  const time = /^(?:(?:到|在|于|自)?(?:\d{4}|X)年(?:(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|底|内|上半年|下半年|[一二三四]季度)?|(?:\d{1,2}|X)月(?:\d{1,2}日|[上中下]旬|底)?|年底|年内|上半年|下半年|[一二三四]季度)(?:前|之前|以前|起|开始|后)?(?=[\u4e00-\u9fff])/;
  let n = marker.exec(clause)?.[0].length ?? 0;
  n += time.exec(clause.slice(n))?.[0].length ?? 0;
  for (let more = true; more;) {
    more = false;
    for (const w of [...CLAUSE_OPENERS].sort((a, b) => b.length - a.length)) {
      if (clause.startsWith(w, n) && n + w.length < clause.length) { n += w.length; more = true; break; }
    }
  }
  return n;
}
const openerPiece = fc.constantFrom(
  '1', '12', '2022', 'X', '.', '、', ')', '．', ' ', '\t', '①', '⑳', '篇', '第', '条', '一', '二', '十', '百', '是', '年', '月', '日', '底', '内',
  '上', '下', '中', '半', '旬', '季度', '季', '到', '在', '于', '自', '前', '之前', '起', '后', '市', '各县区', '要', ...CLAUSE_OPENERS,
);
const openerText = fc.array(openerPiece, { maxLength: 10 }).map((p) => p.join(''));

describe('openerLength tries its patterns only where they may match', () => {
  it('as it would trying both at every clause', () => {
    fc.assert(fc.property(openerText, (clause) => {
      expect(openerLength(clause)).toBe(openerByPatterns(clause));
    }), { numRuns: 30_000 });
  });
});

describe('isWorkPlanTable counts the labels among the tokens split(/\\s+/) gives', () => {
  it('on texts of labels, names and white space', () => {
    const piece = fc.constantFrom('牵头单位', '配合部门', '责任人', '序号', '完成时限', '市卫生健康委', ' ', '  ', '\n', '\u3000', '\t', 'x', '单位');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (text) => {
      expect(isWorkPlanTable(text)).toBe(text.split(/\s+/).filter((t) => t && isColumnLabel(t)).length >= 3);
    }), { numRuns: 10_000 });
  });
});

/** Pieces of clauses a rule may read: names and their parts, predicates, partners, light verbs, cue words. */
const cuePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nameWords) },
  { weight: 3, arbitrary: fc.constantFrom(...Object.keys(ROLE_VERBS), ...PARTNER_WORDS, ...LIGHT_VERBS, ...AGENT_VERBS, ...STATUS_VERBS, '要', '应', '于', '是', '由', '发挥', '作用', '责任', '主体', '各', '按职责分工', '负总责', '工作', '建设', '2022年', '6月底前') },
  { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
);
const cueClause = fc.array(cuePiece, { maxLength: 10 }).map((parts) => parts.join(''));

describe('givesNothing is a necessary condition of finding a unit in a clause', () => {
  // A clause it passes over finds no unit and leaves no subject list waiting for the next clause's predicate.
  const check = (text: string) => {
    const split = splitClauses(text).clauses;
    if (split.length !== 1 || !givesNothing(split[0]!)) return;
    expect(findUnits(text)).toEqual([]);
    expect(findUnits(`${text}，要做好工作`)).toEqual([]);
    expect(findUnits(`${text}，要做好工作`, { firstListedLeads: true, heading: { text: '1.监督组', at: -6 } })).toEqual([]);
  };
  it('on clauses of names, predicates and cue words', () => {
    fc.assert(fc.property(cueClause, check), { numRuns: 20_000 });
  });
  it('on clauses it passes over and clauses it reads', () => {
    for (const text of ['市卫生健康委', '会同市财政局', '推进甲县中医院建设', '加强医院管理', '市卫生健康委牵头']) check(text);
    expect(givesNothing(clauses('加强医院管理')[0]!)).toBe(true);
    expect(givesNothing(clauses('会同市财政局')[0]!)).toBe(false);
    expect(givesNothing(clauses('市卫生健康委牵头')[0]!)).toBe(false);
  });
});
