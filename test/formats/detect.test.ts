import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { sniffBinary } from '../../src/input/detect-binary.js';
import { binaryFormatOf } from '../../src/input/binary.js';
import { InputError } from '../../src/file.js';

const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('binary formats are detected by content, not by name', () => {
  it.each([
    { name: 'a PDF', bytes: strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), expect: 'pdf' },
    { name: 'a PDF after a few bytes of junk', bytes: Uint8Array.from([0, 0x0a, ...strToU8('%PDF-1.4\n')]), expect: 'pdf' },
    { name: 'a DOCX', bytes: zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), expect: 'docx' },
    { name: 'an OFD', bytes: zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }), expect: 'ofd' },
    { name: 'another zip', bytes: zip({ 'xl/workbook.xml': '<workbook/>' }), expect: 'zip' },
    { name: 'an OLE compound file (Word 97–2003)', bytes: OLE, expect: 'doc' },
    { name: 'text that mentions %PDF-', bytes: strToU8('这份文件的格式是 %PDF-1.7，见附件。'), expect: null },
    { name: 'plain text', bytes: strToU8('一、总体要求\n（一）工作目标'), expect: null },
    { name: 'nothing', bytes: new Uint8Array(0), expect: null },
  ])('$name → $expect', ({ bytes, expect: want }) => {
    expect(sniffBinary(bytes)).toBe(want);
  });

  it('names the problem of a zip that is no DOCX or OFD, and of a file misnamed .pdf', () => {
    expect(() => binaryFormatOf(zip({ 'a.txt': 'x' }), 'annex.docx')).toThrow(InputError);
    expect(() => binaryFormatOf(zip({ 'a.txt': 'x' }), 'annex.docx')).toThrow(/neither a DOCX .* nor an OFD/);
    expect(() => binaryFormatOf(Uint8Array.from([1, 2, 3, 0, 5]), 'scan.pdf')).toThrow(/not a PDF file/);
  });

  it('leaves text to the text readers, and obeys --input-format', () => {
    expect(binaryFormatOf(strToU8('一、总体要求'), 'a.txt')).toBeNull();
    expect(binaryFormatOf(strToU8('一、总体要求'), 'a.txt', 'text')).toBeNull();
    expect(binaryFormatOf(strToU8('anything'), 'a.bin', 'pdf')).toBe('pdf');
  });
});
