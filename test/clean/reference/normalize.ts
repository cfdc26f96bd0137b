import type { ParseFile } from '../../../src/file.js';
import { MappedText, MappedTextBuilder } from '../../../src/clean/mapped-text.js';
import { unifiedIdeograph } from '../../../src/input/kangxi.js';

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
  let out: TextWriter | null = null;
  let kept = 0;
  for (let m = CANDIDATE.exec(src); m; m = CANDIDATE.exec(src)) {
    const i = m.index;
    const c = m[0];
    const to = folded(c, i, src);
    if (to === null) continue;
    builder ??= new MappedTextBuilder(input);
    out ??= new TextWriter(src.length);
    out.copy(src, kept, i).write(to);
    builder.mapKeep(kept, i).mapReplace(i, i + c.length, to.length);
    kept = i + c.length;
  }
  if (!builder || !out) return input;
  return builder.mapKeep(kept, src.length).buildWith(out.copy(src, kept, src.length).done());
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Writes a text unit by unit into one buffer, made a string once at the end: a fold every few
 * characters would otherwise leave a string (and an array slot) per unchanged run, several
 * times the text's size on a large document.
 */
class TextWriter {
  private buf: Uint16Array;
  private n = 0;
  constructor(size: number) { this.buf = new Uint16Array(size + 16); }

  copy(src: string, start: number, end: number): this {
    this.room(end - start);
    const buf = this.buf;
    let n = this.n;
    for (let k = start; k < end; k++) buf[n++] = src.charCodeAt(k);
    this.n = n;
    return this;
  }

  write(text: string): this { return this.copy(text, 0, text.length); }

  done(): string {
    const bytes = Buffer.from(this.buf.buffer, this.buf.byteOffset, this.n * 2);
    if (!LITTLE_ENDIAN) bytes.swap16();
    return bytes.toString('utf16le');
  }

  private room(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    const next = new Uint16Array(Math.max(this.buf.length * 2, this.n + extra));
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }
}

/** What `c` (a match of CANDIDATE at `i`) becomes: null when it stays. */
function folded(c: string, i: number, src: string): string | null {
  if (DROP.has(c)) {
    // A lone CR is a line end of its own (old Mac exports).
    return c === '\r' && src[i + 1] !== '\n' ? '\n' : '';
  }
  if (c === '\u3002') {
    // "4。9%": a full stop typed as the decimal point.
    return isDigit(src.charCodeAt(i - 1)) && isDigit(src.charCodeAt(i + 1)) ? '.' : null;
  }
  if (c.length === 2 || (c >= '\u2e80' && c <= '\u2fdf') || (c >= '\uf900' && c <= '\ufaff')) return unifiedIdeograph(c) ?? null;
  const code = c.charCodeAt(0);
  // The full-width question mark stays: an ASCII "?" in Chinese text is a lost character (mojibake).
  const out = code >= 0xff01 && code <= 0xff5e && code !== 0xff1f ? String.fromCharCode(code - 0xfee0) : FOLD[c] ?? null;
  return out === '~' ? '-' : out;
}

function isDigit(c: number): boolean { return c >= 0x30 && c <= 0x39 || c >= 0xff10 && c <= 0xff19; }
