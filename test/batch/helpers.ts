import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { Document } from '../../src/schema/document.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'dist/bin/reform-parse.js');
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` before these tests (they spawn the built CLI)`);

/** The five seed documents of fixtures/, as bytes. */
export const SEEDS = [0, 1, 2, 3, 4].map((i) => readFileSync(join(ROOT, `fixtures/seed-00${i}/input.txt`)));

export interface Result { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs the built CLI; `input` is written to its stdin (then closed). */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): Promise<Result> {
  const child = spawnCli(args, options.cwd);
  const done = collect(child);
  child.stdin!.end(options.input ?? '');
  return done;
}

export function spawnCli(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function collect(child: ChildProcess): Promise<Result> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stderr!.on('data', (b: Buffer) => err.push(b));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const made: string[] = [];
// Registered while the importing test file is collected: runs after that file's tests.
afterAll(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A fresh directory under the system's temporary directory, removed after the test file. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `reform-parse-${name}-`));
  made.push(dir);
  return dir;
}

/** Writes `files` (relative path → content) under `dir`. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

/** Every file below `dir`, as sorted relative paths (hidden ones too: a leftover temp file must show). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Parses and checks one output against the contract; throws with the file name when it is not a whole, valid document. */
export function readDocument(path: string): Document {
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not complete JSON (${(err as Error).message})`);
  }
  const checked = Document.safeParse(json);
  if (!checked.success) throw new Error(`${path}: ${checked.error.issues[0]?.message}`);
  return checked.data;
}

export const isRoot = process.getuid?.() === 0;
