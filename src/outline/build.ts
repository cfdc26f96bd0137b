import type { ParseFile } from '../file.js';
import type { MappedText } from '../clean/mapped-text.js';
import type { Outline, OutlineNode } from './types.js';
import { scanCandidates, type Candidate } from './candidates.js';
import { cutAtSharedSuffix, naturalTitleEnd, startsLikeTitle, tidyTitle, titleSimilarity } from './titles.js';
import { toCnOrdinal } from './styles/numerals.js';
import { findAnnexes, findAnnexLists, type Annex } from './annexes.js';
import { findBoxes, type Box } from './boxes.js';
import { unnumberedDepth, withLayoutHeadings } from './styles/unnumbered.js';
import type { TextLayout } from '../clean/layout.js';

/** An open level of the tree; `rank` is set for a heading set by layout (style `unnumbered`). */
interface Level { styleName: string; family: string; last: number; node: OutlineNode; rank?: number }
interface Occurrence { node: OutlineNode; at: number; titleStart: number; titleEnd: number; candidate: Candidate; repeat: boolean }

const SENTENCE_END = /[。;；!！？\n]/;
/** What may stand between a heading's natural title and a marker run on after it. */
const AFTER_TITLE = /[^\S\n]|[,，、.]/;
/** How many later markers of one style a look-ahead reads: enough for any real sequence, and linear time. */
const LOOKAHEAD = 256;
/** What separates the items of an enumeration inside a sentence, and what opens it. */
const SEMICOLON = /[;；]/;
const COMMA = /[,，、]/;
const LIST_OPENER = /[:：]/;
/** A sentence's or a parenthesis' end: what an item run together with the one before follows. */
const SENTENCE_CLOSE = /[。!！?？)）]/;
/** How many numerals a sibling after a sentence end may skip (see continuesAfterGap). */
const MAX_GAP = 3;
/** How far the next item of an enumeration inside a sentence may stand. */
const MAX_LIST_ITEM = 300;
/** Styles whose markers are also how the text cites them ("按第四条执行", "除第三章外"). */
const CITED_STYLES = new Set(['division', 'volume', 'chapter', 'section', 'article']);
/** Similarity above which a later heading is the repeat of a catalogue entry. */
const REPEAT_SIMILARITY = 0.5;

/**
 * Builds the outline tree from the cleaned text. Levels come from each document's order of first
 * appearance (a style seen for the first time under a heading opens a level below it); a marker
 * in mid-line is accepted only when the numbering sequence supports it; lost and garbled
 * numerals are inferred from their neighbours; a catalogue's repeated headings attach their
 * detail to the catalogue entry, so that no heading appears twice.
 */
export class OutlineBuilder {
  private readonly text: string;
  private readonly candidates: Candidate[];
  private readonly stack: Level[] = [];
  private readonly roots: OutlineNode[] = [];
  private readonly occurrences: Occurrence[] = [];
  private readonly validDotted1 = new Set<number>();
  /** The last level closed at each depth: numbering that runs on across sections (1.–5. under 一、, 6.–12. under 二、). */
  private readonly closed = new Map<number, { styleName: string; last: number }>();
  private repeats = 0;
  /** Indices of the candidates of each style, and of the line-start (and soft) ones, for looking ahead. */
  private readonly byStyle = new Map<string, number[]>();
  private readonly strongByStyle = new Map<string, number[]>();
  /** Each parent's children by style name and ordinal (the roots' under the roots array). */
  private readonly childIndex = new Map<object, Map<string, OutlineNode>>();
  /** The annexes (附件1 …): each a tree of its own after the main text's. */
  readonly annexes: Annex[];
  /** The boxes (专栏3, 表1): each numbers its items on its own, under the section that holds it. */
  private readonly boxes: Box[];
  /** The notice's lists of its annexes ("附件:1.…\n2.…"): no outline items. */
  private readonly annexLists: Array<[number, number]>;
  private nextAnnex = 0;
  private nextList = 0;
  private nextBox = 0;
  private annex: Annex | null = null;
  /** The open box and the depth of the stack when it opened. */
  private box: { box: Box; depth: number } | null = null;
  /** Most numbered markers open their lines: the text keeps its paragraphs (not flattened into long lines). */
  private readonly lineStructured: boolean;
  /** The line starts of lines that are table rows (cells split by tabs), by line start. */
  private readonly rowLines = new Map<number, boolean>();

  constructor(private readonly mapped: MappedText, private readonly file: ParseFile, layout?: TextLayout) {
    this.text = mapped.text;
    this.candidates = withLayoutHeadings(scanCandidates(this.text), this.text, layout);
    const add = (map: Map<string, number[]>, key: string, i: number) => { const list = map.get(key); if (list) list.push(i); else map.set(key, [i]); };
    this.candidates.forEach((c, i) => {
      add(this.byStyle, c.style.name, i);
      if (this.strong(c)) add(this.strongByStyle, c.style.name, i);
    });
    this.findValidDotted1();
    let atLineStart = 0;
    for (const c of this.candidates) if (c.position === 'line') atLineStart++;
    this.lineStructured = atLineStart * 2 >= this.candidates.length;
    this.annexes = findAnnexes(this.text);
    this.boxes = findBoxes(this.text);
    this.annexLists = findAnnexLists(this.text);
  }

  build(): Omit<Outline, 'preamble' | 'annexes'> & { occurrences: Occurrence[] } {
    for (let i = 0; i < this.candidates.length; i++) {
      const c = this.candidates[i]!;
      this.enterScopes(c.at);
      if (!this.inTable(c)) this.consider(i);
    }
    this.finishTitles();
    if (this.repeats) this.file.info('catalogue', `${this.repeats} heading(s) repeat an earlier catalogue entry; their detail is attached to the entry`);
    const nodes: OutlineNode[] = [];
    const number = (list: OutlineNode[], prefix: string, level: number) => list.forEach((n, i) => {
      n.id = `${prefix}${i + 1}`;
      n.level = level;
      nodes.push(n);
      number(n.children, `${n.id}.`, level + 1);
    });
    number(this.roots, 's', 1);
    return { roots: this.roots, nodes, occurrences: this.occurrences };
  }

  private consider(index: number): void {
    const c = this.candidates[index]!;
    // A heading set by layout takes its depth from its rank among the open layout headings.
    if (c.rank !== undefined) { this.accept(c, unnumberedDepth(this.stack.map((l) => l.rank), c.rank), null); return; }
    // ①②③ run into a paragraph enumerate points; as outline items each starts a line.
    if (c.style.family === 'circled' && c.position !== 'line') return;
    if (c.style.name === 'dotted-1' && !this.validDotted1.has(c.at)) return;
    // An article glued to the words before it is cited inside a sentence ("按第四条执行", "除第三条外"):
    // a real one starts a line, follows a sentence end or spaces, or runs on from its chapter's title.
    if (CITED_STYLES.has(c.style.name) && c.position === 'glued' && !this.rightAfterOtherHeading(c) && !this.catalogueEntry(c)) return;
    const last = this.occurrences[this.occurrences.length - 1];
    // Inside the previous heading's own marker: skip.
    if (last && c.at < last.titleStart) return;
    if (this.inSentence(index)) return;
    const levelIndex = this.findLevel(c.style.name);

    if (c.ordinal === null) {
      const expected = levelIndex >= 0 ? this.stack[levelIndex]!.last + 1 : 1;
      if (!this.garbledSupported(index, levelIndex, expected)) return;
      // The slot is taken already (a catalogue's detail comes back to its entries): a repeat, not a new heading.
      const depth = levelIndex >= 0 ? levelIndex : this.stack.length;
      const taken = this.childWithOrdinal(depth > 0 ? this.stack[depth - 1]!.node : null, c.style.name, expected);
      if (taken) { this.tryRepeat(c, taken, depth); return; }
      this.file.info('numeral-inferred', `numeral of "${this.text.slice(c.at, c.end).trim()}" inferred as ${expected} from the sequence`, this.mapped.sourceRange(c.at, c.end));
      this.accept(c, levelIndex >= 0 ? levelIndex : this.stack.length, expected);
      return;
    }

    if (levelIndex >= 0) {
      const level = this.stack[levelIndex]!;
      const expected = level.last + 1;
      if (c.ordinal === expected || (c.ordinal > expected && (this.strong(c) || this.continuesAfterGap(c, expected)))) {
        const parent = levelIndex > 0 ? this.stack[levelIndex - 1]!.node : null;
        const existing = this.childWithOrdinal(parent, c.style.name, c.ordinal);
        if (existing) { this.tryRepeat(c, existing, levelIndex); return; }
        if (!this.siblingPositionOk(c, index) || this.yieldsToLineStart(index, levelIndex)) return;
        if (c.ordinal > expected) {
          const message = `${this.markerFor(c, expected)} expected before ${this.markerFor(c, c.ordinal)}`;
          const span = this.mapped.sourceRange(c.at, c.end);
          // An article the cleaner dropped as a copy leaves a gap that is no damage.
          const dropped = c.style.name === 'part' && this.file.copies.some((k) => k.kind === 'duplicate-article' || k.kind === 'near-duplicate');
          if (dropped) this.file.info('numbering-gap', `${message} (an article was dropped as a copy)`, span);
          else this.file.warn('numbering-gap', message, span);
        }
        this.accept(c, levelIndex, c.ordinal);
        return;
      }
      if (c.ordinal <= level.last && this.strong(c)) {
        const parent = levelIndex > 0 ? this.stack[levelIndex - 1]!.node : null;
        const existing = this.childWithOrdinal(parent, c.style.name, c.ordinal);
        if (existing && this.tryRepeat(c, existing, levelIndex)) return;
        if (this.restartsNumbering(c, index, levelIndex)) {
          this.file.info('numbering-restart', `${this.markerFor(c, 1)} starts the top-level numbering again: a second document (an attachment) begins`, this.mapped.sourceRange(c.at, c.end));
          // The new sequence's headings are not repeats of the first one's.
          this.childIndex.get(this.roots)?.clear();
          this.accept(c, levelIndex, c.ordinal);
        }
      }
      // A repeat of a heading higher up: the detail part of a catalogue.
      return;
    }

    // A style not open under a heading that already has such children: a catalogue's repeat.
    const deepest = this.stack[this.stack.length - 1]?.node ?? null;
    const existing = this.childWithOrdinal(deepest, c.style.name, c.ordinal);
    if (existing && deepest !== null) { if (this.strong(c) || this.rightAfterHeading(c)) this.tryRepeat(c, existing, this.stack.length); return; }
    // A style not open: a sibling written in another style of the family ("(3)" after "2)")…
    for (let j = this.stack.length - 1; j >= 0; j--) {
      const level = this.stack[j]!;
      if (level.family === c.style.family && level.last + 1 === c.ordinal && this.siblingPositionOk(c, index) && !this.yieldsToLineStart(index, j)) {
        // "(10)" after "9)" where a "(10)" stands already: a repeat of it, not a second one.
        if (this.childWithOrdinal(j > 0 ? this.stack[j - 1]!.node : null, c.style.name, c.ordinal)) return;
        this.accept(c, j, c.ordinal);
        return;
      }
    }
    // …or the first item of a new level.
    const midSequence = c.ordinal !== 1 && c.style.name !== 'dotted-1' && !this.continuesClosedLevel(c);
    if (midSequence && !this.opensExcerpt(c, index)) return;
    if (c.style.name.startsWith('dotted-') && !this.dottedPrefixOk(c)) return;
    if (!this.newLevelOk(c, index) || this.yieldsToLineStart(index, this.stack.length)) return;
    if (midSequence) this.file.warn('numbering-gap', `${this.markerFor(c, 1)} expected before ${this.markerFor(c, c.ordinal)}`, this.mapped.sourceRange(c.at, c.end));
    this.accept(c, this.stack.length, c.ordinal);
  }

  /**
   * Opens and closes the scopes a position has reached: an annex starts a tree of its own (its
   * numbering starts again at level 1, no heading of it repeats one of the main text); a box
   * starts its numbering again under the section that holds it, and closes back to that section.
   */
  private enterScopes(at: number): void {
    if (this.box && at >= this.box.box.end) this.closeBox();
    while (this.nextAnnex < this.annexes.length && this.annexes[this.nextAnnex]!.at <= at) {
      this.annex = this.annexes[this.nextAnnex++]!;
      this.box = null;
      this.truncate(0);
      this.closed.clear();
      this.childIndex.get(this.roots)?.clear();
    }
    while (this.nextBox < this.boxes.length && this.boxes[this.nextBox]!.at <= at) {
      const box = this.boxes[this.nextBox++]!;
      if (at >= box.end) continue;
      if (this.box) this.truncate(this.box.depth);
      const depth = this.stack.length;
      this.box = { box, depth };
      const children = this.childIndex.get(depth > 0 ? this.stack[depth - 1]!.node : this.roots);
      if (children?.size) {
        this.file.info('box-restart', `${box.label} numbers its items again under ${depth > 0 ? this.stack[depth - 1]!.node.marker : 'the top level'}`, this.mapped.sourceRange(box.at, box.at + box.label.length));
        children.clear();
      }
      this.closed.delete(depth);
    }
  }

  /** The text after a box belongs to the section that holds the box again. */
  private closeBox(): void {
    const { box, depth } = this.box!;
    this.box = null;
    if (this.stack.length <= depth) return;
    this.truncate(depth);
    const parent = this.stack[depth - 1];
    const last = this.occurrences[this.occurrences.length - 1];
    if (!parent || !last) return;
    this.occurrences.push({ node: parent.node, at: box.end, titleStart: box.end, titleEnd: box.end, candidate: last.candidate, repeat: true });
  }

  /**
   * Inside a table, a numbered cell is a row, not a heading: a line whose cells are split by tabs,
   * an indicator table (an annex's or a box's), whose rows are neither headings nor tasks; so is an
   * entry of a notice's list of its annexes.
   */
  private inTable(c: Candidate): boolean {
    if (this.annex?.indicatorTable && c.at < this.annex.end) return true;
    // Candidates come in text order: the lists before this one are passed for good.
    while (this.nextList < this.annexLists.length && this.annexLists[this.nextList]![1] <= c.at) this.nextList++;
    const list = this.annexLists[this.nextList];
    if (list && c.at >= list[0]) return true;
    if (this.box?.box.indicatorTable && c.at < this.box.box.end) return true;
    let row = this.rowLines.get(c.lineStart);
    if (row === undefined) {
      const nl = this.text.indexOf('\n', c.lineStart);
      const line = this.text.slice(c.lineStart, nl < 0 ? this.text.length : nl);
      row = line.includes('\t') && line.split('\t').filter((cell) => cell.trim()).length >= 2;
      this.rowLines.set(c.lineStart, row);
    }
    return row;
  }

  /**
   * Items enumerated inside a sentence ("…包括:(1)幼儿与父母同住…;(2)…;(3)…。") are no headings:
   * the first item after a colon in mid-line, where the next item follows a semicolon (or, for
   * bracketed numerals, a comma) on the same line; the later items then continue no open level.
   * In a text whose headings open their lines, a list that starts after a colon in mid-paragraph
   * is the paragraph's ("须提供如下材料:(1)户口簿。(2)其它资料。"); in a text flattened into long
   * lines, items that end in a full stop ("具体措施:1.…。2.…") are its paragraphs run together.
   */
  private inSentence(index: number): boolean {
    const c = this.candidates[index]!;
    if (this.strong(c) || c.ordinal === null || !LIST_OPENER.test(this.text[c.at - 1] ?? '')) return false;
    if (this.findLevel(c.style.name) >= 0) return false;
    if (c.ordinal === 1 && this.lineStructured) return true;
    const bracketed = c.style.family === 'arabic-paren' || c.style.family === 'cn-paren';
    const lineEnd = this.text.indexOf('\n', c.at);
    for (const d of this.sameStyleAfter(index)) {
      if (d.at > c.at + MAX_LIST_ITEM || (lineEnd >= 0 && d.at > lineEnd)) return false;
      if (d.ordinal !== c.ordinal + 1) continue;
      const before = this.text[d.at - 1] ?? '';
      return SEMICOLON.test(before) || (bracketed && COMMA.test(before));
    }
    return false;
  }

  /**
   * A sibling that continues the sequence after a lost or unreadable marker, in text whose items
   * run together: after a sentence end, titled like a heading, at most {@link MAX_GAP} numerals on
   * ("…负责)2.简化…。(…负责)4.清理…" where "3." was lost). Without this one lost marker dropped
   * every later sibling.
   */
  private continuesAfterGap(c: Candidate, expected: number): boolean {
    return c.position === 'boundary' && SENTENCE_CLOSE.test(this.text[c.at - 1] ?? '') && c.ordinal !== null && c.ordinal - expected < MAX_GAP && this.titleLike(c);
  }

  /**
   * The first heading of a text that starts in mid-sequence (an excerpt, or a page whose 一、 was
   * lost): at a line start, before any other heading, with its next sibling following.
   */
  private opensExcerpt(c: Candidate, index: number): boolean {
    return this.roots.length === 0 && c.position === 'line' && (c.ordinal ?? 0) > 1 && this.titleLike(c) && this.chainAhead(index, 1);
  }

  /** A marker at a line start, or after spaces that stand for a lost line break. */
  private strong(c: Candidate): boolean {
    return c.position === 'line' || c.position === 'soft';
  }

  private findLevel(styleName: string): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.styleName === styleName) return i;
    return -1;
  }

  private siblingPositionOk(c: Candidate, index: number): boolean {
    if (c.position !== 'glued') return this.titleLike(c) || c.style.distinctive;
    if (c.style.name.startsWith('dotted-')) return this.dottedPrefixOk(c);
    if (c.style.distinctive) return true;
    return this.titleLike(c) && (this.chainAhead(index, 1) || c.style.family === 'cn-dun');
  }

  /** The first item of a new level: at a line start, right after a heading, or opening a chain of items. */
  private newLevelOk(c: Candidate, index: number): boolean {
    if (c.style.name === 'dotted-1') return true;
    if (c.style.family === 'circled') return this.nextAtLineStart(index);
    if (this.strong(c)) return this.titleLike(c) || c.style.distinctive;
    if (this.rightAfterHeading(c)) return true;
    if (c.style.family === 'circled' || !this.titleLike(c)) return false;
    // After a sentence end (or a distinctive marker anywhere): the next item must follow.
    if (c.position === 'boundary' || c.style.distinctive) return this.chainAhead(index, 1);
    // Glued to text, as in a flattened table's numbered column ("…珍宝岛1.经济实力显著增强"): three in a row.
    return this.chainAhead(index, 2);
  }

  /** ①② as outline items: the next one starts a line too. */
  private nextAtLineStart(index: number): boolean {
    const c = this.candidates[index]!;
    for (const d of this.sameStyleAfter(index)) if (d.ordinal === (c.ordinal ?? 0) + 1) return d.position === 'line';
    return false;
  }

  /** Right after the title of the deepest heading, before any sentence of its body. */
  private rightAfterHeading(c: Candidate): boolean {
    const last = this.occurrences[this.occurrences.length - 1];
    if (!last || this.stack[this.stack.length - 1]?.node !== last.node) return false;
    if (c.style.distinctive) return c.at - last.titleStart <= 60 && !SENTENCE_END.test(this.text.slice(last.titleStart, c.at));
    // The natural title holds no sentence end; after it, only spaces and commas may stand before the marker.
    const natural = naturalTitleEnd(this.text, last.titleStart);
    if (c.at < natural) return false;
    for (let i = natural; i < c.at; i++) if (!AFTER_TITLE.test(this.text[i]!)) return false;
    return true;
  }

  /**
   * A mid-line marker whose slot a line-start one of the same style and numeral fills later, under
   * the same parent and with another title, is an inline enumeration ("做好以下工作:一、…;二、…"
   * inside 一、's body, before the line "二、重点任务"). A catalogue entry and its repeat have one title.
   */
  private yieldsToLineStart(index: number, depth: number): boolean {
    const c = this.candidates[index]!;
    if (this.strong(c)) return false;
    const j = nextAfter(this.strongByStyle.get(c.style.name), index);
    const twin = this.candidates[j];
    if (!twin || twin.ordinal !== c.ordinal) return false;
    // The twin must be under the same parent: no ancestor-style marker at a line start, and no
    // ancestor's next heading run in, comes first.
    for (const level of this.stack.slice(0, depth)) {
      if (nextAfter(this.strongByStyle.get(level.styleName), index) < j) return false;
      const list = this.byStyle.get(level.styleName)!;
      for (let k = nextAfter(list, index), steps = 0; k < j && steps < 64; k = nextAfter(list, k), steps++) {
        if (this.candidates[k]!.ordinal === level.last + 1) return false;
      }
    }
    const title = (d: Candidate) => this.text.slice(d.end, naturalTitleEnd(this.text, d.end));
    return titleSimilarity(title(c), title(twin)) < REPEAT_SIMILARITY;
  }

  /**
   * The next entry of a catalogue run together ("第九章 实施重大工程第十章 健全保障措施"): glued to the
   * title before it, it continues its style's open sequence and a space sets its own title apart,
   * where a citation runs on into its sentence ("按第十章规定").
   */
  private catalogueEntry(c: Candidate): boolean {
    const level = this.stack[this.findLevel(c.style.name)];
    return !!level && c.ordinal === level.last + 1 && c.end > c.at && /[ \t]/.test(this.text[c.end - 1] ?? '') && this.titleLike(c);
  }

  /** Right after the title of a heading of another style ("第二章职责第三条…"). */
  private rightAfterOtherHeading(c: Candidate): boolean {
    const last = this.occurrences[this.occurrences.length - 1];
    return !!last && last.candidate.style.name !== c.style.name && this.rightAfterHeading(c);
  }

  /** The title after the marker starts like a heading ({@link startsLikeTitle}). */
  private titleLike(c: Candidate): boolean {
    return startsLikeTitle(this.text, c.end, c.position);
  }

  /** Do the next `k` ordinals of this style follow, in order, before an enclosing heading? */
  private chainAhead(index: number, k: number): boolean {
    const c = this.candidates[index]!;
    const stop = this.nextStrongAncestor(index, this.stack.length, c.style.name);
    let want = (c.ordinal ?? 0) + 1;
    for (const d of this.sameStyleAfter(index, stop)) {
      if (d.ordinal === want) want++;
      if (want > (c.ordinal ?? 0) + k) return true;
    }
    return false;
  }

  /** The later candidates of the same style, before `stop`, at most {@link LOOKAHEAD} of them. */
  private *sameStyleAfter(index: number, stop = Infinity): Generator<Candidate> {
    const list = this.byStyle.get(this.candidates[index]!.style.name)!;
    for (let k = nextPosition(list, index), n = 0; k < list.length && list[k]! < stop && n < LOOKAHEAD; k++, n++) yield this.candidates[list[k]!]!;
  }

  /** Index of the first line-start marker of a style open above `depth` (other than `except`) after `index`. */
  private nextStrongAncestor(index: number, depth: number, except?: string): number {
    let stop = Infinity;
    for (const level of this.stack.slice(0, depth)) {
      if (level.styleName !== except) stop = Math.min(stop, nextAfter(this.strongByStyle.get(level.styleName), index));
    }
    return stop;
  }

  /**
   * A garbled ("?、") or lost ("、主要任务") numeral: accepted where the sequence leaves a slot for
   * it — the next clean numeral of the style, before the enclosing heading ends, is far enough
   * ahead to leave room for this one and the other garbled ones in between.
   */
  private garbledSupported(index: number, levelIndex: number, expected: number): boolean {
    const c = this.candidates[index]!;
    if (c.position === 'glued' || !this.titleLike(c)) return false;
    if (levelIndex < 0 && !this.strong(c) && !this.rightAfterHeading(c) && c.position !== 'boundary') return false;
    const stop = this.nextStrongAncestor(index, levelIndex >= 0 ? levelIndex : this.stack.length);
    let garbled = 0;
    for (const d of this.sameStyleAfter(index, stop)) {
      if (d.ordinal === null) { if (d.position !== 'glued') garbled++; continue; }
      return d.ordinal - expected >= garbled + 1 && d.ordinal > expected - 1;
    }
    return levelIndex >= 0 || this.strong(c);
  }

  /** "2.1.3" sits under the open "2.1": its prefix must match the open dotted levels. */
  private dottedPrefixOk(c: Candidate): boolean {
    const parts = c.num.split('.').map(Number);
    for (let depth = 1; depth < parts.length; depth++) {
      const level = this.stack[this.findLevel(`dotted-${depth}`)];
      if (level && level.last !== parts[depth - 1]) return false;
      if (!level && depth === parts.length - 1 && parts.length > 1 && this.findLevel(`dotted-${parts.length}`) < 0 && parts[parts.length - 1] !== 1) return false;
    }
    return true;
  }

  /** A bare "2" heads a journal section only where "2.1" follows it closely. */
  private findValidDotted1(): void {
    const dotted1 = this.candidates.filter((c) => c.style.name === 'dotted-1');
    const valid: Candidate[] = [];
    this.candidates.forEach((c, i) => {
      if (c.style.name !== 'dotted-1') return;
      const next = this.text.slice(c.end, c.end + 30);
      // Its title, then "2.1": in the same line (two-column PDF text) or at the start of the next one…
      const child = new RegExp(`^[^。\\n]{2,24}?(?:\\n[ \\t]*)?(?<![\\d.])${c.num}\\.1(?![\\d])`).exec(next);
      if (child) { valid.push(c); return; }
      // …or a line-start "2.1" after a paragraph, before any other bare number starts a line.
      if (!this.strong(c)) return;
      for (let j = i + 1; j < this.candidates.length && this.candidates[j]!.at < c.end + 300; j++) {
        const d = this.candidates[j]!;
        if (d.style.name === 'dotted-1' && this.strong(d)) return;
        if (d.style.name === 'dotted-2' && d.position === 'line' && d.num === `${c.num}.1`) { valid.push(c); return; }
      }
    });
    if (!valid.length) return;
    for (const c of valid) this.validDotted1.add(c.at);
    // Their neighbours in the sequence ("1基本情况" before "2主要做法2.1", "4结语" after "3…3.1"),
    // and the sections that number on from them ("1 引言 … 2 方法 2.1 … 3 结果 3.1 … 4 讨论 … 5 结论").
    const ordinals = valid.map((c) => c.ordinal!);
    const lo = Math.min(...ordinals) - 1, hi = Math.max(...ordinals) + 1;
    const neighbourOk = (c: Candidate) => c.ordinal !== null && this.titleLike(c)
      && (c.position !== 'glued' || /[。\])）]/.test(this.text[c.at - 1] ?? ''));
    let last = 0;
    for (const c of dotted1) {
      if (this.validDotted1.has(c.at)) { last = c.ordinal ?? last; continue; }
      if (!neighbourOk(c)) continue;
      if ((c.ordinal! >= Math.max(1, lo) && c.ordinal! <= hi) || (last > 0 && c.ordinal === last + 1 && this.strong(c))) {
        this.validDotted1.add(c.at);
        last = c.ordinal!;
      }
    }
  }

  private childWithOrdinal(parent: OutlineNode | null, styleName: string, ordinal: number | null): OutlineNode | undefined {
    return this.childIndex.get(parent ?? this.roots)?.get(`${styleName}:${ordinal}`);
  }

  /** A later heading that repeats an earlier one (a catalogue's detail): attach, don't duplicate. */
  private tryRepeat(c: Candidate, existing: OutlineNode, levelIndex: number): boolean {
    const titleEnd = naturalTitleEnd(this.text, c.end);
    if (titleSimilarity(this.text.slice(c.end, titleEnd), existing.title) < REPEAT_SIMILARITY) return false;
    this.truncate(levelIndex);
    this.stack.push({ styleName: c.style.name, family: c.style.family, last: existing.ordinal ?? 0, node: existing });
    // Deeper levels return to the entry's own children.
    this.occurrences.push({ node: existing, at: c.at, titleStart: c.end, titleEnd, candidate: c, repeat: true });
    this.repeats++;
    return true;
  }

  /**
   * A top-level 一、 at a line start after 二、 or more, that repeats no entry and is followed by its
   * own 二、 at a line start: a notice's items are done and its attachment (a plan with its own
   * outline) begins. Without this the plan's 一、 二、 were dropped and its 三、 joined the notice.
   */
  private restartsNumbering(c: Candidate, index: number, levelIndex: number): boolean {
    if (levelIndex !== 0 || c.ordinal !== 1 || c.position !== 'line' || this.stack[0]!.last < 2 || !this.titleLike(c)) return false;
    for (const d of this.sameStyleAfter(index)) if (d.ordinal === 2) return d.position === 'line';
    return false;
  }

  private truncate(depth: number): void {
    for (let d = this.stack.length - 1; d >= depth; d--) this.closed.set(d, { styleName: this.stack[d]!.styleName, last: this.stack[d]!.last });
    this.stack.length = depth;
  }

  /** A first item numbered on from the same level under the previous heading. */
  private continuesClosedLevel(c: Candidate): boolean {
    const prev = this.closed.get(this.stack.length);
    if (!prev || prev.styleName !== c.style.name || prev.last + 1 !== c.ordinal) return false;
    return this.strong(c) || this.rightAfterHeading(c) || (c.style.distinctive && c.position === 'boundary');
  }

  private accept(c: Candidate, levelIndex: number, ordinal: number | null): void {
    this.truncate(levelIndex);
    const parent = levelIndex > 0 ? this.stack[levelIndex - 1]!.node : null;
    const titleEnd = c.titleEnd ?? naturalTitleEnd(this.text, c.end);
    const node: OutlineNode = {
      id: '', level: levelIndex + 1,
      marker: c.style.marker(c.num, ordinal),
      style: c.style.name.startsWith('dotted-') ? 'dotted' : c.style.name,
      ordinal,
      // Provisional: the natural title, refined once the next heading is known.
      title: tidyTitle(this.text.slice(c.end, titleEnd)), start: c.at, titleEnd: c.end, end: c.end,
      sourceRange: [0, 0], children: [], parent,
      ...(this.annex ? { annex: this.annex.label } : {}),
    };
    (parent ? parent.children : this.roots).push(node);
    // Indexed by style name and ordinal (the style field folds dotted-N into "dotted"), first one wins.
    const index = this.childIndex.get(parent ?? this.roots) ?? new Map<string, OutlineNode>();
    this.childIndex.set(parent ?? this.roots, index);
    const key = `${c.style.name}:${ordinal}`;
    if (!index.has(key)) index.set(key, node);
    this.stack.push({ styleName: c.style.name, family: c.style.family, last: ordinal ?? 0, node, ...(c.rank !== undefined ? { rank: c.rank } : {}) });
    this.occurrences.push({ node, at: c.at, titleStart: c.end, titleEnd, candidate: c, repeat: false });
  }

  private markerFor(c: Candidate, ordinal: number): string {
    if (c.style.family === 'cn-dun' || c.style.family === 'cn-paren' || c.style.family === 'part') return c.style.marker(toCnOrdinal(ordinal), ordinal);
    return c.style.marker(String(ordinal), ordinal);
  }

  /** Titles end at their natural end or at the next heading run into the same line. */
  private finishTitles(): void {
    this.occurrences.forEach((o, k) => {
      const next = this.occurrences[k + 1];
      if (next && next.at < o.titleEnd) o.titleEnd = next.at;
    });
    for (const o of this.occurrences) {
      if (o.repeat) continue; // a repeat keeps the entry's title
      o.node.title = tidyTitle(this.text.slice(o.titleStart, o.titleEnd));
      o.node.titleEnd = o.titleStart + o.node.title.length;
      o.node.sourceRange = this.mapped.sourceRange(o.node.start, o.node.titleEnd);
    }
    const firstOccurrence = new Map<OutlineNode, Occurrence>();
    for (const o of this.occurrences) if (!firstOccurrence.has(o.node)) firstOccurrence.set(o.node, o);
    // Cut run-on titles where their level's shared ending says the heading's words end.
    const byLevel = new Map<string, OutlineNode[]>();
    const visit = (list: OutlineNode[], depth: number) => list.forEach((n) => {
      // A heading set by layout has its whole line as its title: nothing to cut.
      const key = n.style === 'unnumbered' ? '' : `${depth}:${n.style}`;
      const group = byLevel.get(key);
      if (group) group.push(n); else byLevel.set(key, [n]);
      visit(n.children, depth + 1);
    });
    visit(this.roots, 1);
    byLevel.delete('');
    for (const nodes of byLevel.values()) {
      // Pushed, not mapped: cutAtSharedSuffix is compiled for the interpreter's packed arrays.
      const titles: string[] = [];
      for (const n of nodes) titles.push(n.title);
      const cut = cutAtSharedSuffix(titles);
      nodes.forEach((n, i) => {
        if (cut[i] === n.title) return;
        n.title = cut[i]!;
        const first = firstOccurrence.get(n)!;
        n.titleEnd = first.titleStart + n.title.length;
        n.sourceRange = this.mapped.sourceRange(n.start, n.titleEnd);
      });
    }
  }
}

/** The first entry of a sorted list of candidate indices after `index` (Infinity if none). */
function nextAfter(list: readonly number[] | undefined, index: number): number {
  return list ? list[nextPosition(list, index)] ?? Infinity : Infinity;
}

/** Position in a sorted list of candidate indices of the first entry after `index`. */
function nextPosition(list: readonly number[], index: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! <= index) lo = mid + 1; else hi = mid; }
  return lo;
}
