import type { TextBuilder } from './text-builder.js';

/**
 * Fixed-layout pages (PDF, OFD) → text in reading order. A reader gives each page's text items
 * with positions; this file decides lines, paragraphs, table rows and page chrome, the same way
 * for every fixed-layout format.
 */

/** One positioned run of text: `x` its left edge, `y` its baseline from the page top, `size` its font size (all in one unit). */
export interface TextItem { str: string; x: number; y: number; w: number; size: number }
export interface PageItems { width: number; height: number; items: TextItem[] }

/** A run of items on one line with no wide gap between them. */
interface Segment { x0: number; x1: number; text: string }
interface Line { y: number; size: number; x0: number; x1: number; segments: Segment[]; text: string; items: TextItem[] }

/**
 * Gap (in font sizes) between items of one line that separates table cells or columns: a cell's
 * padding and border on both sides (Word's default cell margins, 0.19 cm each, are about 1 em at
 * 10.5 pt; a browser's few points of padding about 0.8 em), far more than justified Chinese text
 * leaves between characters.
 */
const CELL_GAP = 0.7;
/** The top and bottom share of a page where running headers, footers and page numbers sit. */
const CHROME_BAND = 0.12;
/** "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 12 页", "3/12", "Page 3". */
const PAGE_NUMBER = /^(?:[-—–－~·\s]*\d{1,4}[-—–－~·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** A paragraph that ends full width and a numbered heading after it ("…以上。" / "二、重点任务"): the marker starts a paragraph. */
const SENTENCE_END = /[。；：！？.;:!?]$/;
const OUTLINE_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分])/;
const LATIN_END = /[A-Za-z0-9.,;:%)\]]$/;
const LATIN_START = /^[A-Za-z0-9(\[]/;

/**
 * Writes the pages into `out`: body lines joined into paragraphs (one per line of text), table
 * rows as tab-separated cells (`out.tableRows`), running headers, footers and page numbers as lines
 * of their own that `out.drops` marks as boilerplate, and each page's start in `out.pages`.
 * @example layoutPages([{ width: 600, height: 800, items }], out); out.text() // '一、总体要求\n…'
 */
export function layoutPages(pages: PageItems[], out: TextBuilder): void {
  const lines = pages.map((p) => linesOf(p.items));
  const chrome = findChrome(pages, lines);
  const writer = new ParagraphWriter(out);
  lines.forEach((pageLines, i) => {
    writer.startPage(i);
    const body = pageLines.filter((l) => !chrome.has(l));
    const top = body[0]?.y ?? Infinity;
    for (const l of pageLines) if (chrome.has(l) && l.y < top) writer.chrome(l.text, chrome.get(l)!);
    writeBody(body, pages[i]!, writer);
    for (const l of pageLines) if (chrome.has(l) && l.y >= top) writer.chrome(l.text, chrome.get(l)!);
  });
  writer.finish();
}

/** Items → lines, top to bottom: items whose baselines are within half a font size share a line. */
export function linesOf(items: TextItem[]): Line[] {
  const sorted = items.filter((it) => it.str !== '' && it.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  let current: TextItem[] = [];
  let baseline = -Infinity;
  for (const it of sorted) {
    if (current.length && Math.abs(it.y - baseline) > 0.5 * Math.min(it.size, current[0]!.size)) { groups.push(current); current = []; }
    if (!current.length) baseline = it.y;
    current.push(it);
  }
  if (current.length) groups.push(current);
  return groups.filter((g) => g.some((it) => it.str.trim())).map((g) => toLine(g.sort((a, b) => a.x - b.x)));
}

/**
 * A line's items → segments split at wide gaps (table cells, columns). A white-space item (pdf.js
 * writes one where the text leaves a space) is a space between words, even between Chinese ones
 * ("医政医管科 党群科": lead and supporting units); it does not bridge a wide gap.
 */
function toLine(items: TextItem[]): Line {
  const size = median(items.filter((i) => i.str.trim()).map((i) => i.size));
  const segments: Segment[] = [];
  let seg: Segment | null = null;
  let space = false;
  for (const it of items) {
    if (!it.str.trim()) { space = true; continue; }
    const str = it.str.replace(/\s+/g, ' ');
    if (seg && it.x - seg.x1 <= CELL_GAP * size) {
      const gap = it.x - seg.x1;
      const latin = gap > 0.2 * size && LATIN_END.test(seg.text) && LATIN_START.test(str.trimStart());
      seg.text += ((space || latin) && !/\s$/.test(seg.text) && !/^\s/.test(str) ? ' ' : '') + str;
      seg.x1 = Math.max(seg.x1, it.x + it.w);
    } else {
      seg = { x0: it.x, x1: it.x + it.w, text: str };
      segments.push(seg);
    }
    space = false;
  }
  for (const s of segments) s.text = s.text.trim();
  const kept = segments.filter((s) => s.text);
  const glyphs = items.filter((it) => it.str.trim());
  return { y: items[0]!.y, size, x0: kept[0]?.x0 ?? 0, x1: Math.max(...kept.map((s) => s.x1)), segments: kept, text: kept.map((s) => s.text).join(' '), items: glyphs };
}

/**
 * Running headers and footers: lines in a page's top or bottom band whose text, digits aside,
 * recurs on other pages; and page numbers there. Each is mapped to its note.
 */
function findChrome(pages: PageItems[], lines: Line[][]): Map<Line, string> {
  const found = new Map<Line, string>();
  const bands = lines.map((ls, i) => {
    const h = pages[i]!.height;
    // Chrome stands apart from the body: a line close to the next one (the top of a table) is body.
    const apart = (k: number): boolean => {
      const l = ls[k]!;
      const gap = Math.min(k + 1 < ls.length ? ls[k + 1]!.y - l.y : Infinity, k > 0 ? l.y - ls[k - 1]!.y : Infinity);
      return gap >= 1.5 * l.size;
    };
    return ls.filter((l, k) => ((l.y < CHROME_BAND * h && k < 3) || (l.y > (1 - CHROME_BAND) * h && k >= ls.length - 3)) && apart(k));
  });
  const seen = new Map<string, number>();
  for (const band of bands) for (const key of new Set(band.map(chromeKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  bands.forEach((band, i) => {
    const h = pages[i]!.height;
    for (const l of band) {
      const top = l.y < CHROME_BAND * h;
      if (PAGE_NUMBER.test(l.text.trim())) found.set(l, 'page number');
      else if (pages.length > 1 && (seen.get(chromeKey(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.4))) found.set(l, top ? 'running header' : 'running footer');
    }
  });
  return found;
}

const chromeKey = (l: Line): string => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The body lines of one page → paragraphs and table rows; a page set in two columns is read column
 * by column (each run of lines below a full-width line: its left column, then its right one).
 */
function writeBody(body: Line[], page: PageItems, writer: ParagraphWriter): void {
  const gutter = columnGutter(body, page);
  if (gutter === null) { writeColumn(body, page, writer); return; }
  let lefts: Line[] = [];
  let rights: Line[] = [];
  const flush = () => {
    writeColumn(lefts, page, writer);
    writeColumn(rights, page, writer);
    lefts = [];
    rights = [];
  };
  for (const l of body) {
    if (l.items.some((it) => it.x < gutter && it.x + it.w > gutter)) { flush(); writeColumn([l], page, writer); continue; }
    const left = l.items.filter((it) => it.x + it.w <= gutter);
    const right = l.items.filter((it) => it.x >= gutter);
    if (left.length) lefts.push(toLine(left));
    if (right.length) rights.push(toLine(right));
  }
  flush();
}

/** Columns hold running text: lines of some length on both sides, not a table's short cells. */
const COLUMN_MIN_LINES = 4;
const COLUMN_MIN_CHARS = 8;

/**
 * The x of the white gutter between two columns of text, or null: a band in the middle of the page,
 * at least a font size wide, that (nearly) no line crosses, with lines of running text on both sides.
 */
export function columnGutter(body: Line[], page: PageItems): number | null {
  if (body.length < COLUMN_MIN_LINES || body.filter((l) => l.segments.length > 2).length > body.length / 4) return null;
  const width = Math.ceil(page.width);
  const cover = new Int32Array(width + 1);
  const seen = new Int32Array(width + 1).fill(-1);
  body.forEach((l, k) => {
    for (const it of l.items) {
      for (let x = Math.max(0, Math.floor(it.x)); x <= Math.min(width, Math.ceil(it.x + it.w)); x++) {
        if (seen[x] !== k) { seen[x] = k; cover[x]!++; }
      }
    }
  });
  const size = median(body.map((l) => l.size));
  // A title or a table row set across both columns may cross the gutter.
  const allowed = Math.max(1, Math.floor(body.length / 10));
  let best: [number, number] | null = null;
  for (let x = Math.floor(0.3 * width); x <= 0.7 * width;) {
    if (cover[x]! > allowed) { x++; continue; }
    let end = x;
    while (end + 1 <= 0.7 * width && cover[end + 1]! <= allowed) end++;
    if (!best || end - x > best[1] - best[0]) best = [x, end];
    x = end + 1;
  }
  if (!best || best[1] - best[0] < size) return null;
  const gutter = (best[0] + best[1]) / 2;
  const sides = [body.map((l) => l.items.filter((it) => it.x + it.w <= gutter)), body.map((l) => l.items.filter((it) => it.x >= gutter))]
    .map((side) => side.filter((items) => items.length).map((items) => items.reduce((n, it) => n + [...it.str.trim()].length, 0)));
  const textLike = (chars: number[]) => chars.length >= COLUMN_MIN_LINES && median(chars) >= COLUMN_MIN_CHARS;
  return textLike(sides[0]!) && textLike(sides[1]!) ? gutter : null;
}

/** The lines of one column → paragraphs and table rows. */
function writeColumn(body: Line[], page: PageItems, writer: ParagraphWriter): void {
  if (!body.length) return;
  // The text block's edges, from the lines of running text (a table may reach further).
  const text = body.filter((l) => l.segments.length === 1);
  const left = Math.min(...text.map((l) => l.x0), page.width);
  const right = Math.max(...(text.length ? text : body).map((l) => l.x1));
  const spacing = lineSpacing(text.length > 1 ? text : body);
  for (let i = 0; i < body.length;) {
    let table = tableAt(body, i);
    // A header cell wrapped onto two lines ("序" over "号"): its first line sits just above the table.
    if (table <= i + 1 && i + 1 < body.length && isWrappedHeadCell(body[i]!, body[i + 1]!)) {
      const next = tableAt(body, i + 1);
      const l = body[i]!;
      if (next > i + 2 && columnsOf(body.slice(i + 1, next), l.size).some(([a, b]) => l.x0 < b && l.x1 > a)) table = next;
    }
    if (table > i + 1) {
      writer.table(body.slice(i, table));
      i = table;
      continue;
    }
    const l = body[i]!;
    const prev = i > 0 ? body[i - 1] : undefined;
    // A page's first line goes on with the paragraph the last page ended in, if that ended full width.
    const starts = !prev ? !writer.lastLineFull || l.segments.length > 1 || l.x0 > left + 0.9 * l.size
      : l.segments.length > 1 || prev.segments.length > 1
      || l.y - prev.y > 1.5 * spacing
      || l.x0 > left + 0.9 * l.size
      || prev.x1 < right - 1.5 * prev.size
      || (SENTENCE_END.test(prev.text) && OUTLINE_MARKER.test(l.text))
      || Math.abs(l.size - prev.size) > 0.15 * l.size;
    if (starts) writer.paragraph(l);
    else writer.continueWith(l);
    if (l.segments.length > 1) writer.endParagraph();
    i++;
  }
  const last = body[body.length - 1]!;
  // A line is full when it reaches the text block's right edge, and that edge is a real one (a page
  // whose only line is short has no edge to reach).
  writer.lastLineFull = last.x1 >= right - 1.5 * last.size && last.segments.length === 1 && last.x1 - left >= 0.5 * page.width;
}

/** A few characters of one cell just above a table's first row: the top of a wrapped header cell. */
function isWrappedHeadCell(l: Line, next: Line): boolean {
  return l.segments.length === 1 && next.segments.length >= 2 && [...l.text].length <= 4 && next.y - l.y <= 1.6 * l.size;
}

/** The usual distance between the baselines of consecutive lines of one paragraph. */
function lineSpacing(lines: Line[]): number {
  const deltas: number[] = [];
  for (let i = 1; i < lines.length; i++) deltas.push(lines[i]!.y - lines[i - 1]!.y);
  // Lines closer than most of a font size are cells set between two lines of a table row.
  const positive = deltas.filter((d, k) => d >= 0.75 * lines[k]!.size);
  return positive.length ? percentile(positive, 0.3) : (lines[0]?.size ?? 12) * 1.5;
}

/**
 * Where a table that starts at line `i` ends (exclusive): lines of two or more cells, and the
 * one-cell lines of wrapped cells between them (close above and below). `i` when no table starts.
 */
function tableAt(lines: Line[], i: number): number {
  if (lines[i]!.segments.length < 2) return i;
  let end = i + 1;
  while (end < lines.length) {
    const l = lines[end]!;
    const gap = l.y - lines[end - 1]!.y;
    if (gap > 3 * l.size) break;
    if (l.segments.length >= 2) { end++; continue; }
    // Wrapped cell text: one-cell lines, then another row of cells soon after.
    let k = end;
    while (k < lines.length && k - end < 6 && lines[k]!.segments.length < 2 && lines[k]!.y - lines[k - 1]!.y <= 3 * lines[k]!.size) k++;
    if (k < lines.length && k - end < 6 && lines[k]!.segments.length >= 2 && lines[k]!.y - lines[k - 1]!.y <= 3 * lines[k]!.size) { end = k; continue; }
    break;
  }
  return end;
}

/**
 * Lines of a table → rows of cells. Columns are the bands between vertical white rivers: x-ranges
 * that no character of the table's lines covers (a few spanning cells may cross one). Rows: a line
 * further below the last than the table's tightest line pitch starts a row; a line close under
 * another (a wrapped cell, a cell centred between two lines) belongs to its row.
 */
export function tableRows(lines: Line[]): string[][] {
  const size = median(lines.map((l) => l.size));
  const columns = columnsOf(lines, size);
  const deltas = lines.slice(1).map((l, k) => l.y - lines[k]!.y);
  const pitches = deltas.filter((d) => d >= 0.75 * size);
  const tight = pitches.length ? Math.min(...pitches) : 0;
  // Rows are apart by more than the lines of one wrapped cell; where every gap is alike, each line is a row.
  const rowGap = pitches.some((d) => d > tight * 1.3) ? tight * 1.15 : tight * 0.9;
  const rows: string[][] = [];
  let row: string[] | null = null;
  lines.forEach((l, k) => {
    if (!row || (k > 0 && deltas[k - 1]! > rowGap)) { row = columns.map(() => ''); rows.push(row); }
    const cells = columns.map(() => '');
    let space = false;
    let last = -1;
    for (const it of l.items) {
      const mid = it.x + it.w / 2;
      let col = columns.findIndex(([a, b]) => mid >= a && mid <= b);
      if (col < 0) col = nearest(columns, mid);
      if (col !== last) space = false;
      cells[col] += (space && cells[col] ? ' ' : '') + it.str.trim();
      last = col;
    }
    cells.forEach((c, i) => { if (c) row![i] = joinText(row![i]!, c); });
  });
  return rows;
}

/** The x-ranges of a table's columns: the character extents between white rivers at least half a font size wide. */
function columnsOf(lines: Line[], size: number): Array<[number, number]> {
  const spans = lines.flatMap((l) => l.items.map((it) => [it.x, it.x + it.w] as [number, number])).sort((a, b) => a[0] - b[0]);
  const columns: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = columns[columns.length - 1];
    if (last && a < last[1] + 0.5 * size) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns;
}

function nearest(columns: Array<[number, number]>, x: number): number {
  let best = 0;
  let bestD = Infinity;
  columns.forEach(([a, b], i) => { const d = x < a ? a - x : x - b; if (d < bestD) { bestD = d; best = i; } });
  return best;
}

function joinText(a: string, b: string): string {
  if (!a) return b;
  return a + (LATIN_END.test(a) && LATIN_START.test(b) ? ' ' : '') + b;
}

/** Writes paragraphs and chrome lines; chrome met inside a paragraph waits until the paragraph ends. */
class ParagraphWriter {
  private open = false;
  private pendingChrome: Array<{ text: string; note: string }> = [];
  private pendingPage = false;
  private lastHeader: string | null = null;
  /** Whether the last body line written reached the right edge (its paragraph may go on over the page). */
  lastLineFull = false;
  constructor(private readonly out: TextBuilder) {}

  startPage(i: number): void {
    if (i === 0) { this.out.pages.push(0); return; }
    this.pendingPage = true;
    // Only a paragraph whose last line ran full width can go on over the page.
    if (!this.lastLineFull) this.endParagraph();
  }

  chrome(text: string, note: string): void {
    if (this.open) { this.pendingChrome.push({ text, note }); return; }
    this.markPage();
    this.writeChrome({ text, note });
  }

  private writeChrome(c: { text: string; note: string }): void {
    this.out.drops.push({ range: this.out.line(c.text), kind: 'boilerplate', note: c.note });
  }

  private markPage(): void {
    if (!this.pendingPage) return;
    this.pendingPage = false;
    this.out.pages.push(this.out.length);
  }

  paragraph(l: Line): void {
    this.endParagraph();
    this.markPage();
    this.out.write(l.text);
    this.open = true;
  }

  continueWith(l: Line): void {
    if (!this.open) { this.paragraph(l); return; }
    this.markPage();
    this.out.write(LATIN_END.test(this.out.tail()) && LATIN_START.test(l.text) ? ` ${l.text}` : l.text);
  }

  endParagraph(): void {
    if (this.open) { this.out.endLine(); this.open = false; }
    for (const c of this.pendingChrome) this.writeChrome(c);
    this.pendingChrome = [];
  }

  table(lines: Line[]): void {
    this.endParagraph();
    this.markPage();
    const rows = tableRows(lines);
    rows.forEach((cells, k) => {
      const text = cells.join('\t');
      // A table that runs over pages repeats its header row at the top of the next page.
      if (k === 0 && this.lastHeader === text) {
        this.out.drops.push({ range: this.out.line(text), kind: 'boilerplate', note: 'repeated table header' });
        return;
      }
      if (k === 0) this.lastHeader = text;
      const range = this.out.line(text);
      if (cells.filter((c) => c).length > 1) this.out.tableRows.push(range);
    });
  }

  finish(): void { this.endParagraph(); }
}

function median(xs: number[]): number { return percentile(xs, 0.5); }
function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}
