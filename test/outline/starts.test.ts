/**
 * The scan for outline markers tries each style's pattern only where a character of its `starts`
 * stands and none of its `notAfter` stands right before. Those lists are data written by hand
 * beside each pattern: these tests check that no match of a pattern falls outside them, and that the
 * scan finds what the patterns searching the whole text find.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanCandidates } from '../../src/outline/candidates.js';
import { outlineStyles } from '../../src/outline/styles/index.js';
import { randomDocument } from './random-text.js';

/** Characters around markers: the starts, the look-behind classes, letters, marks and white space. */
const ALPHABET = [...new Set([
  ...outlineStyles.flatMap((s) => [...s.starts, ...(s.notAfter ?? '')]),
  ...'一二三四五六七八九十百第条章篇款项、.．,，:：;；。()（）〔〕%/-x年月日万个工作\n \t\u3000',
])];
const alphabetText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join(''));

/** Every match a style's global pattern finds searching the whole text: what the scan must see. */
function searchedMatches(text: string): string[] {
  const out: string[] = [];
  outlineStyles.forEach((style, k) => {
    const pattern = new RegExp(style.pattern.source, style.pattern.flags);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      out.push(`${k}@${m.index}:${m[0]}`);
    }
  });
  return out.sort();
}

/** The same, found the way scanCandidates looks: by position, only after `starts` and not after `notAfter`. */
function gatedMatches(text: string): string[] {
  const out: string[] = [];
  outlineStyles.forEach((style, k) => {
    const sticky = new RegExp(style.pattern.source, style.pattern.flags.replace('g', '') + 'y');
    for (let at = 0; at < text.length; at++) {
      if (!style.starts.includes(text[at]!) || (at > 0 && style.notAfter?.includes(text[at - 1]!))) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m || !m[0].length) continue;
      out.push(`${k}@${at}:${m[0]}`);
      at += m[0].length - 1;
    }
  });
  return out.sort();
}

const realTexts = (): string[] => {
  const dirs = ['../shared/seeds', '../shared/eval/dev/raw'];
  return dirs.flatMap((d) => readdirSync(d).map((n) => readFileSync(join(d, n), 'utf8')));
};

describe('outline styles: starts and notAfter', () => {
  it.each([
    ['一、总体要求', 'cn-dun'],
    ['(一)目标', 'cn-paren'],
    ['（一）目标', 'cn-paren'],
    ['〔二〕措施', 'cn-paren'],
    ['1.加强领导', 'arabic-dot'],
    ['1、加强领导', 'arabic-dun'],
    ['(1)加强', 'arabic-paren'],
    ['（1）加强', 'arabic-paren'],
    ['1)加强', 'arabic-right-paren'],
    ['1）加强', 'arabic-right-paren'],
    ['①加强', 'circled'],
    ['⑴加强', 'arabic-paren'],
    ['㈠目标', 'cn-paren'],
    ['第一条 目的', 'article'],
    ['第一章 总则', 'chapter'],
    ['篇一 总论', 'part'],
    ['2.1 研究方法', 'dotted-2'],
  ])('%s: the scan finds its %s marker', (text, name) => {
    expect(scanCandidates(text).map((c) => c.style.name)).toContain(name);
  });

  it.each([
    ['2023年1.加强', 'arabic-dot', 5],
    ['十二、措施', 'cn-dun', 0],
    ['v1.2 版本', 'dotted-2', -1],
    ['A1)项', 'arabic-right-paren', -1],
  ])('%s: a marker is tried only where nothing in its notAfter stands before it', (text, name, at) => {
    const found = scanCandidates(text).filter((c) => c.style.name === name).map((c) => c.at);
    expect(found).toEqual(at < 0 ? [] : [at]);
  });

  it('no pattern matches at a character outside its starts, or after one of its notAfter (random text)', () => {
    fc.assert(fc.property(fc.oneof(alphabetText, randomDocument), (text) => {
      outlineStyles.forEach((style) => {
        const sticky = new RegExp(style.pattern.source, style.pattern.flags.replace('g', '') + 'y');
        for (let at = 0; at < text.length; at++) {
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (!m || !m[0].length) continue;
          expect(style.starts, `${style.name} at ${at} of ${JSON.stringify(text)}`).toContain(text[at]);
          if (at > 0 && style.notAfter) expect(style.notAfter, `${style.name} at ${at} of ${JSON.stringify(text)}`).not.toContain(text[at - 1]);
        }
      });
    }), { numRuns: 400, seed: 19 });
  });

  it('the gated scan finds every match the searching patterns find (random and real text)', () => {
    fc.assert(fc.property(fc.oneof(alphabetText, randomDocument), (text) => {
      expect(gatedMatches(text)).toEqual(searchedMatches(text));
    }), { numRuns: 400, seed: 19 });
    for (const text of realTexts()) expect(gatedMatches(text)).toEqual(searchedMatches(text));
  });
});
