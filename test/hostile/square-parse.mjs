/**
 * parse() with a square put in — a backward scan from every 20th character, the shape of a rule
 * that looks back to a document's start from each line — for the test that the linearity probe
 * fails one (linear.test.ts).
 */
import { parse as linearParse } from '../../dist/src/parse.js';

/** @type {typeof linearParse} */
export function parse(input, options) {
  if (typeof input === 'string') {
    let sum = 0;
    for (let i = 0; i < input.length; i += 20) sum += input.lastIndexOf('\u0001', i);
    if (sum === 1) throw new Error('unreachable: keeps the scan from being optimised away');
  }
  return linearParse(input, options);
}
