import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, assertBuilt, runCli, tempDir } from '../helpers/cli.js';
import { fixtures } from '../helpers/fixtures.js';

const FIXTURE = 'fixtures/seed-001/input.txt';
/** A line of a stack trace: never shown without --debug. */
const STACK_LINE = /^\s+at /m;

describe('exit codes and one-line errors', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDir());
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'image.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(256)]));
  });
  afterAll(() => remove());

  // Inputs that cannot be parsed: exit 1, and exactly `reform-parse: <file>: <problem>` on stderr.
  it.each([
    { name: 'a missing file', file: 'missing.txt', problem: 'no such file' },
    // A directory is a batch input; one with no documents in it is the failure.
    { name: 'a directory with no documents', file: 'folder', problem: 'no .txt .html .htm .md .markdown .pdf .docx .doc .ofd files found in this directory' },
    { name: 'a binary file', file: 'image.png', problem: 'binary file, not text: expected a text, HTML or Markdown document' },
  ])('$name: exit 1, one line naming the file', async ({ file, problem }) => {
    const { code, stdout, errLines } = await runCli([file, '--quiet'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(errLines).toEqual([`reform-parse: ${file}: ${problem}`]);
  });

  it('an empty file: exit 0, a valid document with a diagnostic', async () => {
    const { code, stdout, stderr } = await runCli(['empty.txt'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ source: { path: 'empty.txt', bytes: 0 }, sections: [], tasks: [] });
    expect(doc.diagnostics).toEqual([{ severity: 'warning', code: 'empty-input', message: 'the input is empty' }]);
  });

  it('--debug adds the stack trace', async () => {
    const { code, stderr } = await runCli(['missing.txt', '--debug'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('reform-parse: missing.txt: no such file');
    expect(stderr).toMatch(STACK_LINE);
  });

  it('a reader closing the pipe early (`| head`) ends the run quietly, without a stack trace', async () => {
    assertBuilt();
    const inputs = fixtures().flatMap((f) => [f.path, f.path, f.path]);
    const child = spawn(process.execPath, [BIN, ...inputs, '--include-text'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('an unknown --encoding is a usage error: exit 2, one line naming it', async () => {
    const { code, stdout, errLines } = await runCli([FIXTURE, '--encoding', 'klingon']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(/^reform-parse: .*'klingon' is invalid.*unknown encoding/);
    expect(errLines.join('\n')).not.toMatch(STACK_LINE);
  });

  // The command line itself is wrong: exit 2, the error first on stderr, no stack, nothing on stdout.
  it.each([
    { name: 'an unknown option', args: [FIXTURE, '--bogus'], error: /^reform-parse: unknown option '--bogus'/ },
    { name: 'a two-digit --year', args: [FIXTURE, '--year', '22'], error: /^reform-parse: option '--year <year>' argument '22' is invalid/ },
    { name: 'a non-numeric --year', args: [FIXTURE, '--year', 'next'], error: /--year.*'next' is invalid/ },
    { name: '--year without a value', args: [FIXTURE, '--year'], error: /^reform-parse: option '--year <year>' argument missing/ },
    { name: 'an unknown --format', args: [FIXTURE, '--format', 'xml'], error: /^reform-parse: option '-f, --format <format>' argument 'xml' is invalid/ },
    { name: 'an unknown --input-format', args: [FIXTURE, '--input-format', 'rtf'], error: /--input-format.*'rtf' is invalid/ },
    { name: 'validate without files', args: ['validate'], error: /^reform-parse: missing required argument 'files'/ },
  ])('$name: exit 2', async ({ args, error }) => {
    const { code, stdout, errLines } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errLines[0]).toMatch(error);
    expect(errLines.join('\n')).not.toMatch(STACK_LINE);
  });
});

describe('--help and --version', () => {
  it.each([['--help'], ['-h']])('%s: usage with options and examples, exit 0', async (flag) => {
    const { code, stdout, stderr } = await runCli([flag]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: reform-parse /);
    for (const option of ['--format', '--pretty', '--include-text', '--year', '--encoding', '--input-format', '--out', '--quiet', '--debug']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('Examples:');
    expect(stdout).toMatch(/\$ reform-parse notice\.txt/);
    expect(stdout).toMatch(/\$ reform-parse validate /);
    expect(stdout).toMatch(/Exit codes: 0 .*; 1 .*; 2 usage error/);
  });

  it.each([['schema'], ['validate']])('%s --help', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: reform-parse ${command}`));
  });

  it.each([['--version'], ['-V']])('%s prints the package version, exit 0', async (flag) => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const { code, stdout } = await runCli([flag]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});
