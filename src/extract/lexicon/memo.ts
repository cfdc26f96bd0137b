/**
 * A pure function of a string, remembered. Unit names and lists recur from task to task of a
 * document and their tests run many patterns, so most calls are answered from memory. The memory
 * is bounded: past `size` entries it starts afresh, so a long batch does not grow it.
 *
 * @example
 * const isName = memo((s) => /委$/.test(s));
 * isName('市卫生健康委') // true, computed; a second call is looked up
 */
export function memo<T>(fn: (s: string) => T, size = 4096): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    // One lookup for a hit: the values remembered here are never undefined, so \`has\` runs only for a miss.
    const hit = seen.get(s);
    if (hit !== undefined || seen.has(s)) return hit as T;
    if (seen.size >= size) seen.clear();
    const value = fn(s);
    seen.set(s, value);
    return value;
  };
}
