import type { MarkerStyle } from './types.js';
import { cnOrdinal, toCnOrdinal } from './numerals.js';

/**
 * 一、 二、 … 九十九、 (also 一. and, at a line start only, 一,). "?、" keeps a garbled numeral;
 * a lost one ("、主要任务" at a line start) is matched by `cnDunLost`.
 */
export const cnDun: MarkerStyle = {
  name: 'cn-dun',
  family: 'cn-dun',
  pattern: /(?<![一二三四五六七八九十百第])(?<num>[一二三四五六七八九十]{1,3}|[?？])(?:、|\.(?![\d.]))/g,
  starts: '一二三四五六七八九十?？',
  notAfter: '一二三四五六七八九十百第',
  ordinal: cnOrdinal,
  marker: (num, ordinal) => `${ordinal ? toCnOrdinal(ordinal) : num}、`,
  distinctive: false,
};

/**
 * "一," and "一，" as a heading: only where a line starts. The line-start check looks back from
 * after the marker, so that the engine searches for the marker's characters instead of trying
 * the look-behind at every position (three times faster, same matches). It keeps cnDun's
 * `notAfter`, as does `cnDunLost`: nothing but spaces may stand before a line-start marker.
 */
export const cnComma: MarkerStyle = {
  ...cnDun,
  name: 'cn-dun',
  pattern: /(?<num>[一二三四五六七八九十]{1,3})[,，](?<=^[ \t]*\k<num>[,，])(?=\S)/gm,
  starts: '一二三四五六七八九十',
  lineOnly: true,
};

/** "、主要任务": a heading whose numeral was lost, at a line start (looked back for as in `cnComma`). */
export const cnDunLost: MarkerStyle = {
  ...cnDun,
  pattern: /(?<num>)、(?<=^[ \t]*、)(?=[^\s、])/gm,
  starts: '、',
  lineOnly: true,
};
