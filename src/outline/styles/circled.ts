import type { MarkerStyle } from './types.js';

/** ① … ⑳ */
export const circled: MarkerStyle = {
  name: 'circled',
  family: 'circled',
  pattern: /(?<num>[\u2460-\u2473])/g,
  starts: String.fromCharCode(...Array.from({ length: 20 }, (_, i) => 0x2460 + i)),
  ordinal: (num) => num.charCodeAt(0) - 0x245f,
  marker: (num) => num,
  distinctive: false,
};
