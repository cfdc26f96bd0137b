import type { Document, Section } from './document.js';

/**
 * What the schema alone cannot see in a document that matches it: ids used twice, a task's
 * `sectionId` naming no section, spans past `source.text` (when the document carries it), and a
 * task that starts before its section's heading. One `json-path: problem` string each.
 * @example referenceProblems(doc) // ['$.tasks[1].sectionId: no section has the id "s9"']
 */
export function referenceProblems(doc: Document): string[] {
  const problems: string[] = [];
  const sections = new Map<string, Entry>();
  // Iteratively: a document read from a file may nest deeper than the call stack.
  const stack = entries(doc.sections, '$.sections').reverse();
  const ordered: Entry[] = [];
  while (stack.length) {
    const entry = stack.pop()!;
    ordered.push(entry);
    stack.push(...entries(entry.section.children, `${entry.path}.children`).reverse());
  }
  for (const entry of ordered) {
    const seen = sections.get(entry.section.id);
    if (seen) problems.push(`${entry.path}.id: the id "${entry.section.id}" is used twice (also at ${seen.path})`);
    else sections.set(entry.section.id, entry);
  }
  const taskIds = new Map<string, string>();
  doc.tasks.forEach((task, i) => {
    const path = `$.tasks[${i}]`;
    const seen = taskIds.get(task.id);
    if (seen) problems.push(`${path}.id: the id "${task.id}" is used twice (also at ${seen})`);
    else taskIds.set(task.id, path);
    if (task.sectionId === null) return;
    const section = sections.get(task.sectionId);
    if (!section) problems.push(`${path}.sectionId: no section has the id "${task.sectionId}"`);
    // Only the start is checked: where a document opens with a catalogue of its headings (目录, or a
    // list of the items it then details), the outline's sections point at that catalogue, and a
    // task in the body lies past the next heading of the catalogue.
    else if (task.span[0] < section.section.span[0]) {
      problems.push(`${path}.span: [${task.span.join(', ')}] starts before its section's heading at ${section.section.span[0]} (${section.path})`);
    }
  });
  if (doc.source.text !== undefined) {
    const length = [...doc.source.text].length; // spans count code points
    for (const [path, span] of spans(doc, ordered)) {
      if (span[1] > length) problems.push(`${path}: [${span.join(', ')}] ends past source.text (${length} characters)`);
    }
  }
  return problems;
}

/** A section and its JSON path. */
interface Entry { section: Section; path: string }

function entries(list: Section[], path: string): Entry[] {
  return list.map((section, i) => ({ section, path: `${path}[${i}]` }));
}

function* spans(doc: Document, sections: Entry[]): Generator<[string, [number, number]]> {
  for (const { section, path } of sections) yield [`${path}.span`, section.span];
  for (const [i, task] of doc.tasks.entries()) {
    yield [`$.tasks[${i}].span`, task.span];
    for (const [k, d] of task.deadlines.entries()) yield [`$.tasks[${i}].deadlines[${k}].span`, d.span];
    for (const [k, u] of task.units.entries()) yield [`$.tasks[${i}].units[${k}].span`, u.span];
    for (const [k, t] of task.targets.entries()) yield [`$.tasks[${i}].targets[${k}].span`, t.span];
  }
  for (const [i, c] of doc.copies.entries()) {
    yield [`$.copies[${i}].span`, c.span];
    if (c.of) yield [`$.copies[${i}].of`, c.of];
  }
  for (const [i, d] of doc.diagnostics.entries()) if (d.span) yield [`$.diagnostics[${i}].span`, d.span];
}
