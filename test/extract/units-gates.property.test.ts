import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLON, INDICATOR_PAIR, NOT_ASSIGNING_WORD, textCues } from '../../src/extract/units.js';
import { DEFINITIONS, INDICATOR_VERBS, INDICATOR_WORDS, TRANSMITTALS } from '../../src/extract/lexicon/role-words.js';

/**
 * The cheap tests the units finder runs before its patterns and word searches must be necessary
 * conditions of them: where a gate says no, the ungated search finds nothing either. Texts are
 * built of the very words the searches look for, cut and joined at random, so near misses abound.
 */
const NOT_ASSIGNING = [...TRANSMITTALS, ...DEFINITIONS];
const INDICATOR = new RegExp(`(?:${INDICATOR_WORDS.join('|')})(?:${INDICATOR_VERBS.join('|')})`);
const words = [...NOT_ASSIGNING, ...INDICATOR_WORDS, ...INDICATOR_VERBS, ':', '：', '市卫生健康委', '牵头', '，', '。', '\n', '(', ')', '各', '由', ' '];
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(k))),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: w.length }).map((k) => w.slice(0, k))),
  fc.string({ maxLength: 3 }),
);
export const textish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('textCues is a necessary condition of the searches it gates', () => {
  it('on texts of the searched words, cut and joined', () => {
    fc.assert(fc.property(textish, (text) => {
      const cues = textCues(text);
      expect(!!(cues & COLON)).toBe(text.includes(':') || text.includes('：'));
      expect(!!(cues & NOT_ASSIGNING_WORD)).toBe(NOT_ASSIGNING.some((w) => text.includes(w)));
      if (INDICATOR.test(text)) expect(cues & INDICATOR_PAIR).toBeTruthy();
    }), { numRuns: 5_000 });
  });
});
