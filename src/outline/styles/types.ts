/**
 * One numbering style of Chinese documents. Adding a style = one small file + one entry in
 * `outlineStyles` (./index.ts).
 */
export interface MarkerStyle {
  /** The contract's style name: "cn-dun", "cn-paren", "arabic-dot", … */
  name: string;
  /** Styles of one family may be siblings under one parent ("1)" "2)" then "(3)"). */
  family: string;
  /** Global pattern; group `num` holds the numeral as written ("" or "?" when lost or garbled). */
  pattern: RegExp;
  /**
   * Every character a match of `pattern` can begin with: the scan tries the pattern only where one
   * stands (test/outline/starts.test.ts checks the list is complete).
   */
  starts: string;
  /**
   * Characters that, standing right before a match, rule it out (what the pattern's lookbehind
   * refuses): the scan does not try the pattern after one. "2023": only the 2 can open "2.".
   */
  notAfter?: string;
  /** The numeral's value; null when it was lost or garbled. */
  ordinal(num: string): number | null;
  /** The normalised marker: half-width parentheses, ASCII dot ("一、" "(一)" "1." "1)" "(1)"). */
  marker(num: string, ordinal: number | null): string;
  /** Recognisable enough to accept in mid-line on the numbering sequence alone. */
  distinctive: boolean;
  /** Only ever a heading at a line start ("一," would otherwise catch lists of numerals). */
  lineOnly?: boolean;
}
