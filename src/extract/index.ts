import type { Range } from '../file.js';
import type { Cleaned } from '../clean/index.js';
import type { Outline } from '../outline/types.js';
import type { Deadline, Meta, Target, Task, Unit } from '../schema/document.js';
import { readMeta } from './meta.js';
import { type Tense, documentTense, outlineTenses } from './tense.js';
import { outlineCriteria } from './criteria.js';
import { pathOf, segmentText, taskSegments, type TaskSegments } from './segments.js';
import { findUnits, taskUnits, type FoundUnit } from './units.js';
import { isWorkPlanTable, tableUnits } from './tables.js';
import { findTargets } from './targets.js';
import { type FoundDeadline, findDeadlines } from './deadlines.js';
import { findGrid, gridAt } from './grids.js';
import { isDateline } from './datelines.js';

export interface InternalTask extends Omit<Task, 'span' | 'deadlines' | 'units' | 'targets'> {
  span: Range;
  deadlines: Array<Omit<Deadline, 'span'> & { span: Range }>;
  units: Array<Omit<Unit, 'span'> & { span: Range }>;
  targets: Array<Omit<Target, 'span'> & { span: Range }>;
}

export interface ExtractOptions { year?: number }

/** "列第一位者为牵头部门或单位", "排在首位的为牵头单位". */
const FIRST_LISTED_LEADS = /(?:列|排|排在)(?:第一位|首位|第一)(?:者|的)?(?:为|是)牵头(?:部门|单位)/;

/**
 * Tasks (leaf sections, or the own text of other sections when it assigns something), each with
 * its responsible units, and the document's metadata.
 */
export function extract(cleaned: Cleaned, outline: Outline, options: ExtractOptions): { tasks: InternalTask[]; meta: Meta } {
  const text = cleaned.text.text;
  const meta = readMeta({ text, outline, chrome: cleaned.meta, year: options.year });
  // Past or future, decided once per section: a review's figures and dates record the past.
  const docTense = documentTense(meta.title, text);
  const tenses = outlineTenses(outline.roots, text, { doc: docTense, year: meta.year });
  // Items under "符合以下标准:" state who qualifies: their numbers are no targets.
  const criteria = outlineCriteria(outline.roots, text);
  // National division plans state once that the first-listed body leads ("列第一位者为牵头部门…,下同").
  const firstListedLeads = FIRST_LISTED_LEADS.test(text);
  const tasks: InternalTask[] = [];
  for (const seg of taskSegments(outline, text).flatMap((s) => gridTasks(s, text))) {
    const tense = seg.node ? tenses.get(seg.node) ?? docTense : docTense;
    const rules = seg.node !== null && criteria.has(seg.node);
    const task = buildTask(cleaned, seg, { tense, rules, year: meta.year, issued: meta.date, firstListedLeads }, tasks.length);
    if (seg.conditional && !task.units.length && !task.deadlines.length && !task.targets.length) continue;
    tasks.push(task);
  }
  tasks.forEach((t, i) => { t.id = `t${i + 1}`; });
  return { tasks, meta };
}

/** A segment with a task-division grid (tab-separated rows): each row is a task, its units from its columns. */
type Segment = TaskSegments & { rowUnits?: FoundUnit[] };

/** The segment's grids become one task per row; the rest of its text stays a (conditional) task. */
function gridTasks(seg: TaskSegments, text: string): Segment[] {
  const rows: Segment[] = [];
  const rest: Array<[number, number]> = [];
  for (const [a, b] of seg.ranges) {
    const slice = text.slice(a, b);
    const grid = findGrid(slice) ?? (slice.includes('\t') ? findGrid(slice, gridAt(text, a)) : null);
    if (!grid) { rest.push([a, b]); continue; }
    if (grid.at[0] > 0) rest.push([a, a + grid.at[0]]);
    if (a + grid.at[1] < b) rest.push([a + grid.at[1], b]);
    for (const row of grid.rows) {
      rows.push({ node: seg.node, ranges: [[a + row.at[0], a + row.at[1]]], conditional: false, ...(seg.annex !== undefined ? { annex: seg.annex } : {}),
        rowUnits: row.units.map((u) => ({ ...u, at: [u.at[0] + a, u.at[1] + a] })) });
    }
  }
  if (!rows.length) return [seg];
  // Blank stretches around a grid hold no text of the task (and would stretch its span over the rows).
  const kept = rest.filter(([x, y]) => text.slice(x, y).trim());
  return [...(kept.length ? [{ ...seg, ranges: kept, conditional: true }] : []), ...rows];
}

/**
 * What a task's finders are told. `tense` is its section's (extract/tense.ts): deadlines and targets
 * get `summary: true` unless it is 'future' (a date or figure then counts only where its sentence
 * looks forward), and a 'past' section assigns no units. `rules`: the task lists criteria
 * (extract/criteria.ts), so none of its numbers is a target.
 */
interface TaskContext { tense: Tense; rules: boolean; year?: number; issued?: string; firstListedLeads: boolean }

function buildTask(cleaned: Cleaned, seg: Segment, ctx: TaskContext, index: number): InternalTask {
  const { firstListedLeads } = ctx;
  const summary = ctx.tense !== 'future';
  const assigns = ctx.tense !== 'past';
  const text = cleaned.text.text;
  const mapped = cleaned.text;
  const body = seg.ranges.slice(1);
  const taskText = segmentText(text, seg.ranges);
  const table = isWorkPlanTable(taskText);
  const units: FoundUnit[] = [];
  if (assigns && seg.rowUnits) units.push(...seg.rowUnits);
  const deadlines: InternalTask['deadlines'] = [];
  const targets: InternalTask['targets'] = [];
  const context = { summary, ...(ctx.year !== undefined ? { year: ctx.year } : {}), ...(ctx.issued !== undefined ? { issued: ctx.issued } : {}) };
  // One slice of each range for every finder.
  for (const [a, b] of seg.ranges) {
    const slice = text.slice(a, b);
    if (assigns && !seg.rowUnits) {
      // The body of "1.监督组" may open with "负责…": the heading is its subject.
      const title = seg.node && a !== seg.ranges[0]![0] ? seg.ranges[0]! : null;
      const heading = title ? { heading: { text: text.slice(title[0], title[1]), at: title[0] - a } } : {};
      const found = table ? tableUnits(slice) : findUnits(slice, { firstListedLeads, ...heading });
      for (const u of found) units.push({ at: [u.at[0] + a, u.at[1] + a], name: u.name, role: u.role });
    }
    for (const d of findDeadlines(slice, context)) {
      // The head's dates (an issue date, a meeting held) and any signature or site timestamp are no deadlines.
      if ((seg.head && d.kind === 'on') || isDateline(text, d.at[0] + a, d.at[1] + a)) continue;
      deadlines.push(placedDeadline(d, mapped.sourceRange(d.at[0] + a, d.at[1] + a)));
    }
    for (const t of findTargets(slice, ctx.rules ? { ...context, rules: true } : context)) {
      targets.push({
        text: t.text, span: mapped.sourceRange(t.at[0] + a, t.at[1] + a), metric: t.metric, comparator: t.comparator,
        value: t.value, valueMax: t.valueMax, unit: t.unit, ...(t.placeholder ? { placeholder: true } : {}),
      });
    }
  }
  const unique = taskUnits(units);
  // A catalogue entry's detail lies far from its title: the task's span is the detail.
  const detached = seg.node && body.length && body[0]![0] - seg.ranges[0]![1] > 2;
  const hull = (detached ? body : seg.ranges).reduce<[number, number]>((h, [a, b]) => [Math.min(h[0], a), Math.max(h[1], b)], [Infinity, -Infinity]);
  const annex = seg.node?.annex ?? seg.annex;
  return {
    id: `t${index + 1}`,
    sectionId: seg.node?.id ?? null,
    path: pathOf(seg.node),
    text: taskText,
    ...(annex !== undefined ? { annex } : {}),
    span: mapped.sourceRange(hull[0], trimEnd(text, hull[0], hull[1])),
    deadlines,
    units: unique.map((u) => ({ name: u.name, role: u.role, span: mapped.sourceRange(u.at[0], u.at[1]) })),
    targets,
  };
}

/** A deadline with its span in the source for its offsets: built field by field, as object rest and spread are slow here. */
function placedDeadline(d: FoundDeadline, span: Range): InternalTask['deadlines'][number] {
  const placed: InternalTask['deadlines'][number] = {
    text: d.text, span, kind: d.kind, start: d.start, end: d.end, precision: d.precision, yearSource: d.yearSource,
  };
  if (d.placeholder) placed.placeholder = true;
  if (d.recurring) placed.recurring = true;
  if (d.relative) placed.relative = true;
  if (d.duration !== undefined) placed.duration = d.duration;
  return placed;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
