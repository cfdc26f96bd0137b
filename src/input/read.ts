import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../file.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads one input file's bytes, turning every way a path can fail into a one-line {@link InputError}.
 * @example await readInput('notice.txt') // → Uint8Array
 */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size > maxBytes) throw new InputError(path, `too large: ${info.size} bytes (limit ${maxBytes}, see --max-bytes)`);
  try {
    // A view of the Buffer read, not a copy: a copy doubles the memory a large input needs.
    const data = await readFile(path);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
}

/**
 * Reads all of standard input, up to `maxBytes`: past it, reading stops (the stream is released)
 * and an InputError says so, so `reform-parse - < /dev/zero` fails at once instead of growing.
 */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new InputError('-', `too large: over the limit of ${maxBytes} bytes (see --max-bytes)`);
    chunks.push(buffer);
  }
  const data = Buffer.concat(chunks, size);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'too many symbolic links';
    default: return (err as Error)?.message ?? String(err);
  }
}
