import type { Counts } from './job.js';

interface TtyStream extends NodeJS.WritableStream { isTTY?: boolean; columns?: number }

/**
 * The progress bar on stderr — files done / total, MB/s, ETA — drawn only when stderr is a
 * terminal (never into a log file or a pipe). Redrawn at most ten times a second on one line;
 * `note` prints a message above it (a failed file) without tearing the bar.
 * @example
 * const bar = new Progress(process.stderr, 2000, true);
 * bar.advance(45_000); // [#####……]  312/2000 files  4.2 MB/s  ETA 0:38
 */
export class Progress {
  private done = 0;
  private bytes = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly enabled: boolean;

  constructor(private readonly stream: TtyStream, private readonly total: number, show: boolean) {
    this.enabled = show && stream.isTTY === true;
  }

  advance(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw >= 100 || this.done === this.total) this.draw(now);
  }

  /** Writes a line above the bar (or just writes it when there is no bar). */
  note(write: () => void): void {
    this.clear();
    write();
    if (this.enabled && this.done < this.total) this.draw(performance.now());
  }

  /** Removes the bar: call before the summary line. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(now: number): void {
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2K${renderBar(this.done, this.total, this.bytes, (now - this.started) / 1000, this.stream.columns || 80)}`);
    this.drawn = true;
  }
}

/** One frame of the bar, at most `columns` wide. @example renderBar(50, 100, 2e6, 1, 60) // '[#####-----]   50/100 files  2.0 MB/s  ETA 0:01' */
export function renderBar(done: number, total: number, bytes: number, seconds: number, columns: number): string {
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const eta = done > 0 && done < total ? clock((seconds / done) * (total - done)) : done >= total ? '0:00' : '--:--';
  const text = `${String(done).padStart(String(total).length)}/${total} files  ${rate.toFixed(1)} MB/s  ETA ${eta}`;
  const width = Math.min(30, columns - text.length - 4);
  if (width < 5) return text.slice(0, Math.max(0, columns - 1));
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The running totals of a batch, and its one-line summary. */
export class Totals {
  files = 0;
  skipped = 0;
  failures = 0;
  readonly counts: Counts = { tasks: 0, deadlines: 0, units: 0, targets: 0 };

  add(outcome: { ok: boolean; skipped?: boolean; counts?: Counts }): void {
    this.files++;
    if (!outcome.ok) this.failures++;
    if (outcome.skipped) this.skipped++;
    if (outcome.counts) for (const key of Object.keys(this.counts) as (keyof Counts)[]) this.counts[key] += outcome.counts[key];
  }

  /** @example 'reform-parse: 2000 files, 12034 tasks, 3456 deadlines, 2345 units, 1234 targets, 0 failures, 12.3 s' */
  summary(seconds: number): string {
    const skipped = this.skipped ? ` (${this.skipped} up to date, skipped)` : '';
    const { tasks, deadlines, units, targets } = this.counts;
    return `reform-parse: ${this.files} files${skipped}, ${tasks} tasks, ${deadlines} deadlines, ${units} units, ${targets} targets, ${this.failures} failures, ${seconds.toFixed(1)} s\n`;
  }
}
