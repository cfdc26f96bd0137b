import type { Document, Unit } from '../../schema/document.js';
import { earliestDue, LIST_SEPARATOR, PATH_SEPARATOR } from '../csv.js';
import { documentFlags, documentTitle, type Flag } from './flags.js';
import { counts } from './overview.js';
import { showTarget } from './tasks-table.js';
import { taskStatus, type DueStatus } from './status.js';

/** One document as the cross-document page knows it (no source text: hundreds must fit in one page). */
export interface CollectionDoc {
  title: string;
  path: string;
  /** Its own page, relative to the index, when written with `--out DIR`. */
  href?: string;
  issuer?: string;
  date?: string;
  counts: { tasks: number; deadlines: number; units: number; targets: number };
  flags: Flag[];
  /** Its top-level headings that hold tasks, in order: the matrix's columns for a single document. */
  sections: string[];
}

/** One task row of the cross-document table. */
export interface CollectionTask {
  /** Index of its document in `docs`. */
  doc: number;
  /** Index of its top-level heading in its document's `sections`. */
  section: number;
  path: string;
  text: string;
  /** Earliest due date (ISO), or null. */
  due: string | null;
  deadlines: string;
  status: DueStatus;
  lead: string[];
  support: string[];
  responsible: string[];
  targets: string;
}

/** Counts per unit and column: tasks the unit leads, supports, is responsible for. */
export type RoleCounts = [lead: number, support: number, responsible: number];

/**
 * Units × documents (or × top-level headings when there is one document), sparse: `cells[u]` maps
 * a column index to the unit's counts there. Units are ordered by the number of tasks naming them.
 */
export interface Matrix {
  by: 'document' | 'section';
  columns: string[];
  units: Array<{ name: string; tasks: number }>;
  cells: Array<Record<number, RoleCounts>>;
}

export interface CollectionData {
  asOf: string;
  docs: CollectionDoc[];
  tasks: CollectionTask[];
  matrix: Matrix;
}

/** The heading of tasks outside every section. */
export const NO_SECTION = '（无章节）';

const ROLE_INDEX: Record<Unit['role'], 0 | 1 | 2> = { lead: 0, support: 1, responsible: 2 };

/**
 * Everything the cross-document page shows, computed once here (the page's script only filters,
 * sorts and draws): per document its title, issuer, date, totals and flags; every task with its
 * status on `asOf`; the responsibility matrix.
 * @example collectionData([{ doc }], '2022-07-01').tasks[0] // { doc: 0, section: 0, status: 'overdue', lead: ['市卫生健康委'], … }
 */
export function collectionData(entries: ReadonlyArray<{ doc: Document; href?: string }>, asOf: string): CollectionData {
  const docs: CollectionDoc[] = [];
  const tasks: CollectionTask[] = [];
  entries.forEach(({ doc, href }, d) => {
    const c = counts(doc);
    const sections: string[] = [];
    const sectionIndex = new Map<string, number>();
    for (const task of doc.tasks) {
      const head = task.path[0] ?? NO_SECTION;
      let s = sectionIndex.get(head);
      if (s === undefined) { s = sections.length; sections.push(head); sectionIndex.set(head, s); }
      const names = (role: Unit['role']) => [...new Set(task.units.filter((u) => u.role === role).map((u) => u.name))];
      const due = earliestDue(task.deadlines);
      tasks.push({
        doc: d, section: s, path: task.path.join(PATH_SEPARATOR), text: task.text, due,
        deadlines: task.deadlines.map((x) => x.text).join(LIST_SEPARATOR), status: taskStatus(task.deadlines, due, asOf),
        lead: names('lead'), support: names('support'), responsible: names('responsible'),
        targets: task.targets.map(showTarget).join('；'),
      });
    }
    docs.push({
      title: documentTitle(doc), path: doc.source.path, ...(href ? { href } : {}),
      ...(doc.meta.issuer ? { issuer: doc.meta.issuer } : {}), ...(doc.meta.date ? { date: doc.meta.date } : {}),
      counts: { tasks: c.tasks, deadlines: c.deadlines, units: c.units, targets: c.targets },
      flags: documentFlags(doc), sections,
    });
  });
  return { asOf, docs, tasks, matrix: responsibilityMatrix(docs, tasks) };
}

/**
 * The matrix of {@link Matrix}: a task naming a unit twice in one role counts once.
 * @example responsibilityMatrix(docs, tasks).cells[0][2] // [3, 1, 0]: unit 0 leads 3 tasks of document 2 and supports 1
 */
export function responsibilityMatrix(docs: readonly CollectionDoc[], tasks: readonly CollectionTask[]): Matrix {
  const bySection = docs.length === 1;
  const columns = bySection ? docs[0]!.sections : docs.map((d) => d.title);
  const units = new Map<string, { tasks: number; cells: Record<number, RoleCounts> }>();
  for (const task of tasks) {
    const col = bySection ? task.section : task.doc;
    const seen = new Set<string>();
    for (const [role, names] of [['lead', task.lead], ['support', task.support], ['responsible', task.responsible]] as const) {
      for (const name of names) {
        const u = units.get(name) ?? { tasks: 0, cells: {} };
        units.set(name, u);
        if (!seen.has(name)) { seen.add(name); u.tasks++; }
        (u.cells[col] ??= [0, 0, 0])[ROLE_INDEX[role]]++;
      }
    }
  }
  const ordered = [...units].sort(([a, x], [b, y]) => y.tasks - x.tasks || (a < b ? -1 : a > b ? 1 : 0));
  return {
    by: bySection ? 'section' : 'document',
    columns,
    units: ordered.map(([name, u]) => ({ name, tasks: u.tasks })),
    cells: ordered.map(([, u]) => u.cells),
  };
}
