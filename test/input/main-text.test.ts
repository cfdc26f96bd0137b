import { describe, expect, it } from 'vitest';
import { hiddenVerdict, isMainText, type MainTextInputs } from '../../src/input/main-text.js';
import { htmlToText } from '../../src/input/html.js';
import { parse } from '../../src/parse.js';
import { inBothWidths } from '../clean/helpers.js';

const base: MainTextInputs = { chars: 0, linkChars: 0, repeatedChars: 0, sentenceEnds: 0, outsideChars: 0 };

describe('isMainText: the one decision on hidden elements', () => {
  it.each([
    { name: 'a hidden <body>: all the page says', e: { chars: 3000, sentenceEnds: 40, outsideChars: 0 }, main: true },
    { name: 'a hidden article container beside the visible chrome', e: { chars: 3000, sentenceEnds: 40, outsideChars: 300 }, main: true },
    { name: 'a short notice hidden beside a shorter visible footer', e: { chars: 80, sentenceEnds: 2, outsideChars: 60 }, main: true },
    { name: 'text revealed by a script ("展开全文") beside the visible article', e: { chars: 900, sentenceEnds: 12, outsideChars: 2000 }, main: true },
    { name: 'a hidden second copy of the article', e: { chars: 3000, repeatedChars: 2950, sentenceEnds: 40, outsideChars: 3200 }, main: false },
    { name: 'an abridged hidden copy, a few words its own', e: { chars: 16000, repeatedChars: 15600, sentenceEnds: 300, outsideChars: 16700 }, main: false },
    { name: 'a hidden menu: links', e: { chars: 60, linkChars: 50, outsideChars: 3200 }, main: false },
    { name: 'a hidden login block: short, no sentence', e: { chars: 12, outsideChars: 3200 }, main: false },
    { name: 'a hidden sticky header: the title again, a date, a source', e: { chars: 60, repeatedChars: 40, outsideChars: 3200 }, main: false },
    { name: 'a block of prose without sentences (a list of names)', e: { chars: 300, sentenceEnds: 0, outsideChars: 3200 }, main: false },
    { name: 'nothing of its own', e: { chars: 0, outsideChars: 0 }, main: false },
  ])('$name → $main', ({ e, main }) => {
    expect(isMainText({ ...base, ...e })).toBe(main);
  });
});

describe('hiddenVerdict: what a hidden element is', () => {
  it.each([
    { name: 'main text', e: { chars: 3000, sentenceEnds: 40, outsideChars: 0 }, verdict: 'content' },
    { name: 'a copy of the page', e: { chars: 3000, repeatedChars: 2950, sentenceEnds: 40, outsideChars: 3200 }, verdict: 'page-copy' },
    { name: 'a flattened copy with a few words that do not match', e: { chars: 16000, repeatedChars: 15600, sentenceEnds: 300, outsideChars: 16700 }, verdict: 'page-copy' },
    { name: 'a sticky header repeating the title: too short to be a copy', e: { chars: 60, repeatedChars: 60, outsideChars: 3200 }, verdict: 'boilerplate' },
    { name: 'a menu', e: { chars: 60, linkChars: 50, outsideChars: 3200 }, verdict: 'boilerplate' },
    { name: 'half repeated, half chrome', e: { chars: 400, repeatedChars: 200, outsideChars: 3200 }, verdict: 'boilerplate' },
  ])('$name → $verdict', ({ e, verdict }) => {
    expect(hiddenVerdict({ ...base, ...e })).toBe(verdict);
  });
});

const LINES = ['一、总体要求', '(一)各单位要高度重视,加强组织领导,6月底前完成全部工作任务。',
  '(二)各单位要按时报送工作进展情况,确保各项任务落到实处,取得实效。', '二、保障措施',
  '(一)加强督促检查,对工作推进不力的单位进行通报,确保按期完成。'];
/** The article's paragraphs, their text written as the case says (the tags stay ASCII). */
const article = (write: (s: string) => string = (s) => s) => LINES.map((l) => `<p>${write(l)}</p>`).join('');
const ARTICLE = article();
const CHROME = '<div class="top">无障碍 长者助手</div><div class="foot">主办单位:某市人民政府办公厅</div>';

/** The kinds and notes of a page's copies, and the headings it keeps. */
function read(html: string) {
  const doc = parse(html, { path: 'page.html', includeText: true });
  const text = doc.source.text!;
  return {
    copies: doc.copies.filter((c) => c.note !== 'site chrome').map((c) => ({ kind: c.kind, note: c.note, text: text.slice(...c.span).trim(), of: c.of && text.slice(...c.of).trim() })),
    markers: doc.sections.flatMap((s) => [s.marker, ...s.children.map((c) => c.marker)]),
  };
}

describe('hidden elements of a page, through parse()', () => {
  it.each(inBothWidths([{ name: 'body' }]))('a <body> hidden until its scripts run is the document ($width)', ({ write }) => {
    const r = read(`<html><body style="visibility:hidden">${CHROME}${article(write)}</body></html>`);
    expect(r.markers).toEqual(['一、', '(一)', '(二)', '二、', '(一)']);
    expect(r.copies).toEqual([]);
  });

  it.each(inBothWidths([{ name: 'container' }]))('an article container shown by a script is the document ($width)', ({ write }) => {
    const r = read(`<html><body>${CHROME}<div id="zoom" style="display:none">${article(write)}</div></body></html>`);
    expect(r.markers).toEqual(['一、', '(一)', '(二)', '二、', '(一)']);
    expect(r.copies).toEqual([]);
  });

  it.each(inBothWidths([{ name: 'copy' }]))('a hidden second copy of the article is a page-copy of it ($width)', ({ write }) => {
    const r = read(`<html><body>${CHROME}<div class="content">${article(write)}</div><div class="print" style="display:none">${article(write)}</div></body></html>`);
    expect(r.markers).toEqual(['一、', '(一)', '(二)', '二、', '(一)']);
    expect(r.copies).toHaveLength(1);
    expect(r.copies[0]).toMatchObject({ kind: 'page-copy', note: 'hidden copy of the page text' });
    expect(r.copies[0]!.of).toBe(r.copies[0]!.text);
  });

  it.each(inBothWidths([{ name: 'chrome' }]))('hidden menus, login blocks and counters are boilerplate ($width)', ({ write }) => {
    const menu = '<ul class="mainnav" style="visibility:hidden"><li><a href="/a">首页</a></li><li><a href="/b">政务公开</a></li><li><a href="/c">政务服务</a></li></ul>';
    const login = '<li id="login" style="display: none">用户登录 您好 退出</li>';
    const r = read(`<html><body>${login}${menu}${CHROME}<div>${article(write)}</div><p style="display:none">-</p></body></html>`);
    expect(r.markers).toEqual(['一、', '(一)', '(二)', '二、', '(一)']);
    // Hidden blocks next to each other are one report.
    expect(r.copies.map((c) => [c.kind, c.note])).toEqual([['boilerplate', 'hidden block'], ['boilerplate', 'hidden block']]);
    expect(r.copies.map((c) => c.text)).toEqual(['用户登录 您好 退出\n首页\n政务公开\n政务服务', '-']);
  });

  it('a hidden block inside the hidden <body> is decided in its turn', () => {
    const r = read(`<html><body style="visibility:hidden">${ARTICLE}<span style="display:none">网络支持 IPv6 网络</span></body></html>`);
    expect(r.copies.map((c) => [c.kind, c.text])).toEqual([['boilerplate', '网络支持 IPv6 网络']]);
  });

  it('the hidden copy appears in the extracted text, so that its span points at it', () => {
    const { text, layout } = htmlToText(`<div>${ARTICLE}</div><div style="display:none">${ARTICLE}</div>`);
    const [copy] = layout.drops;
    expect(text.slice(...copy!.range).trim()).toBe(text.slice(...copy!.of!));
  });
});

describe('hidden copies of large pages stay linear', () => {
  const paragraph = (i: number) => `<p>(${i})第${i}项工作要按照第${i * 7}号文件的要求,于${(i % 12) + 1}月底前完成第${i}批任务,确保取得实效。</p>`;
  it.each([
    { name: 'in order', order: (ps: string[]) => ps },
    { name: 'run together and reversed', order: (ps: string[]) => [ps.reverse().join('').replace(/<\/?p>/g, '')] },
  ])('a hidden copy of 3000 paragraphs ($name)', ({ order }) => {
    const ps = Array.from({ length: 3000 }, (_, i) => paragraph(i + 1));
    const html = `<div>${ps.join('')}</div><div style="display:none">${order([...ps]).join('')}</div>`;
    const started = performance.now();
    const { layout } = htmlToText(html);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(layout.drops.map((d) => d.kind)).toEqual(['page-copy']);
  });
});
