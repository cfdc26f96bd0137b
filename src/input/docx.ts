import { InputError, type ParseFile } from '../file.js';
import { zipTexts } from './zip.js';
import { readXml } from './xml.js';
import { NumberingCounters, readNumbering } from './docx-numbering.js';
import { TextBuilder } from './text-builder.js';
import type { ExtractedText } from './extracted.js';

interface Style { name: string; basedOn?: string; numId?: string; ilvl?: number; outline?: number }

const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
/** Elements whose content Word does not show as body text: text boxes (their anchor's copy in mc:Fallback too), field codes, deleted text. */
const SKIPPED = new Set(['mc:Fallback', 'w:txbxContent', 'w:instrText', 'w:delText', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

/**
 * A DOCX (WordprocessingML) package → its text: one line per paragraph, table rows as lines of
 * tab-separated cells, Word's automatic numbering materialised ("一、", "（一）", "1." as Word
 * shows them, see docx-numbering.ts), heading styles as layout headings, page breaks as pages.
 * @example readDocx(bytes, file).text // '一、总体要求\n（一）工作目标\n…'
 */
export function readDocx(bytes: Uint8Array, file: ParseFile): ExtractedText {
  const parts = zipTexts(bytes, file.path, (name) => PARTS.has(name), 'DOCX');
  const document = parts.get('word/document.xml');
  if (document === undefined) throw new InputError(file.path, 'not a DOCX: the zip archive holds no word/document.xml');
  const styles = readStyles(parts.get('word/styles.xml'));
  const counters = new NumberingCounters(readNumbering(parts.get('word/numbering.xml')));
  const out = new TextBuilder();
  out.pages.push(0);
  new BodyReader(out, styles, counters).read(document);
  return { text: out.text(), meta: {}, layout: out.layout(), pages: out.pages };
}

/** Reads `word/styles.xml`: each paragraph style's name, parent, numbering and outline level. */
function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  let style: Style | null = null;
  readXml(xml, {
    open(name, a) {
      if (name === 'w:style') { style = { name: '' }; styles.set(a['w:styleId'] ?? '', style); return; }
      if (!style) return;
      if (name === 'w:name') style.name = (a['w:val'] ?? '').toLowerCase();
      else if (name === 'w:basedOn') style.basedOn = a['w:val'];
      else if (name === 'w:numId') style.numId = a['w:val'];
      else if (name === 'w:ilvl') style.ilvl = Number(a['w:val'] ?? 0);
      else if (name === 'w:outlineLvl') style.outline = Number(a['w:val'] ?? 9);
    },
    close(name) { if (name === 'w:style') style = null; },
    text() {},
  });
  return styles;
}

/** A table cell being read: its paragraphs' texts. */
interface Cell { paragraphs: string[] }

class BodyReader {
  private skip = 0;
  private hiddenRun = false;
  private inRunProps = false;
  // The paragraph being read (innermost: a paragraph in a table cell inside a paragraph's text box is skipped).
  private para: { text: string; style?: string; numId?: string; ilvl?: number; outline?: number } | null = null;
  private tables: Array<{ rows: Cell[][]; row: Cell[] | null; cell: Cell | null }> = [];

  constructor(private readonly out: TextBuilder, private readonly styles: Map<string, Style>, private readonly counters: NumberingCounters) {}

  read(xml: string): void {
    readXml(xml, {
      open: (name, a, self) => this.open(name, a, self),
      close: (name) => this.close(name),
      text: (t) => { if (this.skip === 0 && this.inText && !this.hiddenRun && this.para) this.para.text += t; },
    });
  }

  private inText = false;

  private open(name: string, a: Record<string, string>, self: boolean): void {
    if (SKIPPED.has(name)) { if (!self) this.skip++; return; }
    if (this.skip > 0) return;
    const p = this.para;
    switch (name) {
      case 'w:p': this.para = { text: '' }; break;
      case 'w:pStyle': if (p && !this.inRunProps) p.style = a['w:val']; break;
      case 'w:numId': if (p) p.numId = a['w:val']; break;
      case 'w:ilvl': if (p) p.ilvl = Number(a['w:val'] ?? 0); break;
      case 'w:outlineLvl': if (p) p.outline = Number(a['w:val'] ?? 9); break;
      case 'w:r': this.hiddenRun = false; break;
      case 'w:rPr': this.inRunProps = true; break;
      case 'w:vanish': case 'w:webHidden': if (this.inRunProps && a['w:val'] !== '0' && a['w:val'] !== 'false') this.hiddenRun = true; break;
      case 'w:t': this.inText = !self; break;
      case 'w:tab': if (p && !this.inRunProps && !this.hiddenRun) p.text += ' '; break;
      case 'w:noBreakHyphen': if (p && !this.hiddenRun) p.text += '-'; break;
      case 'w:br': case 'w:cr':
        if (!p || this.hiddenRun) break;
        if (a['w:type'] === 'page') this.pageBreakIn(p);
        else if (a['w:type'] !== 'column') p.text += '\n';
        break;
      case 'w:lastRenderedPageBreak': if (p) this.pageBreakIn(p); break;
      case 'w:tbl': this.tables.push({ rows: [], row: null, cell: null }); break;
      case 'w:tr': { const t = this.tables.at(-1); if (t) t.row = []; break; }
      case 'w:tc': { const t = this.tables.at(-1); if (t) t.cell = { paragraphs: [] }; break; }
    }
  }

  private close(name: string): void {
    if (SKIPPED.has(name)) { this.skip = Math.max(0, this.skip - 1); return; }
    if (this.skip > 0) return;
    switch (name) {
      case 'w:t': this.inText = false; break;
      case 'w:rPr': this.inRunProps = false; break;
      case 'w:r': this.hiddenRun = false; break;
      case 'w:p': this.endParagraph(); break;
      case 'w:tc': { const t = this.tables.at(-1); if (t?.cell && t.row) t.row.push(t.cell); if (t) t.cell = null; break; }
      case 'w:tr': { const t = this.tables.at(-1); if (t?.row) this.endRow(t.row); if (t) t.row = null; break; }
      case 'w:tbl': this.tables.pop(); break;
    }
  }

  /** A page break inside a paragraph being read: the page starts where its text will be. */
  private pendingPage = false;
  private pageBreakIn(p: { text: string }): void {
    if (p.text.trim()) p.text += '\n';
    this.pendingPage = true;
  }

  private endParagraph(): void {
    const p = this.para;
    this.para = null;
    if (!p) return;
    const marker = this.markerOf(p);
    const text = marker + p.text;
    const table = this.tables.at(-1);
    if (table?.cell) {
      table.cell.paragraphs.push(text);
      return;
    }
    if (this.pendingPage) { this.out.pageBreak(); this.pendingPage = false; }
    if (!text.trim()) return;
    const lines = text.split('\n');
    const first = this.out.line(lines[0]!);
    for (const more of lines.slice(1)) if (more.trim()) this.out.line(more);
    const level = this.headingLevel(p);
    if (level !== undefined && !marker && !lines[0]!.includes('\t')) this.out.headings.push({ range: first, rank: level + 1 });
  }

  /** A table row: one line of tab-separated cells; a one-cell row (a box laying out text) stays lines. */
  private endRow(cells: Cell[]): void {
    if (this.tables.length > 1) {
      // A table inside a cell: its rows become text of the outer cell.
      const outer = this.tables[this.tables.length - 2]!;
      outer.cell?.paragraphs.push(cells.map((c) => c.paragraphs.join(' ')).join(' '));
      return;
    }
    if (this.pendingPage) { this.out.pageBreak(); this.pendingPage = false; }
    if (cells.length === 1) {
      for (const p of cells[0]!.paragraphs) for (const l of p.split('\n')) if (l.trim()) this.out.line(l);
      return;
    }
    const row = cells.map((c) => c.paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join(' ').replace(/\t/g, ' '));
    if (!row.some((c) => c.trim())) return;
    this.out.tableRows.push(this.out.line(row.join('\t')));
  }

  /** The marker Word shows before the paragraph: its own numbering, else its style's. */
  private markerOf(p: { style?: string; numId?: string; ilvl?: number }): string {
    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === undefined && p.style) {
      for (let s = this.styles.get(p.style), depth = 0; s && depth < 10; s = s.basedOn ? this.styles.get(s.basedOn) : undefined, depth++) {
        if (s.numId !== undefined) { numId = s.numId; ilvl ??= s.ilvl ?? this.counters.levelOfStyle(s.numId, p.style); break; }
      }
    }
    if (numId === undefined || numId === '0') return '';
    return this.counters.next(numId, ilvl ?? 0);
  }

  /** Heading level (0-based) from the paragraph's outline level or its style ("heading 2", 标题 2). */
  private headingLevel(p: { style?: string; outline?: number }): number | undefined {
    if (p.outline !== undefined && p.outline < 9) return p.outline;
    for (let s = p.style ? this.styles.get(p.style) : undefined, depth = 0; s && depth < 10; s = s.basedOn ? this.styles.get(s.basedOn) : undefined, depth++) {
      const m = /^(?:heading|标题)\s*(?<n>[1-9])$/.exec(s.name);
      if (m) return Number(m.groups!.n) - 1;
      if (s.outline !== undefined && s.outline < 9) return s.outline;
    }
    return undefined;
  }
}
