/** HTML that is already safe to insert: produced by {@link html}, or deliberately {@link raw}. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

/** Text for HTML content and quoted attribute values: the five characters that can change meaning. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Trusted markup (our own constants), inserted unescaped. Never for document text. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

type Part = SafeHtml | string | number | boolean | null | undefined | ReadonlyArray<Part>;

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false || part === true) return '';
  return escapeHtml(String(part));
}

/**
 * A template tag that escapes every interpolation unless it is SafeHtml, so document text
 * (which is untrusted: scraped pages) can only ever appear as text.
 * @example html`<td>${task.text}</td>`.value // '<td>&#60;script&#62;…</td>'
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/**
 * Data for a `<script type="application/json">` element: `<` becomes `\u003c` so no `</script`
 * or `<!--` can end or confuse the element, and U+2028/U+2029 are escaped for old parsers.
 * `JSON.parse(element.textContent)` returns the value unchanged.
 */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029'));
}
