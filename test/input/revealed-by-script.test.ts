/**
 * Pages revealed by script (issue 17's regression test; the rule is main-text.ts's isMainText):
 * `visibility:hidden` or `display:none` on <html>, <body> or the element holding the article does
 * not hide the article — the page used to parse to an empty document with exit 0.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

const article = (open: string, close: string) => `<h1>关于印发2022年工作要点的通知</h1><p>一、总体要求</p>`
  + `<p>${open}一${close}6月底前由市卫生健康委牵头完成。</p><p>${open}二${close}2022年12月底前完成全部任务。</p>`;
const chrome = '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>';

describe('an article hidden until a script reveals it is still read', () => {
  it.each([
    { name: '<body style="visibility: hidden"> (the issue\'s case)', page: (a: string) => `<html><body style="visibility: hidden">${a}</body></html>` },
    { name: '<html style="visibility:hidden">', page: (a: string) => `<html style="visibility:hidden"><body>${a}</body></html>` },
    { name: '<body style="display:none">', page: (a: string) => `<html><body style="display:none">${a}</body></html>` },
    { name: 'the article container hidden beside visible chrome', page: (a: string) => `<html><body>${chrome}<div class="article" style="visibility:hidden;">${a}</div></body></html>` },
    { name: 'the article container display: none', page: (a: string) => `<html><body>${chrome}<div class="article" style="display: none">${a}</div></body></html>` },
  ])('$name', ({ page }) => {
    for (const [open, close] of [['（', '）'], ['(', ')']] as const) {
      const doc = parse(page(article(open, close)), { inputFormat: 'html', includeText: true });
      expect(doc.source.text).toContain('6月底前由市卫生健康委牵头完成');
      expect(doc.diagnostics.map((d) => d.code)).not.toContain('empty-input');
      expect(doc.sections.map((s) => s.marker)).toEqual(['一、']);
      expect(doc.tasks).toHaveLength(2);
      expect(doc.meta.title).toBe('关于印发2022年工作要点的通知');
    }
  });

  it('a hidden copy of the article beside the visible one is still dropped', () => {
    const a = article('（', '）');
    const doc = parse(`<html><body>${a}<div style="display:none">${a}</div></body></html>`, { inputFormat: 'html' });
    expect(doc.tasks).toHaveLength(2);
  });
});
