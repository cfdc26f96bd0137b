/**
 * Hostile inputs for parse(), by kind (issue 17): long digit runs, repeated markers, deep nesting,
 * long lines. Each generator gives a document of about `n` units, in one of the input formats; the
 * fuzz test mixes their pieces, the linearity test times each at n and 4n.
 *
 * Plain JavaScript, not TypeScript: the linearity test times them in a child process of plain
 * Node (test/hostile/linear-probe.mjs), which imports this module as it is.
 */

/**
 * @typedef {object} Generator
 * @property {string} name
 * @property {import('../../src/input/source.js').InputFormat} format
 * @property {(n: number) => string} make A document of about n repetitions of the hostile piece.
 * @property {number} n n for the linearity check: a document that takes some 50–300 ms of CPU to parse.
 */

/** @param {string} body */
const html = (body) => `<html><body>${body}</body></html>`;
/** @returns {Generator} */
const text = (/** @type {string} */ name, /** @type {string} */ unit, /** @type {number} */ n, pre = '', post = '') =>
  ({ name, format: 'text', make: (k) => pre + unit.repeat(k) + post, n });

/** @type {Generator[]} */
export const GENERATORS = [
  // long digit runs
  text('达到 + digits + %', '7', 100_000, '达到', '%'),
  text('达到 + digits + ％ (full width)', '７', 100_000, '达到', '％'),
  text('第 + digits + 条', '9', 100_000, '第', '条'),
  text('digits + 年', '2', 100_000, '', '年'),
  text('digits + 篇', '3', 100_000, '关于印发方案的通知', '篇'),
  text('digits and dots', '1.', 50_000),
  text('a date after a digit run', '0', 100_000, '', '2022年6月30日'),
  // repeated markers, in one line and one a line
  text('一、 in one line', '一、', 20_000),
  text('（一） in one line', '（一）', 15_000),
  text('(1) in one line', '(1)', 30_000),
  text('第一条 in one line', '第一条', 15_000),
  text('一、 one a line', '一、总体要求\n', 6_000),
  text('(一) one a line', '(一)推进工作\n', 12_000),
  text('1. one a line', '1.完成任务\n', 12_000),
  text('附件 one a line', '附件\n', 6_000),
  text('dates one a line', '2022年6月30日\n', 4_000),
  text('deadlines in one line', '6月底前', 5_000),
  text('targets in one line', '达到95%以上', 6_000),
  text('units and duties', '由市卫生健康委牵头，', 4_000),
  text('关于 without its end', '关于', 50_000),
  text('〔 without its end', '〔2022〕', 20_000),
  // long lines
  text('one line of 的', '的', 100_000),
  text('one line of Chinese without punctuation', '推进改革工作要点', 15_000),
  text('one line of commas', '，', 100_000),
  text('one line of colons', '：', 100_000),
  text('a run of spaces', ' ', 100_000, '甲', '乙'),
  text('a run of ideographic spaces', '\u3000', 50_000, '甲', '乙'),
  text('blank lines', '\n', 100_000, '甲', '乙'),
  text('short lines', '甲\n', 10_000),
  // markup: repeated markers and nesting
  { name: 'Markdown - one a line', format: 'markdown', make: (k) => '- 项\n'.repeat(k), n: 1_000 },
  { name: 'Markdown # one a line', format: 'markdown', make: (k) => '# 一、总体要求\n'.repeat(k), n: 1_000 },
  { name: 'Markdown > × n', format: 'markdown', make: (k) => `${'>'.repeat(k)} 正文`, n: 50_000 },
  { name: 'Markdown - × n in one line', format: 'markdown', make: (k) => `${'- '.repeat(k)}正文`, n: 30_000 },
  { name: 'Markdown emphasis runs', format: 'markdown', make: (k) => '**粗*斜'.repeat(k), n: 5_000 },
  { name: 'Markdown [ runs', format: 'markdown', make: (k) => '[链接'.repeat(k), n: 4_000 },
  { name: 'HTML unclosed <div><p>', format: 'html', make: (k) => html(`${'<div><p>'.repeat(k)}正文`), n: 3_000 },
  { name: 'HTML unclosed <font>', format: 'html', make: (k) => html(`${'<font>'.repeat(k)}正文`), n: 10_000 },
  { name: 'HTML closed nesting', format: 'html', make: (k) => html(`${'<div>'.repeat(k)}正文${'</div>'.repeat(k)}`), n: 8_000 },
  { name: 'HTML paragraphs', format: 'html', make: (k) => html('<p>（一）6月底前完成。</p>'.repeat(k)), n: 2_000 },
  { name: 'HTML table rows', format: 'html', make: (k) => html(`<table>${'<tr><td>1</td><td>任务</td><td>市委</td></tr>'.repeat(k)}</table>`), n: 500 },
  { name: 'HTML hidden blocks', format: 'html', make: (k) => html('<div style="display:none">隐藏的文字。</div><p>正文。</p>'.repeat(k)), n: 1_500 },
  { name: 'HTML unclosed <', format: 'html', make: (k) => html('<'.repeat(k)), n: 100_000 },
  { name: 'HTML links', format: 'html', make: (k) => html(`<ul>${'<li><a href="x">链接</a></li>'.repeat(k)}</ul>`), n: 5_000 },
];
