import iconv from 'iconv-lite';
import type { ParseFile } from '../file.js';

/** One run of lines decoded in one encoding. */
export interface Segment { encoding: 'utf-8' | 'gb18030'; fromLine: number; toLine: number; fromByte: number; toByte: number }

/** Multi-byte UTF-8 sequences a line needs for its validity to say anything (a short GBK line can be valid UTF-8 by chance). */
const MIN_SEQUENCES = 3;
/** Multi-byte UTF-8 sequences the UTF-8 lines must hold together before a file counts as mixed. */
const MIN_UTF8_TOTAL = 12;

/**
 * Bytes that are valid in no one encoding but are UTF-8 in some lines and GB18030 in others
 * (concatenated dumps): each run of lines decoded in its own encoding — strict UTF-8 where the
 * line is UTF-8 (or UTF-8 with a few damaged bytes), GB18030 elsewhere — and a `mixed-encoding`
 * diagnostic naming the runs. Null when the lines all read one way (the caller decodes as before).
 * @example decodeBySegments(concat(utf8('一、总体要求\n'), gbk('（一）完成。')), file)?.encoding // 'utf-8+gb18030'
 */
export function decodeBySegments(bytes: Uint8Array, file: ParseFile): { text: string; encoding: string } | null {
  const lines = classify(bytes);
  // Cheap test first: a GB18030 file has next to no well-formed UTF-8 lines, and stops here.
  if (lines.reduce((n, l) => n + (l.kind === 'utf-8' ? l.valid : 0), 0) < MIN_UTF8_TOTAL) return null;
  // A line GB18030 cannot read either is damage, whatever its encoding: it goes with its neighbours.
  for (const l of lines) if (l.kind === 'gb18030' && !readsAsGb18030(bytes.subarray(l.start, l.end))) l.kind = 'unsure';
  if (!lines.some((l) => l.kind === 'gb18030')) return null;
  // Lines that say nothing (ASCII, or too short to tell) take the encoding of the line before (else after).
  let last: Kind | undefined;
  for (const l of lines) if (l.kind === 'unsure') l.kind = last ?? 'unsure'; else last = l.kind;
  last = undefined;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.kind === 'unsure') lines[i]!.kind = last ?? 'utf-8'; else last = lines[i]!.kind;

  const segments: Segment[] = [];
  lines.forEach((l, i) => {
    const prev = segments.at(-1);
    if (prev && prev.encoding === l.kind) { prev.toLine = i + 1; prev.toByte = l.end; return; }
    segments.push({ encoding: l.kind as Segment['encoding'], fromLine: i + 1, toLine: i + 1, fromByte: l.start, toByte: l.end });
  });
  const text = segments.map((s) => {
    const part = bytes.subarray(s.fromByte, s.toByte);
    return s.encoding === 'utf-8' ? new TextDecoder('utf-8').decode(part) : iconv.decode(Buffer.from(part), 'gb18030');
  }).join('');
  const shown = segments.slice(0, 12).map((s) => `lines ${s.fromLine}–${s.toLine} (bytes ${s.fromByte}–${s.toByte}) ${s.encoding === 'utf-8' ? 'UTF-8' : 'GB18030'}`);
  file.warn('mixed-encoding', `not one encoding: decoded by segments, ${shown.join('; ')}${segments.length > 12 ? `; and ${segments.length - 12} more` : ''}`);
  const order = [...new Set(segments.map((s) => s.encoding))];
  return { text, encoding: order.join('+') };
}

type Kind = 'utf-8' | 'gb18030' | 'unsure';
interface Line { start: number; end: number; kind: Kind; valid: number }

/** Each line (its newline included) judged by its UTF-8 sequences: well-formed, damaged, or another encoding. */
function classify(bytes: Uint8Array): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    let valid = 0, invalid = 0;
    for (let i = start; i < end;) {
      const b = bytes[i]!;
      if (b < 0x80) { i++; continue; }
      const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
      let ok = len > 0 && i + len <= end;
      for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
      if (ok) { valid++; i += len; } else { invalid++; i++; }
    }
    // A few damaged bytes in a UTF-8 line keep it UTF-8 (as decode() judges a whole file).
    const kind: Kind = invalid === 0 ? (valid >= MIN_SEQUENCES ? 'utf-8' : 'unsure')
      : valid >= 8 * invalid && valid >= MIN_SEQUENCES ? 'utf-8' : 'gb18030';
    lines.push({ start, end, kind, valid });
    start = end;
  }
  return lines;
}

function readsAsGb18030(line: Uint8Array): boolean {
  return !iconv.decode(Buffer.from(line), 'gb18030').includes('\uFFFD');
}
