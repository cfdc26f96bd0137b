// What ensure-browser.mjs and ensure-parallel.mjs share: provide a Debian package that tests need
// through its .ci/setup-* script, when this machine may install packages (root, or sudo without a
// password, and apt-get); otherwise say loudly what the test run will do without it. Never fails:
// the test run decides (skipped tests, or failed ones when CI requires the package).
import { spawnSync } from 'node:child_process';

/**
 * Returns once `present()` holds, after running `setup` if it did not and installing is possible;
 * else prints the notice: `missing` (why), then `failing` when `required` or `skipping`, then `fix`.
 */
export function ensurePackage({ name, present, setup, installing, missing, required, failing, skipping, fix }) {
  if (present()) return;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if ((root || sudo) && apt) {
    process.stderr.write(`${name}: ${installing}\n`);
    const run = spawnSync('bash', [setup], { stdio: 'inherit' });
    if (run.status === 0 && present()) return;
  }
  const lines = [`${missing}, and it could not be installed here${root || sudo ? '' : ' (installing needs root or sudo)'}.`, required ? failing : skipping, fix];
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n\n`);
}
