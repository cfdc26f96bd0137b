import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Document } from '../../src/index.js';
import { normalize } from '../../src/clean/normalize.js';
import { MappedText } from '../../src/clean/mapped-text.js';

/**
 * Every span of every fixture points into the source text: the source sliced at the span — with
 * spaces and line breaks removed, what the cleaner dropped inside it removed (a page-chunk number,
 * a page marker), and width folded — is the item's text with spaces removed.
 */
const root = join(import.meta.dirname, '..', '..', 'fixtures');
// Cases are the directories holding an input (fixtures/SOURCES.md names the real documents among them).
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && readdirSync(join(root, d.name)).some((f) => f.startsWith('input.'))).map((d) => d.name);

const fold = (s: string) => normalize(MappedText.identity(s)).text.replace(/\s+/g, '');

function sliced(doc: Document, chars: string[], [start, end]: [number, number]): string {
  // Characters inside a dropped copy (boilerplate within the span) are not part of the item.
  const dropped = doc.copies.filter((c) => c.span[0] < end && c.span[1] > start && c.span[1] - c.span[0] < end - start);
  let out = '';
  for (let i = start; i < end; i++) if (!dropped.some((c) => i >= c.span[0] && i < c.span[1])) out += chars[i];
  return fold(out);
}

describe('offsets: spans point into the source text', () => {
  for (const name of cases) {
    const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'))!;
    const doc = parse(readFileSync(join(root, name, input)), { path: input, includeText: true });
    const chars = [...doc.source.text!];

    it(`${name}: deadlines, targets and units slice to their text`, () => {
      let checked = 0;
      for (const task of doc.tasks) {
        for (const d of task.deadlines) { expect(sliced(doc, chars, d.span), d.text).toBe(fold(d.text)); checked++; }
        for (const t of task.targets) { expect(sliced(doc, chars, t.span), t.text).toBe(fold(t.text)); checked++; }
        for (const u of task.units) { expect(sliced(doc, chars, u.span), u.name).toBe(fold(u.name)); checked++; }
      }
      expect(checked).toBe(doc.tasks.reduce((n, t) => n + t.deadlines.length + t.targets.length + t.units.length, 0));
    });

    it(`${name}: section spans hold their titles, task spans their text`, () => {
      const walk = (sections: Document['sections']) => {
        for (const s of sections) {
          expect(sliced(doc, chars, s.span).endsWith(fold(s.title)), s.title).toBe(true);
          walk(s.children);
        }
      };
      walk(doc.sections);
      for (const task of doc.tasks) {
        // A catalogue entry's task spans its detail; its text also holds the entry's title.
        expect(fold(task.text).includes(sliced(doc, chars, task.span)), task.path.join(' › ')).toBe(true);
      }
    });
  }
});
