// How the project drives a browser: Debian's Chromium (installed by .ci/setup-browser), never a
// browser that playwright would download (`npx playwright install` cannot work offline here).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian's package puts the browser; REFORM_PARSE_CHROMIUM points elsewhere. */
export const CHROMIUM_PATH = process.env.REFORM_PARSE_CHROMIUM || '/usr/bin/chromium';

/** Headless, no sandbox (root in a container), nothing that calls out to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

export const MISSING_CHROMIUM = `Chromium is not installed at ${CHROMIUM_PATH}: run .ci/setup-browser `
  + '(apt-get update && apt-get install -y chromium), or set REFORM_PARSE_SKIP_BROWSER=1 to skip the browser tests';

/** Launches the browser with a fresh profile (playwright makes a temporary user-data dir per launch). */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Whether the browser tests run, and why not. They run when the browser is there; they are
 * skipped (loudly) when it is missing, or when REFORM_PARSE_SKIP_BROWSER=1 — unless
 * REFORM_PARSE_REQUIRE_BROWSER=1 (CI sets it in .ci/run), which turns a missing browser into
 * failures with the fix, so CI never skips them.
 */
export function browserTestPlan() {
  if (process.env.REFORM_PARSE_REQUIRE_BROWSER === '1') return { skip: false, why: '' };
  if (process.env.REFORM_PARSE_SKIP_BROWSER === '1') return { skip: true, why: 'REFORM_PARSE_SKIP_BROWSER=1 is set' };
  if (!existsSync(CHROMIUM_PATH)) return { skip: true, why: `${CHROMIUM_PATH} is missing and could not be installed (see .ci/setup-browser)` };
  return { skip: false, why: '' };
}
