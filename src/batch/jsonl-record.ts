import { DEFAULT_MAX_BYTES } from '../input/read.js';

/** A `--stdin-jsonl` line that is not a usable record; `path` is the record's when it had one. */
export class JsonLineError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = 'JsonLineError';
  }
}

export interface LineInput {
  path: string;
  /** `text` as given (already decoded: parsed as UTF-8 text), or `base64` decoded to bytes (encoding detected). */
  input: string | Uint8Array;
  /** Size in bytes: of the decoded base64, or of the text as UTF-8. */
  bytes: number;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/**
 * One `--stdin-jsonl` input line → what to parse. A line is `{"path": "...", "text": "..."}` or
 * `{"path": "...", "base64": "..."}`; `path` may be left out (it is then `stdin:<line number>`).
 * @example jsonLineInput('{"path":"a.txt","text":"一、总体要求"}', 1) // { path: 'a.txt', input: '一、总体要求', bytes: 18 }
 */
export function jsonLineInput(line: string, lineNo: number, maxBytes = DEFAULT_MAX_BYTES): LineInput {
  const fallback = `stdin:${lineNo}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new JsonLineError(fallback, 'not a JSON object: expected {"path": "...", "text": "..."} or {"path": "...", "base64": "..."}');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new JsonLineError(fallback, 'not a JSON object: expected {"path": "...", "text": "..."} or {"path": "...", "base64": "..."}');
  }
  const { path: given, text, base64 } = record as Record<string, unknown>;
  if (given !== undefined && typeof given !== 'string') throw new JsonLineError(fallback, '"path" must be a string');
  const path = given || fallback;
  if ((text === undefined) === (base64 === undefined)) throw new JsonLineError(path, 'expected exactly one of "text" or "base64"');
  if (text !== undefined && typeof text !== 'string') throw new JsonLineError(path, '"text" must be a string');
  if (base64 !== undefined && (typeof base64 !== 'string' || !BASE64.test(base64))) throw new JsonLineError(path, '"base64" is not valid base64');

  const input = typeof text === 'string' ? text : new Uint8Array(Buffer.from(base64 as string, 'base64'));
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (bytes > maxBytes) throw new JsonLineError(path, `too large: ${bytes} bytes (limit ${maxBytes}, see --max-bytes)`);
  return { path, input, bytes };
}
