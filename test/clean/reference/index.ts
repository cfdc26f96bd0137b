import type { ParseFile } from '../../../src/file.js';
import type { Meta } from '../../../src/schema/document.js';
import { MappedText } from '../../../src/clean/mapped-text.js';
import { normalize } from './normalize.js';
import { repairSeams } from './seams.js';
import { findChrome } from './boilerplate.js';
import { findPageMarkers } from './page-markers.js';
import { findRepeatedArticles } from './articles.js';
import { findPageCopies } from './page-copies.js';
import { removeInnerSpaces, removeStraySpaces } from './spaces.js';
import { joinBrokenLines } from './joins.js';
import { reportMojibake } from './mojibake.js';
import { dropRanges, lineBlock, linesOfText, runsOf } from './lines.js';
import { dropLayoutBlocks, layoutIn, type TextLayout } from '../../../src/clean/layout.js';
import type { Layout } from '../../../src/input/layout.js';

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

  let meta: Partial<Meta> = {};
  // Removing chrome brings lines together ("【字" and "号】…" around a breadcrumb), so look again
  // until nothing more is found: cleaning cleaned text must change nothing. The lines that stay
  // are mostly the same texts, whose verdicts are remembered.
  const verdicts = new Map<string, boolean>();
  for (let pass = 0; pass < 4; pass++) {
    const found = dropChrome(text, file, verdicts);
    meta = { ...found.meta, ...meta };
    if (found.text === text) break;
    text = found.text;
  }
  verdicts.clear(); // its keys are slices of this text, which the next steps replace

  text = dropRanges(text, findRepeatedArticles(text, file));
  const pageCopies = findPageCopies(text, file);
  text = dropRanges(text, pageCopies);
  // A page copy that held an article marker leaves two articles alike: compare them again.
  if (pageCopies.length) text = dropRanges(text, findRepeatedArticles(text, file));
  text = removeInnerSpaces(text);
  text = joinBrokenLines(text);
  // A block wrapped at another width repeats only once its lines are joined: look again.
  for (let pass = 0; pass < 3; pass++) {
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

/** Site chrome (read into meta) and page markers, dropped and reported as `boilerplate`. */
function dropChrome(text: MappedText, file: ParseFile, verdicts: Map<string, boolean>): { text: MappedText; meta: Partial<Meta> } {
  const lines = linesOfText(text);
  const chrome = findChrome(lines, verdicts);
  const markers = findPageMarkers(lines);
  const drop: Array<[number, number]> = [];
  for (const [first, last] of runsOf(chrome.lines, lines)) {
    const range = lineBlock(text.text, lines, first, last);
    file.copy({ kind: 'boilerplate', span: text.sourceRange(range[0], range[1]), note: 'site chrome' });
    drop.push(range);
  }
  for (const i of markers) {
    const range = lineBlock(text.text, lines, i, i);
    file.copy({ kind: 'boilerplate', span: text.sourceRange(range[0], range[1]), note: 'page marker' });
    drop.push(range);
  }
  return { text: dropRanges(text, drop), meta: chrome.meta };
}
