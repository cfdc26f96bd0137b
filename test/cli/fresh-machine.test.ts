/**
 * `npm test` on a fresh machine (issue 17): without the browser the report's browser tests are
 * skipped with a loud notice (scripts/ensure-browser.mjs installs it where it may); CI sets
 * REFORM_PARSE_REQUIRE_BROWSER=1 so a missing browser fails them instead.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/cli.js';

async function plan(env: Record<string, string | undefined>) {
  // Each case states the whole environment it is about: CI runs this suite with
  // REFORM_PARSE_REQUIRE_BROWSER=1, which a case that does not name it must not inherit.
  const all = { REFORM_PARSE_CHROMIUM: undefined, REFORM_PARSE_SKIP_BROWSER: undefined, REFORM_PARSE_REQUIRE_BROWSER: undefined, ...env };
  for (const [k, v] of Object.entries(all)) vi.stubEnv(k, v);
  vi.resetModules();
  const { browserTestPlan } = await import('../../scripts/chromium.mjs');
  return browserTestPlan();
}

describe('the browser tests on a machine without the browser', () => {
  afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });

  it.each([
    { name: 'browser missing: skipped, saying why', env: { REFORM_PARSE_CHROMIUM: '/nonexistent/chromium' }, skip: true, why: /missing/ },
    { name: 'asked to skip', env: { REFORM_PARSE_SKIP_BROWSER: '1' }, skip: true, why: /REFORM_PARSE_SKIP_BROWSER/ },
    { name: 'CI: required, never skipped though missing', env: { REFORM_PARSE_CHROMIUM: '/nonexistent/chromium', REFORM_PARSE_REQUIRE_BROWSER: '1' }, skip: false, why: /^$/ },
    { name: 'CI: required wins over skip', env: { REFORM_PARSE_SKIP_BROWSER: '1', REFORM_PARSE_REQUIRE_BROWSER: '1' }, skip: false, why: /^$/ },
  ])('$name', async ({ env, skip, why }) => {
    const p = await plan(env);
    expect(p.skip).toBe(skip);
    expect(p.why).toMatch(why);
  });

  it('ensure-browser never fails npm test, and says loudly what it could not do', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-browser.mjs'], {
      cwd: ROOT, encoding: 'utf8',
      // No PATH: neither sudo nor apt-get can be found, as on a machine that cannot install packages.
      env: { REFORM_PARSE_CHROMIUM: '/nonexistent/chromium', PATH: '/nonexistent' },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('will be SKIPPED');
  });

  it('npm test runs ensure-browser first; CI requires the browser', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/node scripts\/ensure-browser\.mjs && vitest run/);
    expect(readFileSync(`${ROOT}/.ci/run`, 'utf8')).toMatch(/REFORM_PARSE_REQUIRE_BROWSER=1 npm test/);
  });
});
