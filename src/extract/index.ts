import type { ParseFile, Range } from '../file.js';
import type { Cleaned } from '../clean/index.js';
import type { Outline } from '../outline/types.js';
import type { Deadline, Meta, Target, Task, Unit } from '../schema/document.js';

export interface InternalTask extends Omit<Task, 'span' | 'deadlines' | 'units' | 'targets'> {
  span: Range;
  deadlines: Array<Omit<Deadline, 'span'> & { span: Range }>;
  units: Array<Omit<Unit, 'span'> & { span: Range }>;
  targets: Array<Omit<Target, 'span'> & { span: Range }>;
}

/** Tasks with their deadlines, units and targets, and the document's metadata. */
export function extract(cleaned: Cleaned, _outline: Outline, _file: ParseFile, options: { year?: number }): { tasks: InternalTask[]; meta: Meta } {
  const meta: Meta = { ...cleaned.meta };
  if (options.year !== undefined) meta.year = options.year;
  return { tasks: [], meta };
}
