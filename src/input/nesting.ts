/**
 * Nesting deeper than any real document: the readers of HTML and Markdown walk their trees by
 * recursion, and a page of 12 000 unclosed `<div><p>` or `<font>`, or a Markdown line of 5 000 `>`,
 * would overflow the stack (and make remark's container bookkeeping blow up in memory). Such input
 * is flattened first, before any recursive walk (HTML) or before the library parses (Markdown);
 * the reader of the source reports it as `nesting-flattened`.
 */
import type { DomNode } from './html.js';

/** Real pages nest 15–25 elements deep (the development corpus peaks at 22); a sloppy CMS page may reach 60. */
export const MAX_HTML_DEPTH = 128;
/** Real Markdown nests quotes and lists a few levels; 32 is past any document. */
export const MAX_MARKDOWN_DEPTH = 32;

/** Elements whose end is a line break in the flattened text (the readers' block elements, rows, cells). */
const LINE_ENDS = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'blockquote', 'pre', 'center', 'br', 'hr']);
/** Elements whose text is no text of the page. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'select', 'textarea']);

/**
 * Replaces, under every element at depth {@link MAX_HTML_DEPTH}, the whole subtree by one text node
 * holding its text (block ends as line breaks), walking with an explicit stack. Returns how many
 * subtrees were flattened (0 for any real page: nothing is touched).
 * @example flattenDeepHtml(load('<div>'.repeat(500) + 'x').root()[0]) // 1: the tree is now 128 deep
 */
export function flattenDeepHtml(root: DomNode, maxDepth = MAX_HTML_DEPTH): number {
  let flattened = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const children = node.children;
    if (!children?.length) continue;
    if (depth < maxDepth) {
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
      continue;
    }
    if (!children.some((c) => c.children?.length)) continue;
    // The readers walk DomNode shapes only (no DOM library call follows), so plain nodes do: lines and <br>s.
    const lines = flatText(node).split('\n');
    const flat: DomNode[] = [];
    lines.forEach((data, i) => {
      if (i > 0) flat.push({ type: 'tag', name: 'br', attribs: {}, children: [] });
      if (data) flat.push({ type: 'text', data });
    });
    node.children = flat;
    flattened++;
  }
  return flattened;
}

/** The text of a subtree, iteratively: text nodes in order, a line break around each block (the reader collapses repeated breaks). */
function flatText(node: DomNode): string {
  const parts: string[] = [];
  // Nodes to visit, and the string '\n' for "a block ends here".
  const stack: Array<DomNode | '\n'> = [...(node.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n === '\n') { parts.push('\n'); continue; }
    if (n.type === 'text') { parts.push(n.data ?? ''); continue; }
    if (n.type !== 'tag' && n.type !== 'cdata') continue;
    const name = n.name ?? '';
    if (SILENT.has(name)) continue;
    if (LINE_ENDS.has(name)) { parts.push('\n'); stack.push('\n'); }
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * Markdown with no line opening more than {@link MAX_MARKDOWN_DEPTH} containers (`>` quotes and
 * list markers, as written at the line's start): a deeper line keeps its first containers and
 * loses the rest of its prefix, its text kept. Returns the text (the same string when nothing is
 * that deep) and the lines changed.
 * @example capMarkdownNesting('>'.repeat(5000) + ' x').text.length // 32 + ' x'.length
 */
export function capMarkdownNesting(markdown: string, maxDepth = MAX_MARKDOWN_DEPTH): { text: string; lines: number } {
  // Cheap gate: a line this deep has at least maxDepth marker characters; most documents have no such run.
  if (!hasDeepPrefix(markdown, maxDepth)) return { text: markdown, lines: 0 };
  let changed = 0;
  const out = markdown.split('\n').map((line) => {
    const cut = prefixCut(line, maxDepth);
    if (cut < 0) return line;
    changed++;
    return line.slice(0, cut) + line.slice(prefixEnd(line, cut)).trimStart();
  });
  return { text: changed ? out.join('\n') : markdown, lines: changed };
}

/** Is there a line whose prefix (spaces, `>`, list markers) is at least `min` characters long? */
function hasDeepPrefix(text: string, min: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { run = 0; continue; }
    if (run < 0) continue;
    // space, tab, > - * + . ) and digits: the characters of a container prefix
    if (c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43 || c === 46 || c === 41 || (c >= 48 && c <= 57)) {
      if (++run >= min) return true;
    } else run = -1;
  }
  return false;
}

/**
 * Where the line's container prefix passes `maxDepth` containers or `4 × maxDepth` characters
 * (the index after the last kept container), or -1 when it does not.
 */
function prefixCut(line: string, maxDepth: number): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    const white = i;
    while (line[i] === ' ' || line[i] === '\t') i++;
    // Indentation nests lists too (a staircase of items): a prefix wider than any real nesting is cut.
    if (i > maxDepth * 4) return white;
    const next = containerEnd(line, i);
    if (next < 0) return -1;
    if (++depth > maxDepth) return i;
    i = next;
  }
}

/** Where the whole container prefix of the line ends, from `from` on. */
function prefixEnd(line: string, from: number): number {
  let i = from;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const next = containerEnd(line, i);
    if (next < 0) return i;
    i = next;
  }
}

/** The end of a `>` or a list marker (`-`, `*`, `+`, `1.`, `1)` followed by white space or the line's end) at `i`, or -1. */
function containerEnd(line: string, i: number): number {
  const c = line[i];
  if (c === '>') return i + 1;
  if (c === '-' || c === '*' || c === '+') return i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t' ? i + 1 : -1;
  let j = i;
  while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
  if (j === i || (line[j] !== '.' && line[j] !== ')')) return -1;
  return j + 1 === line.length || line[j + 1] === ' ' || line[j + 1] === '\t' ? j + 1 : -1;
}

/** Emphasis delimiter runs (`*`, `_`) one paragraph may hold: micromark pairs them in time growing with their square. */
export const MAX_EMPHASIS_RUNS = 200;
/** `<` one paragraph may hold beyond its `>`: micromark scans from each unclosed one (`<!--`) to the paragraph's end. */
export const MAX_UNCLOSED_ANGLES = 200;
const DELIMITER_RUN = /[*_]+/g;

/**
 * Markdown whose paragraphs hold at most {@link MAX_EMPHASIS_RUNS} runs of `*` or `_` and at most
 * {@link MAX_UNCLOSED_ANGLES} more `<` than `>`: remark takes time growing with the square of
 * either (`**粗*斜` × 10 000 took a minute, `<!--` × 5 000 half one). A paragraph with more (no
 * real document has them) loses its delimiter runs, as its emphasis would be lost in the text
 * anyway (a list bullet opening a line is kept), and has its `<` written full width (＜), read as text. Returns
 * the text (the same string when no paragraph has that many) and the paragraphs changed.
 * @example capInlineOpeners('*a'.repeat(300)).text // 'a'.repeat(300)
 */
export function capInlineOpeners(markdown: string, maxRuns = MAX_EMPHASIS_RUNS, maxAngles = MAX_UNCLOSED_ANGLES): { text: string; paragraphs: number } {
  // Cheap gate: fewer such characters than a cap, no paragraph can pass it.
  let delimiters = 0, angles = 0;
  for (let i = 0; i < markdown.length && delimiters <= maxRuns && angles <= maxAngles; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95) delimiters++;
    else if (c === 60) angles++;
  }
  if (delimiters <= maxRuns && angles <= maxAngles) return { text: markdown, paragraphs: 0 };
  let changed = 0;
  // Paragraphs end at blank lines; the separators (odd indexes) are kept as they are.
  const parts = markdown.split(/(\n[ \t]*\n)/);
  for (let i = 0; i < parts.length; i += 2) {
    let block = parts[i]!;
    const runs = block.match(DELIMITER_RUN)?.length ?? 0;
    const unclosed = count(block, '<') - count(block, '>');
    if (runs <= maxRuns && unclosed <= maxAngles) continue;
    if (runs > maxRuns) {
      block = block.split('\n').map((line) => {
        const bullet = /^[ \t]*[*_-][ \t]/.exec(line)?.[0].length ?? 0;
        return line.slice(0, bullet) + line.slice(bullet).replace(DELIMITER_RUN, '');
      }).join('\n');
    }
    // Not a backslash escape: micromark merges the text around thousands of escapes in quadratic time too.
    if (unclosed > maxAngles) block = block.replace(/</g, '＜');
    parts[i] = block;
    changed++;
  }
  return { text: changed ? parts.join('') : markdown, paragraphs: changed };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * Open elements the HTML may nest before the parser sees it: htmlparser2 checks each new tag
 * against the stack of open ones, so 100 000 unclosed `<font>` take minutes. Far above any real
 * page (and above {@link MAX_HTML_DEPTH}, where the reader flattens anyway).
 */
export const MAX_PARSER_DEPTH = 1000;
/** Elements that never hold others (their start tag opens nothing). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end is a line break: dropped, they leave a <br> so the lines survive. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'section', 'article', 'center', 'dd', 'dt']);
// One tag at a time; [^<>]* keeps a run of unclosed "<" linear.
const TAG = /<(?<close>\/)?(?<name>[a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*>/g;

/**
 * HTML whose tags never nest past {@link MAX_PARSER_DEPTH} open elements (counted as written:
 * implied ends such as `<p>` closing a `<p>` count as open, so the count is high, never low):
 * past it, start tags are dropped with their end tags (a block's tag leaves a `<br>`), the text
 * kept. Returns the text (the same string for any real page) and how many tags were dropped.
 * @example capHtmlNesting('<font>'.repeat(5000) + '正文').dropped // 4000
 */
export function capHtmlNesting(html: string, maxDepth = MAX_PARSER_DEPTH): { text: string; dropped: number } {
  if (html.length < maxDepth * 3 || deepestNesting(html) <= maxDepth) return { text: html, dropped: 0 };
  const parts: string[] = [];
  let at = 0, dropped = 0, pending = 0, depth = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m.groups!.name!.toLowerCase();
    const open = !m.groups!.close && !VOID.has(name) && !m[0].endsWith('/>');
    let drop = false;
    if (open) {
      if (depth >= maxDepth) { drop = true; pending++; } else depth++;
    } else if (m.groups!.close) {
      if (pending > 0) { drop = true; pending--; } else depth = Math.max(0, depth - 1);
    }
    if (!drop) continue;
    parts.push(html.slice(at, m.index), BREAKS.has(name) ? '<br>' : '');
    at = m.index + m[0].length;
    dropped++;
  }
  parts.push(html.slice(at));
  return { text: parts.join(''), dropped };
}

/** ASCII letters, and the characters a tag name may go on with (letters, digits, "-"). */
const NAME_START = new Uint8Array(128), NAME_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  NAME_START[c] = letter ? 1 : 0;
  NAME_PART[c] = letter || (c >= 48 && c <= 57) || c === 45 ? 1 : 0;
}

/**
 * The deepest nesting of open elements as {@link TAG} reads the tags (the same tags, the same
 * counting as {@link capHtmlNesting}'s dropping pass), by a scan of the characters: every page
 * is measured, and a match object per tag made this the costliest part of reading HTML.
 */
export function deepestNesting(html: string): number {
  let depth = 0, deepest = 0;
  const n = html.length;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    let k = i + 1;
    const close = html.charCodeAt(k) === 47; // "/"
    if (close) k++;
    const nameStart = k;
    const first = html.charCodeAt(k);
    if (!(first < 128 && NAME_START[first])) continue;
    for (k++; k < nameStart + 31 && k < n; k++) { const c = html.charCodeAt(k); if (!(c < 128 && NAME_PART[c])) break; }
    let end = k;
    for (; end < n; end++) { const c = html.charCodeAt(end); if (c === 60 || c === 62) break; } // "<" ">"
    if (html.charCodeAt(end) !== 62) { i = end - 1; continue; }
    if (close) depth = Math.max(0, depth - 1);
    else if (html.charCodeAt(end - 1) !== 47 && !VOID.has(html.slice(nameStart, k).toLowerCase())) deepest = Math.max(deepest, ++depth);
    i = end;
  }
  return deepest;
}
