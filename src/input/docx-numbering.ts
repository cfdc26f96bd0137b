import { readXml } from './xml.js';

/**
 * Word's automatic numbering (WordprocessingML `numbering.xml`), materialised: the markers Word
 * displays before numbered paragraphs ("一、", "（一）", "1.") are no characters of document.xml,
 * so without this the outline of a DOCX would lose every numbered heading.
 *
 * A paragraph's `w:numPr` (or its style's) names a `w:num`, which points at a `w:abstractNum` whose
 * `w:lvl`s say, per level, the start value, the number format (`w:numFmt`) and the marker text
 * (`w:lvlText`, "%1、" where %n is level n's counter). Counters run per abstract list, as Word does
 * for the `w:num`s that share one; a `w:startOverride` restarts a level when its `w:num` begins; a
 * level restarts after any higher level is used (unless `w:lvlRestart` says otherwise).
 */

export interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after this (1-based) level is used; 0 never restarts. Undefined: after any higher level. */
  restart?: number;
  /** `w:isLgl`: every level's counter shown as a decimal ("1.1"). */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** The paragraph style this level is tied to (`w:pStyle`), if any. */
  style?: string;
}

interface Num { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> }

export interface NumberingDefinitions {
  abstracts: Map<string, Level[]>;
  nums: Map<string, Num>;
}

const emptyLevel = (): Level => ({ start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab' });

/** Reads `word/numbering.xml`. @example readNumbering(xml).nums.get('1')?.abstractId // '0' */
export function readNumbering(xml: string | undefined): NumberingDefinitions {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, Num>();
  if (!xml) return { abstracts, nums };
  let abstract: Level[] | null = null;
  let num: Num | null = null;
  let level: Level | null = null;
  let ilvl = 0;
  let override: number | null = null;
  readXml(xml, {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum': abstract = []; abstracts.set(a['w:abstractNumId'] ?? '', abstract); break;
        case 'w:num': num = { abstractId: '', starts: new Map(), levels: new Map() }; nums.set(a['w:numId'] ?? '', num); break;
        case 'w:abstractNumId': if (num) num.abstractId = a['w:val'] ?? ''; break;
        case 'w:lvlOverride': override = Number(a['w:ilvl'] ?? 0); break;
        case 'w:startOverride': if (num && override !== null) num.starts.set(override, Number(a['w:val'] ?? 1)); break;
        case 'w:lvl':
          level = emptyLevel();
          ilvl = Number(a['w:ilvl'] ?? 0);
          if (override !== null && num) num.levels.set(override, level);
          else if (abstract) abstract[ilvl] = level;
          break;
        case 'w:start': if (level) level.start = Number(a['w:val'] ?? 1); break;
        case 'w:numFmt': if (level) level.format = a['w:val'] ?? 'decimal'; break;
        case 'w:lvlText': if (level) level.text = a['w:val'] ?? ''; break;
        case 'w:lvlRestart': if (level) level.restart = Number(a['w:val'] ?? 0); break;
        case 'w:isLgl': if (level) level.legal = a['w:val'] !== '0' && a['w:val'] !== 'false'; break;
        case 'w:suff': if (level) level.suffix = (a['w:val'] as Level['suffix']) ?? 'tab'; break;
        case 'w:pStyle': if (level) level.style = a['w:val']; break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') override = null;
      else if (name === 'w:lvl') level = null;
    },
    text() {},
  });
  return { abstracts, nums };
}

/** The running counters of one document; `next` gives each numbered paragraph its marker. */
export class NumberingCounters {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly lastNum = new Map<string, string>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The level a style ties to a list (`w:pStyle` in a `w:lvl`), for a style that names only a `w:numId`. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const i = levels?.findIndex((l) => l?.style === styleId) ?? -1;
    return i >= 0 ? i : undefined;
  }

  /**
   * The marker of the next paragraph numbered by list `numId` at level `ilvl`, as Word shows it,
   * with the separator its suffix puts before the text; '' for bullets and unnumbered levels.
   * @example counters.next('1', 0) // '一、' then '二、'…
   */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    if (!num) return '';
    const levels = this.defs.abstracts.get(num.abstractId) ?? [];
    const levelAt = (i: number): Level => num.levels.get(i) ?? levels[i] ?? emptyLevel();
    const key = num.abstractId;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    // A w:num that restarts its levels does so where it begins.
    if (this.lastNum.get(key) !== numId) {
      this.lastNum.set(key, numId);
      for (const [i, start] of num.starts) { counts[i] = start - 1; counts.length = Math.max(counts.length, i + 1); resetBelow(counts, i); }
    }
    const level = levelAt(ilvl);
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    for (let i = ilvl + 1; i < Math.max(counts.length, 9); i++) {
      const restart = levelAt(i).restart;
      if (restart === undefined || (restart > 0 && restart <= ilvl + 1)) counts[i] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counts![i] ?? levelAt(i).start;
      return formatNumber(n, level.legal ? 'decimal' : levelAt(i).format);
    });
    if (!marker) return '';
    return level.suffix === 'nothing' || /[\p{P}\s]$/u.test(marker) ? marker : `${marker} `;
  }
}

function resetBelow(counts: Array<number | undefined>, i: number): void {
  for (let k = i + 1; k < counts.length; k++) counts[k] = undefined;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_COUNTING = '零一二三四五六七八九';
const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * A counter in one of Word's number formats (ST_NumberFormat).
 * @example formatNumber(12, 'chineseCounting') // '十二'
 * @example formatNumber(3, 'ideographTraditional') // '丙'
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': case 'koreanCounting': case 'japaneseLegal':
      return chineseCounting(n, CN_COUNTING, ['', '十', '百', '千'], format === 'chineseCounting' || format === 'taiwaneseCounting' || format === 'japaneseCounting');
    case 'chineseLegalSimplified': return chineseCounting(n, LEGAL_SIMPLIFIED, ['', '拾', '佰', '仟'], false);
    case 'ideographLegalTraditional': return chineseCounting(n, LEGAL_TRADITIONAL, ['', '拾', '佰', '仟'], false);
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional': return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac': return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    default: return String(n);
  }
}

/** 1 → 一, 10 → 十 (or 一十 where `shortTen` is false, as legal numerals write 壹拾), 21 → 二十一, 105 → 一百零五. */
function chineseCounting(n: number, digits: string, units: string[], shortTen: boolean): string {
  if (n <= 0 || n >= 10000 || !Number.isInteger(n)) return String(n);
  const ds = [...String(n)].map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) { zero = out !== ''; return; }
    if (zero) { out += digits[0]; zero = false; }
    out += (d === 1 && unit === units[1] && out === '' && shortTen ? '' : digits[d]) + unit;
  });
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const letter = String.fromCharCode(0x61 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
