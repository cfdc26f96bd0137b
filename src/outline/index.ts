import type { ParseFile } from '../file.js';
import type { MappedText } from '../clean/mapped-text.js';
import type { Annex, Outline, OutlineNode } from './types.js';
import { OutlineBuilder } from './build.js';
import type { TextLayout } from '../clean/layout.js';

export type { Outline, OutlineNode } from './types.js';

/**
 * Builds the outline tree of the cleaned text, with each section's own body ranges. `layout`: what
 * the markup (HTML, Markdown) says of the lines — headings it set, which become `unnumbered`
 * sections, and data-table rows, whose numbered cells are no headings.
 * @example buildOutline(MappedText.identity('一、总体要求\n(一)目标\n二、任务'), file).roots.map((n) => n.marker) // ['一、', '二、']
 */
export function buildOutline(text: MappedText, file: ParseFile, layout?: TextLayout): Outline {
  const builder = new OutlineBuilder(text, file, layout);
  const { roots, nodes, occurrences } = builder.build();
  const { annexes } = builder;
  const bodies = new Map<object, Array<[number, number]>>();
  let annex = 0;
  occurrences.forEach((o, k) => {
    // A section's text ends where the next heading starts, or an annex.
    while (annex < annexes.length && annexes[annex]!.at <= o.at) annex++;
    const end = Math.min(occurrences[k + 1]?.at ?? text.length, annexes[annex]?.at ?? text.length);
    // The first occurrence's title may have been cut short (run-on titles): its body starts there.
    const start = o.node.start === o.at ? o.node.titleEnd : Math.max(o.titleEnd, o.node.titleEnd);
    if (end <= start) return;
    const list = bodies.get(o.node);
    if (list) list.push([start, end]); else bodies.set(o.node, [[start, end]]);
  });
  for (const n of nodes) n.body = bodies.get(n) ?? [];
  reportRestatingAnnexes(text, nodes, annexes, file);
  const preambleEnd = Math.min(occurrences[0]?.at ?? text.length, annexes[0]?.at ?? text.length);
  return { roots, nodes, preamble: preambleEnd > 0 ? [0, preambleEnd] : null, annexes };
}

/** A title must be this long to count as a task's name an annex repeats. */
const MIN_TITLE = 4;
/** Bounds that keep the comparison linear: a plan's tasks and a task table's text are rarely larger. */
const MAX_TITLES = 300, MAX_ANNEX_CHARS = 200_000;
/** How many of the main text's tasks an annex must name again to restate them. */
const MIN_RESTATED = 3;

/**
 * An annex that restates the main text's tasks (a 任务分工表 whose 工作事项 are the plan's headings):
 * its rows are the table's tasks and stay (GOLD-FORMAT v2 annotates them completely), and an info
 * diagnostic says which annex repeats how many of the main text's tasks, for a reader who counts tasks.
 */
function reportRestatingAnnexes(text: MappedText, nodes: OutlineNode[], annexes: Annex[], file: ParseFile): void {
  if (!annexes.length) return;
  const titles: string[] = [];
  for (const n of nodes) if (n.annex === undefined && !n.children.length && n.title.length >= MIN_TITLE && titles.length < MAX_TITLES) titles.push(n.title);
  for (const annex of annexes) {
    if (annex.indicatorTable) continue;
    const body = text.text.slice(annex.bodyStart, Math.min(annex.end, annex.bodyStart + MAX_ANNEX_CHARS));
    let restated = 0;
    for (const title of titles) if (body.includes(title)) restated++;
    if (restated >= MIN_RESTATED) {
      file.info('annex-restates', `${annex.label} restates ${restated} of the main text's ${titles.length} tasks; its rows are kept as the table's tasks`, text.sourceRange(annex.at, annex.bodyStart));
    }
  }
}
