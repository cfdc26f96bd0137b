// Large inputs made of what the cleaner's rules look for: for test/clean/linear.test.ts (which
// checks that cleaning them completes) and bench/clean.mjs (which records the time per MB).

const SENTENCE = '医改工作取得了明显成效,各项改革任务稳步推进,人民群众看病就医负担进一步减轻,基层医疗卫生服务能力不断提升,公立医院改革持续深化,全民医保体系更加健全。';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Repeats `unit(k)` for k = 0, 1, 2 … until the text is `size` characters long. */
function fill(size, unit) {
  const parts = [];
  let length = 0;
  for (let k = 0; length < size; k++) { const u = unit(k); parts.push(u); length += u.length; }
  return parts.join('').slice(0, size);
}

/** @type {Record<string, (size: number) => string>} */
export const largeInputs = {
  /** Outline markers alone and with titles: "一、" "(一)" "1." and PDF page markers "- 3 -". */
  'markers': (size) => fill(size, (k) => `${CN[k % 10]}、\n(${CN[k % 10]})\n${k % 9 + 1}.\n - ${k % 300 + 1} -\n一、总体要求\n(一)工作目标\n1.加强组织领导\n`),
  /** One page-chunk run "1、" "2、" "3、" … of thousands of chunks of one size, cut mid-word. */
  'chunk prefixes': (size) => fill(size, (k) => `${k + 1}、${SENTENCE.repeat(3).slice(k % 50, k % 50 + 120)}\n`),
  /** Bare "N、" lines, numbered in order, with nothing after them. */
  'bare chunk numbers': (size) => fill(size, (k) => `${k + 1}、\n`),
  /** Page markers of every form between short pages, and bare page numbers in sequence. */
  'page markers': (size) => fill(size, (k) => `${SENTENCE}\n${SENTENCE}\n\n - ${k + 1} -\n\n${SENTENCE}\n第 ${k + 1} 页\n${SENTENCE}${SENTENCE}\n${k + 1}\n第${k + 1}页 / 共99页\n`),
  /** All of it on one line. */
  'one long line': (size) => fill(size, (k) => `一、(一)1.- 3 - ${k + 1}、第 3 页 下载 ?? 当前位置: >`),
  /** Runs that make backtracking regexes cost the square of their length. */
  'long runs': (size) => {
    const q = Math.floor(size / 4);
    return `时间:a${' '.repeat(q)}b\n首页${' '.repeat(q)}x\n${'下载'.repeat(Math.floor(q / 2))}\n${'?'.repeat(size)}`.slice(0, size);
  },
  /** A compilation of thousands of articles "篇N:" that look alike without being copies. */
  'articles': (size) => fill(size, (k) => `篇${CN[k % 10]}:范文\n第${k}项任务:推进分级诊疗${k * 7}号方案,完善医保支付${k % 97}项措施,坚持以人民健康为中心,深化医药卫生体制改革${k % 89}。\n`),
  /** A seed-like page: chrome, a metadata block, a wrapped body, spaced words, page markers. */
  'document': (size) => fill(size, (k) => [
    '您当前的位置:首页 > 政府信息公开 > 政府文件', `索引号: 1137/2022-${k} 发布机构: 某某市卫生健康委员会`, `${CN[k % 10]}、总体要求`,
    ...(SENTENCE + SENTENCE).match(/.{1,30}/gu), '持 续 深 化公 立 医 院改 革', '2021', '年是“十四五”的开局之年。', ' - 2 -', '打印本页 关闭窗口', '',
  ].join('\n')),
};
