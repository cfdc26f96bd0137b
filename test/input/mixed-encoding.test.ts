/**
 * Mixed encodings (issue 17): a file that is half UTF-8 and half GB18030 (concatenated dumps) is
 * decoded by segments — each run of lines in its own encoding — with a `mixed-encoding` diagnostic
 * naming the runs; it used to be decoded wholly as GB18030, the UTF-8 half turned to mojibake.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const gb = (s: string) => iconv.encode(s, 'gb18030');
const bytes = (...parts: Buffer[]) => new Uint8Array(Buffer.concat(parts));

const partA = '关于印发工作要点的通知\n一、总体要求\n（一）6月底前由市卫生健康委牵头完成。\n';
const partB = '二、主要任务\n（二）2022年12月底前完成全部任务。\n';
const partAAscii = '关于印发工作要点的通知\n一、总体要求\n(一)6月底前由市卫生健康委牵头完成。\n';
const partBAscii = '二、主要任务\n(二)2022年12月底前完成全部任务。\n';

describe('a file in two encodings is decoded by segments', () => {
  it.each([
    { name: 'UTF-8 then GB18030', input: bytes(utf8(partA), gb(partB)), encoding: 'utf-8+gb18030', ranges: ['lines 1–3', 'UTF-8', 'lines 4–5', 'GB18030'] },
    { name: 'GB18030 then UTF-8', input: bytes(gb(partA), utf8(partB)), encoding: 'gb18030+utf-8', ranges: ['lines 1–3', 'GB18030', 'lines 4–5', 'UTF-8'] },
    { name: 'ASCII brackets, UTF-8 then GB18030', input: bytes(utf8(partAAscii), gb(partBAscii)), encoding: 'utf-8+gb18030', ranges: ['lines 1–3', 'lines 4–5'] },
    { name: 'three runs', input: bytes(utf8(partA), gb(partB), utf8('三、保障措施\n（三）加强组织领导。\n')), encoding: 'utf-8+gb18030', ranges: ['lines 1–3', 'lines 4–5', 'lines 6–7'] },
  ])('$name', ({ input, encoding, ranges }) => {
    const doc = parse(input, { includeText: true });
    expect(doc.source.encoding).toBe(encoding);
    expect(doc.source.text).toContain('6月底前由市卫生健康委牵头完成');
    expect(doc.source.text).toContain('2022年12月底前完成全部任务');
    expect(doc.source.text).not.toContain('\uFFFD');
    const mixed = doc.diagnostics.filter((d) => d.code === 'mixed-encoding');
    expect(mixed).toHaveLength(1);
    for (const r of ranges) expect(mixed[0]!.message).toContain(r);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('invalid-bytes');
  });

  it.each([
    { name: 'all GB18030', input: bytes(gb(partA + partB)), encoding: 'gb18030' },
    { name: 'all UTF-8', input: bytes(utf8(partA + partB)), encoding: 'utf-8' },
    { name: 'UTF-8 with two damaged bytes', input: bytes(utf8(partA), Buffer.from([0xff, 0xfe]), utf8(partB)), encoding: 'utf-8' },
    { name: 'GB18030 with short lines that happen to be valid UTF-8', input: bytes(gb(`${partA}\n`), Buffer.from([0xc3, 0xa9, 0x0a]), gb(partB)), encoding: 'gb18030' },
  ])('one encoding: $name — no mixed-encoding', ({ input, encoding }) => {
    const doc = parse(input);
    expect(doc.source.encoding).toBe(encoding);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('mixed-encoding');
  });
});
