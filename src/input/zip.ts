import { InputError } from '../file.js';
import { lazy } from '../lazy.js';

// Loaded when a zip is met: a run over text files never needs it.
const fflate = lazy<typeof import('fflate')>('fflate');

/**
 * The names of the files a zip archive holds (its central directory; nothing is inflated), or null
 * when the bytes are no readable zip.
 * @example zipNames(docxBytes) // ['[Content_Types].xml', 'word/document.xml', …]
 */
export function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    fflate().unzipSync(bytes, { filter: (f) => { names.push(f.name); return false; } });
  } catch {
    return null;
  }
  return names;
}

/**
 * The named members of a zip archive, as UTF-8 text (a member that is absent is left out). A
 * damaged archive is an {@link InputError} naming the file.
 */
export function zipTexts(bytes: Uint8Array, path: string, wanted: (name: string) => boolean, what: string): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = fflate().unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch (err) {
    throw new InputError(path, `corrupt ${what} (the zip archive cannot be read: ${(err as Error).message})`);
  }
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name, decoder.decode(data));
  return out;
}
