import type { ParseFile } from '../file.js';
import type { Meta } from '../schema/document.js';
import { MappedText } from './mapped-text.js';
import { normalize } from './normalize.js';

export interface Cleaned {
  text: MappedText;
  meta: Partial<Meta>;
}

/** Source text → cleaned text (offsets kept), plus the metadata read from site chrome. */
export function clean(source: string, file: ParseFile, sourceMeta: Partial<Meta> = {}): Cleaned {
  const text = normalize(MappedText.identity(source), file);
  return { text, meta: { ...sourceMeta } };
}
