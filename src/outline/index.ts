import type { ParseFile } from '../file.js';
import type { MappedText } from '../clean/mapped-text.js';
import type { Outline } from './types.js';
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
  const { roots, nodes, occurrences } = new OutlineBuilder(text, file, layout).build();
  const bodies = new Map<object, Array<[number, number]>>();
  occurrences.forEach((o, k) => {
    const end = occurrences[k + 1]?.at ?? text.length;
    // The first occurrence's title may have been cut short (run-on titles): its body starts there.
    const start = o.node.start === o.at ? o.node.titleEnd : Math.max(o.titleEnd, o.node.titleEnd);
    if (end <= start) return;
    const list = bodies.get(o.node);
    if (list) list.push([start, end]); else bodies.set(o.node, [[start, end]]);
  });
  for (const n of nodes) n.body = bodies.get(n) ?? [];
  const preambleEnd = occurrences[0]?.at ?? text.length;
  return { roots, nodes, preamble: preambleEnd > 0 ? [0, preambleEnd] : null };
}
