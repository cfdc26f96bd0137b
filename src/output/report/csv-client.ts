/**
 * The CSV download both pages offer, as script text inlined into them (no imports, no network):
 * the same conventions as `--format csv` (UTF-8 with a BOM so Excel reads the Chinese, CRLF,
 * RFC 4180 quoting, a leading apostrophe on cells a spreadsheet would run as a formula).
 * Defines `csvText(rows)` and `downloadText(name, text)`.
 */
export const CSV_CLIENT = String.raw`
  function csvCell(value) {
    var s = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvText(rows) {
    return '\uFEFF' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }
  function downloadText(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
`;
