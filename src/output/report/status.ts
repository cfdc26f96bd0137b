/**
 * Where a deadline stands on a given day. The day (`asOf`) is chosen by the caller — the CLI
 * defaults it to today — so parsing and rendering stay reproducible: the same document and the
 * same `asOf` give the same page.
 */
export type DueStatus = 'overdue' | 'soon' | 'later' | 'undated' | 'none';

/** "Due soon" is a due date within this many days after `asOf` (the due day itself included). */
export const SOON_DAYS = 30;

/** Text labels: the colour is never the only sign. "期限已过" says the date passed, not that work is late. */
export const STATUS_LABEL: Record<DueStatus, string> = {
  overdue: '期限已过', soon: `${SOON_DAYS}天内到期`, later: `${SOON_DAYS}天后到期`, undated: '日期未定', none: '无期限',
};

export const STATUS_ORDER: readonly DueStatus[] = ['overdue', 'soon', 'later', 'undated', 'none'];

const ISO_DAY = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or null when it is not a real calendar day. */
export function dayNumber(iso: string): number | null {
  const g = ISO_DAY.exec(iso)?.groups;
  if (!g) return null;
  const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

/**
 * The status of a task's earliest due date: {@link dueStatus}, or `none` for a task that states no deadline.
 * @example taskStatus(task.deadlines, '2022-07-01') // 'overdue'
 */
export function taskStatus(deadlines: ReadonlyArray<{ start: string | null; end: string | null }>, due: string | null, asOf: string): DueStatus {
  return deadlines.length ? dueStatus(due, asOf) : 'none';
}

/**
 * The status of a due date (the last allowed day) on `asOf`: passed, due within {@link SOON_DAYS}
 * days, later, or no date (a placeholder "X月底前", an unresolved year).
 * @example dueStatus('2022-06-30', '2022-06-15') // 'soon'
 */
export function dueStatus(due: string | null, asOf: string): DueStatus {
  if (due === null) return 'undated';
  const d = dayNumber(due);
  const today = dayNumber(asOf);
  if (d === null || today === null) return 'undated';
  if (d < today) return 'overdue';
  return d - today <= SOON_DAYS ? 'soon' : 'later';
}
