import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli, collect, SEEDS, spawnCli, tempDir } from './helpers.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** 1 000 records: UTF-8 text, UTF-8 base64, GB18030 base64 and HTML, of varying lengths. */
function records(): { line: string; path: string; bytes: Buffer }[] {
  return Array.from({ length: 1000 }, (_, i) => {
    const text = SEEDS[i % 5]!.toString('utf8').slice(0, 200 + ((i * 7919) % 6000)) + `\n第${i}条`;
    const path = `archive/${String(i).padStart(4, '0')}${i % 4 === 3 ? '.html' : '.txt'}`;
    switch (i % 4) {
      case 0: return { line: JSON.stringify({ path, text }), path, bytes: Buffer.from(text, 'utf8') };
      case 1: return { line: JSON.stringify({ path, base64: Buffer.from(text).toString('base64') }), path, bytes: Buffer.from(text) };
      case 2: { const gb = iconv.encode(text, 'gb18030'); return { line: JSON.stringify({ path, base64: gb.toString('base64') }), path, bytes: gb }; }
      default: { const html = `<html><body><p>${text.replace(/</g, '&lt;').split('\n').join('</p><p>')}</p></body></html>`; return { line: JSON.stringify({ path, text: html }), path, bytes: Buffer.from(html) }; }
    }
  });
}

describe('--stdin-jsonl', () => {
  it('round-trips 1 000 records in order, one output line per input line', async () => {
    const input = records();
    const result = await cli(['--stdin-jsonl', '--jobs', '3'], { input: input.map((r) => r.line).join('\n') + '\n' });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1000);
    lines.forEach((line, i) => {
      const doc = JSON.parse(line);
      expect(doc.schemaVersion).toBe('1');
      expect(doc.source.path).toBe(input[i]!.path);
      expect(doc.source.sha256).toBe(sha256(input[i]!.bytes));
      expect(doc.source.encoding).toBe(i % 4 === 2 ? 'gb18030' : 'utf-8');
      expect(doc.source.format).toBe(i % 4 === 3 ? 'html' : 'text');
    });
    expect(result.stderr).toMatch(/^reform-parse: 1000 files, .*, 0 failures, [\d.]+ s\n$/);
  });

  it('answers a bad line with an error record on stdout (keeping lines 1:1), stderr and --errors; exit 1', async () => {
    const dir = tempDir('jsonl-errors');
    const errors = join(dir, 'errors.jsonl');
    const lines = [
      JSON.stringify({ path: 'a.txt', text: '一、总体要求' }),
      '{"path": "broken.txt", "text": ',                                       // not JSON
      JSON.stringify({ path: 'bin.txt', base64: Buffer.from([0, 0, 0, 0, 1]).toString('base64') }),
      '',                                                                       // blank: ignored
      JSON.stringify({ path: 'both.txt', text: 'x', base64: 'eA==' }),
      JSON.stringify({ text: '二、主要任务' }),                                   // no path: named by its line
      JSON.stringify({ path: 'b.txt', text: '三、保障措施' }),
    ];
    const result = await cli(['--stdin-jsonl', '--errors', errors], { input: lines.join('\r\n') });
    expect(result.code).toBe(1);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.source?.path ?? `error: ${o.path}`)).toEqual([
      'a.txt', 'error: stdin:2', 'error: bin.txt', 'error: both.txt', 'stdin:6', 'b.txt',
    ]);
    expect(out[1].error).toContain('not a JSON object');
    expect(out[2].error).toContain('binary file');
    expect(result.stderr).toContain('reform-parse: stdin:2: not a JSON object');
    expect(result.stderr).toContain('reform-parse: bin.txt: binary file');
    expect(readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l).path)).toEqual(['stdin:2', 'bin.txt', 'both.txt']);
  });

  it('streams: a document comes out before stdin is closed', async () => {
    const child = spawnCli(['--stdin-jsonl', '--jobs', '2', '--quiet']);
    const done = collect(child);
    const first = new Promise<string>((resolve) => child.stdout!.once('data', (b: Buffer) => resolve(b.toString('utf8'))));
    child.stdin!.write(`${JSON.stringify({ path: 'first.txt', text: SEEDS[0]!.toString('utf8') })}\n`);
    expect(JSON.parse((await first).split('\n')[0]!).source.path).toBe('first.txt');
    child.stdin!.end(`${JSON.stringify({ path: 'second.txt', text: '一、总体要求' })}\n`);
    const result = await done;
    expect(result.code).toBe(0);
  });

  it('refuses files, --out and non-JSON formats with a usage error', async () => {
    for (const args of [['x.txt'], ['--out', 'o'], ['--format', 'yaml']]) {
      const result = await cli(['--stdin-jsonl', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
    }
  });
});
