import type { Range } from '../file.js';

/**
 * Text whose every UTF-16 unit remembers where it came from in the source text. Every cleaning
 * step (deletion, join, replacement) builds a new MappedText through {@link MappedTextBuilder},
 * so a span found in cleaned text always maps back into the source.
 *
 * @example
 * const t = MappedText.identity('共计1\n3、0.48万人');
 * const b = new MappedTextBuilder(t); b.keep(0, 3); b.keep(6, 13);
 * b.build().text                         // '共计10.48万人'
 * b.build().sourceRange(2, 9)            // [2, 13]: '1' … '人' in the source
 */
export class MappedText {
  /** `origin[i]` is the source index of `text[i]`; `origin[text.length]` is where the text ends in the source. */
  constructor(readonly text: string, readonly origin: Int32Array) {}

  static identity(text: string): MappedText {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return new MappedText(text, origin);
  }

  get length(): number { return this.text.length; }

  /** The source range `[start, end)` covered by `text[start, end)`. */
  sourceRange(start: number, end: number): Range {
    if (end <= start) { const at = this.origin[start] ?? this.origin[this.origin.length - 1]!; return [at, at]; }
    return [this.origin[start]!, this.origin[end - 1]! + 1];
  }

  /** Source index of text position `i`. */
  sourceAt(i: number): number { return this.origin[i]!; }
}

/** Builds a new {@link MappedText} from pieces of an old one, keeping every origin. */
export class MappedTextBuilder {
  private parts: string[] = [];
  /**
   * The origins written so far; null while every unit written stands at its own index in `from`
   * (width folding, a cut at the end), so that `from.origin` serves as it is.
   */
  private origin: Int32Array | null = null;
  private n = 0;

  constructor(private readonly from: MappedText) {}

  /** Copies `from.text[start, end)` unchanged. */
  keep(start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(this.from.text.slice(start, end));
    return this.copyOrigin(start, end);
  }

  /**
   * Writes `text` in place of `from.text[start, end)`. Equal lengths map unit for unit (width
   * folding); otherwise every new unit maps to the start of the replaced range.
   */
  replace(start: number, end: number, text: string): this {
    if (!text) return this;
    this.parts.push(text);
    if (text.length === end - start) return this.copyOrigin(start, end);
    const origin = this.writable(text.length);
    origin.fill(this.from.origin[Math.min(start, this.from.length)]!, this.n, this.n + text.length);
    this.n += text.length;
    return this;
  }

  /** Inserts `text` (a joining space, a separator) mapped to the source position of `from.text[at]`. */
  insert(at: number, text: string): this { return this.replace(at, at, text); }

  build(): MappedText {
    const text = this.parts.join('');
    if (!this.origin && this.n === this.from.length) return new MappedText(text, this.from.origin);
    const origin = this.writable(1);
    origin[this.n] = this.from.origin[this.from.length]!;
    return new MappedText(text, origin.length === this.n + 1 ? origin : origin.slice(0, this.n + 1));
  }

  private copyOrigin(start: number, end: number): this {
    if (this.origin || start !== this.n) this.writable(end - start).set(this.from.origin.subarray(start, end), this.n);
    this.n += end - start;
    return this;
  }

  /** The origin array, made when the text first moves away from `from`'s indices, with room for `extra` more units. */
  private writable(extra: number): Int32Array {
    if (!this.origin) {
      this.origin = new Int32Array(Math.max(16, this.from.length + 1, this.n + extra));
      this.origin.set(this.from.origin.subarray(0, this.n));
    }
    if (this.n + extra > this.origin.length) {
      const next = new Int32Array(Math.max(this.origin.length * 2, this.n + extra + 1));
      next.set(this.origin.subarray(0, this.n));
      this.origin = next;
    }
    return this.origin;
  }
}

/**
 * Converts UTF-16 ranges of `source` into code-point ranges (the contract's offsets).
 * @example codePointMapper('a😀b')([3, 4]) // [2, 3]
 */
export function codePointMapper(source: string): (r: Range) => [number, number] {
  let astral = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { astral = true; break; }
  }
  if (!astral) return ([s, e]) => [s, e];
  const cp = new Int32Array(source.length + 1);
  let k = 0;
  for (let i = 0; i < source.length; i++) {
    cp[i] = k;
    const c = source.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(source.charCodeAt(i - 1)))) k++;
    else cp[i] = k - 1;
  }
  cp[source.length] = k;
  return ([s, e]) => [cp[s]!, e > s && e < source.length && isLowAt(source, e) ? cp[e]! + 1 : cp[e]!];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowAt = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff && isHigh(s.charCodeAt(i - 1)); };
