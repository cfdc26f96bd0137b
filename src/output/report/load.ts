import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseFile, type ParseOptions } from '../../parse.js';
import { Document } from '../../schema/document.js';
import { InputError } from '../../file.js';

/** Extensions read as reform-parse outputs rather than as documents to parse. */
const OUTPUT_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/**
 * The documents a report is made of: an input document (txt, html, md) is parsed with its text;
 * a reform-parse output (.json, or .jsonl with one document a line) is read as it is, and must
 * hold `source.text` (written with `--include-text`), since the report shows the text.
 * @example await loadDocuments('out/plan.json') // [Document]
 */
export async function loadDocuments(path: string, options: Omit<ParseOptions, 'path' | 'includeText'> = {}): Promise<Document[]> {
  const ext = extname(path).toLowerCase();
  if (!OUTPUT_EXTENSIONS.has(ext)) return [await parseFile(path, { ...options, includeText: true })];
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : String(err));
  }
  const values: Array<{ where: string; text: string }> = ext === '.json'
    ? [{ where: '', text: content }]
    : content.split('\n').flatMap((line, i) => (line.trim() ? [{ where: `line ${i + 1}: `, text: line }] : []));
  return values.map(({ where, text }) => {
    let value: unknown;
    try { value = JSON.parse(text); } catch (err) {
      throw new InputError(path, `${where}not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const checked = Document.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new InputError(path, `${where}not a reform-parse document: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (checked.data.source.text === undefined) {
      throw new InputError(path, `${where}has no source.text: write it with --include-text, or give the report the input document itself`);
    }
    return checked.data;
  });
}
