import { describe, expect, it } from 'vitest';
import { doc, fixtures, fold, fullWidth, rng, run, squeeze } from './helpers.js';

/** Is `needle` a subsequence of `hay` (every character, in order, gaps allowed)? */
function inOrder(needle: string, hay: string): boolean {
  let k = 0;
  for (let i = 0; i < hay.length && k < needle.length; i++) if (hay[i] === needle[k]) k++;
  return k === needle.length;
}

/** Does source character `c` read as `to` once folded? ("。" between digits is a decimal point.) */
const foldsTo = (c: string | undefined, to: string | undefined) => c !== undefined && ((fold(c) || c) === to || (c === '。' && to === '.'));

const CHUNKED = (() => {
  const fill = '医改工作取得了明显成效,各项改革任务稳步推进,人民群众看病就医负担进一步减轻,基层医疗卫生服务能力不断提升,公立医院改革持续深化。'.repeat(3);
  const chunks = [`${fill.slice(0, 191)}共计1`, `0.4846万人,${fill.slice(0, 184)}建设面积1`, `9330 平方米,${fill.slice(0, 183)}落实保障资`, `金,${fill.slice(0, 60)}`];
  return chunks.map((c, k) => `${k + 1}、${c}`).join('\n');
})();

/** Every fixture, and generated documents with every kind of damage, in both writings. */
const documents = [
  ...fixtures(),
  { name: 'chrome and markers', source: doc(['您当前的位置:首页 > 政府文件', '索引号: 1137/2022-1 发布机构: 某某市卫生健康委员会'], [' - 2 -', '打印本页 关闭窗口']) },
  { name: 'chrome and markers, full-width', source: fullWidth(doc(['您当前的位置:首页 > 政府文件'], [' - 2 -', '打印本页 关闭窗口'])) },
  { name: 'page chunks', source: CHUNKED },
  { name: 'page chunks, full-width', source: fullWidth(CHUNKED) },
  { name: 'CR LF and zero-width characters', source: doc(['\ufeff标题\r'], ['\u200b结束\r']).replace(/\n/g, '\r\n') },
];

describe('offsets: every span points into the source', () => {
  it.each(documents)('$name: copies and diagnostics lie inside the source', ({ source }) => {
    const r = run(source);
    const inside = ([s, e]: [number, number]) => {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThanOrEqual(s);
      expect(e).toBeLessThanOrEqual(source.length);
    };
    for (const c of r.file.copies) {
      inside(c.span);
      expect(c.span[1]).toBeGreaterThan(c.span[0]);
      if (c.of) inside(c.of);
    }
    for (const m of r.file.messages) if (m.span) inside(m.span);
  });

  it.each(documents)('$name: each cleaned character comes from a source character that folds to it, in order', ({ source }) => {
    const { cleaned } = run(source);
    const t = cleaned.text;
    for (let i = 0; i < t.length; i++) {
      const at = t.sourceAt(i);
      expect(foldsTo(source[at], t.text[i]), `${i}: ${source[at]} → ${t.text[i]}`).toBe(true);
      if (i > 0) expect(at).toBeGreaterThan(t.sourceAt(i - 1));
    }
    expect(t.sourceAt(t.length)).toBe(source.length);
  });

  it.each(documents)('$name: random slices map back to source text that holds them', ({ name, source }) => {
    const { cleaned } = run(source);
    const t = cleaned.text;
    const next = rng(name.length * 7919 + source.length);
    for (let k = 0; k < 300; k++) {
      const a = Math.floor(next() * t.length);
      const b = Math.min(t.length, a + 1 + Math.floor(next() * 200));
      const [s, e] = t.sourceRange(a, b);
      const slice = squeeze(t.text.slice(a, b));
      const back = squeeze(fold(source.slice(s, e)));
      expect(inOrder(slice, back), `${JSON.stringify(slice)} in ${JSON.stringify(back)}`).toBe(true);
      // The source range starts and ends on the slice's own first and last characters.
      expect(foldsTo(source[s], t.text[a])).toBe(true);
      expect(foldsTo(source[e - 1], t.text[b - 1])).toBe(true);
    }
  });
});

describe('the seeds, cleaned', () => {
  const seed = (n: string) => run(fixtures().find((f) => f.name === `seed-${n}`)!.source);

  it('003: the numbers cut at chunk seams are whole again', () => {
    const r = seed('003');
    expect(r.text).toContain('10.4846万人');
    expect(r.text).toContain('19330平方米');
    expect(r.text).toContain('地方财政收入6.4亿元');
    expect(r.text).not.toMatch(/^\d{1,2}、/m);
    expect(r.file.messages.filter((m) => m.code === 'chunk-seam-repaired')).toHaveLength(15);
  });

  it('004: the words cut at chunk seams are whole again', () => {
    const r = seed('004');
    expect(r.text).toContain('落实保障资金');
    expect(r.text).toContain('协调推进');
    expect(r.text).toContain('强化健康教育促进');
    expect(r.text).toContain('全过程、全方位监管');
    expect(r.file.messages.filter((m) => m.code === 'chunk-seam-repaired')).toHaveLength(7);
  });

  it('001: the notice is there once; the second copy is a page-copy of the first', () => {
    const r = seed('001');
    const copies = r.file.copies.filter((c) => c.kind === 'page-copy');
    expect(copies).toHaveLength(1);
    const [c] = copies;
    expect(c!.of).toBeDefined();
    expect(c!.of![1]).toBeLessThanOrEqual(c!.span[0]);
    expect(squeeze(r.source.slice(...c!.span))).toBe(squeeze(r.source.slice(...c!.of!)));
    for (const line of ['根据自治区卫生健康委《关于开展', '、主要任务', '一、总体要求']) {
      expect(r.text.split(line).length - 1, line).toBe(1);
    }
    expect(r.meta).toMatchObject({ issuer: '阿拉善盟卫生健康委员会', docNumber: '阿卫健法规字〔2021〕162号', date: '2021-06-21' });
  });

  it('002: 篇三 (= 篇二) and 篇七 (≈ 篇五) are dropped and reported', () => {
    const r = seed('002');
    const kinds = r.file.copies.map((c) => c.kind);
    expect(kinds).toContain('duplicate-article');
    expect(kinds).toContain('near-duplicate');
    expect(r.text).not.toMatch(/篇三\s*:|篇七\s*:/);
    expect(r.text).not.toContain('2022.03.29');
    expect(r.text.split('改革落实情况汇报材料').length - 1).toBe(1);
    expect(r.text.split('定西市卫生健康委员会关于2022年全市卫生健康工作要点').length - 1).toBe(0);
    for (const m of ['篇一:', '篇二:', '篇四:', '篇五:', '篇六:']) expect(r.text).toContain(m);
  });

  it('000: the PDF page markers are gone and the year joins its line', () => {
    const r = seed('000');
    expect(r.file.copies.filter((c) => c.note === 'page marker')).toHaveLength(12);
    expect(r.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    expect(r.text).toContain('2021年是“十四五”的开局之年');
  });
});
