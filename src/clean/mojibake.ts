import type { ParseFile } from '../file.js';
import { linesOf } from './lines.js';
import type { MappedText } from './mapped-text.js';

const LOST = /(?<=[\u4e00-\u9fff“”、,。])\?|\?(?=[\u4e00-\u9fff“”])|\uFFFD/g;

/**
 * Characters lost to "?" (or U+FFFD) when a page went through the wrong encoding: counted per
 * line and reported as `mojibake` diagnostics with spans. The text is kept; later stages
 * tolerate "?" even inside a marker ("?、完善医保?付政策").
 * @returns the number of lost characters found.
 */
export function reportMojibake(text: MappedText, file: ParseFile): number {
  let total = 0;
  let reported = 0;
  for (const line of linesOf(text.text)) {
    const hits = line.text.match(LOST)?.length ?? 0;
    if (hits < 2) continue;
    total += hits;
    if (reported++ < 100) file.warn('mojibake', `${hits} character(s) lost to "?" in this line`, text.sourceRange(line.start, line.end));
  }
  if (reported > 100) file.warn('mojibake', `${reported - 100} more line(s) with lost characters not listed`);
  return total;
}
