import type { Range } from '../file.js';
import type { Annex } from './annexes.js';

export type { Annex } from './annexes.js';

/** One heading of the outline, with positions in the cleaned text. */
export interface OutlineNode {
  id: string;
  level: number;
  /** Normalised marker: "一、" "(一)" "1." "1)" "(1)" "1、" "①" "第一条" "篇一" "2.1". */
  marker: string;
  style: string;
  ordinal: number | null;
  title: string;
  /** Cleaned-text index of the marker's first character. */
  start: number;
  /** Cleaned-text index where the title ends. */
  titleEnd: number;
  /** Cleaned-text index where the section ends (the next heading at this level or above, or the end). */
  end: number;
  /** The heading (marker and title) in the source text, UTF-16 units. */
  sourceRange: Range;
  /** The annex ("附件2") the heading belongs to (contract 1.1); absent in the main text. */
  annex?: string;
  children: OutlineNode[];
  parent: OutlineNode | null;
  /** Cleaned-text ranges of the section's own text (not its children's), in document order. */
  body?: Array<[number, number]>;
}

export interface Outline {
  roots: OutlineNode[];
  /** Every node in document order. */
  nodes: OutlineNode[];
  /** Cleaned-text range before the first heading, if any. */
  preamble: [number, number] | null;
  /** The annexes (附件1 …), in document order; a section's and a task's `annex` names one. */
  annexes: Annex[];
}
