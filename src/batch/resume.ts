import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** `source.sha256` as JSON (`"sha256":"…"`) or YAML (`sha256: …`); `source` comes first in every document. */
const SHA256_FIELD = /"sha256"\s*:\s*"(?<json>[0-9a-f]{64})"|^\s*sha256:\s*["']?(?<yaml>[0-9a-f]{64})\b/m;
const HEAD_BYTES = 64 * 1024;

/**
 * The source sha256 an existing output records, or null when there is no output (or none readable):
 * `--resume` skips an input whose bytes hash to it. Only the head is read: `source` precedes the
 * sections and tasks, and outputs are written atomically, so an existing output is complete.
 * @example await recordedSha256('out/notice.json') // 'e3ec9b20…' or null
 */
export async function recordedSha256(outputPath: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(outputPath, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const groups = SHA256_FIELD.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.groups;
    return groups?.json ?? groups?.yaml ?? null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** The temporary name `writeAtomic` gives an output before renaming it: `.<name>.<pid>.<thread>.<n>.tmp`. */
const TEMP_FILE = /^\..+\.(?<pid>\d+)\.\d+\.\d+\.tmp$/;

/**
 * Removes the temporary files a killed run left under `dir` (never a finished output, and never
 * the temporary file of a process that is still running). Resolves to how many were removed.
 */
export async function sweepStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += await sweepStaleTemps(path);
      continue;
    }
    const pid = TEMP_FILE.exec(entry.name)?.groups?.pid;
    if (entry.isFile() && pid && !isAlive(Number(pid))) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
