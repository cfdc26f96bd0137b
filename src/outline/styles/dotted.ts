import type { MarkerStyle } from './types.js';

/**
 * Section numbers of journal articles and standards: 2.1, 2.1.1 (the depth is part of the style:
 * "dotted-2", "dotted-3"), and the bare top number "2" that heads them ("dotted-1"), which is
 * only accepted where a "2.1" follows it.
 */
function dotted(depth: number): MarkerStyle {
  const parts = depth === 1 ? '\\d' : `\\d{1,2}(?:\\.\\d{1,2}){${depth - 1}}`;
  return {
    name: `dotted-${depth}`,
    family: `dotted-${depth}`,
    pattern: new RegExp(`(?<![\\d.A-Za-z/:-])(?<num>${parts})(?![\\d.%])(?=\\s?[\\u4e00-\\u9fff“《])`, 'g'),
    starts: '0123456789',
    notAfter: '0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/:-',
    ordinal: (num) => { const last = Number(num.split('.').pop()); return last > 0 ? last : null; },
    marker: (num) => num,
    distinctive: depth > 1,
  };
}

export const dotted1 = dotted(1);
export const dotted2 = dotted(2);
export const dotted3 = dotted(3);
