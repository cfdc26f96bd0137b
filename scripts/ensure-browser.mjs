// `npm test` runs this first: on a fresh machine it provides the report's test browser itself —
// Debian's Chromium, through .ci/setup-browser — when it may install packages (root, or sudo
// without a password, and apt-get). Where it cannot, it says so loudly and the browser tests are
// skipped (test/report/browser.test.ts); with REFORM_PARSE_REQUIRE_BROWSER=1 (CI) they fail instead.
// Never fails itself: the test run decides.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

const notice = (lines) => {
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n\n`);
};

if (process.env.REFORM_PARSE_SKIP_BROWSER === '1' || existsSync(CHROMIUM_PATH)) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if ((root || sudo) && apt) {
  process.stderr.write(`ensure-browser: ${CHROMIUM_PATH} is missing: installing Debian's chromium with .ci/setup-browser\n`);
  const run = spawnSync('bash', ['.ci/setup-browser'], { stdio: 'inherit' });
  if (run.status === 0 && existsSync(CHROMIUM_PATH)) process.exit(0);
}
const required = process.env.REFORM_PARSE_REQUIRE_BROWSER === '1';
notice([
  `No browser at ${CHROMIUM_PATH}, and it could not be installed here${root || sudo ? '' : ' (installing needs root or sudo)'}.`,
  required
    ? 'REFORM_PARSE_REQUIRE_BROWSER=1: the report\'s browser tests will FAIL.'
    : 'The report\'s browser tests (test/report/browser.test.ts) will be SKIPPED.',
  'To run them: sudo bash .ci/setup-browser   (apt-get install chromium fonts-noto-cjk)',
]);
