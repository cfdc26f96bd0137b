// GNU parallel driving `--stdin-jsonl` (issue 19; docs/batch.md, "How long a 300 GB archive takes"):
// the benchmark corpus as JSON Lines through one filter, then through one filter per core under
// `parallel --pipepart --block -1 -k`, best of two runs each, outputs checked byte-identical.
// Called by bench/run.mjs (`npm run bench`), which writes the section into BENCHMARKS.md; skipped,
// with a line saying so, where GNU parallel is not installed (.ci/setup-parallel installs it).
//
// Usage alone: npm run build && node bench/parallel.mjs CORPUS_DIR
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gnuParallelVersion, PARALLEL } from '../scripts/gnu-parallel.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'bin', 'reform-parse.js');

/** The corpus as JSON Lines: UTF-8 files as `text`, GB18030 ones as `base64` (as docs/batch.md's recipe writes it). */
function jsonLines(corpus) {
  return readdirSync(corpus).sort().map((name) => {
    const path = join(corpus, name);
    const bytes = readFileSync(path);
    return JSON.stringify(name.endsWith('.gbk.txt') ? { path, base64: bytes.toString('base64') } : { path, text: bytes.toString('utf8') });
  }).join('\n') + '\n';
}

/** One shell command's wall seconds and the sha256 of what it wrote to `out`. */
function timed(command, out) {
  const t = performance.now();
  const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`${command} exited with ${run.status}: ${run.stderr.slice(-500)}`);
  return { seconds, sha256: createHash('sha256').update(readFileSync(out)).digest('hex') };
}

/** The BENCHMARKS.md section: the runs, the throughput, and the 300 GB arithmetic from it. */
export function benchParallel(corpus) {
  const version = gnuParallelVersion();
  if (!version) return `\n## GNU parallel and \`--stdin-jsonl\` (issue 19)\nNot measured: GNU parallel (\`${PARALLEL}\`) is not installed here (\`bash .ci/setup-parallel\` installs it).\n`;
  const dir = mkdtempSync(join(tmpdir(), 'reform-parse-parallel-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, jsonLines(corpus));
    const files = readdirSync(corpus);
    const documentBytes = files.reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
    const cores = availableParallelism();
    const filter = `node ${bin} --stdin-jsonl --jobs 1 --quiet`;
    const out = join(dir, 'out.jsonl');
    // A failed record makes the filter exit 1 (and parallel count it): the corpus has none, so any failure is real.
    const rows = [
      { label: 'one filter', jobs: 1, command: `${filter} < ${input} > ${out}` },
      { label: `${cores} filters: \`parallel --pipepart --block -1 -k -j ${cores}\``, jobs: cores, command: `${PARALLEL} --will-cite --pipepart -a ${input} --block -1 -k -j ${cores} ${filter} > ${out}` },
    ].map((row) => {
      const runs = [timed(row.command, out), timed(row.command, out)];
      return { ...row, seconds: Math.min(...runs.map((r) => r.seconds)), sha256: runs.map((r) => r.sha256) };
    });
    const identical = new Set(rows.flatMap((r) => r.sha256)).size === 1;
    const outputBytes = statSync(out).size;
    const bestRate = Math.max(...rows.map((r) => documentBytes / 1e6 / r.seconds));
    const hours = 300e3 / bestRate / 3600;
    return `
## GNU parallel and \`--stdin-jsonl\` (issue 19)
\`node bench/parallel.mjs\` (run by \`npm run bench\`), ${version}: the ${files.length} documents of the corpus
(${(documentBytes / 1e6).toFixed(1)} MB) as JSON Lines (UTF-8 files as \`text\`, GB18030 ones as \`base64\`), through
\`${'reform-parse --stdin-jsonl --jobs 1 --quiet'}\` alone and under GNU parallel, best of two runs each; output
${(outputBytes / 1e6).toFixed(1)} MB, ${identical ? 'byte-identical in every run' : '**not identical between runs**'}.

| run | seconds | MB/s (documents) | documents/s |
| --- | ---: | ---: | ---: |
${rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(2)} | ${(documentBytes / 1e6 / r.seconds).toFixed(2)} | ${(files.length / r.seconds).toFixed(0)} |`).join('\n')}

At the better rate, ${bestRate.toFixed(1)} MB/s per machine like this one, a 300 GB archive takes about
${hours.toFixed(0)} hours on one machine and ${hours.toFixed(0)}/N on N (docs/batch.md: the network limit of the
machine running parallel, and the commands).
`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(benchParallel(process.argv[2] ?? join(root, 'bench', 'corpus')));
