import { lazy } from '../lazy.js';
import type { Meta } from '../schema/document.js';
import { isoDateIn } from '../extract/lexicon/calendar.js';

/** The parts of a domhandler node this module reads. */
interface DomNode {
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
}

const cheerio = lazy<typeof import('cheerio/slim')>('cheerio/slim');

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'form', 'iframe',
  'select', 'option', 'button', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'head', 'audio', 'video', 'map']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'hr', 'center', 'body', 'html', 'fieldset', 'legend', 'details', 'summary']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

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
 * line breaks, table rows as lines with tab-separated cells, inline markup never splitting text.
 * Scripts, navigation, forms and hidden elements are dropped.
 * @example htmlToText('<p><strong>2</strong><strong>.不断优化</strong></p>').text // '2.不断优化'
 */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio().load(html);
  const out = new TextSink();
  const root = $.root()[0] as unknown as DomNode;
  walk(root, out);
  const meta: Partial<Meta> = {};
  readHead(root, meta);
  readMetaTables(root, meta);
  return { text: out.finish(), meta };
}

/** Blocks that may be a list of links (related articles, navigation, "相关链接") rather than text. */
const LINK_LIST = new Set(['ul', 'ol', 'div', 'dl', 'table', 'section', 'aside', 'p']);

/**
 * A list of links: two or more links carrying three quarters of the block's text. Navigation menus,
 * "相关链接" and "上一篇/下一篇" blocks read as links; article text does not.
 */
function isLinkList(node: DomNode): boolean {
  let links = 0, linkChars = 0, chars = 0;
  const visit = (n: DomNode, inLink: boolean) => {
    if (n.type === 'text') { const len = (n.data ?? '').replace(/\s+/g, '').length; chars += len; if (inLink) linkChars += len; return; }
    if (n.type !== 'tag' || DROPPED.has(n.name ?? '')) return;
    const link = n.name === 'a' && !!n.attribs?.href;
    if (link) links++;
    for (const c of n.children ?? []) visit(c, inLink || link);
  };
  visit(node, false);
  return links >= 2 && chars > 0 && linkChars / chars >= 0.75;
}

function walk(node: DomNode, out: TextSink): void {
  if (node.type === 'text') { out.inline(node.data ?? ''); return; }
  if (node.type === 'cdata') { for (const c of node.children ?? []) walk(c, out); return; }
  if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return;
  const name = node.name ?? '';
  if (node.type !== 'root' && (DROPPED.has(name) || node.type !== 'tag' || isHidden(node))) return;
  if (name === 'br') { out.lineBreak(); return; }
  if (name === 'img') return;
  if (name === 'tr') { tableRow(node, out); return; }
  if (LINK_LIST.has(name) && isLinkList(node)) return;
  const block = BLOCK.has(name);
  if (block) out.lineBreak();
  for (const child of node.children ?? []) walk(child, out);
  if (block) out.lineBreak();
}

function tableRow(tr: DomNode, out: TextSink): void {
  out.lineBreak();
  const cells = (tr.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th') && !isHidden(c));
  cells.forEach((cell, i) => {
    if (i > 0) out.raw('\t');
    const inner = new TextSink();
    for (const child of cell.children ?? []) walk(child, inner);
    // A cell's own line breaks become spaces so that one row stays one line.
    out.inline(inner.finish().replace(/\n+/g, ' '));
  });
  out.lineBreak();
}

function isHidden(node: DomNode): boolean {
  const a = node.attribs;
  if (!a) return false;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  // A page whose <body> is hidden until its scripts run still shows its body to every reader.
  if (a.style && HIDDEN_STYLE.test(a.style) && node.name !== 'body' && node.name !== 'html') return true;
  if (a.type === 'hidden') return true;
  return false;
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'tag' && (DROPPED.has(node.name ?? '') || isHidden(node))) return '';
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

/** Collects text with HTML whitespace collapsed and at most one blank line between blocks. */
class TextSink {
  private parts: string[] = [];
  private pendingSpace = false;
  private atLineStart = true;

  inline(s: string): void {
    const collapsed = s.replace(/[ \t\r\n\f]+/g, ' ');
    if (!collapsed) return;
    let body = collapsed;
    if (body.startsWith(' ')) { this.pendingSpace = !this.atLineStart; body = body.slice(1); }
    if (!body) return;
    if (this.pendingSpace) this.parts.push(' ');
    const trailing = body.endsWith(' ');
    this.parts.push(trailing ? body.slice(0, -1) : body);
    this.pendingSpace = trailing;
    this.atLineStart = false;
  }

  raw(s: string): void { this.parts.push(s); this.pendingSpace = false; }

  lineBreak(): void {
    this.pendingSpace = false;
    if (!this.atLineStart) { this.parts.push('\n'); this.atLineStart = true; }
  }

  finish(): string {
    return this.parts.join('').replace(/\n{2,}/g, '\n').replace(/^\n+|\n+$/g, '');
  }
}
