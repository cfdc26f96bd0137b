import { createHash } from 'node:crypto';
import { html, raw, type SafeHtml } from './html.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing may load from anywhere (the page opens from disk, offline), and only our own style and
 * script run: if an escaping bug ever let document text become markup, it still could not execute.
 * `blob:` is allowed for links only through navigation, which CSP does not govern: the CSV
 * download is a blob made by the page itself.
 */
function csp(styles: string, script: string | null): string {
  return [
    "default-src 'none'", `style-src ${hash(styles)}`, `script-src ${script ? hash(script) : "'none'"}`,
    'img-src data:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
}

/** A whole self-contained page: one inline stylesheet, at most one inline script, both pinned by hash. */
export function page(title: string, body: SafeHtml, styles: string, script: string | null): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(styles, script)}">
<meta name="generator" content="reform-parse">
<title>${title}</title>
<style>${raw(styles)}</style>
</head>
<body>
${body}
${script ? html`<script>${raw(script)}</script>` : ''}
</body>
</html>
`.value;
}
