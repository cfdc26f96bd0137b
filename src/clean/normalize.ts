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

/**
 * What a UTF-16 unit may become, by its code: 0 it stays; 1 it folds one for one into
 * {@link ONE_FOR_ONE}'s unit (width forms, spaces, dashes); 2 {@link folded} decides, reading its
 * neighbours or the radical table (CR, zero-width characters, "。", radicals and compatibility
 * ideographs, the high surrogate of the compatibility supplement). A look-up per unit, where a
 * regular expression's match would cost an array per full-width comma.
 */
const KIND = new Uint8Array(0x10000);
const ONE_FOR_ONE = new Uint16Array(0x10000);
{
  const fold = (code: number, to: string) => { KIND[code] = 1; ONE_FOR_ONE[code] = to.charCodeAt(0); };
  // The full-width question mark stays: an ASCII "?" in Chinese text is a lost character (mojibake).
  for (let code = 0xff01; code <= 0xff5e; code++) if (code !== 0xff1f) fold(code, String.fromCharCode(code - 0xfee0));
  fold(0xff5e, '-'); // "～" folds as "~" does
  for (const [from, to] of Object.entries(FOLD)) fold(from.charCodeAt(0), to);
  for (const c of DROP) KIND[c.charCodeAt(0)] = 2;
  KIND[0x3002] = 2;
  // Radicals and compatibility ideographs (PDF text layers) fold to the unified ideographs (input/kangxi.ts).
  for (let code = 0x2e80; code <= 0x2fdf; code++) KIND[code] = 2;
  for (let code = 0xf900; code <= 0xfaff; code++) KIND[code] = 2;
  KIND[0xd87e] = 2; // U+2F800–U+2FA1F, the compatibility supplement: "\ud87e" then "\udc00"–"\ude1f"
}

/**
 * Folds width and variant forms once, so that later stages see one form: full-width digits, letters
 * and punctuation to ASCII, the ideographic space and NBSP to a space, dash variants to "-",
 * "。" between digits to a decimal point, CR LF to LF, Kangxi radicals and compatibility ideographs
 * to the unified ideographs ("⽣" → "生"). Every change goes through the offset map.
 * @example normalize(MappedText.identity('（一）增长4。9％'), file).text // '(一)增长4.9%'
 */
export function normalize(input: MappedText, _file?: ParseFile): MappedText {
  const src = input.text;
  const n = src.length;
  let builder: MappedTextBuilder | null = null;
  let out: TextWriter | null = null;
  // `copied`: what `out` holds of the source; `kept`: what the map holds. A one-for-one fold
  // changes the text only: its unit keeps its own source position, as an unchanged one does.
  let copied = 0, kept = 0;
  for (let i = 0; i < n; i++) {
    const code = src.charCodeAt(i);
    const kind = KIND[code]!;
    if (kind === 0) continue;
    if (kind === 1) {
      out ??= new TextWriter(n);
      out.copy(src, copied, i).unit(ONE_FOR_ONE[code]!);
      copied = i + 1;
      continue;
    }
    let c: string;
    if (code === 0xd87e) {
      const low = src.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xde1f)) continue;
      c = src.slice(i, i + 2);
    } else c = src[i]!;
    const to = folded(c, i, src);
    if (to !== null) {
      out ??= new TextWriter(n);
      out.copy(src, copied, i).write(to);
      copied = i + c.length;
      if (to.length !== c.length) {
        builder ??= new MappedTextBuilder(input);
        builder.mapKeep(kept, i).mapReplace(i, i + c.length, to.length);
        kept = i + c.length;
      }
    }
    i += c.length - 1;
  }
  if (!out) return input;
  builder ??= new MappedTextBuilder(input);
  return builder.mapKeep(kept, n).buildWith(out.copy(src, copied, n).done());
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

  unit(code: number): this {
    this.room(1);
    this.buf[this.n++] = code;
    return this;
  }

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

/** What `c` (a unit of {@link KIND} 2 at `i`, or the supplement's pair) becomes: null when it stays. */
function folded(c: string, i: number, src: string): string | null {
  if (DROP.has(c)) {
    // A lone CR is a line end of its own (old Mac exports).
    return c === '\r' && src[i + 1] !== '\n' ? '\n' : '';
  }
  if (c === '\u3002') {
    // "4。9%": a full stop typed as the decimal point.
    return isDigit(src.charCodeAt(i - 1)) && isDigit(src.charCodeAt(i + 1)) ? '.' : null;
  }
  return unifiedIdeograph(c) ?? null;
}

function isDigit(c: number): boolean { return c >= 0x30 && c <= 0x39 || c >= 0xff10 && c <= 0xff19; }
