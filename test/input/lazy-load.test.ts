import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/**
 * The libraries for HTML, Markdown, YAML and CSV load on first use (src/lazy.ts): a batch of plain
 * text must not pay for them in every process and worker. Run in a fresh process on the built
 * package, which lists what it has loaded.
 */
function loadedAfter(inputs: Array<[string, string]>): string[] {
  const script = `
    import { createRequire } from 'node:module';
    const { parse } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'src', 'parse.js')).href)});
    for (const [path, text] of ${JSON.stringify(inputs)}) parse(text, { path });
    const names = Object.keys(createRequire(import.meta.url).cache).map((k) => /node_modules\\/([^/]+)\\//.exec(k)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(names)].sort()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

describe('format libraries load only when a document needs them', () => {
  it('parsing plain text loads neither cheerio nor unified/remark', () => {
    const loaded = loadedAfter([['a.txt', '一、总体要求\n(一)6月底前完成。']]);
    expect(loaded).not.toContain('cheerio');
    expect(loaded).not.toContain('unified');
    expect(loaded).not.toContain('remark-parse');
  });

  it('an HTML page loads cheerio, a Markdown file unified and remark', () => {
    const loaded = loadedAfter([['a.html', '<p>一、总体要求</p>'], ['a.md', '# 一、总体要求']]);
    expect(loaded).toEqual(expect.arrayContaining(['cheerio', 'unified', 'remark-parse', 'remark-gfm']));
  });
});
