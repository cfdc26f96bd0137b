import type { Processor } from 'unified';
import { lazy } from '../lazy.js';
import type { Meta } from '../schema/document.js';
import { capInlineOpeners, capMarkdownNesting } from './nesting.js';
import { BOLD_RANK, type Layout, type LayoutDrop, type LayoutHeading, isHeadingText, mergeDrops, rankBoldRuns } from './layout.js';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  ordered?: boolean;
  start?: number | null;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface MarkdownText {
  text: string;
  /** The title a reader's export header or the document's first `#` heading states. */
  meta: Partial<Meta>;
  /** Headings the markup sets, and the blocks that are no text of the document (see {@link Layout}). */
  layout: Layout;
  /**
   * Lines nested deeper than any real document (their extra containers dropped) and paragraphs with
   * more emphasis runs than any (their runs dropped), before parsing (see nesting.ts).
   */
  flattened?: number;
}

const unified = lazy<typeof import('unified')>('unified');
const remarkParse = lazy<typeof import('remark-parse')>('remark-parse');
const remarkGfm = lazy<typeof import('remark-gfm')>('remark-gfm');
let processor: Processor | undefined;
/** GFM for its tables; single-tilde strikethrough is off, or "2021~2025年" would lose its tildes. */
function parser(): Processor {
  processor ??= unified().unified().use(remarkParse().default).use(remarkGfm().default, { singleTilde: false }) as unknown as Processor;
  return processor;
}
// One tag at a time; [^<>] keeps a run of unclosed "<" linear.
const TAG = /<[^<>]*>/g;
const LIST_MARKER = /^\s*(?:[-*+]|(?<ordered>\d{1,9}[.)]))/;
/**
 * The header a reader service writes above a page it exported to Markdown ("Title: …",
 * "URL Source: …", "Published Time: …", then "Markdown Content:").
 */
const EXPORT_HEADER = /^(?<key>Title|URL Source|Published Time|Description|Warning|Markdown Content)\s*:\s*(?<value>.*)$/;
/** "标题 - 广州市人民政府门户网站", "标题_网站名": the site's name after the page's title. */
const SITE_SUFFIX = /\s+[-_|｜—]+\s+[^-_|｜—]*$/;

/**
 * Markdown → plain text: headings, paragraphs, list items (with their markers, which carry the
 * outline) and table rows (cells separated by a tab) as lines; link targets and images dropped.
 * @example markdownToText('## 一、总体要求\n\n1. [见附件](a.doc)') // '一、总体要求\n1.见附件'
 */
export function markdownToText(markdown: string): string {
  return readMarkdown(markdown).text;
}

/**
 * Markdown → its text (as {@link markdownToText}), the title, and the layout: `#` headings and
 * wholly bold lines as headings; a reader's export header and blocks of navigation links as
 * boilerplate for the cleaner to report and drop.
 * @example readMarkdown('Title: 通知\n\nMarkdown Content:\n# 通知\n\n**工作目标**\n\n正文').layout.headings // [{ range: [25, 29], rank: 20 }]
 */
export function readMarkdown(input: string): MarkdownText {
  const nested = capMarkdownNesting(input);
  const emphasis = capInlineOpeners(nested.text);
  const markdown = emphasis.text, flattened = nested.lines + emphasis.paragraphs;
  const tree = parser().parse(markdown) as MdNode;
  const r = new MdReader(markdown);
  r.root(tree);
  return { ...r.finish(), ...(flattened ? { flattened } : {}) };
}

class MdReader {
  private readonly lines: string[] = [];
  private readonly headingLines: Array<{ line: number; rank: number; h1: boolean }> = [];
  private readonly dropLines: Array<{ from: number; to: number; note: string }> = [];
  private readonly rowLines: number[] = [];
  private exportTitle: string | undefined;
  /** The first line after a reader's export header. */
  private afterHeader = 0;

  constructor(private readonly src: string) {}

  root(tree: MdNode): void {
    const children = tree.children ?? [];
    let k = 0;
    // A reader's export header: its lines are text of the source, dropped as boilerplate.
    for (let done = false; k < children.length && !done; k++) {
      const c = children[k]!;
      if (c.type !== 'paragraph' && c.type !== 'heading') break;
      const before = this.lines.length;
      const lines = inline(c).trim().split('\n');
      // The header's lines, up to "Markdown Content:", which the page's first line may follow in the same paragraph.
      let n = 0;
      for (; n < lines.length && !done; n++) {
        const m = EXPORT_HEADER.exec(lines[n]!.trim())?.groups;
        if (!m) break;
        if (m.key === 'Title' && m.value) this.exportTitle = m.value.trim();
        if (m.key === 'Markdown Content') done = true;
      }
      if (n === 0 || (n < lines.length && !done)) break;
      this.lines.push(...lines.slice(0, n));
      this.dropLines.push({ from: before, to: this.lines.length, note: 'export header' });
      this.afterHeader = this.lines.length;
      if (n < lines.length) { this.lines.push(...lines.slice(n)); k++; break; }
    }
    for (; k < children.length; k++) this.block(children[k]!);
  }

  finish(): MarkdownText {
    const text = this.lines.join('\n');
    const starts: number[] = [];
    for (let i = 0, at = 0; i < this.lines.length; i++) { starts.push(at); at += this.lines[i]!.length + 1; }
    const lineRange = (from: number, to: number): [number, number] => [starts[from]!, Math.min(text.length, starts[to - 1]! + this.lines[to - 1]!.length + 1)];
    const h1s = this.headingLines.filter((h) => h.h1).map((h) => this.lines[h.line]!.trim());
    const title = this.titleFrom(h1s);
    const meta: Partial<Meta> = title ? { title } : {};
    // The title heading opens the article: headings before it are the site's.
    const titleLine = title === undefined ? -1 : this.headingLines.find((h) => h.h1 && this.lines[h.line]!.trim() === title)?.line ?? -1;
    // An exported page shows its site's header, menus and breadcrumb before the article's title.
    if (this.exportTitle !== undefined && titleLine > this.afterHeader) this.dropLines.push({ from: this.afterHeader, to: titleLine, note: 'site header' });
    const headings: LayoutHeading[] = [];
    for (const h of this.headingLines) {
      if (h.line <= titleLine || !isHeadingText(this.lines[h.line]!, title ? [title] : [])) continue;
      headings.push({ range: lineRange(h.line, h.line + 1), rank: h.rank });
    }
    for (const h of headings) if (text[h.range[1] - 1] === '\n') h.range[1]--;
    const drops: LayoutDrop[] = [];
    // The site header holds the navigation blocks noted in it: one drop.
    const header = this.dropLines.find((d) => d.note === 'site header');
    for (const d of this.dropLines) {
      if (d.to <= d.from || (header && d !== header && d.from >= header.from && d.to <= header.to)) continue;
      drops.push({ range: lineRange(d.from, d.to), kind: 'boilerplate', note: d.note });
    }
    const tableRows = this.rowLines.map((i): [number, number] => [starts[i]!, starts[i]! + this.lines[i]!.length]);
    return { text, meta, layout: { headings: rankBoldRuns(text, headings), drops: mergeDrops(text, drops), tableRows } };
  }

  /** The export header's title as the page shows it (the `#` heading it starts with), else the first `#` heading opening the text. */
  private titleFrom(h1s: string[]): string | undefined {
    const header = this.exportTitle;
    if (header) return h1s.find((h) => h && header.startsWith(h)) ?? (header.replace(SITE_SUFFIX, '') || header);
    const first = this.headingLines[0];
    return first && first.h1 && first.line === this.firstTextLine() ? this.lines[first.line]!.trim() : undefined;
  }

  /** Drops the lines from `from` on as one block, replacing the drops noted inside it. */
  private dropAll(from: number, note: string): void {
    while (this.dropLines.length && this.dropLines[this.dropLines.length - 1]!.from >= from) this.dropLines.pop();
    if (this.lines.length > from) this.dropLines.push({ from, to: this.lines.length, note });
  }

  private firstTextLine(): number {
    return this.lines.findIndex((l) => l.trim());
  }

  private block(node: MdNode): void {
    const lines = this.lines;
    switch (node.type) {
      case 'root': case 'blockquote':
        for (const c of node.children ?? []) this.block(c);
        return;
      case 'list': {
        const before = lines.length;
        for (const c of node.children ?? []) this.block(c);
        if (isLinkBlock(node)) this.dropAll(before, 'navigation links');
        return;
      }
      case 'listItem': {
        const marker = listMarker(node, this.src);
        const before = lines.length;
        for (const c of node.children ?? []) this.block(c);
        if (marker && lines.length > before) lines[before] = marker + lines[before];
        return;
      }
      case 'heading': case 'paragraph': {
        const text = inline(node).trim();
        if (!text) return;
        const before = lines.length;
        lines.push(...text.split('\n'));
        if (isLinkBlock(node)) { this.dropAll(before, 'navigation links'); return; }
        if (lines.length !== before + 1) return;
        if (node.type === 'heading') this.headingLines.push({ line: before, rank: node.depth ?? 1, h1: node.depth === 1 });
        else if (isWhollyBold(node)) this.headingLines.push({ line: before, rank: BOLD_RANK, h1: false });
        return;
      }
      case 'table':
        for (const row of node.children ?? []) {
          if ((row.children ?? []).length > 1) this.rowLines.push(lines.length);
          lines.push((row.children ?? []).map((cell) => inline(cell).trim()).join('\t'));
        }
        return;
      case 'code':
        if (node.value) lines.push(...node.value.split('\n'));
        return;
      case 'html': {
        const text = (node.value ?? '').replace(TAG, '').trim();
        if (text) lines.push(text);
        return;
      }
      default:
        return;
    }
  }
}

function inline(node: MdNode): string {
  switch (node.type) {
    case 'text': case 'inlineCode': return node.value ?? '';
    case 'break': return '\n';
    case 'image': case 'imageReference': case 'footnoteReference': return '';
    case 'html': return (node.value ?? '').replace(TAG, '');
    default: return (node.children ?? []).map(inline).join('');
  }
}

/** A paragraph whose text is all inside one `**…**` (white space and images aside), with no link in it. */
function isWhollyBold(node: MdNode): boolean {
  let strong: MdNode | undefined;
  for (const c of node.children ?? []) {
    if (c.type === 'strong' && !strong) { strong = c; continue; }
    if (c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && !(c.value ?? '').trim())) continue;
    return false;
  }
  return !!strong && !hasLink(strong);
}

function hasLink(node: MdNode): boolean {
  return node.type === 'link' || node.type === 'linkReference' || (node.children ?? []).some(hasLink);
}

/**
 * Navigation: a list or paragraph of two or more links carrying three quarters of its text (a
 * site menu, "相关新闻", a link bar), or a heading that is all link ("#### [语言](…)").
 */
function isLinkBlock(node: MdNode): boolean {
  let links = 0, linkChars = 0, chars = 0;
  const visit = (n: MdNode, inLink: boolean) => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const len = (n.value ?? '').replace(/\s+/g, '').length;
      chars += len;
      if (inLink) linkChars += len;
      return;
    }
    const link = n.type === 'link' || n.type === 'linkReference';
    if (link) links++;
    for (const c of n.children ?? []) visit(c, inLink || link);
  };
  visit(node, false);
  if (!chars) return false;
  if (node.type === 'heading') return linkChars * 2 > chars;
  return links >= 2 && linkChars / chars >= 0.75;
}

/** The marker as written ("1." "1)" "-"), read back from the source: remark keeps only the number. */
function listMarker(item: MdNode, src: string): string {
  const start = item.position?.start.offset;
  const first = item.children?.[0]?.position?.start.offset;
  if (start === undefined || first === undefined) return '';
  // Bullets carry no numbering; ordered markers are kept so the outline sees them. A GFM task
  // checkbox ("- [ ] ") sits between the marker and the text and is not part of the marker.
  return LIST_MARKER.exec(src.slice(start, first))?.groups?.ordered ?? '';
}
