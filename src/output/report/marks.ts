import type { Document, Section, Unit } from '../../schema/document.js';

/** What a span in the source is: the three highlighted kinds, and the ones shown only when jumped to. */
export type MarkKind = 'deadline' | 'unit' | 'target' | 'copy' | 'diagnostic' | 'task' | 'section';

/** A span of the source text that the page can highlight or jump to. */
export interface Mark {
  /** Unique on the page, no spaces: `t3` task 3, `t3d0` its first deadline, `t3u1`, `t3g0`, `s4`, `c0`, `x2`. */
  id: string;
  kind: MarkKind;
  /** `[start, end)` in code points, clamped to the text. */
  start: number;
  end: number;
  /** The text label shown before a highlighted span ("期限", "牵头单位" …); none for structure. */
  label?: string;
}

export const ROLE_LABEL: Record<Unit['role'], string> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };
export const KIND_LABEL = { deadline: '期限', target: '目标', copy: '已删除' } as const;

/** Page ids of a document's sections, depth first, in document order: the nth section is `s<n>`. */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const walk = (list: readonly Section[]) => { for (const s of list) { out.push(s); walk(s.children); } };
  walk(sections);
  return out;
}

/**
 * Every span of a document as a mark, with spans that fall outside the text clamped and reported
 * (a hand-edited or mismatched JSON should still render, with the problem said on the page).
 * @example collectMarks(doc, 120).marks[0] // { id: 's0', kind: 'section', start: 0, end: 18 }
 */
export function collectMarks(doc: Document, length: number): { marks: Mark[]; problems: string[] } {
  const marks: Mark[] = [];
  const problems: string[] = [];
  const add = (id: string, kind: MarkKind, span: readonly [number, number], what: string, label?: string) => {
    const [s, e] = span;
    if (s > length || e > length) problems.push(`${what}: span [${s}, ${e}) is outside the source text (${length} code points)`);
    const start = Math.min(s, length);
    marks.push({ id, kind, start, end: Math.max(start, Math.min(e, length)), ...(label ? { label } : {}) });
  };
  flattenSections(doc.sections).forEach((s, i) => add(`s${i}`, 'section', s.span, `section ${s.id}`));
  doc.tasks.forEach((t, i) => {
    add(`t${i}`, 'task', t.span, `task ${t.id}`);
    t.deadlines.forEach((d, k) => add(`t${i}d${k}`, 'deadline', d.span, `task ${t.id} deadline ${k + 1}`, KIND_LABEL.deadline));
    t.units.forEach((u, k) => add(`t${i}u${k}`, 'unit', u.span, `task ${t.id} unit ${k + 1}`, ROLE_LABEL[u.role]));
    t.targets.forEach((g, k) => add(`t${i}g${k}`, 'target', g.span, `task ${t.id} target ${k + 1}`, KIND_LABEL.target));
  });
  doc.copies.forEach((c, i) => add(`c${i}`, 'copy', c.span, `copy ${i + 1}`, `${KIND_LABEL.copy}·${c.kind}`));
  doc.diagnostics.forEach((d, i) => { if (d.span) add(`x${i}`, 'diagnostic', d.span, `diagnostic ${d.code}`); });
  return { marks, problems };
}

/** A run of source text covered by one unchanging set of marks. */
export interface Segment {
  text: string;
  /** The marks covering this run, outermost (earliest, longest) first. */
  marks: Mark[];
  /** The marks that begin here, so their label is shown once, at their start. */
  starting: Mark[];
}

/**
 * Cuts the text at every mark boundary, so overlapping and nested marks never break the markup:
 * each run lists all the marks covering it. An empty mark becomes an empty run at its position.
 * Offsets are code points, so the text is sliced as an array of code points, not UTF-16 units.
 * @example segment('由市卫健委牵头', [{ id: 'u', kind: 'unit', start: 1, end: 5 }]).map((s) => s.text) // ['由', '市卫健委', '牵头']
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const chars = Array.from(text);
  const ordered = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set([0, chars.length, ...ordered.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  let next = 0; // index into `ordered` of the first mark not yet opened
  let open: Mark[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const at = cuts[c]!;
    const to = cuts[c + 1];
    open = open.filter((m) => m.end > at);
    const starting: Mark[] = [];
    while (next < ordered.length && ordered[next]!.start === at) {
      const m = ordered[next++]!;
      if (m.end === m.start) out.push({ text: '', marks: [m], starting: [m] });
      else { open.push(m); starting.push(m); }
    }
    if (to !== undefined && to > at) out.push({ text: chars.slice(at, to).join(''), marks: [...open], starting });
  }
  return out;
}
