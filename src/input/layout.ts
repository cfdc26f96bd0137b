import type { Range } from '../file.js';

/**
 * What the markup of an HTML page or a Markdown export says about its text beyond the characters:
 * which lines it sets as headings, and which blocks are not the document's text (hidden chrome, a
 * hidden copy of the article, a metadata table, a reader's export header). Every range points into
 * the extracted text (the source text of the document); the cleaner drops and reports the blocks
 * and the outline reads the headings.
 */
export interface Layout {
  headings: LayoutHeading[];
  drops: LayoutDrop[];
  /** The rows of data tables (two cells or more), each one line: their numbered cells are row labels, not outline headings. */
  tableRows: Range[];
}

/**
 * A line the markup sets as a heading without a numeral of its own (a Markdown `#` heading, an
 * HTML `<h2>`…`<h6>`, a wholly bold line). `rank` orders them: `#`…`######` and `<h1>`…`<h6>` are
 * 1…6, a bold line is {@link BOLD_RANK}, or less when bold lines follow each other with no text
 * between (the first of them heads the others).
 */
export interface LayoutHeading { range: Range; rank: number }

/** A block the markup shows is not the document's text, with what it is and why. */
export interface LayoutDrop { range: Range; kind: 'boilerplate' | 'page-copy'; note: string; of?: Range }

/** The rank of a wholly bold line: below every `#` / `<hN>` heading. */
export const BOLD_RANK = 20;

/** A heading is a short line: a wholly bold sentence or paragraph is emphasis. */
const MAX_HEADING_CHARS = 50;
/** A sentence end or a colon anywhere in the line ("**注意事项：**" introduces a list, "联系人：…" labels a value). */
const SENTENCE_IN_LINE = /[。！？；!?;:：]/;
/** Lines a document sets apart that are no headings: a date (the signature's), a remark in brackets ("(此件公开发布)"), a document number. */
const NOT_A_HEADING = /^(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[(（【〔][^)）】〕]*[)）】〕]|[^〔[(（]*[〔[(（][0-9０-９]{4}[〕\])）][0-9０-９]+号)$/;
/** "附件", "附件1", "附件2：": an annex label is not itself a heading (GOLD-FORMAT conventions v2). */
const ANNEX_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$/;

/**
 * Can this text, set as a heading by the markup, be an outline heading? Short, no sentence in it,
 * not an annex label, not the document's own title.
 * @example isHeadingText('参保待遇', ['广东多项医保新措']) // true
 * @example isHeadingText('各区要高度重视。', []) // false
 */
export function isHeadingText(text: string, titles: readonly string[]): boolean {
  const t = text.replace(/\s+/g, '');
  if (!t || t.length > MAX_HEADING_CHARS || SENTENCE_IN_LINE.test(t) || ANNEX_LABEL.test(t) || NOT_A_HEADING.test(t)) return false;
  return !titles.some((title) => isTitleText(t, title.replace(/\s+/g, '')));
}

/** The document's title, or its last part ("关于印发X的通知" transmits X: a line "X" or "关于X" is X's title). */
function isTitleText(t: string, title: string): boolean {
  if (t === title) return true;
  const core = t.replace(/^关于/, '');
  return core.length >= 8 && title.includes(core);
}

/**
 * Heading ranks settled over the whole text: bold lines that follow each other with only white
 * space between head the ones after them ("**参保待遇**" then "**医保家庭共济范围扩大**": the first
 * is a section label, the second a headline under it), so a run of n bold lines gets the ranks
 * BOLD_RANK − n + 1 … BOLD_RANK.
 * @example rankBoldRuns('甲\n乙\n正文', [{ range: [0, 1], rank: 20 }, { range: [2, 3], rank: 20 }]).map((h) => h.rank) // [19, 20]
 */
export function rankBoldRuns(text: string, headings: LayoutHeading[]): LayoutHeading[] {
  const sorted = [...headings].sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j]!.rank === BOLD_RANK && sorted[j + 1]!.rank === BOLD_RANK
      && !text.slice(sorted[j]!.range[1], sorted[j + 1]!.range[0]).trim()) j++;
    if (sorted[i]!.rank === BOLD_RANK) for (let k = i; k <= j; k++) sorted[k]!.rank = BOLD_RANK - (j - k);
    i = j + 1;
  }
  return sorted;
}

/**
 * Drops of one kind and note that follow each other with only white space between become one
 * (a reader header of three paragraphs is one header).
 */
export function mergeDrops(text: string, drops: LayoutDrop[]): LayoutDrop[] {
  const sorted = [...drops].sort((a, b) => a.range[0] - b.range[0]);
  const out: LayoutDrop[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && !last.of && !d.of && last.kind === d.kind && last.note === d.note && d.range[0] >= last.range[1]
      && !text.slice(last.range[1], d.range[0]).trim()) {
      last.range = [last.range[0], Math.max(last.range[1], d.range[1])];
      continue;
    }
    out.push({ ...d, range: [d.range[0], d.range[1]] });
  }
  return out;
}
