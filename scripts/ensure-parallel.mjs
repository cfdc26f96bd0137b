// `npm test` runs this first: on a fresh machine it provides GNU parallel itself — Debian's
// package `parallel`, through .ci/setup-parallel — when it may install packages (root, or sudo
// without a password, and apt-get). Where it cannot, it says so loudly and the GNU parallel test is
// skipped (test/batch/gnu-parallel.test.ts); with REFORM_PARSE_REQUIRE_PARALLEL=1 (CI) it fails
// instead. Never fails itself: the test run decides.
import { ensurePackage } from './ensure-package.mjs';
import { gnuParallelVersion, PARALLEL } from './gnu-parallel.mjs';

if (process.env.REFORM_PARSE_SKIP_PARALLEL !== '1') {
  ensurePackage({
    name: 'ensure-parallel',
    present: () => gnuParallelVersion() !== null,
    setup: '.ci/setup-parallel',
    installing: 'GNU parallel is missing: installing Debian\'s parallel with .ci/setup-parallel',
    missing: `No GNU parallel (\`${PARALLEL}\`)`,
    required: process.env.REFORM_PARSE_REQUIRE_PARALLEL === '1',
    failing: 'REFORM_PARSE_REQUIRE_PARALLEL=1: the GNU parallel test will FAIL.',
    skipping: 'The GNU parallel test (test/batch/gnu-parallel.test.ts) will be SKIPPED.',
    fix: 'To run it: sudo bash .ci/setup-parallel   (apt-get install parallel)',
  });
}
