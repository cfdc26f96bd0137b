import { markTable } from '../lexicon/marks.js';
import { type MeasureUnit, unitAt } from '../lexicon/measure-units.js';
import type { Comparator } from '../lexicon/target-words.js';

/**
 * Values in a plan's indicator table, where the unit stands once in the row's label and the cells
 * hold bare numbers: "空气质量优良天数比率(%)\t76.7\t>80\t约束性", "森林蓄积量(亿立方米)\t151\t165\t〔14〕".
 * Only cells whose notation marks them as a goal are read: a value after a comparison sign (">80",
 * "≥8"), a cell with a qualifier ("\t90以上") and a five-year cumulative value in 〔〕 (the national
 * plans' notation for 累计).
 */

export interface TableValue {
  unit: MeasureUnit;
  /** Just after the value (after its "〕"). */
  end: number;
  /** The comparator the notation fixes: a cumulative value is a change ("下降(%)…〔18〕" a decrease). */
  fixed: Comparator | null;
}

/** Comparison signs written before a cell's value. */
const SIGNS = '><≥≤⩾⩽';
/** What stands before a cell: a tab or space between cells, or an empty cell's dash. */
const CELL_START = '\t -';
/** Every character a cell's value may follow. */
const CELL_MARKS = markTable(`${SIGNS}${CELL_START}〔`);
/** A qualifier after a cell's value: "90以上", "15左右". */
const QUALIFIED = /^(?:及?以[上下]|左右)/u;
/** How far back the row's label "(%)" may stand. */
const LABEL_REACH = 60;
/** A row label's unit: "(%)", "(亿立方米)", "(万平方公里)". */
const LABEL = /\((?<unit>[^()\d]{1,6})\)/gu;
/** After a label: its own cells, then the next row's name. */
const ROW_DONE = /^[\s\d.]+[^\d.\s<>≥≤⩾⩽〔〕-]/u;
const PERCENT: MeasureUnit = { text: '%', kind: 'percent' };
/** A cumulative value under these words is a fall, under these a count to add, else a rise. */
const FALLS = /下降|减少|降低/u;
const ADDS = /新增/u;
/** How much of the label's text before its unit names the indicator. */
const HEAD_REACH = 20;

/** The unit of the nearest row label before `at`, and the label's text before it. */
function labelBefore(text: string, at: number): { unit: MeasureUnit; head: string } | null {
  const from = Math.max(0, at - LABEL_REACH);
  const window = text.slice(from, at);
  let found: RegExpExecArray | null = null;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(window); m; m = LABEL.exec(window)) found = m;
  if (!found?.groups) return null;
  // "(%)5456 预期性…指数60.4>60.4": the label's own cells are done before the value; it is another row's.
  if (ROW_DONE.test(window.slice(found.index + found[0].length))) return null;
  const name = found.groups.unit;
  const unit = name === '%' ? PERCENT : unitAt(name, 0);
  if (!unit || unit.text !== name) return null;
  return { unit, head: window.slice(0, found.index) };
}

/**
 * The table value whose number runs from `start` to `end`, or null when the number is no such value.
 *
 * @example
 * tableValue('比率(%)76.7>80-约束性', 11, 13) // { unit: { text: '%', … }, end: 13, fixed: null }
 * tableValue('减少(%)化学需氧量--〔10〕', 15, 17) // { unit: { text: '%', … }, end: 18, fixed: 'decrease' }
 */
export function tableValue(text: string, start: number, end: number): TableValue | null {
  // Most bare numbers (years, dates, markers) stand after none of these: one lookup settles them.
  if (start === 0 || !CELL_MARKS[text.charCodeAt(start - 1)]) return null;
  const before = text[start - 1]!;
  const cumulative = before === '〔' && text[end] === '〕';
  const signed = before !== '' && SIGNS.includes(before);
  // A cell of its own with a qualifier: "\t90以上", "-90以上" (after an empty cell).
  const qualified = before !== '' && CELL_START.includes(before) && QUALIFIED.test(text.slice(end, end + 3));
  if (!cumulative && !signed && !qualified) return null;
  const label = labelBefore(text, start - 1);
  if (!label) return null;
  if (!cumulative) return { unit: label.unit, end, fixed: null };
  const head = label.head.slice(-HEAD_REACH);
  const fixed: Comparator = FALLS.test(head) ? 'decrease' : ADDS.test(head) ? '=' : 'increase';
  return { unit: label.unit, end: end + 1, fixed };
}
