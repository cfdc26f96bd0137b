import type { Range } from '../file.js';
import type { Layout, LayoutDrop, LayoutHeading } from './layout.js';

/**
 * The text a binary reader (PDF, DOCX, DOC, OFD) extracts, written line by line, with what it knows
 * of it: table rows, headings set by style, blocks that are no text (running headers, page numbers)
 * and where each page starts. Spans point into this text.
 */
export class TextBuilder {
  private parts: string[] = [];
  private n = 0;
  readonly tableRows: Range[] = [];
  readonly headings: LayoutHeading[] = [];
  readonly drops: LayoutDrop[] = [];
  /** UTF-16 offsets at which each page starts (the first page at 0). */
  readonly pages: number[] = [];

  get length(): number { return this.n; }

  /** Appends text (no line break). */
  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.n += s.length;
  }

  /** Ends the current line, unless nothing was written since the last line end. */
  endLine(): void {
    if (this.n > 0 && this.last() !== '\n') this.write('\n');
  }

  /** Writes a whole line and returns its range (without the line end). */
  line(s: string): Range {
    this.endLine();
    const start = this.n;
    this.write(s);
    const range: Range = [start, this.n];
    this.endLine();
    return range;
  }

  /** Marks the start of a page at the current position (after ending the line). */
  pageBreak(): void {
    this.endLine();
    if (this.pages[this.pages.length - 1] !== this.n) this.pages.push(this.n);
  }

  /** The last character written ('' at the start). */
  tail(): string { return this.last(); }

  private last(): string {
    const p = this.parts[this.parts.length - 1];
    return p ? p[p.length - 1]! : '';
  }

  text(): string { return this.parts.join(''); }

  layout(): Layout {
    return { headings: this.headings, drops: this.drops, tableRows: this.tableRows };
  }
}
