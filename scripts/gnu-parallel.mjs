// GNU parallel, for the test of the documented recipe that shards a --stdin-jsonl archive over
// several filters and machines (docs/batch.md, test/batch/gnu-parallel.test.ts). Debian's package
// `parallel` provides it (.ci/setup-parallel); moreutils' `parallel` is another program.
import { spawnSync } from 'node:child_process';

/** The program to run; REFORM_PARSE_PARALLEL points elsewhere. */
export const PARALLEL = process.env.REFORM_PARSE_PARALLEL || 'parallel';

export const MISSING_PARALLEL = `GNU parallel is not installed (\`${PARALLEL} --version\` does not say "GNU parallel"): run `
  + '.ci/setup-parallel (apt-get update && apt-get install -y parallel), or set REFORM_PARSE_SKIP_PARALLEL=1 to skip its test';

/** "GNU parallel 20221122" when PARALLEL is GNU parallel, else null (missing, or another program of that name). */
export function gnuParallelVersion() {
  const run = spawnSync(PARALLEL, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const first = run.status === 0 ? run.stdout.split('\n')[0] : '';
  return /^GNU parallel\b/.test(first) ? first.trim() : null;
}

/**
 * Whether the GNU parallel test runs, and why not. It runs when GNU parallel is there; it is
 * skipped (loudly) when it is missing, or when REFORM_PARSE_SKIP_PARALLEL=1 — unless
 * REFORM_PARSE_REQUIRE_PARALLEL=1 (CI sets it in .ci/run), which turns a missing GNU parallel into
 * a failure with the fix, so CI never skips it.
 */
export function parallelTestPlan() {
  if (process.env.REFORM_PARSE_REQUIRE_PARALLEL === '1') return { skip: false, why: '' };
  if (process.env.REFORM_PARSE_SKIP_PARALLEL === '1') return { skip: true, why: 'REFORM_PARSE_SKIP_PARALLEL=1 is set' };
  if (!gnuParallelVersion()) return { skip: true, why: `GNU parallel (${PARALLEL}) is missing and could not be installed (see .ci/setup-parallel)` };
  return { skip: false, why: '' };
}
