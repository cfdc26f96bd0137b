import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** `--out DIR` that cannot take the outputs: reported once, before any input is read. */
export class OutDirError extends Error {}

/**
 * Makes sure `--out DIR` can take the outputs before any work: it exists or can be made (one level
 * at a time: Node's recursive mkdir loops forever where a file system refuses with ENOENT, as
 * /proc does), it is a directory, and a file can be written in it.
 * @example await prepareOutDir('/proc/x') // throws OutDirError('--out /proc/x: cannot make the directory: no such file or directory')
 */
export async function prepareOutDir(dir: string): Promise<void> {
  const fail = (why: string) => new OutDirError(`--out ${dir}: ${why}`);
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await stat(at).catch((err: NodeJS.ErrnoException) => err);
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) throw fail(missing.length ? `${at} is not a directory` : 'not a directory');
      break;
    }
    if (info.code !== 'ENOENT') throw fail(describe(info));
    if (dirname(at) === at) throw fail('no such file system root');
    missing.push(at);
    at = dirname(at);
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw fail(`cannot make the directory: ${describe(err as NodeJS.ErrnoException)}`);
    }
  }
  const probe = join(dir, `.reform-parse-probe.${process.pid}.tmp`);
  try {
    await writeFile(probe, '');
  } catch (err) {
    throw fail(`cannot write in it: ${describe(err as NodeJS.ErrnoException)}`);
  }
  await rm(probe, { force: true });
}

function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENOSPC': return 'no space left on the device';
    default: return err.message;
  }
}
