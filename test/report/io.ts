import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

/** An Io that keeps what the CLI writes, for in-process runs. */
export function bufferIo(): Io & { out(): string; err(): string } {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  return {
    stdin,
    stdout: sink((s) => { out += s; }),
    stderr: sink((s) => { err += s; }),
    error(file, problem) { err += `reform-parse: ${file}: ${problem}\n`; },
    out: () => out,
    err: () => err,
  };
}
