/**
 * The site vocabulary several chrome rules look for in a line — site phrases, footer words, site
 * words, download words, a breadcrumb's separator, a label's colon — found by one walk over the line, where each rule's
 * pattern would scan it again. The walk looks up each character in a table of the words' first
 * characters (most characters of a policy text open none of them) and compares the words that
 * open with it. The patterns below are what the walk stands for (test/clean/fast-paths.test.ts
 * holds it to them).
 */

/** Site phrases: one of them makes a line chrome. */
export const SITE_PHRASE = /在手机打开|搜索热词|热门搜索|点击查看更多|展开阅读全文|资源描述|当前文档最多预览|下载文档查看全文|文档下载收益|温馨提示[:：]|正为您匹配|相关资源|相关搜索|最新文档|相关文档|猜你喜欢|热门推荐|推荐访问|相关热词|相关阅读|阅读全文|下载本文|本文下载|查看全文|收藏本页|打印本页|关闭窗口/;
/** A page footer's words (any case). */
export const FOOTER = /ICP备|公网安备|网站标识码|版权所有|Copyright|©|All Rights Reserved|免责声明|电脑版|手机版|网站地图/i;
/** Words of a download link. */
export const DOWNLOAD_WORD = /下载|附件/;
// No "\s*" around it: split() tries every position, and "\s*>" over a long run of spaces with no
// ">" after it costs the square of the run. Parts are trimmed instead.
/** A breadcrumb's separator. */
export const SEPARATOR = />>|»|>|›|→/;
/** Site words: a line with several of them is a sharing site's blurb or tips list. */
export const SITE_WORDS = ['下载', '上传', '文档', '预览', '客服', '版权', '文库', '本站', '会员', '在线阅读', '付费', '投诉', '浏览',
  '收藏', '举报', '珍藏版', '点击', '阅读全文', '相似', '精品', '分享'];

/** Bits of {@link lineWords} above the site words' (bit `k` is `SITE_WORDS[k]`). */
export const PHRASE = 1 << 24, FOOTER_WORD = 1 << 25, DOWNLOAD = 1 << 26, COLON = 1 << 27, SEPARATOR_SIGN = 1 << 28;
const SITE_WORD_BITS = (1 << SITE_WORDS.length) - 1;

/** A word the walk compares, and the bits it sets when found. `fold`: ASCII letters in any case (the word is in lower case). */
interface Word { text: string; second: number; bits: number; fold: boolean }

/** The words that open with each character: `GROUPS[FIRST[c]]` (0: none). */
const FIRST = new Uint8Array(0x10000);
const GROUPS: Word[][] = [[]];

function add(text: string, bits: number, fold = false): void {
  const firsts = fold ? [text.charCodeAt(0), text.toUpperCase().charCodeAt(0)] : [text.charCodeAt(0)];
  for (const c of new Set(firsts)) {
    if (!FIRST[c]) { FIRST[c] = GROUPS.length; GROUPS.push([]); }
    GROUPS[FIRST[c]]!.push({ text, second: text.length > 1 ? text.charCodeAt(1) : -1, bits, fold });
  }
}

// The alternatives of the patterns above, one by one ("温馨提示[:：]" as its two spellings).
for (const p of SITE_PHRASE.source.split('|')) {
  if (p.endsWith('[:：]')) { add(`${p.slice(0, -4)}:`, PHRASE); add(`${p.slice(0, -4)}：`, PHRASE); } else add(p, PHRASE);
}
for (const p of FOOTER.source.split('|')) add(p.toLowerCase(), FOOTER_WORD, /[a-z]/i.test(p));
for (const p of DOWNLOAD_WORD.source.split('|')) add(p, DOWNLOAD);
SITE_WORDS.forEach((w, k) => add(w, 1 << k));
for (const p of SEPARATOR.source.split('|')) add(p, SEPARATOR_SIGN);
add(':', COLON);
add('：', COLON);
if (GROUPS.length > 0xff) throw new Error('internal error: too many first characters for line-words');

/** Does `word` stand in `text` at `k`, before `end`? */
function standsAt(text: string, k: number, end: number, w: Word): boolean {
  if (k + w.text.length > end) return false;
  if (!w.fold) return w.second < 0 || (text.charCodeAt(k + 1) === w.second && text.startsWith(w.text, k));
  for (let j = 0; j < w.text.length; j++) {
    let c = text.charCodeAt(k + j);
    // The patterns' /i folds ASCII letters only: no other character folds to one.
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== w.text.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * What the line holds of the vocabulary above, as bits: {@link PHRASE} (SITE_PHRASE matches),
 * {@link FOOTER_WORD} (FOOTER matches), {@link DOWNLOAD} (DOWNLOAD_WORD matches), {@link COLON}
 * (":" or "："), {@link SEPARATOR_SIGN} (SEPARATOR matches), and bit `k` for each `SITE_WORDS[k]` the line holds.
 */
export function lineWords(line: string): number {
  return lineWordsIn(line, 0, line.length);
}

/**
 * {@link lineWords} of `text.slice(start, end)`, read in `text` itself: a line's string is a
 * slice of its text, which each character read must look through, where the text's own
 * characters are read directly.
 */
export function lineWordsIn(text: string, start: number, end: number): number {
  let found = 0;
  for (let k = start; k < end; k++) {
    const g = FIRST[text.charCodeAt(k)]!;
    if (g === 0) continue;
    const words = GROUPS[g]!;
    for (let m = 0; m < words.length; m++) {
      const w = words[m]!;
      if ((found & w.bits) !== w.bits && standsAt(text, k, end, w)) found |= w.bits;
    }
  }
  return found;
}

/** How many of the site words the line holds, from its {@link lineWords}. */
export function siteWordCount(words: number): number {
  let n = 0;
  for (let bits = words & SITE_WORD_BITS; bits; bits &= bits - 1) n++;
  return n;
}
