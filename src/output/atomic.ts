import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;
/** Directories this thread has made or found: a batch writes thousands of files into a few. */
const made = new Set<string>();

/**
 * Writes a file so that readers never see it half-written: a temporary file beside it, then a
 * rename (atomic on one file system). A crash leaves at most a `.tmp` file, never a partial output.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  // Batch workers share the pid: the thread id keeps their temporary names apart.
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${threadId}.${counter++}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    made.delete(dir); // the directory may have been removed since: make it again next time
    throw err;
  }
}

/**
 * Removes what a thread stopped in the middle of {@link writeAtomic} left for `path`: its
 * temporary files (a batch worker terminated for its time). Never throws.
 */
export async function removeTempsOf(path: string, thread: number): Promise<void> {
  const prefix = `.${basename(path)}.${process.pid}.${thread}.`;
  try {
    for (const name of await readdir(dirname(path))) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(join(dirname(path), name), { force: true });
    }
  } catch { /* the directory may not exist: nothing was written */ }
}
