import { describe, expect, it } from 'vitest';
import { BODY_NAMES } from '../../src/extract/lexicon/body-names.js';
import { isUnitName } from '../../src/extract/lexicon/unit-names.js';
import { findUnits } from '../../src/extract/units.js';
import { bothWidths } from './helpers.js';

// The lexicon of short names that follow no head (国家发展改革委, 证监会, 全国妇联 …): every entry is
// a name alone, and the unit of a responsibility parenthetical, in ASCII and full-width punctuation.
describe('every lexicon entry', () => {
  const rows = BODY_NAMES.map((b) => ({ text: `(${b.name}负责)`, name: b.name }));
  it.each(BODY_NAMES.map((b) => ({ name: b.name, kind: b.kind })))('$name ($kind) is a name alone', ({ name }) => {
    expect(isUnitName(name)).toBe(true);
  });
  it.each(bothWidths(rows))('$text ($width) gives it, responsible', ({ input, name }) => {
    expect(findUnits(input).map((u) => `${u.role}:${u.name}`)).toEqual([`responsible:${name}`]);
  });
  it.each(bothWidths(BODY_NAMES.map((b) => ({ text: `(${b.name}牵头,国务院相关部门按职责分工负责)`, name: b.name }))))(
    '$text ($width) gives it, lead', ({ input, name }) => {
      expect(findUnits(input).map((u) => `${u.role}:${u.name}`)).toEqual([`lead:${name}`, 'responsible:国务院相关部门']);
    });
});

describe('lexicon entries of every level take a level or place prefix', () => {
  const local = BODY_NAMES.filter((b) => b.level === 'any');
  it.each(local.flatMap((b) => ['市', '区', '县', '天河区'].map((p) => ({ name: `${p}${b.name}` }))))('$name', ({ name }) => {
    expect(isUnitName(name)).toBe(true);
  });
});

describe('the lexicon as data', () => {
  it('names each entry once, with a level and a kind', () => {
    const names = BODY_NAMES.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    for (const b of BODY_NAMES) {
      expect(['national', 'any']).toContain(b.level);
      expect(b.kind).toMatch(/^[a-z-]+$/);
    }
  });
  it('holds the official short forms task-division plans use', () => {
    const names = new Set(BODY_NAMES.map((b) => b.name));
    for (const n of ['国家发展改革委', '人力资源社会保障部', '住房城乡建设部', '市场监管总局', '国家医保局', '海关总署', '税务总局',
      '国家卫生健康委', '国务院国资委', '国家知识产权局', '人民银行', '金融监管总局', '银保监会', '证监会', '国家卫生计生委', '银监会',
      '保监会', '工商总局', '质检总局', '食品药品监管总局', '中央网信办', '全国妇联', '中国残联', '妇联', '残联', '科协', '红十字会']) {
      expect(names.has(n), n).toBe(true);
    }
  });
});
