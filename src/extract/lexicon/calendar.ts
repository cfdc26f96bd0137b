/**
 * Calendar periods as ISO date pairs. A period is the first and last day an expression allows;
 * every month length comes from real calendar math, so 2024-02 ends on the 29th.
 */
export type Period = [start: string, end: string];

/** Days in a month of the proleptic Gregorian calendar: daysInMonth(2024, 2) → 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "00".."99", so that a month or day is padded by a look-up (iso runs for every date found). */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const pad2 = (n: number): string => TWO_DIGITS[n] ?? String(n).padStart(2, '0');

/** iso(2021, 6, 5) → "2021-06-05". */
export function iso(year: number, month: number, day: number): string {
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Whether a day exists in a month; with no year known, 29 February is allowed (it exists in some year).
 * isValidDay(2021, 2, 29) → false; isValidDay(undefined, 2, 29) → true.
 */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

/** yearPeriod(2021) → ["2021-01-01", "2021-12-31"]; yearPeriod(2021, 2023) spans both ends. */
export function yearPeriod(year: number, lastYear = year): Period {
  return [iso(year, 1, 1), iso(lastYear, 12, 31)];
}

/** halfPeriod(2021, 2) → ["2021-07-01", "2021-12-31"]. */
export function halfPeriod(year: number, half: 1 | 2): Period {
  return half === 1 ? [iso(year, 1, 1), iso(year, 6, 30)] : [iso(year, 7, 1), iso(year, 12, 31)];
}

/** quarterPeriod(2021, 2, 3) → ["2021-04-01", "2021-09-30"] ("二、三季度"). */
export function quarterPeriod(year: number, first: number, last = first): Period {
  return [iso(year, first * 3 - 2, 1), iso(year, last * 3, daysInMonth(year, last * 3))];
}

/** monthPeriod(2024, 2) → ["2024-02-01", "2024-02-29"]; monthPeriod(2021, 3, 5) → 03-01..05-31. */
export function monthPeriod(year: number, month: number, lastMonth = month): Period {
  return [iso(year, month, 1), iso(year, lastMonth, daysInMonth(year, lastMonth))];
}

/** A 旬 (ten-day period) of a month: 1 上旬 → 1..10, 2 中旬 → 11..20, 3 下旬 → 21..month end. */
export function xunPeriod(year: number, month: number, first: 1 | 2 | 3, last: 1 | 2 | 3 = first): Period {
  const endDay = last === 3 ? daysInMonth(year, month) : last * 10;
  return [iso(year, month, first * 10 - 9), iso(year, month, endDay)];
}

const NUMERIC_DATE = /(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})/;

/**
 * The first numeric date in a metadata value ("2021年6月1日", "2021-06-01 10:00", "2021/6/1") as
 * ISO; nothing for a month or day out of range. Shared by the HTML head and the chrome labels.
 * @example isoDateIn('成文日期: 2021年6月1日') // '2021-06-01'
 */
export function isoDateIn(text: string): string | undefined {
  const g = NUMERIC_DATE.exec(text)?.groups;
  if (!g) return undefined;
  const month = Number(g.m), day = Number(g.d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return iso(Number(g.y), month, day);
}

/** An ISO date's parts. */
function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * A date some calendar months later, on the same day of the month or the month's last day when it
 * has fewer: addMonths('2023-10-19', 3) → '2024-01-19'; addMonths('2023-11-30', 3) → '2024-02-29'.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12), month = (index % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** A date some days later: addDays('2024-02-28', 2) → '2024-03-01'. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
