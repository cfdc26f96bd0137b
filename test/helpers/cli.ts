import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built command line: CLI tests run what users run, not the sources. */
export const BIN = join(ROOT, 'dist', 'bin', 'reform-parse.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the empty one after the last newline. */
  errLines: string[];
}

/**
 * Runs `node dist/bin/reform-parse.js ...args`, feeding `input` on stdin (stdin is closed
 * either way, so a run that reads it never waits).
 * @example const { code, stdout } = await runCli(['fixtures/seed-001/input.txt'])
 */
export function runCli(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Promise<CliResult> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr, errLines: stderr.split('\n').filter((l, i, a) => l || i < a.length - 1) });
    });
    child.stdin.on('error', () => { /* the CLI may exit before reading stdin */ });
    child.stdin.end(options.input ?? '');
  });
}

let built = false;
/** Fails early and clearly when dist/ is missing or older than the sources (`npm test` builds first). */
export function assertBuilt(): void {
  if (built) return;
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (\`npm test\` does)`);
  const builtAt = statSync(BIN).mtimeMs;
  const newest = Math.max(...['src', 'bin'].flatMap((d) => sourceTimes(join(ROOT, d))));
  if (newest > builtAt + 1000) throw new Error('dist/ is older than src/: run `npm run build` first (`npm test` does)');
  built = true;
}

function sourceTimes(dir: string): number[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceTimes(path);
    return e.name.endsWith('.ts') ? [statSync(path).mtimeMs] : [];
  });
}

/** A fresh temporary directory; remove it with the returned function. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'reform-parse-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
