import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A package loaded on first use, synchronously. Reading HTML, Markdown, YAML and CSV needs large
 * libraries (cheerio; unified + remark with some 150 modules) that a run over plain-text files
 * never uses: loading them up front cost every process and every batch worker about 0.3 s.
 * ESM-only packages load through require(esm) (Node ≥ 20.19).
 * @example const yaml = lazy<typeof import('yaml')>('yaml'); yaml().stringify({ a: 1 })
 */
export function lazy<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(id) as T);
}
