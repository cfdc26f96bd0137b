import type { Outline, OutlineNode } from '../outline/types.js';

/** Where one task's text lies in the cleaned text, and what it belongs to. */
export interface TaskSegments {
  node: OutlineNode | null;
  /** Cleaned-text ranges: the heading's title (if any) and the section's own body. */
  ranges: Array<[number, number]>;
  /** Only a task if something is extracted from it (a non-leaf's own text, the preamble). */
  conditional: boolean;
  /** The annex ("附件2") the text belongs to, where it is no section's (the annex's text before its first heading). */
  annex?: string;
  /** The document's head (title, number, addressees, preamble, a covering notice): its dates are no deadlines. */
  head?: boolean;
}

/**
 * The places tasks come from: every leaf section (title and body), and the own text of other
 * sections and of the preamble (kept only when they yield a deadline, unit or target).
 */
export function taskSegments(outline: Outline, text: string): TaskSegments[] {
  const out: TaskSegments[] = [];
  if (outline.preamble && outline.nodes.length) out.push({ node: null, ranges: [outline.preamble], conditional: true, head: true });
  // Text without an outline: each sentence that assigns something is a task.
  if (!outline.nodes.length) for (const r of sentences(text)) out.push({ node: null, ranges: [r], conditional: true });
  // An annex's own text before its first heading (a task-division table, or lines under its title),
  // in its place among the sections; an indicator table's rows are no tasks.
  const annexes = annexSegments(outline, text);
  for (const node of outline.nodes) {
    while (annexes.length && annexes[0]!.ranges[0]![0] < node.start) out.push(annexes.shift()!);
    const title: [number, number] = [node.start, node.titleEnd];
    // Blank stretches (between run-together catalogue entries) hold no text of the section.
    const body = (node.body ?? []).filter(([a, b]) => b > a && text.slice(a, b).trim());
    if (!node.children.length) out.push({ node, ranges: [title, ...body], conditional: false });
    else if (body.length) out.push({ node, ranges: [title, ...body], conditional: true });
  }
  out.push(...annexes);
  return out;
}

/** Each annex's text before its first heading, unless the annex is an indicator table. */
function annexSegments(outline: Outline, text: string): TaskSegments[] {
  const out: TaskSegments[] = [];
  let k = 0;
  for (const annex of outline.annexes) {
    if (annex.indicatorTable) continue;
    while (k < outline.nodes.length && outline.nodes[k]!.start < annex.bodyStart) k++;
    const first = outline.nodes[k];
    const end = first && first.start < annex.end ? first.start : annex.end;
    if (end > annex.bodyStart && text.slice(annex.bodyStart, end).trim()) out.push({ node: null, ranges: [[annex.bodyStart, end]], conditional: true, annex: annex.label });
  }
  return out;
}

/** Sentence ranges: up to 。 ! ? ; or a line end. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^。!！？;；\n]+[。!！？;；]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Text of a task: its ranges joined, each line trimmed, blank lines dropped. */
export function segmentText(text: string, ranges: Array<[number, number]>): string {
  // A title and the body right after it read as one ("1.加强能力建设。年内…").
  const merged: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    const last = merged[merged.length - 1];
    if (last && a === last[1]) last[1] = b; else merged.push([a, b]);
  }
  // One line (most tasks): the line itself, trimmed, without the arrays of the general case.
  if (merged.length === 1) {
    const only = text.slice(merged[0]![0], merged[0]![1]);
    if (!only.includes('\n')) return only.trim();
  }
  // Each range's lines in turn, without joining the ranges into one string to split again.
  const lines: string[] = [];
  for (const [a, b] of merged) {
    for (const line of text.slice(a, b).split('\n')) {
      const l = line.trim();
      if (l) lines.push(l);
    }
  }
  return lines.join('\n');
}

/** Marker + title of the node and its ancestors, top first. */
export function pathOf(node: OutlineNode | null): string[] {
  const path: string[] = [];
  for (let n = node; n; n = n.parent) path.unshift(`${n.marker}${n.title}`);
  return path;
}
