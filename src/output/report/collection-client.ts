import { CSV_CLIENT } from './csv-client.js';

/**
 * The script of the cross-document page, inlined (plain ES2020, no imports, no network). It reads
 * `#collection-data` (see collection-data.ts) and draws from it, so a page of hundreds of
 * documents holds its tasks once, as JSON, and the DOM only the rows on screen:
 * - the task table: filters by text, unit (and role), document or heading, status on the as-of
 *   day and a window of due dates; sort by earliest deadline; rows drawn {@link PAGE} at a time
 *   (all of them before printing); the filtered rows download as CSV;
 * - the responsibility matrix: the units naming most tasks first, all on request; a cell sets the
 *   table's filters to its unit and column;
 * - a document's "任务" button in the index filters the table to it.
 * All text goes in through textContent, never as markup.
 */
export const COLLECTION_SCRIPT = String.raw`(function () {
  'use strict';
  var PAGE = 200, MATRIX_ROWS = 40;
  var data = JSON.parse(document.getElementById('collection-data').textContent);
  var docs = data.docs, tasks = data.tasks, matrix = data.matrix;
  var $ = function (id) { return document.getElementById(id); };
  var COLS = ['文件', '任务', '期限', '状态', '牵头单位', '配合单位', '责任单位', '目标'];
  var ROLE = { lead: '牵头', support: '配合', responsible: '责任' };
  var STATUS = JSON.parse($('status-labels').textContent);
  var f = { q: $('x-q'), unit: $('x-unit'), role: $('x-role'), doc: $('x-doc'), section: $('x-section'), status: $('x-status'), from: $('x-from'), to: $('x-to'), sort: $('x-sort') };
  var tbody = $('x-table').tBodies[0];
  var limit = PAGE;
  var current = [];
${CSV_CLIENT}
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function option(select, value, label) { var o = el('option', null, label); o.value = value; select.appendChild(o); }

  matrix.units.forEach(function (u) { option(f.unit, u.name, u.name + '（' + u.tasks + '）'); });
  docs.forEach(function (d, i) { option(f.doc, String(i), d.title); });
  if (docs.length === 1) docs[0].sections.forEach(function (s, i) { option(f.section, String(i), s); });

  var haystacks = tasks.map(function (t) {
    return [docs[t.doc].title, t.path, t.text, t.deadlines, t.targets].concat(t.lead, t.support, t.responsible).join('\n').toLowerCase();
  });

  function matches(t, i) {
    var name = f.unit.value, role = f.role.value;
    if (name || role) {
      var roles = role ? [role] : ['lead', 'support', 'responsible'];
      var ok = roles.some(function (r) { return name ? t[r].indexOf(name) >= 0 : t[r].length > 0; });
      if (!ok) return false;
    }
    if (f.doc.value !== '' && t.doc !== Number(f.doc.value)) return false;
    if (f.section.value !== '' && t.section !== Number(f.section.value)) return false;
    if (f.status.value && t.status !== f.status.value) return false;
    if ((f.from.value || f.to.value) && (!t.due || (f.from.value && t.due < f.from.value) || (f.to.value && t.due > f.to.value))) return false;
    var q = f.q.value.trim().toLowerCase();
    return !q || haystacks[i].indexOf(q) >= 0;
  }

  function compute() {
    var out = [];
    tasks.forEach(function (t, i) { if (matches(t, i)) out.push(i); });
    var how = f.sort.value;
    if (how !== 'doc') {
      out.sort(function (a, b) {
        var da = tasks[a].due, db = tasks[b].due;
        if (!da || !db) return (da ? 0 : 1) - (db ? 0 : 1) || a - b;
        var c = da < db ? -1 : da > db ? 1 : 0;
        return (how === 'desc' ? -c : c) || a - b;
      });
    }
    $('th-due').setAttribute('aria-sort', how === 'asc' ? 'ascending' : how === 'desc' ? 'descending' : 'none');
    return out;
  }

  function units(names) {
    var td = el('td');
    if (!names.length) { td.appendChild(el('span', 'empty', '—')); return td; }
    names.forEach(function (n) { td.appendChild(el('span', 'chip k-u', n)); });
    return td;
  }

  function row(i) {
    var t = tasks[i], d = docs[t.doc];
    var tr = el('tr', 'st-' + t.status);
    tr.setAttribute('data-i', String(i));
    tr.setAttribute('data-due', t.due || '');
    tr.setAttribute('data-status', t.status);
    var file = el('td', 'doc');
    if (d.href) { var a = el('a', null, d.title); a.href = d.href; file.appendChild(a); } else file.textContent = d.title;
    tr.appendChild(file);
    var text = el('td', 'text');
    if (t.path) text.appendChild(el('span', 'path', t.path));
    var body = el('span', 'tasktext', t.text);
    body.title = '点击展开或收起全文';
    text.appendChild(body);
    tr.appendChild(text);
    var due = el('td', 'deadlines');
    if (t.deadlines) due.appendChild(el('span', 'chip k-d', t.deadlines));
    due.appendChild(el('small', 'due', t.due || ''));
    tr.appendChild(due);
    var st = el('td', 'status');
    st.appendChild(el('span', 'st st-' + t.status, STATUS[t.status]));
    tr.appendChild(st);
    tr.appendChild(units(t.lead));
    tr.appendChild(units(t.support));
    tr.appendChild(units(t.responsible));
    tr.appendChild(el('td', 'targets', t.targets || '—'));
    for (var k = 0; k < tr.cells.length; k++) tr.cells[k].setAttribute('data-col', COLS[k]);
    return tr;
  }

  function draw() {
    current = compute();
    var frag = document.createDocumentFragment();
    current.slice(0, limit).forEach(function (i) { frag.appendChild(row(i)); });
    tbody.textContent = '';
    tbody.appendChild(frag);
    var shown = Math.min(limit, current.length);
    $('x-shown').textContent = '筛选出 ' + current.length + ' / ' + tasks.length + ' 项任务' + (shown < current.length ? '，显示前 ' + shown + ' 项' : '');
    $('x-more').hidden = shown >= current.length;
    $('x-empty').hidden = current.length > 0;
    $('x-summary').textContent = summary();
  }

  function summary() {
    var parts = [];
    if (f.unit.value) parts.push('单位：' + f.unit.value + (f.role.value ? '（' + ROLE[f.role.value] + '）' : ''));
    else if (f.role.value) parts.push('角色：' + ROLE[f.role.value]);
    if (f.doc.value !== '') parts.push('文件：' + docs[Number(f.doc.value)].title);
    if (f.section.value !== '') parts.push('章节：' + docs[0].sections[Number(f.section.value)]);
    if (f.status.value) parts.push('状态：' + STATUS[f.status.value]);
    if (f.from.value || f.to.value) parts.push('期限：' + (f.from.value || '…') + ' 至 ' + (f.to.value || '…'));
    if (f.q.value.trim()) parts.push('文字：' + f.q.value.trim());
    return '截至 ' + data.asOf + '。' + (parts.length ? '筛选条件：' + parts.join('；') : '未筛选');
  }

  function refilter() { limit = PAGE; draw(); }
  ['q', 'from', 'to'].forEach(function (k) { f[k].addEventListener('input', refilter); });
  ['unit', 'role', 'doc', 'section', 'status', 'sort'].forEach(function (k) { f[k].addEventListener('change', refilter); });
  $('x-sort-due').addEventListener('click', function () {
    f.sort.value = f.sort.value === 'asc' ? 'desc' : f.sort.value === 'desc' ? 'doc' : 'asc';
    draw();
  });
  $('x-more').addEventListener('click', function () { limit += PAGE; draw(); });
  $('x-reset').addEventListener('click', function () {
    Object.keys(f).forEach(function (k) { if (k !== 'sort') f[k].value = ''; });
    refilter();
  });
  $('x-csv').addEventListener('click', function () {
    var rows = [['文件', '路径', '任务', '最早期限', '期限', '状态（截至 ' + data.asOf + '）', '牵头单位', '配合单位', '责任单位', '目标']];
    current.forEach(function (i) {
      var t = tasks[i];
      rows.push([docs[t.doc].path, t.path, t.text, t.due || '', t.deadlines, STATUS[t.status], t.lead.join('; '), t.support.join('; '), t.responsible.join('; '), t.targets]);
    });
    downloadText('reform-parse-tasks-' + data.asOf + '.csv', csvText(rows));
  });
  // Paper has no "show more": print every filtered row, then go back to pages.
  window.addEventListener('beforeprint', function () { limit = Infinity; draw(); });
  window.addEventListener('afterprint', function () { limit = PAGE; draw(); });

  tbody.addEventListener('click', function (ev) {
    var cell = ev.target.closest ? ev.target.closest('td.text') : null;
    if (cell && !ev.target.closest('a')) cell.classList.toggle('open');
  });

  function focusTable() { $('tasks').scrollIntoView({ block: 'start' }); }
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('[data-filter-doc]') : null;
    if (!b) return;
    $('x-reset').click();
    f.doc.value = b.getAttribute('data-filter-doc');
    refilter();
    focusTable();
  });

  var mbody = $('matrix-table').tBodies[0];
  var mrows = MATRIX_ROWS;
  function drawMatrix() {
    var frag = document.createDocumentFragment();
    matrix.units.slice(0, mrows).forEach(function (u, ui) {
      var tr = el('tr');
      var th = el('th', null, u.name);
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el('td', 'total', String(u.tasks)));
      matrix.columns.forEach(function (_, ci) {
        var c = matrix.cells[ui][ci];
        var td = el('td');
        if (c) {
          var b = el('button', 'cell');
          b.type = 'button';
          b.setAttribute('data-u', String(ui));
          b.setAttribute('data-c', String(ci));
          var label = [];
          if (c[0]) label.push('牵' + c[0]);
          if (c[1]) label.push('配' + c[1]);
          if (c[2]) label.push('责' + c[2]);
          b.textContent = label.join(' ');
          b.title = u.name + ' · ' + matrix.columns[ci] + '：牵头 ' + c[0] + '，配合 ' + c[1] + '，责任 ' + c[2] + '（点击筛选任务）';
          td.appendChild(b);
        }
        tr.appendChild(td);
      });
      frag.appendChild(tr);
    });
    mbody.textContent = '';
    mbody.appendChild(frag);
    $('matrix-more').hidden = mrows >= matrix.units.length;
  }
  $('matrix-more').addEventListener('click', function () { mrows = Infinity; drawMatrix(); });
  $('matrix-table').addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button.cell') : null;
    if (!b) return;
    $('x-reset').click();
    f.unit.value = matrix.units[Number(b.getAttribute('data-u'))].name;
    if (matrix.by === 'section') f.section.value = b.getAttribute('data-c');
    else f.doc.value = b.getAttribute('data-c');
    refilter();
    focusTable();
  });

  drawMatrix();
  draw();
})();
`;
