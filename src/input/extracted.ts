import type { Meta } from '../schema/document.js';
import type { Layout } from './layout.js';

/** What a binary document reader (PDF, DOCX, DOC, OFD) gives the pipeline: the text spans point into. */
export interface ExtractedText {
  text: string;
  meta: Partial<Meta>;
  layout?: Layout;
  /** UTF-16 offsets at which each page starts, where the format knows its pages. */
  pages?: number[];
}
