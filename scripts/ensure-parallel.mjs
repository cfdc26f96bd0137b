// `npm test` runs this first: on a fresh machine it provides GNU parallel itself — Debian's
// package `parallel`, through .ci/setup-parallel — when it may install packages (root, or sudo
// without a password, and apt-get). Where it cannot, it says so loudly and the GNU parallel test is
// skipped (test/batch/gnu-parallel.test.ts); with REFORM_PARSE_REQUIRE_PARALLEL=1 (CI) it fails
// instead. Never fails itself: the test run decides.
import { spawnSync } from 'node:child_process';
import { gnuParallelVersion, PARALLEL } from './gnu-parallel.mjs';

const notice = (lines) => {
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n\n`);
};

if (process.env.REFORM_PARSE_SKIP_PARALLEL === '1' || gnuParallelVersion()) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if ((root || sudo) && apt) {
  process.stderr.write(`ensure-parallel: GNU parallel is missing: installing Debian's parallel with .ci/setup-parallel\n`);
  const run = spawnSync('bash', ['.ci/setup-parallel'], { stdio: 'inherit' });
  if (run.status === 0 && gnuParallelVersion()) process.exit(0);
}
const required = process.env.REFORM_PARSE_REQUIRE_PARALLEL === '1';
notice([
  `No GNU parallel (\`${PARALLEL}\`), and it could not be installed here${root || sudo ? '' : ' (installing needs root or sudo)'}.`,
  required
    ? 'REFORM_PARSE_REQUIRE_PARALLEL=1: the GNU parallel test will FAIL.'
    : 'The GNU parallel test (test/batch/gnu-parallel.test.ts) will be SKIPPED.',
  'To run it: sudo bash .ci/setup-parallel   (apt-get install parallel)',
]);
