// `npm test` runs this first: on a fresh machine it provides the report's test browser itself —
// Debian's Chromium, through .ci/setup-browser — when it may install packages (root, or sudo
// without a password, and apt-get). Where it cannot, it says so loudly and the browser tests are
// skipped (test/report/browser.test.ts); with REFORM_PARSE_REQUIRE_BROWSER=1 (CI) they fail instead.
// Never fails itself: the test run decides.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';
import { ensurePackage } from './ensure-package.mjs';

if (process.env.REFORM_PARSE_SKIP_BROWSER !== '1') {
  ensurePackage({
    name: 'ensure-browser',
    present: () => existsSync(CHROMIUM_PATH),
    setup: '.ci/setup-browser',
    installing: `${CHROMIUM_PATH} is missing: installing Debian's chromium with .ci/setup-browser`,
    missing: `No browser at ${CHROMIUM_PATH}`,
    required: process.env.REFORM_PARSE_REQUIRE_BROWSER === '1',
    failing: 'REFORM_PARSE_REQUIRE_BROWSER=1: the report\'s browser tests will FAIL.',
    skipping: 'The report\'s browser tests (test/report/browser.test.ts) will be SKIPPED.',
    fix: 'To run them: sudo bash .ci/setup-browser   (apt-get install chromium fonts-noto-cjk)',
  });
}
