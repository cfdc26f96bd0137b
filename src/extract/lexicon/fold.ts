const WIDE = /[\uFF01-\uFF5E\u3000\u2010-\u2015\u301C\u2212]/g;
const DASH = /[\u2010-\u2015\u301C\u2212\uFF0D\uFF5E]/;

/**
 * A safety net for text that skipped normalisation: full-width ASCII (digits, letters, punctuation),
 * the ideographic space and dash variants are folded to ASCII one character for one, so every index
 * into the result is the same index into the input. Upstream normalisation remains the real fix.
 *
 * @example
 * foldWidth('６月２５日前（一）')  // "6月25日前(一)", same length
 */
export function foldWidth(text: string): string {
  return text.replace(WIDE, (c) => {
    if (DASH.test(c)) return '-';
    if (c === '\u3000') return ' ';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}
