import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { Document } from '../schema/document.js';
import { referenceProblems } from '../schema/references.js';
import { ExitCode } from './exit-codes.js';
import { describeError, type Io } from './io.js';

/**
 * `reform-parse validate <files...>`: checks JSON, JSON Lines or YAML output files against the
 * contract — the schema, then the references the schema cannot see (unique ids, each task's
 * `sectionId`, spans inside `source.text` and tasks inside their section) — and prints
 * `file: json-path: problem` for every issue, each JSON Lines line checked on its own. Exit 1 if
 * any file is invalid; on success one line on stderr, `N documents valid`.
 * @example validate(['out/notice.json'], io) // prints "out/notice.json: $.tasks[0].span: span start is after its end"
 */
export async function validate(files: string[], io: Io): Promise<ExitCode> {
  let invalid = 0;
  let documents = 0;
  for (const file of files) {
    let problems: string[];
    try {
      const checked = check(text(await readFile(file)), file);
      problems = checked.problems;
      documents += checked.documents;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems = [code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : describeError(err)];
    }
    for (const p of problems) io.stdout.write(`${file}: ${p}\n`);
    if (problems.length) invalid++;
  }
  if (invalid) io.stderr.write(`reform-parse: ${invalid} of ${files.length} file(s) invalid\n`);
  else io.stderr.write(`reform-parse: ${documents} document${documents === 1 ? '' : 's'} valid\n`);
  return invalid ? ExitCode.FAILED : ExitCode.OK;
}

/** UTF-8, or UTF-16 with a BOM (what Windows PowerShell 5 writes for `> out.json`); a UTF-8 BOM is dropped. */
function text(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function check(content: string, file: string): { problems: string[]; documents: number } {
  const ext = extname(file).toLowerCase();
  const docs: Array<{ prefix: string; value: unknown }> = [];
  const problems: string[] = [];
  const trimmed = content.trim();
  if (ext === '.csv' || ext === '.tsv') {
    return { problems: ['$: a CSV export cannot be validated: it flattens the document into rows and drops the outline; validate the JSON, JSON Lines or YAML output'], documents: 0 };
  }
  if (!trimmed) return { problems: ['$: empty file'], documents: 0 };
  if (ext === '.jsonl' || ext === '.ndjson') {
    // Each line on its own: one line that is not JSON hides nothing of the others.
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.trim()) continue;
      try { docs.push({ prefix: `line ${i + 1}: `, value: JSON.parse(lines[i]!) }); }
      catch (err) { problems.push(`line ${i + 1}: $: not JSON (${describeError(err)})`); }
    }
  } else if (ext === '.yaml' || ext === '.yml' || !/^[[{]/.test(trimmed)) {
    const all = parseAllDocuments(content);
    const list = Array.isArray(all) ? all : [all];
    for (const [i, d] of list.entries()) {
      if (d.errors.length) return { problems: [`$: not YAML (${d.errors[0]!.message.split('\n')[0]})`], documents: 0 };
      docs.push({ prefix: list.length > 1 ? `document ${i + 1}: ` : '', value: d.toJS() });
    }
    if (!docs.length) docs.push({ prefix: '', value: parseYaml(content) });
  } else {
    try { docs.push({ prefix: '', value: JSON.parse(content) }); }
    catch (err) { return { problems: [`$: not JSON (${describeError(err)})`], documents: 0 }; }
  }
  for (const { prefix, value } of docs) {
    const result = Document.safeParse(value);
    if (result.success) {
      for (const p of referenceProblems(result.data)) problems.push(`${prefix}${p}`);
      continue;
    }
    for (const issue of result.error.issues) {
      // One line per unknown field, at the field's own path.
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(`${prefix}${jsonPath([...issue.path, key])}: unknown field (not in the contract)`);
      } else if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
        problems.push(`${prefix}${jsonPath(issue.path)}: missing (expected ${issue.expected})`);
      } else {
        problems.push(`${prefix}${jsonPath(issue.path)}: ${issue.message}`);
      }
    }
  }
  return { problems, documents: docs.length };
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('')}`;
}
