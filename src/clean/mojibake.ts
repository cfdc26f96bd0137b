import type { ParseFile } from '../file.js';
import type { MappedText } from './mapped-text.js';

/** A run of "?" or U+FFFD; whether a "?" run is lost text depends on what stands around it. */
const RUN = /\?+|\uFFFD+/g;
/** What stands next to a lost character: Chinese text and its punctuation ("?、因地", "卫?院"). */
const BEFORE = /[\u4e00-\u9fff“”、,。]/;
const AFTER = /[\u4e00-\u9fff“”、]/;
/** A clause that asks: its "?" is a question mark typed in ASCII ("为什么要改革?"), not a lost character. */
const QUESTION = /(?:吗|呢|什么|怎|如何|为何|哪|谁|多少|是否|难道|岂|啥)[^,;:!?。\n]*$/;

/**
 * Characters lost to "?" (or U+FFFD) when a page went through the wrong encoding: counted per
 * line and reported as `mojibake` diagnostics with spans. The text is kept; later stages
 * tolerate "?" even inside a marker ("?、完善医保?付政策").
 * @example reportMojibake(MappedText.identity('?、完善医保?付政策'), file) // 2
 * @returns the number of lost characters found.
 */
export function reportMojibake(text: MappedText, file: ParseFile): number {
  let total = 0;
  let reported = 0;
  // Only a line that holds a "?" or U+FFFD can have lost characters: the text is searched for
  // them and each such line read once, without splitting the whole text.
  const s = text.text;
  for (let at = nextSuspect(s, 0); at >= 0;) {
    const start = s.lastIndexOf('\n', at - 1) + 1;
    const nl = s.indexOf('\n', at);
    const end = nl < 0 ? s.length : nl;
    const hits = lostIn(s.slice(start, end));
    if (hits >= 2) {
      total += hits;
      if (reported++ < 100) file.warn('mojibake', `${hits} character(s) lost to "?" in this line`, text.sourceRange(start, end));
    }
    at = nl < 0 ? -1 : nextSuspect(s, nl + 1);
  }
  if (reported > 100) file.warn('mojibake', `${reported - 100} more line(s) with lost characters not listed`);
  return total;
}

/** Where the next "?" or U+FFFD stands from `from` on, or -1. */
function nextSuspect(s: string, from: number): number {
  const q = s.indexOf('?', from), r = s.indexOf('\uFFFD', from);
  return q < 0 ? r : r < 0 ? q : Math.min(q, r);
}

function lostIn(line: string): number {
  let n = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(line); m; m = RUN.exec(line)) {
    const run = m[0], at = m.index;
    if (run[0] === '\uFFFD') { n += run.length; continue; }
    // Indexed within the line only: a read past its ends would deoptimise this loop.
    const before = at > 0 ? line[at - 1]! : '', after = at + run.length < line.length ? line[at + run.length]! : '';
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    if (run.length === 1 && QUESTION.test(line.slice(Math.max(0, at - 20), at))) continue;
    n += run.length;
  }
  return n;
}
