import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { fixtures } from '../helpers/fixtures.js';

describe('reform-parse validate', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let good: Record<string, unknown>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDir());
    await mkdir(join(dir, 'bad'));
    // Every fixture's output in both formats: what CI users validate.
    await Promise.all(fixtures().flatMap((f) => (['json', 'yaml'] as const).map(async (format) => {
      const { code, stdout, stderr } = await runCli([f.path, '-f', format, '--include-text']);
      expect(code, stderr).toBe(0);
      await writeFile(output(f.name, format), stdout);
    })));
    const { stdout } = await runCli(fixtures().map((f) => f.path));
    await writeFile(join(dir, 'all.jsonl'), stdout);
    good = JSON.parse(await readFile(output(fixtures()[0]!.name, 'json'), 'utf8')) as Record<string, unknown>;
  });
  afterAll(() => remove());

  const output = (name: string, format: string) => join(dir, `${name}.${format}`);
  const outputs = (format: string) => fixtures().map((f) => output(f.name, format));

  // Issue 17: success says so in one line on stderr (it used to be silent).
  it.each(['json', 'yaml'])('accepts every fixture\'s %s output: exit 0, one summary line', async (format) => {
    const { code, stdout, stderr } = await runCli(['validate', ...outputs(format)]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: `reform-parse: ${fixtures().length} documents valid\n` });
  });

  it('accepts JSON Lines with one document per line', async () => {
    const { code, stdout, stderr } = await runCli(['validate', join(dir, 'all.jsonl')]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: `reform-parse: ${fixtures().length} documents valid\n` });
  });

  it('JSON Lines: every line checked on its own, a line that is no JSON hides nothing', async () => {
    const line = JSON.stringify(good);
    const broken = JSON.stringify({ ...good, schemaVersion: '2' });
    const file = join(dir, 'bad', 'mixed.jsonl');
    await writeFile(file, [line, '{"schemaVersion":', broken, 'not json', line].join('\n'));
    const { code, stdout } = await runCli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').map((l) => l.slice(file.length + 2))).toEqual([
      expect.stringMatching(/^line 2: \$: not JSON/),
      expect.stringMatching(/^line 4: \$: not JSON/),
      expect.stringMatching(/^line 3: \$\.schemaVersion: /),
    ]);
  });

  it('a CSV export is said plainly to be no thing validate can check', async () => {
    const file = join(dir, 'bad', 'tasks.csv');
    await writeFile(file, 'id,sectionId,text\nt1,s1,完成\n');
    const { code, stdout } = await runCli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/: \$: a CSV export cannot be validated/);
    expect(stdout).not.toContain('not YAML');
  });

  it('referential checks: ids used twice, a dangling sectionId, spans past source.text, a task before its section', async () => {
    const doc = JSON.parse(await readFile(output(fixtures().find((f) => f.name === 'seed-001')?.name ?? fixtures()[0]!.name, 'json'), 'utf8')) as Record<string, any>;
    expect(doc.source.text).toBeTypeOf('string');
    expect(doc.sections.length).toBeGreaterThan(1);
    expect(doc.tasks.length).toBeGreaterThan(3);
    const length = [...doc.source.text].length;
    doc.sections[1].id = doc.sections[0].id;
    doc.tasks[1].id = doc.tasks[0].id;
    doc.tasks[2].sectionId = 'nowhere';
    doc.tasks[0].span = [doc.tasks[0].span[0], length + 5];
    const lastSection = doc.sections.at(-1);
    const early = doc.tasks.length - 1;
    doc.tasks[early].sectionId = lastSection.id;
    doc.tasks[early].span = [0, 1];
    const file = join(dir, 'bad', 'references.json');
    await writeFile(file, JSON.stringify(doc));
    const { code, stdout } = await runCli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}: $.sections[1].id: the id "${doc.sections[0].id}" is used twice`);
    expect(stdout).toContain(`${file}: $.tasks[1].id: the id "${doc.tasks[0].id}" is used twice`);
    expect(stdout).toContain(`${file}: $.tasks[2].sectionId: no section has the id "nowhere"`);
    expect(stdout).toContain(`${file}: $.tasks[0].span: [${doc.tasks[0].span[0]}, ${length + 5}] ends past source.text (${length} characters)`);
    expect(stdout).toContain(`${file}: $.tasks[${early}].span: [0, 1] starts before its section's heading`);
  });

  it('accepts JSON with a UTF-8 BOM and UTF-16 (what Windows shells write)', async () => {
    const text = JSON.stringify(good);
    await writeFile(join(dir, 'bom.json'), `\uFEFF${text}`);
    await writeFile(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, stdout } = await runCli(['validate', join(dir, 'bom.json'), join(dir, 'utf16.json')]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
  });

  it('rejects a hand-broken document: one `file: json-path: problem` line per issue, exit 1', async () => {
    const broken = structuredClone(good) as Record<string, any>;
    broken.schemaVersion = '2';
    delete broken.source.sha256;
    broken.source.bytes = -1;
    broken.meta.date = '2021/06/21';
    broken.tasks = [{ id: 't1', sectionId: null, path: [], text: '', span: [5, 2], deadlines: [], units: [{ name: '', role: 'owner', span: [0, 1] }], targets: [] }];
    broken.extra = true;
    const file = join(dir, 'bad', 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const { code, stdout, errLines } = await runCli(['validate', file]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(new RegExp(`^${escape(file)}: \\$[^ ]*: .+`));
    const paths = lines.map((l) => l.slice(file.length + 2).split(': ')[0]);
    expect(paths).toEqual(expect.arrayContaining([
      '$.schemaVersion', '$.source.sha256', '$.source.bytes', '$.meta.date',
      '$.tasks[0].span', '$.tasks[0].units[0].name', '$.tasks[0].units[0].role', '$.extra',
    ]));
    expect(stdout).toContain(`${file}: $.source.sha256: missing`);
    expect(stdout).toContain(`${file}: $.tasks[0].span: span start is after its end`);
    expect(stdout).toContain(`${file}: $.extra: unknown field`);
    expect(errLines).toEqual(['reform-parse: 1 of 1 file(s) invalid']);
  });

  it('the same broken document as YAML gives the same problems', async () => {
    const broken = { ...structuredClone(good), schemaVersion: 2 };
    const json = join(dir, 'bad', 'version.json');
    const yaml = join(dir, 'bad', 'version.yaml');
    await writeFile(json, JSON.stringify(broken));
    const { stringify } = await import('yaml');
    await writeFile(yaml, stringify(broken));
    const [a, b] = await Promise.all([runCli(['validate', json]), runCli(['validate', yaml])]);
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    expect(b.stdout.replaceAll(yaml, 'FILE')).toBe(a.stdout.replaceAll(json, 'FILE'));
  });

  it.each([
    { name: 'not JSON', file: 'broken.json', content: '{"schemaVersion":', problem: /^\$: not JSON \(/ },
    { name: 'not YAML', file: 'broken.yaml', content: 'a: [\nb', problem: /^\$: not YAML \(/ },
    { name: 'an empty file', file: 'empty.json', content: '', problem: /^\$: empty file$/ },
    { name: 'an array', file: 'array.json', content: '[]', problem: /^\$: .*expected object/ },
    { name: 'a bad JSON Lines line', file: 'lines.jsonl', content: '{}\n', problem: /^line 1: \$\.schemaVersion: / },
  ])('rejects $name', async ({ file, content, problem }) => {
    const path = join(dir, 'bad', file);
    await writeFile(path, content);
    const { code, stdout } = await runCli(['validate', path]);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]!.slice(path.length + 2)).toMatch(problem);
  });

  it('a missing file or a directory is reported like a problem, and the rest still checked', async () => {
    const ok = outputs('json')[0]!;
    const { code, stdout, errLines } = await runCli(['validate', 'missing.json', ok, dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(`missing.json: no such file\n${dir}: is a directory, not a file\n`);
    expect(errLines).toEqual(['reform-parse: 2 of 3 file(s) invalid']);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
