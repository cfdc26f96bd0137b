import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { ParseFile } from '../../src/file.js';
// @ts-expect-error plain JavaScript shared with bench/clean.mjs, which records the time per MB
import { largeInputs } from '../../bench/inputs.mjs';

const inputs = largeInputs as Record<string, (size: number) => string>;
const SIZE = 2 * 1024 * 1024;

/*
 * Cleaning 2 MB of what the rules look for completes; how long it takes is recorded by
 * bench/clean.mjs (seconds per MB at 1, 2 and 4 MB), not asserted here. Before the fixes
 * these inputs took minutes: a 0.5 MB line of 下载 (2 min), 128k spaces in a line (13 s),
 * thousands of 篇N: articles (the square of their number).
 */
describe('cleaning 2 MB inputs completes', () => {
  it.each(Object.keys(inputs))('%s', (kind) => {
    const source = inputs[kind]!(SIZE);
    expect(source.length).toBe(SIZE);
    const file = new ParseFile(`${kind}.txt`);
    const { text } = clean(source, file);
    expect(text.length).toBeLessThanOrEqual(source.length);
    expect(text.sourceAt(text.length)).toBe(source.length);
    for (const c of file.copies) {
      expect(c.span[0]).toBeGreaterThanOrEqual(0);
      expect(c.span[1]).toBeLessThanOrEqual(source.length);
    }
    if (kind === 'chunk prefixes') {
      // Chunk numbers have at most three digits: the run is 1、 … 999、.
      expect(file.messages.filter((m) => m.code === 'chunk-seam-repaired')).toHaveLength(998);
      expect(text.text).not.toMatch(/^\d{1,3}、/m);
    }
    if (kind === 'page markers') expect(text.text).not.toMatch(/^\s*(?:-\s*\d+\s*-|第\s*\d+\s*页.*)$/m);
  });
});
