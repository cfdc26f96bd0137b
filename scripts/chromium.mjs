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
