import type { Range } from '../file.js';

/**
 * Where each UTF-16 unit of a text came from in the source, stored by pieces rather than unit by
 * unit: a piece is a run of units that either stand at consecutive source positions (kept text)
 * or all map to one position (a replacement of another length). A cleaning step changes a text in
 * a few places per line, so a map costs a few bytes a line, not four bytes a character — which on
 * a 200 MB document is the difference between fitting in memory and not.
 *
 * Piece `k` covers text `[at[k], at[k + 1])` (the last one up to the text's length); its value is
 * `src[k] + (i - at[k])` at unit `i` when `src[k] >= 0`, and `-src[k] - 1` throughout when negative.
 */
export class OffsetMap {
  /** The piece looked up last: lookups mostly walk forward through a text. */
  private hint = 0;

  constructor(
    /** Text length. */
    readonly length: number,
    private readonly at: Int32Array,
    private readonly src: Int32Array,
    /** How many pieces (`at` and `src` may be longer). */
    readonly pieces: number,
    /** Where the text ends in the source (`origin[length]`). */
    readonly end: number,
  ) {}

  static identity(length: number): OffsetMap {
    return length === 0 ? new OffsetMap(0, new Int32Array(0), new Int32Array(0), 0, 0)
      : new OffsetMap(length, Int32Array.of(0), Int32Array.of(0), 1, length);
  }

  /** Source index of unit `i` (0 ≤ i ≤ length; `length` gives {@link end}); undefined outside. */
  sourceAt(i: number): number | undefined {
    if (i === this.length) return this.end;
    if (!(i >= 0 && i < this.length)) return undefined;
    const k = this.piece(i);
    const s = this.src[k]!;
    return s >= 0 ? s + (i - this.at[k]!) : -s - 1;
  }

  /** The piece holding unit `i` (0 ≤ i < length). */
  piece(i: number): number {
    const at = this.at;
    let k = this.hint;
    if (at[k]! <= i && (k + 1 >= this.pieces || at[k + 1]! > i)) return k;
    if (k + 1 < this.pieces && at[k + 1]! <= i && (k + 2 >= this.pieces || at[k + 2]! > i)) return this.hint = k + 1;
    let lo = 0, hi = this.pieces - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= i) lo = mid; else hi = mid - 1;
    }
    return this.hint = lo;
  }

  /** Start of piece `k` in the text. */
  startOf(k: number): number { return this.at[k]!; }
  /** End of piece `k` in the text. */
  endOf(k: number): number { return k + 1 < this.pieces ? this.at[k + 1]! : this.length; }
  /** Raw value of piece `k` (see the class comment). */
  rawValue(k: number): number { return this.src[k]!; }
}

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
  constructor(readonly text: string, readonly map: OffsetMap) {}

  static identity(text: string): MappedText {
    return new MappedText(text, OffsetMap.identity(text.length));
  }

  get length(): number { return this.text.length; }

  /** The source range `[start, end)` covered by `text[start, end)`. */
  sourceRange(start: number, end: number): Range {
    if (end <= start) { const at = this.map.sourceAt(start) ?? this.map.end; return [at, at]; }
    return [this.map.sourceAt(start)!, this.map.sourceAt(end - 1)! + 1];
  }

  /** Source index of text position `i`. */
  sourceAt(i: number): number { return this.map.sourceAt(i)!; }
}

/** Builds a new {@link MappedText} from pieces of an old one, keeping every origin. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private at = new Int32Array(16);
  private src = new Int32Array(16);
  private pieces = 0;
  /** Units written so far. */
  private n = 0;

  constructor(private readonly from: MappedText) {}

  /** Copies `from.text[start, end)` unchanged. */
  keep(start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(this.from.text.slice(start, end));
    return this.copyOrigin(start, end);
  }

  /**
   * The map half of {@link keep}, for a step that writes its text itself (normalize writes into
   * one buffer rather than a string per unchanged run): then {@link buildWith} that text.
   */
  mapKeep(start: number, end: number): this {
    return end <= start ? this : this.copyOrigin(start, end);
  }

  /** The map half of {@link replace}: `from.text[start, end)` became `length` units. */
  mapReplace(start: number, end: number, length: number): this {
    if (length === 0) return this;
    if (length === end - start) return this.copyOrigin(start, end);
    this.push(-this.from.map.sourceAt(Math.min(start, this.from.length))! - 1, length);
    return this;
  }

  /**
   * Writes `text` in place of `from.text[start, end)`. Equal lengths map unit for unit (width
   * folding); otherwise every new unit maps to the start of the replaced range.
   */
  replace(start: number, end: number, text: string): this {
    if (!text) return this;
    this.parts.push(text);
    return this.mapReplace(start, end, text.length);
  }

  /** Inserts `text` (a joining space, a separator) mapped to the source position of `from.text[at]`. */
  insert(at: number, text: string): this { return this.replace(at, at, text); }

  build(): MappedText {
    const text = this.parts.join('');
    this.parts = [];
    return this.buildWith(text);
  }

  /** The text written by a step that used only the map half ({@link mapKeep}, {@link mapReplace}). */
  buildWith(text: string): MappedText {
    if (text.length !== this.n) throw new Error(`internal error: a text of ${text.length} units for a map of ${this.n}`);
    const trim = (a: Int32Array) => (a.length > this.pieces + 64 ? a.slice(0, this.pieces) : a);
    return new MappedText(text, new OffsetMap(this.n, trim(this.at), trim(this.src), this.pieces, this.from.map.end));
  }

  private copyOrigin(start: number, end: number): this {
    const map = this.from.map;
    for (let i = start; i < end;) {
      const k = map.piece(i);
      const stop = Math.min(end, map.endOf(k));
      const s = map.rawValue(k);
      this.push(s >= 0 ? s + (i - map.startOf(k)) : s, stop - i);
      i = stop;
    }
    return this;
  }

  /** Appends `length` units of raw value `s` (see {@link OffsetMap}), merged into the last piece where it continues it. */
  private push(s: number, length: number): void {
    const k = this.pieces - 1;
    if (k >= 0) {
      const last = this.src[k]!;
      // A piece continues the last one when the last one's next value is this piece's first and
      // both step alike (a single unit steps either way).
      if (last >= 0) {
        if (s >= 0 ? last + (this.n - this.at[k]!) === s : length === 1 && last + (this.n - this.at[k]!) === -s - 1) { this.n += length; return; }
      } else if (s < 0 ? s === last : length === 1 && s === -last - 1) { this.n += length; return; }
    }
    if (this.pieces === this.at.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.at = grow(this.at);
      this.src = grow(this.src);
    }
    this.at[this.pieces] = this.n;
    this.src[this.pieces] = s;
    this.pieces++;
    this.n += length;
  }
}

/**
 * Converts UTF-16 ranges of `source` into code-point ranges (the contract's offsets). Keeps the
 * positions of the astral characters only (not the text, nor an entry per unit): the text can be
 * let go once the mapper is made.
 * @example codePointMapper('a😀b')([3, 4]) // [2, 3]
 */
export function codePointMapper(source: string): (r: Range) => [number, number] {
  const length = source.length;
  // Where each paired low surrogate stands: a unit that starts no code point of its own.
  let lows: Int32Array | null = null;
  let n = 0;
  const first = source.search(HIGH_SURROGATE);
  for (let i = first < 0 ? length : first + 1; i < length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && isHigh(source.charCodeAt(i - 1))) {
      if (!lows) lows = new Int32Array(64);
      else if (n === lows.length) { const grown: Int32Array = new Int32Array(n * 2); grown.set(lows); lows = grown; }
      lows[n++] = i;
    }
  }
  if (!lows) return ([s, e]) => [s, e];
  const pairs = lows.slice(0, n);
  /** How many paired low surrogates stand before `i`. */
  const before = (i: number) => {
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pairs[mid]! < i) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const isLow = (i: number) => { const k = before(i); return k < n && pairs[k] === i; };
  // A low surrogate belongs to the code point its high surrogate starts.
  const cp = (i: number) => (i < length && isLow(i) ? i - before(i) - 1 : i - before(i));
  return ([s, e]) => [cp(s), e > s && e < length && isLow(e) ? cp(e) + 1 : cp(e)];
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
