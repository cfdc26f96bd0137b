import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** The extensions a directory or glob is searched for (case-insensitive). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.markdown', '.pdf', '.docx', '.doc', '.ofd'];

export interface Input {
  /** As found: the argument itself, or joined onto the directory or glob base it was found under. */
  path: string;
  /** The DIR argument or glob base it was found under (`--out` mirrors the tree below it); null for a named file. */
  root: string | null;
  /** Why it cannot even be tried (an unreadable directory, a glob matching nothing); reported as its failure. */
  error?: string;
}

export interface DiscoverOptions {
  /** Globs a file must match (instead of the document extensions). A glob without "/" matches the file name. */
  include?: string[];
  /** Globs for files and directories to leave out; a directory left out is not entered. */
  exclude?: string[];
}

/**
 * The inputs of `reform-parse DIR | GLOB | FILE ...`, in a deterministic order: arguments as given,
 * each directory's entries sorted by name. Directories are searched recursively for documents,
 * skipping hidden entries (`.git`); a directory named like a document (`x.txt/`) is listed as an
 * input too, so it is reported rather than silently passed over. Each file appears once.
 * `batch` tells whether a DIR or GLOB was among the arguments.
 * @example await discover(['archive/'], {}) // { inputs: [{ path: 'archive/2021/a.txt', root: 'archive/' }, …], batch: true }
 */
export async function discover(args: string[], options: DiscoverOptions = {}): Promise<{ inputs: Input[]; batch: boolean }> {
  const wanted = options.include?.length ? matcher(options.include) : (rel: string) => DOCUMENT_EXTENSIONS.includes(extname(rel).toLowerCase());
  const excluded = options.exclude?.length ? matcher(options.exclude) : () => false;
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (input: Input): void => {
    const key = input.path === '-' ? '-' : resolve(input.path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  let batch = false;

  for (const arg of args) {
    if (arg === '-') { add({ path: arg, root: null }); continue; }
    const kind = await kindOf(arg);
    if (kind === 'directory') {
      batch = true;
      const before = inputs.length;
      await walk(arg, arg, Infinity, (rel) => wanted(rel) && !excluded(rel), excluded, add, new Set());
      if (inputs.length === before) add({ path: arg, root: null, error: `no ${describe(options)} files found in this directory` });
      continue;
    }
    const scan = picomatch.scan(arg);
    if (kind === 'missing' && scan.isGlob) {
      batch = true;
      const base = scan.base || '.';
      const inGlob = picomatch(scan.glob, { dot: false });
      const depth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
      const before = inputs.length;
      if ((await kindOf(base)) === 'directory') {
        await walk(base, base, depth, (rel) => inGlob(rel) && !excluded(rel), excluded, add, new Set());
      }
      if (inputs.length === before) add({ path: arg, root: null, error: 'no files match this pattern' });
      continue;
    }
    add({ path: arg, root: null }); // a file, or what fails as one (missing, dangling link, …) with its own message
  }
  return { inputs, batch };
}

type Kind = 'directory' | 'other' | 'missing';

async function kindOf(path: string): Promise<Kind> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    try {
      await lstat(path); // a dangling symbolic link: an input that fails with its own message
      return 'other';
    } catch {
      return 'missing';
    }
  }
}

async function walk(
  dir: string,
  root: string,
  depth: number,
  take: (rel: string) => boolean,
  excluded: (rel: string) => boolean,
  add: (input: Input) => void,
  visited: Set<string>,
): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    add({ path: dir, root, error: `cannot list this directory: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    return;
  }
  if (visited.has(real)) return; // a symbolic link loop
  visited.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relative(root, path).split(sep).join('/');
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await kindOf(path)) === 'directory');
    if (isDirectory) {
      if (excluded(rel)) continue;
      if (take(rel)) add({ path, root }); // `x.txt/`: reported as "is a directory, not a file"
      if (depth > 1) await walk(path, root, depth - 1, take, excluded, add, visited);
    } else if (take(rel)) {
      add({ path, root });
    }
  }
}

/** A glob list as one test; a glob without "/" matches the last path segment (`*.txt`, `drafts`). */
function matcher(globs: string[]): (rel: string) => boolean {
  const tests = globs.map((glob) => {
    const test = picomatch(glob, { dot: true });
    return glob.includes('/') ? test : (rel: string) => test(basename(rel));
  });
  return (rel) => tests.some((test) => test(rel));
}

function describe(options: DiscoverOptions): string {
  return options.include?.length ? options.include.join(' ') : DOCUMENT_EXTENSIONS.join(' ');
}
