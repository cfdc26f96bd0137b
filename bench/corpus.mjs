// What the measuring scripts of bench/ share: their command-line options, and the benchmark corpus
// they read (made by ../shared/bench/make-corpus.mjs the first time it is asked for).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** The corpus of `--corpus`, else bench/corpus-<--docs> (400 by default), made if it is not there. */
export function benchCorpus() {
  const docs = Number(option('--docs', '400'));
  const corpus = resolve(option('--corpus', join(root, 'bench', `corpus-${docs}`)));
  if (!existsSync(corpus)) {
    const made = spawnSync(process.execPath, [join(root, '..', 'shared', 'bench', 'make-corpus.mjs'), corpus, '--docs', String(docs)], { cwd: root, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`make-corpus failed: ${made.stderr}`);
  }
  return corpus;
}
