/**
 * reform-parse: Chinese policy documents → structured, validated JSON.
 * @example
 * import { parseFile } from 'reform-parse';
 * const doc = await parseFile('notice.txt');
 * for (const task of doc.tasks) console.log(task.path.join(' › '), task.deadlines.map((d) => d.end));
 */
export { parse, parseAsync, parseFile, type ParseOptions } from './parse.js';
export {
  Document, Section, Task, Deadline, Unit, Target, Copy, Diagnostic, Meta, Source, Span, documentJsonSchema,
} from './schema/document.js';
export { InputError } from './file.js';
export { serialize, type OutputFormat } from './output/format.js';
