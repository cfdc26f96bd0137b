import type { ParseFile } from '../file.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { unifiedIdeograph } from '../input/kangxi.js';

/** Characters folded one for one, beyond the full-width ASCII block U+FF01–U+FF5E. */
const FOLD: Record<string, string> = {
  '\u3000': ' ', '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ', '\u205f': ' ',
  '\u2014': '-', '\u2013': '-', '\u2012': '-', '\u2015': '-', '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u301c': '-', '~': '-',
  '\ufe50': ',', '\ufe51': '、', '\ufe52': '.', '\ufe54': ';', '\ufe55': ':', '\ufe59': '(', '\ufe5a': ')', '\ufe63': '-', '\ufe6a': '%',
  '\u2236': ':', '\uff5f': '(', '\uff60': ')',
};
/** Removed outright: carriage returns (line ends become "\n") and zero-width characters. */
const DROP = new Set(['\r', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

// One pass finds every character that may need folding; the callback decides.
// Radicals and compatibility ideographs (PDF text layers) fold to the unified ideographs (input/kangxi.ts).
const CANDIDATE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u202f\u205f\u2010-\u2015\u2212\u301c~\ufe50-\ufe6a\u2236\uff5f\uff60\r\u200b-\u200d\u2060\ufeff\u00ad\u3002\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;

/**
 * Folds width and variant forms once, so that later stages see one form: full-width digits, letters
 * and punctuation to ASCII, the ideographic space and NBSP to a space, dash variants to "-",
 * "。" between digits to a decimal point, CR LF to LF, Kangxi radicals and compatibility ideographs
 * to the unified ideographs ("⽣" → "生"). Every change goes through the offset map.
 * @example normalize(MappedText.identity('（一）增长4。9％'), file).text // '(一)增长4.9%'
 */
export function normalize(input: MappedText, _file?: ParseFile): MappedText {
  const src = input.text;
  CANDIDATE.lastIndex = 0;
  let builder: MappedTextBuilder | null = null;
  let kept = 0;
  for (let m = CANDIDATE.exec(src); m; m = CANDIDATE.exec(src)) {
    const i = m.index;
    const c = m[0];
    let out: string | null;
    if (DROP.has(c)) {
      // A lone CR is a line end of its own (old Mac exports).
      out = c === '\r' && src[i + 1] !== '\n' ? '\n' : '';
    } else if (c === '\u3002') {
      // "4。9%": a full stop typed as the decimal point.
      out = isDigit(src.charCodeAt(i - 1)) && isDigit(src.charCodeAt(i + 1)) ? '.' : null;
    } else if (c.length === 2 || (c >= '\u2e80' && c <= '\u2fdf') || (c >= '\uf900' && c <= '\ufaff')) {
      out = unifiedIdeograph(c) ?? null;
    } else {
      const code = c.charCodeAt(0);
      // The full-width question mark stays: an ASCII "?" in Chinese text is a lost character (mojibake).
      out = code >= 0xff01 && code <= 0xff5e && code !== 0xff1f ? String.fromCharCode(code - 0xfee0) : FOLD[c] ?? null;
      if (out === '~') out = '-';
    }
    if (out === null) continue;
    builder ??= new MappedTextBuilder(input);
    builder.keep(kept, i);
    if (out) builder.replace(i, i + c.length, out);
    kept = i + c.length;
  }
  if (!builder) return input;
  builder.keep(kept, src.length);
  return builder.build();
}

function isDigit(c: number): boolean { return c >= 0x30 && c <= 0x39 || c >= 0xff10 && c <= 0xff19; }
