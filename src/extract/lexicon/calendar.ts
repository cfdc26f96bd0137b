/** Calendar math for deadlines: real month ends and leap years. */

/** Last day of a month. @example lastDay(2024, 2) // 29 */
export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date. @example iso(2021, 6, 5) // '2021-06-05' */
export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A valid calendar date? */
export function isDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
}

/** First and last month of a quarter. */
export function quarterMonths(q: number): [number, number] {
  return [3 * q - 2, 3 * q];
}
