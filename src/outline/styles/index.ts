import type { MarkerStyle } from './types.js';
import { part } from './part.js';
import { division, volume, chapter, section, article } from './chapter.js';
import { cnDun, cnComma, cnDunLost } from './cn-dun.js';
import { cnParen } from './cn-paren.js';
import { arabicDot, arabicDun, arabicParen, arabicRightParen } from './arabic.js';
import { circled } from './circled.js';
import { dotted1, dotted2, dotted3 } from './dotted.js';
import { parenDigit, digitStop, parenIdeograph } from './enclosed.js';

export type { MarkerStyle } from './types.js';

/**
 * Every numbering style the outline knows, in the order they win when two match at one place.
 * Levels are not fixed by this order: they come from each document's order of first appearance.
 */
export const outlineStyles: readonly MarkerStyle[] = [
  part, division, volume, chapter, section, article,
  cnDun, cnComma, cnDunLost, cnParen, parenIdeograph,
  dotted3, dotted2,
  arabicParen, parenDigit, arabicDot, digitStop, arabicDun, arabicRightParen,
  circled, dotted1,
];
