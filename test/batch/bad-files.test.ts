import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, isRoot, listFiles, readDocument, SEEDS, tempDir, writeTree } from './helpers.js';

describe('a batch with bad files', () => {
  it('writes every good output, lists each bad file on stderr and in --errors, exits 1', async () => {
    const dir = tempDir('bad');
    const input = join(dir, 'in');
    writeTree(input, {
      'a.txt': SEEDS[0]!,
      'nested/deeper/b.txt': SEEDS[1]!,
      'nested/c.md': `# 标题\n\n${SEEDS[4]!.toString('utf8')}`,
      'page.htm': `<html><body><p>${SEEDS[3]!.toString('utf8').split('\n').join('</p><p>')}</p></body></html>`,
      'empty.txt': '',                                                // empty is a valid (empty) document, not a failure
      'undecodable.txt': Buffer.from([0x80, 0xff, 0xfe, 0x90, 0x41, 0xc3, 0x28, 0xff, 0x81]),
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0, 0, 0]),
      'huge.txt': Buffer.alloc(300_000, 'a'),                        // over --max-bytes 200k
      'notes.json': '{"not": "a document"}',                         // not a document extension: not taken
      '.hidden/d.txt': SEEDS[2]!,                                    // hidden: not searched
    });
    mkdirSync(join(input, 'folder.txt'));                            // a directory named like a file
    writeTree(input, { 'folder.txt/inside.txt': SEEDS[4]! });        // …whose content is still converted
    symlinkSync(join(dir, 'nowhere.txt'), join(input, 'dangling.txt')); // unreadable: a link to nothing
    // chmod 000 keeps a file readable for root, so that case can only be checked as another user.
    if (!isRoot) { writeTree(input, { 'locked.txt': SEEDS[0]! }); chmodSync(join(input, 'locked.txt'), 0o000); }

    const out = join(dir, 'out');
    const errors = join(dir, 'errors.jsonl');
    const result = await cli([input, '--out', out, '--errors', errors, '--max-bytes', '200k', '--jobs', '2']);

    expect(result.code).toBe(1);
    const bad = {
      'binary.txt': 'binary file',
      'dangling.txt': 'no such file',
      'folder.txt': 'is a directory, not a file',
      'huge.txt': 'too large',
      ...(isRoot ? {} : { 'locked.txt': 'permission denied' }),
    };
    const stderr = result.stderr.trim().split('\n');
    for (const [name, problem] of Object.entries(bad)) {
      expect(stderr.filter((l) => l.startsWith(`reform-parse: ${join(input, name)}: `)), name).toHaveLength(1);
      expect(stderr.find((l) => l.startsWith(`reform-parse: ${join(input, name)}: `))).toContain(problem);
    }
    expect(stderr.at(-1)).toMatch(/^reform-parse: \d+ files, \d+ tasks, \d+ deadlines, \d+ units, \d+ targets, \d+ failures, [\d.]+ s$/);
    expect(stderr.at(-1)).toContain(`${Object.keys(bad).length} failures`);
    expect(stderr).toHaveLength(Object.keys(bad).length + 1); // nothing else on stderr (no bar: not a TTY)

    const listed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; error: string });
    expect(listed.map((e) => e.path)).toEqual(Object.keys(bad).map((name) => join(input, name)).sort());
    for (const e of listed) expect(e.error).toContain(bad[e.path.slice(input.length + 1) as keyof typeof bad]);

    expect(listFiles(out)).toEqual([
      'a.json', 'empty.json', 'folder.txt/inside.json', 'nested/c.json', 'nested/deeper/b.json', 'page.json', 'undecodable.json',
    ]);
    for (const file of listFiles(out)) readDocument(join(out, file)); // each complete and valid
    expect(readDocument(join(out, 'nested/deeper/b.json')).source.path).toBe(join(input, 'nested/deeper/b.txt'));
    expect(readDocument(join(out, 'page.json')).source.format).toBe('html');
    // Undecodable bytes do not fail a file: it is converted with replacement characters and says so.
    expect(readDocument(join(out, 'undecodable.json')).diagnostics.map((d) => d.code)).toContain('invalid-bytes');
  });

  it('reports a missing file, an empty directory and a glob matching nothing, and still converts the rest', async () => {
    const dir = tempDir('missing');
    writeTree(dir, { 'good.txt': SEEDS[4]! });
    mkdirSync(join(dir, 'empty-dir'));
    const result = await cli(['good.txt', 'absent.txt', 'empty-dir', 'nothing/**/*.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['good.txt']);
    expect(result.stderr).toContain('reform-parse: absent.txt: no such file');
    expect(result.stderr).toContain('reform-parse: empty-dir: no .txt .html .htm .md .markdown .pdf .docx .doc .ofd files found');
    expect(result.stderr).toContain('reform-parse: nothing/**/*.txt: no files match this pattern');
  });

  it('keeps a single-file run quiet: just the document, no summary', async () => {
    const dir = tempDir('single');
    writeTree(dir, { 'notice.txt': SEEDS[4]! });
    const result = await cli(['notice.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).source.path).toBe('notice.txt');
  });

  it('--quiet leaves only the failures on stderr', async () => {
    const dir = tempDir('quiet');
    writeTree(dir, { 'a.txt': SEEDS[4]!, 'b.txt': Buffer.from([0, 0, 0, 1]) });
    const result = await cli(['.', '--quiet'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('reform-parse: b.txt: binary file, not text: expected a text, HTML or Markdown document\n');
  });
});
