import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/batch/discover.js';
import { lines } from '../../src/batch/lines.js';
import { jsonLineInput } from '../../src/batch/jsonl-record.js';
import { renderBar, Progress } from '../../src/batch/progress.js';
import { outputPaths } from '../../src/cli/convert.js';
import { tempDir, writeTree } from './helpers.js';

describe('discover', () => {
  const dir = tempDir('discover');
  writeTree(dir, {
    'a.txt': '', 'b.HTML': '', 'c.md': '', 'd.markdown': '', 'e.htm': '', 'f.json': '', 'g.shtml': '',
    'drafts/h.txt': '', 'sub/i.txt': '', 'sub/deep/j.txt': '', '.git/k.txt': '',
  });
  const rel = (inputs: { path: string }[]) => inputs.map((i) => i.path.slice(dir.length + 1));

  it.each([
    { args: [''], options: {}, expect: ['a.txt', 'b.HTML', 'c.md', 'd.markdown', 'drafts/h.txt', 'e.htm', 'sub/deep/j.txt', 'sub/i.txt'] },
    { args: [''], options: { exclude: ['drafts'] }, expect: ['a.txt', 'b.HTML', 'c.md', 'd.markdown', 'e.htm', 'sub/deep/j.txt', 'sub/i.txt'] },
    { args: [''], options: { exclude: ['sub/**', '*.md'] }, expect: ['a.txt', 'b.HTML', 'd.markdown', 'drafts/h.txt', 'e.htm'] },
    { args: [''], options: { include: ['*.txt'] }, expect: ['a.txt', 'drafts/h.txt', 'sub/deep/j.txt', 'sub/i.txt'] },
    { args: [''], options: { include: ['*.shtml', 'sub/*.txt'] }, expect: ['g.shtml', 'sub/i.txt'] },
    { args: ['*.txt'], options: {}, expect: ['a.txt'] },
    { args: ['**/*.txt'], options: {}, expect: ['a.txt', 'drafts/h.txt', 'sub/deep/j.txt', 'sub/i.txt'] },
    { args: ['sub/*/*.txt', 'a.txt', 'sub/deep/j.txt'], options: {}, expect: ['sub/deep/j.txt', 'a.txt'] }, // each file once
  ])('$args $options', async ({ args, options, expect: expected }) => {
    const { inputs, batch } = await discover(args.map((a) => join(dir, a)), options);
    expect(rel(inputs)).toEqual(expected);
    expect(batch).toBe(true);
  });

  it('a named file is no batch; a missing one is still an input (it fails with its own message)', async () => {
    expect(await discover([join(dir, 'a.txt')])).toEqual({ inputs: [{ path: join(dir, 'a.txt'), root: null }], batch: false });
    expect((await discover([join(dir, 'zzz.txt')])).inputs).toEqual([{ path: join(dir, 'zzz.txt'), root: null }]);
  });

  it('records the DIR or glob base as the root --out mirrors', async () => {
    const { inputs } = await discover([join(dir, 'sub'), join(dir, 'drafts/*.txt')]);
    expect(inputs.map((i) => i.root)).toEqual([join(dir, 'sub'), join(dir, 'sub'), join(dir, 'drafts')]);
  });
});

describe('outputPaths', () => {
  it('mirrors each input below its root, and keeps the extension only where names would collide', () => {
    const inputs = [
      { path: 'arc/2021/a.txt', root: 'arc' }, { path: 'arc/2021/a.html', root: 'arc' },
      { path: 'arc/2021/b.md', root: 'arc' }, { path: 'other/2021/b.md', root: 'other' },
    ];
    expect(outputPaths('out', inputs, 'json')).toEqual(['out/2021/a.txt.json', 'out/2021/a.html.json', 'out/2021/b.md.json', 'out/2021/b.md~2.json']);
  });
});

describe('lines', () => {
  it('splits chunks at \\n, drops \\r, numbers lines, and skips (without buffering) a line over the limit', async () => {
    const chunks = [Buffer.from('ab'), Buffer.from('c\r\n'), Buffer.from('x'.repeat(50) + '\nlast')];
    const got = [];
    for await (const line of lines(Readable.from(chunks), 20)) got.push(line);
    expect(got).toEqual([{ lineNo: 1, text: 'abc' }, { overlong: true, lineNo: 2, bytes: 50 }, { lineNo: 3, text: 'last' }]);
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const bytes = Buffer.from('一、总体要求\n');
    const got = [];
    for await (const line of lines(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), 100)) got.push(line);
    expect(got).toEqual([{ lineNo: 1, text: '一、总体要求' }]);
  });
});

describe('jsonLineInput', () => {
  it.each([
    { line: '{"path":"a.txt","text":"一、"}', expect: { path: 'a.txt', input: '一、', bytes: 6 } },
    { line: '{"path":"a.txt","base64":"5LiA"}', expect: { path: 'a.txt', input: new Uint8Array([0xe4, 0xb8, 0x80]), bytes: 3 } },
    { line: '{"text":"x"}', expect: { path: 'stdin:7', input: 'x', bytes: 1 } },
  ])('$line', ({ line, expect: expected }) => expect(jsonLineInput(line, 7)).toEqual(expected));

  it.each([
    { line: '[1]', error: 'not a JSON object' },
    { line: '{"path":"a","base64":"***"}', error: 'not valid base64' },
    { line: '{"path":"a"}', error: 'exactly one of' },
    { line: '{"path":3,"text":"x"}', error: '"path" must be a string' },
    { line: '{"path":"a","text":"xxxx"}', error: 'too large' },
  ])('$line → $error', ({ line, error }) => expect(() => jsonLineInput(line, 1, 3)).toThrow(error));
});

describe('progress', () => {
  it('renders done/total, MB/s and ETA within the terminal width', () => {
    expect(renderBar(50, 100, 4e6, 2, 80)).toBe('[###############---------------]  50/100 files  2.0 MB/s  ETA 0:02');
    expect(renderBar(0, 100, 0, 0, 80)).toContain('ETA --:--');
    expect(renderBar(3, 2000, 1e6, 1, 30).length).toBeLessThan(30);
  });

  it('draws nothing when the stream is not a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WritableStream;
    const bar = new Progress(stream, 10, true);
    bar.advance(100);
    bar.note(() => written.push('error line\n'));
    bar.clear();
    expect(written).toEqual(['error line\n']);
  });

  it('draws on a terminal, and clears the bar before a note', () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WritableStream;
    const bar = new Progress(stream, 2, true);
    bar.advance(100);
    bar.note(() => written.push('note\n'));
    expect(written[0]).toMatch(/^\r\x1b\[2K\[.*1\/2 files/);
    expect(written[1]).toBe('\r\x1b[2K');
    expect(written[2]).toBe('note\n');
  });
});

