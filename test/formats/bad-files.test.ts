import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { cli, listFiles, readDocument, tempDir, writeTree } from '../batch/helpers.js';
import { writeDocx } from '../../scripts/format-copies.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (path: string) => readFileSync(join(ROOT, 'fixtures/formats', path));
const REAL_PDF = fixture('word-attachment-table/input.pdf');

describe('damaged binary documents in a batch', () => {
  it('a scan, an encrypted and a truncated PDF, a zip that is no DOCX and a corrupt DOC each fail on one line; the rest is converted', async () => {
    const dir = tempDir('formats-bad');
    const input = join(dir, 'in');
    const ole = Buffer.alloc(4096, 0x41);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeTree(input, {
      'good.pdf': REAL_PDF,
      'good.docx': Buffer.from(await writeDocx('一、总体要求\n（一）工作目标\n2024年底前完成。（市数据局牵头）')),
      'scanned.pdf': fixture('bad/scanned.pdf'),
      'encrypted.pdf': fixture('bad/encrypted.pdf'),
      'truncated.pdf': REAL_PDF.subarray(0, Math.floor(REAL_PDF.length / 2)),
      'archive.docx': Buffer.from(zipSync({ 'readme.txt': strToU8('not a document') })),
      'corrupt.doc': ole,
      'notice.txt': '一、总体要求\n（一）工作目标',
    });
    const out = join(dir, 'out');
    const errors = join(dir, 'errors.jsonl');
    const result = await cli([input, '--out', out, '--errors', errors, '--jobs', '2']);

    expect(result.code).toBe(1);
    const bad = {
      'archive.docx': 'neither a DOCX',
      'corrupt.doc': 'corrupt or unreadable DOC',
      'encrypted.pdf': 'encrypted PDF',
      'scanned.pdf': 'no-text-layer',
      'truncated.pdf': 'truncated PDF',
    };
    const stderr = result.stderr.trim().split('\n');
    for (const [name, problem] of Object.entries(bad)) {
      const lines = stderr.filter((l) => l.startsWith(`reform-parse: ${join(input, name)}: `));
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toContain(problem);
    }
    expect(stderr).toHaveLength(Object.keys(bad).length + 1); // and the summary line
    expect(readFileSync(errors, 'utf8').trim().split('\n')).toHaveLength(Object.keys(bad).length);
    expect(listFiles(out)).toEqual(['good.docx.json', 'good.pdf.json', 'notice.json']);
    expect(readDocument(join(out, 'good.pdf.json')).source.format).toBe('pdf');
    expect(readDocument(join(out, 'good.docx.json')).source.format).toBe('docx');
  });

  it('routes --stdin-jsonl base64 records to the binary readers, one line out for each line in', async () => {
    const docx = Buffer.from(await writeDocx('一、总体要求\n（一）工作目标'));
    const lines = [
      { path: 'a.pdf', base64: REAL_PDF.toString('base64') },
      { path: 'b.docx', base64: docx.toString('base64') },
      { path: 'c.pdf', base64: fixture('bad/encrypted.pdf').toString('base64') },
      { path: 'd.txt', text: '一、总体要求' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const result = await cli(['--stdin-jsonl', '--jobs', '1'], { input: `${lines}\n` });
    expect(result.code).toBe(1);
    const records = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source?: { format: string }; error?: string; path?: string });
    expect(records.map((r) => r.source?.format ?? `error:${r.path}`)).toEqual(['pdf', 'docx', 'error:c.pdf', 'text']);
    expect(records[2]!.error).toContain('encrypted PDF');
  });

  it('takes --input-format for a binary format, and says what is wrong when the bytes are not that format', async () => {
    const dir = tempDir('formats-forced');
    writeFileSync(join(dir, 'notice.bin'), REAL_PDF);
    writeFileSync(join(dir, 'plain.bin'), '一、总体要求');
    const good = await cli(['notice.bin', '--input-format', 'pdf'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).source.format).toBe('pdf');
    const bad = await cli(['plain.bin', '--input-format', 'pdf'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^reform-parse: plain.bin: .*PDF/);
  });
});
