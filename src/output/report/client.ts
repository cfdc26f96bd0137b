import { CSV_CLIENT } from './csv-client.js';

/**
 * The report's only script, inlined into the page (and allowed by its hash in the page's CSP).
 * Plain ES2020 with no imports: it runs from a file:// URL with no network. It reads the
 * document from the page's `<script type="application/json" id="report-data">`.
 * - any `[data-go]` click: outline every run of that mark in the source (`.hit`), flash it and
 *   scroll it into view; a floating "返回" button goes back when the clicked element scrolled away;
 * - the task table: filter by text and by unit, sort by earliest deadline; open a long task's text.
 * - the responsibility matrix: a cell filters the table to its unit and heading;
 * - "下载 CSV": the rows the filters leave, as CSV; "打印原文": whether paper gets the source too.
 * Mark ids are made by the report ([a-z0-9]+), never taken from the document, so they are safe in selectors.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
${CSV_CLIENT}
  var doc = JSON.parse(document.getElementById('report-data').textContent);
  var source = document.getElementById('source');
  var back = document.getElementById('back');
  var hits = [];
  var origin = null;

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  function jump(id, from) {
    if (!/^[a-z0-9]+$/.test(id)) return;
    hits.forEach(function (el) { el.classList.remove('hit', 'flash'); });
    hits = Array.prototype.slice.call(source.querySelectorAll('[data-m~="' + id + '"]'));
    source.setAttribute('data-hit', id);
    if (!hits.length) return;
    hits.forEach(function (el) { el.classList.add('hit'); });
    void source.offsetWidth; // restart the flash animation when the same mark is clicked again
    hits.forEach(function (el) { el.classList.add('flash'); });
    hits[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    if (origin) origin.classList.remove('active');
    origin = from || null;
    if (origin) origin.classList.add('active');
    back.hidden = !origin || inView(origin);
  }

  document.addEventListener('click', function (ev) {
    var more = ev.target.closest ? ev.target.closest('[data-more]') : null;
    if (more) {
      var open = more.parentNode.classList.toggle('open');
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? '收起' : '展开全文';
      return;
    }
    var el = ev.target.closest ? ev.target.closest('[data-go]') : null;
    if (!el) return;
    ev.preventDefault(); // a button inside <summary> must not also fold the outline
    jump(el.getAttribute('data-go'), el);
  });
  back.addEventListener('click', function () {
    if (origin) { origin.scrollIntoView({ block: 'center' }); origin.focus({ preventScroll: true }); }
    back.hidden = true;
  });

  var table = document.getElementById('task-table');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var q = document.getElementById('task-q');
  var unit = document.getElementById('task-unit');
  var section = document.getElementById('task-section');
  var status = document.getElementById('task-status');
  var sort = document.getElementById('task-sort');
  var shown = document.getElementById('task-shown');
  var th = document.getElementById('th-deadline');
  var units = rows.map(function (row) {
    return doc.tasks[Number(row.getAttribute('data-i'))].units.map(function (u) { return u.name; });
  });
  var haystacks = rows.map(function (row, i) {
    var t = doc.tasks[Number(row.getAttribute('data-i'))];
    return [t.text, t.path.join(' ')].concat(units[i], t.deadlines.map(function (d) { return d.text; }),
      t.targets.map(function (g) { return g.text; })).join('\n').toLowerCase();
  });

  function filter() {
    var needle = q.value.trim().toLowerCase();
    var name = unit.value;
    var sec = section.value;
    var st = status ? status.value : '';
    var n = 0;
    rows.forEach(function (row, i) {
      var ok = (!name || units[i].indexOf(name) >= 0) && (!needle || haystacks[i].indexOf(needle) >= 0)
        && (!sec || row.getAttribute('data-section') === sec) && (!st || row.getAttribute('data-status') === st);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = '显示 ' + n + ' / ' + rows.length + ' 项任务';
  }

  function order() {
    var how = sort.value;
    var sorted = rows.slice();
    if (how !== 'doc') {
      sorted.sort(function (a, b) {
        var da = a.getAttribute('data-due'), db = b.getAttribute('data-due');
        if (!da || !db) return (da ? 0 : 1) - (db ? 0 : 1) || a.getAttribute('data-i') - b.getAttribute('data-i');
        var c = da < db ? -1 : da > db ? 1 : 0;
        return (how === 'desc' ? -c : c) || a.getAttribute('data-i') - b.getAttribute('data-i');
      });
    }
    sorted.forEach(function (row) { tbody.appendChild(row); });
    th.setAttribute('aria-sort', how === 'asc' ? 'ascending' : how === 'desc' ? 'descending' : 'none');
  }

  q.addEventListener('input', filter);
  unit.addEventListener('change', filter);
  section.addEventListener('change', filter);
  if (status) status.addEventListener('change', filter);
  var matrix = document.getElementById('matrix-table');
  if (matrix) matrix.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button.cell') : null;
    if (!b) return;
    q.value = '';
    if (status) status.value = '';
    unit.value = b.getAttribute('data-unit');
    section.value = b.getAttribute('data-section');
    filter();
    document.getElementById('tasks').scrollIntoView({ block: 'start' });
  });
  document.getElementById('print-source').addEventListener('change', function (ev) {
    document.body.classList.toggle('print-source', ev.target.checked);
  });
  document.getElementById('task-csv').addEventListener('click', function () {
    var out = [['文件', '路径', '任务', '最早期限', '期限', '状态', '牵头单位', '配合单位', '责任单位', '目标']];
    var label = JSON.parse(document.getElementById('status-labels').textContent);
    Array.prototype.forEach.call(tbody.rows, function (row) {
      if (row.hidden) return;
      var t = doc.tasks[Number(row.getAttribute('data-i'))];
      var names = function (role) { return t.units.filter(function (u) { return u.role === role; }).map(function (u) { return u.name; }).join('; '); };
      var st = row.getAttribute('data-status');
      out.push([doc.source.path, t.path.join(' > '), t.text, row.getAttribute('data-due'), t.deadlines.map(function (d) { return d.text; }).join('; '),
        st ? label[st] : '', names('lead'), names('support'), names('responsible'), t.targets.map(function (g) { return g.text; }).join('; ')]);
    });
    downloadText('reform-parse-tasks.csv', csvText(out));
  });
  sort.addEventListener('change', order);
  document.getElementById('sort-deadline').addEventListener('click', function () {
    sort.value = sort.value === 'asc' ? 'desc' : sort.value === 'desc' ? 'doc' : 'asc';
    order();
  });
  filter();
  order();
})();
`;
