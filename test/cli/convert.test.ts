import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { fixtures } from '../helpers/fixtures.js';

const FIXTURE = 'fixtures/seed-001/input.txt';
const SHA256 = /^[0-9a-f]{64}$/;

describe('reform-parse <file>: one document on stdout', () => {
  it('json by default: one line, ending with a newline', async () => {
    const { code, stdout, stderr } = await runCli([FIXTURE]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schemaVersion: '1', source: { path: FIXTURE, format: 'text', encoding: 'utf-8', sha256: expect.stringMatching(SHA256) } });
    expect(doc.source).not.toHaveProperty('text');
    for (const key of ['meta', 'sections', 'tasks', 'copies', 'diagnostics']) expect(doc).toHaveProperty(key);
  });

  it('--pretty indents, with the same content', async () => {
    const [plain, pretty] = await Promise.all([runCli([FIXTURE]), runCli([FIXTURE, '--pretty'])]);
    expect(pretty.stdout).toContain('\n  "source": {\n');
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it.each([{ flags: ['-f', 'yaml'] }, { flags: ['--format', 'yaml'] }, { flags: ['--format=yaml'] }])('$flags: YAML with the same content', async ({ flags }) => {
    const [json, yaml] = await Promise.all([runCli([FIXTURE]), runCli([FIXTURE, ...flags])]);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^schemaVersion: "1"\n/m);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('-f jsonl: one line', async () => {
    const { code, stdout } = await runCli([FIXTURE, '-f', 'jsonl']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([expect.stringMatching(/^\{"schemaVersion":"1",/), '']);
  });

  it('--include-text puts the source text in source.text', async () => {
    const { stdout } = await runCli([FIXTURE, '--include-text']);
    const original = await readFile(FIXTURE, 'utf8');
    expect(JSON.parse(stdout).source.text).toBe(original);
  });

  it('--year sets meta.year', async () => {
    const { code, stdout } = await runCli([FIXTURE, '--year', '2022']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meta.year).toBe(2022);
  });

  it('--input-format overrides detection', async () => {
    const { stdout } = await runCli(['--input-format', 'html', '--include-text', '-'], { input: '<p>一、<b>总体</b>要求</p>' });
    expect(JSON.parse(stdout).source).toMatchObject({ format: 'html', text: '一、总体要求' });
  });
});

describe('stdin', () => {
  it.each([{ args: ['-'] }, { args: [] }])('$args reads standard input, path "-"', async ({ args }) => {
    const input = await readFile(FIXTURE);
    const [fromStdin, fromFile] = await Promise.all([runCli([...args, '--include-text'], { input }), runCli([FIXTURE, '--include-text'])]);
    expect(fromStdin.code).toBe(0);
    const doc = JSON.parse(fromStdin.stdout);
    const expected = JSON.parse(fromFile.stdout);
    expect(doc.source).toEqual({ ...expected.source, path: '-' });
    expect({ ...doc, source: null }).toEqual({ ...expected, source: null });
  });

  it('empty standard input is a valid empty document with a diagnostic', async () => {
    const { code, stdout } = await runCli(['-']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ source: { path: '-', bytes: 0 }, sections: [], tasks: [] });
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'empty-input', severity: 'warning' })]);
  });

  it('HTML on stdin is detected by its content', async () => {
    const { stdout } = await runCli(['-'], { input: '<!DOCTYPE html><html><head><title>通知</title></head><body><p>正文</p></body></html>' });
    expect(JSON.parse(stdout)).toMatchObject({ source: { format: 'html' }, meta: { title: '通知' } });
  });
});

describe('encodings through the command line', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => { ({ dir, remove } = await tempDir()); });
  afterAll(() => remove());

  it('a GB18030 copy of every fixture gives the same sections and tasks', async () => {
    await Promise.all(fixtures().map(async ({ name, path, bytes }) => {
      // Keep the extension: it decides the input format (an HTML fixture stays HTML).
      const copy = join(dir, `${name}.gb18030${extname(path)}`);
      await writeFile(copy, iconv.encode(new TextDecoder().decode(bytes), 'gb18030'));
      const [gb, utf8] = await Promise.all([runCli([copy]), runCli([path])]);
      expect(gb.code, gb.stderr).toBe(0);
      const a = JSON.parse(gb.stdout);
      const b = JSON.parse(utf8.stdout);
      expect(a.source.encoding, name).toBe('gb18030');
      expect(a.diagnostics, name).toContainEqual(expect.objectContaining({ code: 'encoding-guessed' }));
      expect({ sections: a.sections, tasks: a.tasks, meta: a.meta }, name).toEqual({ sections: b.sections, tasks: b.tasks, meta: b.meta });
    }));
  });

  it('--encoding overrides detection', async () => {
    const text = '一、总体要求\n';
    const file = join(dir, 'gbk.txt');
    await writeFile(file, iconv.encode(text, 'gbk'));
    const { stdout } = await runCli([file, '--encoding', 'gbk', '--include-text']);
    const doc = JSON.parse(stdout);
    expect(doc.source).toMatchObject({ encoding: 'gb18030', text });
    expect(doc.diagnostics).toEqual([]);
  });

  it('UTF-16LE with a BOM', async () => {
    const file = join(dir, 'utf16.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体要求\n', 'utf16le')]));
    const { stdout } = await runCli([file, '--include-text']);
    expect(JSON.parse(stdout).source).toMatchObject({ encoding: 'utf-16le', text: '一、总体要求\n' });
  });

  it('invalid UTF-8 bytes: still a document, with U+FFFD and a diagnostic', async () => {
    const file = join(dir, 'damaged.txt');
    const good = Buffer.from('一、总体要求\n(一)6月底前完成医共体建设。\n'.repeat(4));
    await writeFile(file, Buffer.concat([good.subarray(0, 9), Buffer.from([0xff, 0xc3]), good.subarray(9)]));
    const { code, stdout } = await runCli([file, '--include-text']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.source.text).toContain('\uFFFD');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-bytes', severity: 'warning' }));
  });
});

describe('several inputs', () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDir());
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.txt'), '一、总体要求\n');
    await writeFile(join(dir, 'sub', 'b.html'), '<p>二、主要任务</p>');
    await writeFile(join(dir, 'c.md'), '# 三、保障措施\n');
  });
  afterAll(() => remove());

  it('JSON Lines on stdout, one document per input, in order', async () => {
    const { code, stdout } = await runCli(['a.txt', 'sub/b.html', 'c.md'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).source)).toMatchObject([
      { path: 'a.txt', format: 'text' }, { path: 'sub/b.html', format: 'html' }, { path: 'c.md', format: 'markdown' },
    ]);
  });

  it.each([
    { format: 'json', ext: '.json' },
    { format: 'yaml', ext: '.yaml' },
    { format: 'jsonl', ext: '.jsonl' },
  ])('--out DIR -f $format: one $ext file per input, names mirroring the inputs', async ({ format, ext }) => {
    const out = `out-${format}`;
    const { code, stdout, stderr } = await runCli(['a.txt', 'sub/b.html', 'c.md', '--out', out, '-f', format], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    // Several inputs end with the one-line batch summary (--quiet leaves it out).
    expect(stderr).toMatch(/^reform-parse: 3 files, .* 0 failures, [\d.]+ s\n$/);
    const files = (await readdir(join(dir, out), { recursive: true })).filter((f) => f !== 'sub').sort();
    expect(files).toEqual([`a${ext}`, `c${ext}`, join('sub', `b${ext}`)].sort());
    const b = await readFile(join(dir, out, 'sub', `b${ext}`), 'utf8');
    const doc = format === 'yaml' ? parseYaml(b) : JSON.parse(b);
    expect(doc.source).toMatchObject({ path: 'sub/b.html', format: 'html' });
  });

  it('--out with one input writes a file too', async () => {
    const { code, stdout } = await runCli(['a.txt', '-o', 'single'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(JSON.parse(await readFile(join(dir, 'single', 'a.json'), 'utf8')).source.path).toBe('a.txt');
  });

  it('a failing input among good ones: the others are still written, exit 1', async () => {
    const { code, stdout, errLines } = await runCli(['a.txt', 'missing.txt', 'c.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['a.txt', 'c.md']);
    expect(errLines[0]).toBe('reform-parse: missing.txt: no such file');
    expect(errLines.slice(1)).toEqual([expect.stringMatching(/^reform-parse: 3 files, .* 1 failures/)]);
  });
});
