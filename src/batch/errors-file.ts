import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';

/**
 * `--errors FILE`: one JSON Lines record `{"path": …, "error": …}` per failed input, in input
 * order, written as the batch goes (a killed run keeps what it found). Created, and emptied, at
 * the start of every run, so after a run it lists exactly that run's failures.
 * @example const errors = await ErrorsFile.open('failed.jsonl'); await errors.add('x.txt', 'binary file …');
 */
export class ErrorsFile {
  private constructor(private readonly stream: WriteStream | null) {}

  static async open(path: string | undefined): Promise<ErrorsFile> {
    if (!path) return new ErrorsFile(null);
    await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path);
    await once(stream, 'open');
    return new ErrorsFile(stream);
  }

  async add(path: string, error: string): Promise<void> {
    if (this.stream && !this.stream.write(`${JSON.stringify({ path, error })}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Writes to a stream, waiting for 'drain' when it is full (back-pressure to the batch). */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
}
