import type { ParseFile } from '../file.js';
import type { MappedText } from '../clean/mapped-text.js';
import type { Outline } from './types.js';

export type { Outline, OutlineNode } from './types.js';

/** Builds the outline tree of the cleaned text. */
export function buildOutline(_text: MappedText, _file: ParseFile): Outline {
  return { roots: [], nodes: [] };
}
