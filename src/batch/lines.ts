/** A line longer than the limit: its bytes were dropped, not buffered. */
export interface OverlongLine { overlong: true; lineNo: number; bytes: number }
export interface Line { overlong?: false; lineNo: number; text: string }

/**
 * The lines of a byte stream (`\n` or `\r\n`), decoded as UTF-8, with 1-based line numbers.
 * Reads only as fast as the consumer pulls (the stream's own back-pressure), and never buffers
 * more than `maxLineBytes` of one line: a longer line is skipped and yielded as {@link OverlongLine}.
 * @example for await (const line of lines(process.stdin, 1e6)) console.log(line.lineNo, line.text)
 */
export async function* lines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line | OverlongLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overlong = false;
  let lineNo = 0;

  const finish = (): Line | OverlongLine => {
    lineNo++;
    const line: Line | OverlongLine = overlong
      ? { overlong: true, lineNo, bytes: size }
      : { lineNo, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    overlong = false;
    return line;
  };
  const take = (piece: Buffer): void => {
    size += piece.length;
    if (size > maxLineBytes) { overlong = true; parts = []; }
    if (!overlong) parts.push(piece);
  };

  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = buffer.indexOf(10, from); at >= 0; at = buffer.indexOf(10, from)) {
      take(buffer.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    if (from < buffer.length) take(buffer.subarray(from));
  }
  if (size > 0 || overlong) yield finish();
}
