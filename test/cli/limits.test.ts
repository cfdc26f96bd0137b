/**
 * Limits that hold (issue 17): stdin is read with a bound (--max-bytes), so an endless stream fails
 * at once instead of growing without end.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

describe('--max-bytes on stdin', () => {
  it('refuses stdin past the limit with one line, exit 1', async () => {
    const result = await runCli(['-', '--max-bytes', '1k'], { input: Buffer.alloc(4096, 0x61) });
    expect(result.code).toBe(1);
    expect(result.errLines).toEqual(['reform-parse: -: too large: over the limit of 1024 bytes (see --max-bytes)']);
  });

  it('under the limit, stdin is parsed', async () => {
    const result = await runCli(['-', '--max-bytes', '1k'], { input: '一、总体要求\n（一）6月底前完成。' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).tasks).toHaveLength(1);
  });

  it('an endless stream (/dev/zero) stops at the limit: quickly, in bounded memory', async () => {
    const zero = openSync('/dev/zero', 'r');
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, '-', '--max-bytes', '8m'], { cwd: ROOT, stdio: [zero, 'ignore', 'pipe'] });
    closeSync(zero);
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => { stderr += b.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(stderr).toContain('too large: over the limit of 8388608 bytes');
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
