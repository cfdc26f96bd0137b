import type { ParseFile } from '../file.js';
import type { Meta } from '../schema/document.js';
import { MappedText } from './mapped-text.js';
import { normalize } from './normalize.js';
import { repairSeams } from './seams.js';
import { findChrome, type LineVerdicts } from './boilerplate.js';
import { findPageMarkers } from './page-markers.js';
import { findRepeatedArticles } from './articles.js';
import { findPageCopies } from './page-copies.js';
import { removeInnerSpaces, removeStraySpaces } from './spaces.js';
import { joinBrokenLines } from './joins.js';
import { reportMojibake } from './mojibake.js';
import { dropRanges, lineBlock, lineOf, linesOfText, runsOf, type Line } from './lines.js';
import { dropLayoutBlocks, layoutIn, type TextLayout } from './layout.js';
import type { Layout } from '../input/layout.js';

export interface Cleaned {
  text: MappedText;
  /** Metadata read from site chrome (and, for HTML, from the markup). */
  meta: Partial<Meta>;
  /** Characters lost to "?" in the text. */
  lostCharacters: number;
  /** What the markup (HTML, Markdown) says of the cleaned text's lines: headings it set, table rows. */
  layout: TextLayout;
}

/**
 * Source text → cleaned text, every change through the offset map and every removal reported
 * in `file.copies`: width folding; the blocks the markup showed are no text (`layout`); page-chunk seams; site chrome (parsed into meta) and page
 * markers; repeated articles; repeated page copies; spaces inside words; broken lines; mojibake.
 * Idempotent: cleaning cleaned text changes nothing.
 */
export function clean(source: string | HandedText, file: ParseFile, sourceMeta: Partial<Meta> = {}, layout?: Layout): Cleaned {
  let text = normalizeSource(source, file);
  // What the markup showed is no text of the document: hidden chrome and copies, metadata tables.
  text = dropLayoutBlocks(text, layout, file);
  text = repairSeams(text, file);

  const chrome = dropChrome(text, file);
  text = chrome.text;
  const meta = chrome.meta;

  text = dropRanges(text, findRepeatedArticles(text, file));
  const pageCopies = findPageCopies(text, file);
  text = dropRanges(text, pageCopies);
  // A page copy that held an article marker leaves two articles alike: compare them again.
  if (pageCopies.length) text = dropRanges(text, findRepeatedArticles(text, file));
  // The text page copies were looked for in and none found (the same text holds none).
  const withoutCopies = pageCopies.length ? null : text;
  text = removeInnerSpaces(text);
  text = joinBrokenLines(text);
  // A block wrapped at another width repeats only once its lines are joined: look again.
  for (let pass = 0; pass < 3 && text !== withoutCopies; pass++) {
    const more = findPageCopies(text, file);
    if (!more.length) break;
    text = joinBrokenLines(dropRanges(text, more));
  }
  // Stray spaces read their clause, which a broken line had cut.
  text = removeStraySpaces(text);
  const lostCharacters = reportMojibake(text, file);
  return { text, meta: { ...meta, ...sourceMeta }, lostCharacters, layout: layoutIn(text, layout) };
}

/**
 * The source text given to {@link clean} in a holder: clean takes it (the holder is left empty),
 * so that once normalized the source is no longer held — on a large document, memory as large
 * as the text.
 */
export interface HandedText { text: string }

function normalizeSource(source: string | HandedText, file: ParseFile): MappedText {
  if (typeof source === 'string') return normalize(MappedText.identity(source), file);
  const identity = MappedText.identity(source.text);
  source.text = '';
  return normalize(identity, file);
}

/**
 * Site chrome (read into meta) and page markers, dropped and reported as `boilerplate`.
 * Removing chrome brings lines together ("【字" and "号】…" around a breadcrumb), so look again
 * until nothing more is found: cleaning cleaned text must change nothing. A look reads the lines
 * the looks before it left (the lines of the text they would have made), and the text is made
 * once, at the end.
 */
function dropChrome(text: MappedText, file: ParseFile): { text: MappedText; meta: Partial<Meta> } {
  let lines = linesOfText(text);
  let meta: Partial<Meta> = {};
  let verdicts: LineVerdicts | undefined;
  const drop: Array<[number, number]> = [];
  for (let pass = 0; pass < 4; pass++) {
    const chrome = findChrome(lines, verdicts, text.text);
    const markers = findPageMarkers(lines);
    meta = { ...chrome.meta, ...meta };
    verdicts = chrome.verdicts;
    const gone = new Uint8Array(lines.length);
    let found = false;
    // A range of the lines left is the same units of the text (with lines gone before inside it).
    for (const [first, last] of runsOf(chrome.lines, lines)) {
      const range = lineBlock(text.text, lines, first, last);
      file.copy({ kind: 'boilerplate', span: text.sourceRange(range[0], range[1]), note: 'site chrome' });
      drop.push(range);
      gone.fill(1, first, last + 1);
      found = true;
    }
    for (const i of markers) {
      const range = lineBlock(text.text, lines, i, i);
      file.copy({ kind: 'boilerplate', span: text.sourceRange(range[0], range[1]), note: 'page marker' });
      drop.push(range);
      gone[i] = 1;
      found = true;
    }
    if (!found) break;
    lines = linesLeftOf(lines, gone, text.length);
  }
  return { text: dropRanges(text, drop), meta };
}

/**
 * The lines left once the `gone` ones (whole lines with their line breaks) are dropped, as the
 * text left would split: when the last line goes, the line break before it stays and ends the text
 * with an empty line. The lines keep their places in the text they came from.
 */
function linesLeftOf(lines: readonly Line[], gone: Uint8Array, length: number): Line[] {
  const left: Line[] = [];
  for (let i = 0; i < lines.length; i++) if (!gone[i]) left.push(lines[i]!);
  if (gone[lines.length - 1]) left.push(lineOf(length, length, ''));
  return left;
}
