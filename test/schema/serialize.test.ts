import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { parse } from '../../src/parse.js';
import { serialize } from '../../src/output/format.js';
import type { Document } from '../../src/schema/document.js';
import { fixtures } from '../helpers/fixtures.js';

/** A document whose strings look like other YAML types: dates, booleans, numbers, null. */
function tricky(): Document {
  const doc = parse('<html><head><title>yes</title></head><body><p>on</p></body></html>', { path: 'on', includeText: true, year: 2021 });
  return {
    ...doc,
    meta: { ...doc.meta, date: '2021-06-21', docNumber: '0777', issuer: 'null' },
    diagnostics: [
      { severity: 'info', code: 'no', message: '12:30:00', span: [0, 1] },
      { severity: 'warning', code: '~', message: '1e3 ', span: [0, 0] },
      { severity: 'error', code: '- x', message: ' leading space and a\nline break\ttab "quote" #hash: colon' },
    ],
  };
}

describe('serialize: every format reads back to the same document', () => {
  const docs = [
    ...fixtures().map((f) => ({ name: f.name, doc: parse(f.bytes, { path: f.path, includeText: true }) })),
    { name: 'strings that look like other YAML types', doc: tricky() },
  ];

  it.each(docs)('$name', ({ doc }) => {
    const json = serialize(doc, 'json');
    expect(json.endsWith('\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(doc);
    expect(JSON.parse(serialize(doc, 'json', true))).toEqual(doc);

    const line = serialize(doc, 'jsonl');
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line)).toEqual(doc);

    const yaml = serialize(doc, 'yaml');
    expect(parseYaml(yaml)).toEqual(doc);
    // YAML 1.1 readers (PyYAML) must not see dates, booleans or numbers in our strings either.
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(doc);
    expect(parseAllDocuments(yaml)).toHaveLength(1);
  });

  it('for arbitrary text in source.text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const doc = parse(text, { path: 'x.txt', includeText: true });
      const expected = JSON.parse(serialize(doc, 'json'));
      expect(parseYaml(serialize(doc, 'yaml'))).toEqual(expected);
      expect(parseYaml(serialize(doc, 'yaml'), { version: '1.1' })).toEqual(expected);
    }), { numRuns: 300 });
  });
});
