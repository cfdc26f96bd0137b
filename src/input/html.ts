import { lazy } from '../lazy.js';
import type { Meta } from '../schema/document.js';
import type { Range } from '../file.js';
import { isoDateIn } from '../extract/lexicon/calendar.js';
import { BOLD_RANK, type Layout, type LayoutDrop, type LayoutHeading, isHeadingText, mergeDrops, rankBoldRuns } from './layout.js';
import { hiddenVerdict, MIN_COPY, MIN_PROSE } from './main-text.js';
import { isMetadataTable } from './meta-table.js';
import { capHtmlNesting, flattenDeepHtml } from './nesting.js';

/** The parts of a domhandler node this module reads. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

export interface HtmlText {
  text: string;
  /** Metadata the page states in `<title>`, `<meta>` and gov-site metadata tables. */
  meta: Partial<Meta>;
  /** Headings the markup sets, and the blocks that are no text of the document (see {@link Layout}). */
  layout: Layout;
  /** Subtrees nested deeper than any real page, flattened to their text before the walk (see nesting.ts). */
  flattened?: number;
}

const cheerio = lazy<typeof import('cheerio/slim')>('cheerio/slim');

export const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'iframe',
  'select', 'option', 'button', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'head', 'audio', 'video', 'map']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'hr', 'center', 'body', 'html', 'fieldset', 'legend', 'details', 'summary']);
const TABLE_PART = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** The most characters a heading's line may take as written (its spaces too): a title is longer than a heading. */
const MAX_HEADING_WRITTEN = 200;
/** Blocks that may be a wholly bold line: a paragraph, not a container of paragraphs. */
const PARAGRAPH = new Set(['p', 'div', 'li', 'dt', 'dd']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const CENTERED_STYLE = /(?:^|;)\s*text-align\s*:\s*(?:center|right)/i;
const SENTENCE_END = /[。！？；!?;]/g;
const CLAUSE_END = /[。！？；!?;，,]/;
/** How many passes over the page's text the search for a hidden block's clauses may cost. */
const SEARCH_PASSES = 16;

/** Labels of the metadata tables Chinese government sites put above an article, and the meta field each fills. */
const META_LABELS: ReadonlyArray<[RegExp, keyof Meta]> = [
  [/^(?:发布机构|发文机关|发文单位|制定机关|发布单位|来源单位)$/, 'issuer'],
  [/^(?:发文字号|文号|字号)$/, 'docNumber'],
  [/^(?:成文日期|成文时间|发文日期|印发日期|公布日期)$/, 'date'],
  [/^(?:标题|名称|文件名称)$/, 'title'],
];
/** Labels common as column headers of ordinary tables too: they count only when followed by a colon. */
const NEEDS_COLON = /^(?:标题|名称|文号|字号)$/;
/** `发文字号:X〔2021〕1号`, `索 引 号：` (the value in the next cell), or a bare label. */
const META_CELL = /^(?<label>[^:：]{2,16}?)\s*(?:(?<colon>[:：])\s*(?<value>.*))?$/;

/**
 * HTML (a page or a fragment) → its article text in reading order: block elements and `<br>` as
 * line breaks, table rows as lines with tab-separated cells (a layout cell holding the article
 * keeps its paragraphs as lines), inline markup never splitting text. Scripts, navigation and
 * forms are dropped. A hidden element is kept when it is the page's main text; otherwise its text
 * stays in the extracted text, marked in `layout.drops` as a `page-copy` or `boilerplate` for the
 * cleaner to report and drop, as are metadata tables.
 * @example htmlToText('<p><strong>2</strong><strong>.不断优化</strong></p>').text // '2.不断优化'
 */
export function htmlToText(input: string): HtmlText {
  const { text: html, dropped } = capHtmlNesting(input);
  const $ = cheerio().load(html);
  const root = $.root()[0] as unknown as DomNode;
  const flattened = flattenDeepHtml(root) + (dropped ? 1 : 0);
  const reader = new Reader();
  reader.walk(root);
  const text = reader.out.finish();
  const meta: Partial<Meta> = {};
  readHead(root, meta);
  readMetaTables(root, meta);
  const drops = [...reader.drops, ...judgeHidden(text, reader.hidden, reader.linkChars)];
  const titles = [meta.title, ...reader.titles].filter((t): t is string => !!t);
  const firstTitle = reader.titleAt ?? -1;
  const headings = rankBoldRuns(text, reader.headings
    .filter((h) => h.range[0] > firstTitle && isHeadingText(text.slice(h.range[0], h.range[1]), titles)));
  const tableRows = clamp(reader.tableRows.map((range) => ({ range })), text.length).map((r) => r.range);
  return {
    text, meta, layout: { headings: clamp(headings, text.length), drops: mergeDrops(text, clamp(drops, text.length)), tableRows },
    ...(flattened ? { flattened } : {}),
  };
}

function clamp<T extends { range: Range }>(items: T[], length: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    const start = Math.min(item.range[0], length), end = Math.min(item.range[1], length);
    if (end > start) out.push({ ...item, range: [start, end] });
  }
  return out;
}

/** A hidden element whose text was written at `range`, and the hidden element around it, if any. */
/** A hidden element whose text was written at `range`, the link characters written before its start and end, and the hidden element around it. */
interface HiddenBlock { range: Range; links: Range; parent: number }

/** Blocks that may be a list of links (related articles, navigation, "相关链接") rather than text. */
const LINK_LIST = new Set(['ul', 'ol', 'div', 'dl', 'table', 'section', 'aside', 'p']);

/**
 * A list of links: two or more links carrying three quarters of the block's text. Navigation menus,
 * "相关链接" and "上一篇/下一篇" blocks read as links; article text does not.
 */
function isLinkList(node: DomNode, counts: WeakMap<DomNode, TextCounts>): boolean {
  if (!counts.has(node)) countSubtree(node, counts);
  const { chars, linkChars, links } = counts.get(node)!;
  return links >= 2 && chars > 0 && linkChars / chars >= 0.75;
}

interface TextCounts { chars: number; linkChars: number; links: number }

/**
 * {@link countText} of every element of a subtree, computed once from the leaves up (each element
 * from its children's counts), so that nested blocks cost their size once, not once per level.
 * Iterative: sloppy pages nest thousands deep.
 */
function countSubtree(top: DomNode, counts: WeakMap<DomNode, TextCounts>): void {
  const order: DomNode[] = [];
  const stack: DomNode[] = [top];
  while (stack.length) {
    const n = stack.pop()!;
    if ((n.type !== 'tag' && n.type !== 'root') || DROPPED.has(n.name ?? '')) continue;
    order.push(n);
    for (const c of n.children ?? []) if (c.type !== 'text') stack.push(c);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k]!;
    let chars = 0, linkChars = 0, links = 0;
    for (const c of n.children ?? []) {
      if (c.type === 'text') { chars += countChars(c.data ?? ''); continue; }
      const inner = counts.get(c);
      if (!inner) continue;
      chars += inner.chars; linkChars += inner.linkChars; links += inner.links;
    }
    // Inside a link, all of its text is link text.
    if (n.name === 'a' && !!n.attribs?.href) { links++; linkChars = chars; }
    counts.set(n, { chars, linkChars, links });
  }
}

/** Characters of an element's text (white space aside), those inside links, and its links. */
export function countText(node: DomNode): { chars: number; linkChars: number; links: number } {
  let links = 0, linkChars = 0, chars = 0;
  const visit = (n: DomNode, inLink: boolean) => {
    if (n.type === 'text') { const len = countChars(n.data ?? ''); chars += len; if (inLink) linkChars += len; return; }
    if ((n.type !== 'tag' && n.type !== 'root') || DROPPED.has(n.name ?? '')) return;
    const link = n.name === 'a' && !!n.attribs?.href;
    if (link) links++;
    for (const c of n.children ?? []) visit(c, inLink || link);
  };
  visit(node, false);
  return { chars, linkChars, links };
}

/** Characters of a text, white space aside. */
function countChars(s: string): number {
  return s.replace(WHITE, '').length;
}
const WHITE = /[\s\u00a0\u3000]+/g;

/** Walks the DOM into a {@link TextSink}, noting headings, hidden blocks and metadata tables. */
class Reader {
  readonly out = new TextSink();
  readonly hidden: HiddenBlock[] = [];
  readonly headings: LayoutHeading[] = [];
  readonly drops: LayoutDrop[] = [];
  readonly tableRows: Range[] = [];
  /** The text of each `<h1>`: the page's title, never an outline heading. */
  readonly titles: string[] = [];
  /** Where the first `<h1>` ends: layout headings before it are the site's, not the article's. */
  titleAt: number | undefined;
  /** The text counts of the elements asked about so far (see isLinkList). */
  private readonly counts = new WeakMap<DomNode, TextCounts>();
  private openHidden = -1;
  private inCell = 0;
  private linkDepth = 0;
  /** Characters of link text written so far (white space aside). */
  linkChars = 0;
  /** The last line judged as a heading or not. */
  private judged: Range = [-1, -1];

  /** `centred`: the parent centres its text (a title block: `<div align="center"><p><b>…</b></p></div>`). */
  walk(node: DomNode, centred = false): void {
    const out = this.out;
    if (node.type === 'text') {
      out.inline(node.data ?? '');
      if (this.linkDepth) this.linkChars += countChars(node.data ?? '');
      return;
    }
    if (node.type === 'cdata') { for (const c of node.children ?? []) this.walk(c, centred); return; }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (node.type !== 'root' && DROPPED.has(name)) return;
    if (name === 'br') { out.lineBreak(); return; }
    if (name === 'img') return;
    const hidden = node.type === 'tag' && isHiddenMarkup(node);
    if (hidden && this.inCell) return; // a hidden piece of a table cell is no main text
    if (!hidden && LINK_LIST.has(name) && isLinkList(node, this.counts)) return;
    const block = BLOCK.has(name);
    if (block) out.lineBreak();
    const start = out.length;
    const parentHidden = this.openHidden;
    if (hidden) this.openHidden = this.hidden.push({ range: [start, start], links: [this.linkChars, this.linkChars], parent: parentHidden }) - 1;
    const link = name === 'a' && !!node.attribs?.href;
    if (link) this.linkDepth++;
    const centres = isCentred(node);
    if (name === 'tr') this.tableRow(node);
    else if (name === 'table' && !this.inCell && isMetadataTable(node)) {
      this.children(node, false);
      this.drops.push({ range: [start, out.length], kind: 'boilerplate', note: 'metadata table' });
    } else this.children(node, centres);
    if (link) this.linkDepth--;
    if (block) out.lineBreak();
    if (hidden) {
      const h = this.hidden[this.openHidden]!;
      h.range[1] = out.length;
      h.links[1] = this.linkChars;
      this.openHidden = parentHidden;
    }
    if (block && !this.inCell) this.noteHeading(node, name, start, centres || centred);
  }

  private children(node: DomNode, centred = false): void {
    for (const child of node.children ?? []) this.walk(child, centred);
  }

  /** An `<h2>`…`<h6>`, or a paragraph that is wholly bold and not centred (a centred bold line is a title). */
  private noteHeading(node: DomNode, name: string, start: number, centred: boolean): void {
    const end = this.out.trimmedEnd();
    // A heading is a short line: most blocks are passed over on their length alone.
    if (end <= start || end - start > MAX_HEADING_WRITTEN) return;
    const heading = HEADING.has(name);
    if (name !== 'h1' && !heading && !PARAGRAPH.has(name)) return;
    const text = this.out.slice(start, end);
    if (text.includes('\n')) return; // a container of lines, not one line
    if (name === 'h1') {
      this.titles.push(text);
      this.titleAt ??= end;
      return;
    }
    // A block wrapping a line judged already (a <p> around a centred <p>, as pages nest them) adds nothing.
    if (this.judged[0] === start && this.judged[1] === end) return;
    this.judged = [start, end];
    const { bold, plain, link } = emphasis(node, heading || isBoldElement(node));
    if (link * 2 >= bold + plain) return; // navigation
    if (heading) this.headings.push({ range: [start, end], rank: Number(name[1]) });
    else if (plain === 0 && bold > 0 && !centred) this.headings.push({ range: [start, end], rank: BOLD_RANK });
  }

  /**
   * A table row: one line with tab-separated cells, unless a cell holds the page's layout (a nested
   * table, or the paragraphs of an article), whose blocks then stay lines of their own.
   */
  private tableRow(tr: DomNode): void {
    const out = this.out;
    const cells = (tr.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th') && !isHiddenMarkup(c));
    // One cell, a cell laying out the page, or the only cell with text holding lines (beside spacer cells).
    if (cells.length === 1 || isLayoutRow(cells)) {
      for (const cell of cells) { out.lineBreak(); this.children(cell); out.lineBreak(); }
      return;
    }
    out.lineBreak();
    const start = out.length;
    this.inCell++;
    cells.forEach((cell, i) => {
      if (i > 0) out.raw('\t');
      const inner = new TextSink();
      const outer = this.swap(inner);
      this.children(cell);
      this.swap(outer);
      // A cell's own line breaks become spaces so that one row stays one line.
      out.inline(inner.finish().replace(/\n+/g, ' '));
    });
    this.inCell--;
    if (!this.inCell && cells.length > 1 && out.length > start) this.tableRows.push([start, out.length]);
    out.lineBreak();
  }

  private swap(sink: TextSink): TextSink {
    const old = this.out;
    (this as { out: TextSink }).out = sink;
    return old;
  }
}

/**
 * A row that lays out a page rather than holding values: a cell holds a nested table or the lines
 * of an article, or the only cell with text holds lines (beside spacer cells).
 */
function isLayoutRow(cells: DomNode[]): boolean {
  let filled = 0, filledLines = 0;
  for (const cell of cells) {
    const { table, lines, chars } = cellShape(cell);
    if (table || (lines >= LAYOUT_CELL_LINES && chars >= LAYOUT_CELL_CHARS)) return true;
    if (chars > 0) { filled++; filledLines = lines; }
  }
  return filled === 1 && filledLines >= 2;
}

/** Whether a cell holds a table, and how many lines (paragraphs, line breaks) and characters it holds. */
function cellShape(cell: DomNode): { table: boolean; lines: number; chars: number } {
  let table = false, lines = 0, chars = 0;
  const visit = (n: DomNode) => {
    if (table) return;
    if (n.type === 'text') { chars += countChars(n.data ?? ''); return; }
    if (n.type !== 'tag' || DROPPED.has(n.name ?? '')) return;
    if (n.name === 'table') { table = true; return; }
    if (n.name === 'br' || n.name === 'p' || n.name === 'div' || n.name === 'li' || HEADING.has(n.name ?? '')) lines++;
    for (const c of n.children ?? []) visit(c);
  };
  for (const c of cell.children ?? []) visit(c);
  return { table, lines, chars };
}

/** A cell with this many lines holding this much text is an article laid out in a table. */
const LAYOUT_CELL_LINES = 4;
const LAYOUT_CELL_CHARS = 400;

/** Text characters under bold markup, outside it, and inside links. */
function emphasis(node: DomNode, bold: boolean): { bold: number; plain: number; link: number } {
  const out = { bold: 0, plain: 0, link: 0 };
  const visit = (n: DomNode, inBold: boolean, inLink: boolean) => {
    if (n.type === 'text') {
      const len = countChars(n.data ?? '');
      if (inBold) out.bold += len; else out.plain += len;
      if (inLink) out.link += len;
      return;
    }
    if (n.type !== 'tag' || DROPPED.has(n.name ?? '') || isHiddenMarkup(n)) return;
    const b = inBold || isBoldElement(n);
    const l = inLink || (n.name === 'a' && !!n.attribs?.href);
    for (const c of n.children ?? []) visit(c, b, l);
  };
  for (const c of node.children ?? []) visit(c, bold, false);
  return out;
}

function isBoldElement(n: DomNode): boolean {
  return n.name === 'b' || n.name === 'strong' || (!!n.attribs?.style && BOLD_STYLE.test(n.attribs.style));
}

/**
 * Centres its text (a title) or sets it right (a signature, a date): no heading is set so. A
 * table's or a cell's `align` places the box, not the lines of an article laid out in it.
 */
function isCentred(n: DomNode): boolean {
  if (n.type !== 'tag' || TABLE_PART.has(n.name ?? '')) return false;
  if (n.name === 'center') return true;
  const a = n.attribs;
  const align = (a?.align ?? '').toLowerCase();
  return !!a && (align === 'center' || align === 'right' || (!!a.style && CENTERED_STYLE.test(a.style)));
}

/** Markup that hides an element (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`). */
function isHiddenMarkup(node: DomNode): boolean {
  const a = node.attribs;
  if (!a) return false;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  if (a.type === 'hidden') return true;
  return false;
}

/**
 * Decides each hidden element with {@link hiddenVerdict}, outermost first and in document order:
 * main text stays (and the hidden elements inside it are decided in turn); a copy of the page's
 * text is a `page-copy` of its original; the rest is `boilerplate`.
 */
function judgeHidden(text: string, hidden: HiddenBlock[], pageLinkChars: number): LayoutDrop[] {
  if (!hidden.length) return [];
  const pageText = countChars(text) - pageLinkChars;
  const shown = new ShownText(text);
  const childrenOf = (parent: number) => hidden.flatMap((h, i) => (h.parent === parent && h.range[1] > h.range[0] ? [i] : []));
  shown.show(0, text.length, childrenOf(-1).map((i) => hidden[i]!.range));
  const drops: LayoutDrop[] = [];
  const decide = (parent: number) => {
    for (const i of childrenOf(parent)) {
      const h = hidden[i]!;
      const slice = text.slice(h.range[0], h.range[1]);
      const chars = countChars(slice);
      const linkChars = Math.min(chars, h.links[1] - h.links[0]);
      const outsideChars = pageText - (chars - linkChars);
      // Repeats can change the verdict only for a block long enough to be a copy or prose of its
      // own, on a page showing text outside it; else they are not measured (counters, menus, a hidden <body>).
      const measure = outsideChars >= MIN_PROSE && (chars >= MIN_COPY || chars - linkChars >= MIN_PROSE);
      const repeatedChars = measure ? Math.min(shown.repeatedIn(slice), chars) : 0;
      const verdict = hiddenVerdict({ chars, linkChars, repeatedChars, sentenceEnds: slice.match(SENTENCE_END)?.length ?? 0, outsideChars });
      if (verdict === 'content') {
        shown.show(h.range[0], h.range[1], childrenOf(i).map((c) => hidden[c]!.range));
        decide(i);
      } else if (verdict === 'page-copy') {
        drops.push({ range: h.range, kind: 'page-copy', note: 'hidden copy of the page text' });
      } else if (chars) {
        drops.push({ range: h.range, kind: 'boilerplate', note: 'hidden block' });
      }
    }
  };
  decide(-1);
  // The original of each copy, in the text the page shows (outside every dropped block).
  const dropped = drops.map((d) => d.range);
  for (const d of drops) {
    if (d.kind !== 'page-copy') continue;
    const of = originalIn(text, d.range, dropped);
    if (of) d.of = of;
  }
  return drops;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The text a page shows (outside its hidden elements, and the hidden ones found to be main text),
 * read into sets of lines and clauses when first asked how much of a block it repeats.
 */
class ShownText {
  private readonly pending: Range[] = [];
  private readonly lines = new Set<string>();
  private readonly clauses = new Set<string>();
  private flat = '';
  /**
   * A clause found in no line nor clause of the page is looked for in its whole text, within a
   * budget of a few passes over it: a large hidden copy must not cost its size times the page's.
   */
  private budget = 0;
  private cursor = 0;

  constructor(private readonly text: string) {}

  /** Shows `[from, to)` but the `except` ranges (sorted). */
  show(from: number, to: number, except: Range[]): void {
    let at = from;
    for (const [s, e] of [...except, [to, to] as Range]) {
      if (s > at) this.pending.push([at, s]);
      at = Math.max(at, e);
    }
  }

  /** How many characters of `block` are lines the page shows, or clauses of them (a print copy may be abridged). */
  repeatedIn(block: string): number {
    this.read();
    let repeated = 0;
    for (const line of block.split('\n')) {
      const k = squeeze(line);
      if (!k) continue;
      if (this.lines.has(k)) { repeated += k.length; continue; }
      for (const piece of k.split(CLAUSE_END)) {
        if (piece.length < 6) continue;
        if (this.clauses.has(piece) || this.find(piece)) repeated += piece.length + 1;
      }
    }
    return repeated;
  }

  /** A clause in the shown text, looked for on from the last place found (a copy runs in its original's order), then from the start. */
  private find(piece: string): boolean {
    if (this.budget <= 0) return false;
    let found = this.flat.indexOf(piece, this.cursor);
    this.budget -= (found < 0 ? this.flat.length - this.cursor : found - this.cursor) + piece.length;
    if (found < 0 && this.cursor > 0) { found = this.flat.indexOf(piece); this.budget -= found < 0 ? this.flat.length : found; }
    if (found >= 0) this.cursor = found + piece.length;
    return found >= 0;
  }

  private read(): void {
    if (!this.pending.length) return;
    for (const [s, e] of this.pending.splice(0)) {
      for (const line of this.text.slice(s, e).split('\n')) {
        const k = squeeze(line);
        if (!k) continue;
        this.lines.add(k);
        this.flat += k;
        for (const piece of k.split(CLAUSE_END)) if (piece.length >= 6) this.clauses.add(piece);
      }
    }
    this.budget = SEARCH_PASSES * Math.max(this.flat.length, 1);
  }
}

/**
 * The original of a hidden copy: the shown text from where its first words start a line to the
 * line where its last words stand (a flattened copy is one line for the whole original), with the
 * short lines (headings) the copy opens and closes with.
 */
function originalIn(text: string, copy: Range, dropped: Range[]): Range | undefined {
  const all = text.slice(copy[0], copy[1]).split('\n').map((l) => l.trim()).filter(Boolean);
  const firstLong = all.findIndex((l) => l.length >= 10);
  if (firstLong < 0) return undefined;
  let lastLong = all.length - 1;
  while (all[lastLong]!.length < 10) lastLong--;
  const inHidden = (at: number) => dropped.some(([s, e]) => at >= s && at < e);
  const atLineStart = (at: number) => at === 0 || /\n[ \t\u3000]*$/.test(text.slice(Math.max(0, at - 8), at));
  const find = (probe: string, from: number, lineStart: boolean): number => {
    for (let at = text.indexOf(probe, from); at >= 0; at = text.indexOf(probe, at + 1)) {
      if (!inHidden(at) && (!lineStart || atLineStart(at))) return at;
    }
    return -1;
  };
  // Probes are runs without spaces: the copy and its original may space their words apart differently.
  const head = (line: string) => line.split(/\s+/)[0]!.slice(0, 10);
  const tail = (line: string) => { const words = line.split(/\s+/); return words[words.length - 1]!.slice(-10); };
  let start = find(head(all[firstLong]!), 0, true);
  if (start < 0) start = find(head(all[firstLong]!), 0, false);
  if (start < 0) return undefined;
  // The copy's last words in the original; an abridged copy ends its lines otherwise: then the
  // start of its last line, or of a line before it.
  let lastAt = -1;
  for (let k = lastLong; k >= firstLong && lastAt < 0; k--) {
    if (all[k]!.length < 10) continue;
    lastAt = find(tail(all[k]!), start, false);
    if (lastAt < 0) lastAt = find(head(all[k]!), start, false);
    if (lastAt >= 0 && k < lastLong) lastLong = k;
  }
  let from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', lastAt < 0 ? start : lastAt);
  if (to < 0) to = text.length;
  // The short lines before the first long one and after the last, where the original has them too.
  for (let k = firstLong - 1; k >= 0 && from > 0; k--) {
    const prev = text.lastIndexOf('\n', from - 2) + 1;
    if (text.slice(prev, from - 1).trim() !== all[k]) break;
    from = prev;
  }
  for (let k = lastLong + 1; k < all.length && to < text.length; k++) {
    const nl = text.indexOf('\n', to + 1);
    const next = nl < 0 ? text.length : nl;
    if (text.slice(to + 1, next).trim() !== all[k]) break;
    to = next;
  }
  return [from, to];
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'tag' && (DROPPED.has(node.name ?? '') || isHiddenMarkup(node))) return '';
  return (node.children ?? []).map(textOf).join('');
}

function readHead(root: DomNode, meta: Partial<Meta>): void {
  // One walk for the <title> and every <meta name>: a selector query per name walked the page each time.
  const named = new Map<string, string | undefined>();
  let titleNode: DomNode | undefined;
  const visit = (n: DomNode): void => {
    if (n.type === 'tag' && n.name === 'meta' && n.attribs?.name !== undefined && !named.has(n.attribs.name)) named.set(n.attribs.name, n.attribs.content);
    else if (n.type === 'tag' && n.name === 'title') titleNode ??= n;
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  const byName = (n: string) => named.get(n)?.trim();
  const title = byName('ArticleTitle') ?? (titleNode ? textContent(titleNode).trim() : '');
  if (title) meta.title = title.replace(/\s+/g, ' ');
  const issuer = byName('ContentSource') ?? byName('Author');
  if (issuer) meta.issuer = issuer;
  const date = isoDateIn(byName('PubDate') ?? byName('publishdate') ?? '');
  if (date) meta.date = date;
}

/** All the text under a node, as the DOM's textContent. */
function textContent(node: DomNode): string {
  return node.type === 'text' ? node.data ?? '' : (node.children ?? []).map(textContent).join('');
}

/** `<td>发文字号:</td><td>X〔2021〕1号</td>` and `<td>发文字号:X〔2021〕1号</td>`. */
function readMetaTables(root: DomNode, meta: Partial<Meta>): void {
  const cells: DomNode[] = [];
  const collect = (n: DomNode) => {
    if (n.type === 'tag' && (n.name === 'td' || n.name === 'th')) cells.push(n);
    for (const c of n.children ?? []) collect(c);
  };
  collect(root);
  const texts = cells.map((c) => textOf(c).replace(/[\s\u00a0\u3000]+/g, ' ').trim());
  const labelOf = (text: string) => {
    const m = META_CELL.exec(text)?.groups;
    if (!m) return null;
    const label = m.label!.replace(/\s/g, '');
    const field = META_LABELS.find(([re]) => re.test(label))?.[1];
    if (!field || (!m.colon && NEEDS_COLON.test(label))) return null;
    return { field, value: (m.value ?? '').trim() };
  };
  for (let i = 0; i < cells.length; i++) {
    const cell = labelOf(texts[i]!);
    if (!cell) continue;
    const { field } = cell;
    // The value sits in the cell itself or in the next one, unless that one is a label too (a header row).
    const next = texts[i + 1] ?? '';
    const nextIsLabel = labelOf(next) !== null || /[:：]$/.test(next);
    const value = cell.value || (nextIsLabel ? '' : next);
    if (!value) continue;
    if (field === 'date') {
      const date = isoDateIn(value);
      if (date) meta.date = date;
    } else if (field === 'title') {
      meta.title ??= value;
    } else {
      meta[field] = value as never;
    }
  }
}

/**
 * Collects text with HTML whitespace collapsed and no blank lines between blocks. Its length so
 * far is where the next character will stand in the finished text, so ranges can be noted while
 * writing.
 */
class TextSink {
  private parts: string[] = [];
  private pendingSpace = false;
  private atLineStart = true;
  private n = 0;

  get length(): number { return this.n; }

  inline(s: string): void {
    const collapsed = s.replace(/[ \t\r\n\f]+/g, ' ');
    if (!collapsed) return;
    let body = collapsed;
    if (body.startsWith(' ')) { this.pendingSpace = !this.atLineStart; body = body.slice(1); }
    if (!body) return;
    if (this.pendingSpace) this.push(' ');
    const trailing = body.endsWith(' ');
    this.push(trailing ? body.slice(0, -1) : body);
    this.pendingSpace = trailing;
    this.atLineStart = false;
  }

  raw(s: string): void { this.push(s); this.pendingSpace = false; }

  lineBreak(): void {
    this.pendingSpace = false;
    if (!this.atLineStart) { this.push('\n'); this.atLineStart = true; }
  }

  /** The end of the text written so far, before its final line break. */
  trimmedEnd(): number {
    return this.parts[this.parts.length - 1] === '\n' ? this.n - 1 : this.n;
  }

  /** The text from `start` to `end` (near the end of what is written): only the last parts are read. */
  slice(start: number, end: number): string {
    let pos = this.n, i = this.parts.length;
    while (i > 0 && pos > start) pos -= this.parts[--i]!.length;
    let s = '';
    for (let k = i; k < this.parts.length; k++) s += this.parts[k];
    return s.slice(start - pos, end - pos);
  }

  /** The text: no line break is ever written at its start or twice in a row, so only a final one goes. */
  finish(): string {
    const text = this.text();
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  }

  private text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  private push(s: string): void { this.parts.push(s); this.n += s.length; }
}
