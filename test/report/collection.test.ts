import { describe, expect, it } from 'vitest';
import { collectionData, NO_SECTION } from '../../src/output/report/collection-data.js';
import { renderCollection } from '../../src/output/report/collection.js';
import { documentFlags, documentTitle } from '../../src/output/report/flags.js';
import { cellLabel } from '../../src/output/report/matrix.js';
import { dayNumber, dueStatus } from '../../src/output/report/status.js';
import type { Document } from '../../src/schema/document.js';
import { HOSTILE, syntheticDocument } from './synthetic.js';

describe('dueStatus: a due date on an as-of day', () => {
  it.each([
    { due: '2022-06-30', asOf: '2022-07-01', expect: 'overdue' },
    { due: '2022-07-01', asOf: '2022-07-01', expect: 'soon' }, // the last allowed day is not past yet
    { due: '2022-07-31', asOf: '2022-07-01', expect: 'soon' }, // 30 days later
    { due: '2022-08-01', asOf: '2022-07-01', expect: 'later' }, // 31 days later
    { due: '2023-03-01', asOf: '2023-02-28', expect: 'soon' },
    { due: null, asOf: '2022-07-01', expect: 'undated' },
    { due: '2022-02-30', asOf: '2022-07-01', expect: 'undated' }, // not a day
  ] as const)('$due as of $asOf: $expect', ({ due, asOf, expect: want }) => expect(dueStatus(due, asOf)).toBe(want));

  it.each([
    { iso: '2024-02-29', ok: true }, { iso: '2023-02-29', ok: false }, { iso: '2022-13-01', ok: false }, { iso: '2022-7-1', ok: false }, { iso: '', ok: false },
  ])('dayNumber($iso) is a day: $ok', ({ iso, ok }) => expect(dayNumber(iso) !== null).toBe(ok));
});

describe('documentFlags and documentTitle', () => {
  const doc = syntheticDocument();
  const diag = (code: string) => ({ severity: 'warning' as const, code, message: code });

  it.each([
    { name: 'a clean document', change: {}, expect: [] },
    { name: 'no tasks', change: { tasks: [] }, expect: ['alert:未识别出任务'] },
    { name: 'empty input', change: { tasks: [], diagnostics: [diag('empty-input')] }, expect: ['alert:未识别出任务', 'alert:空文件'] },
    { name: 'mojibake twice, an inferred numeral', change: { diagnostics: [diag('mojibake'), diag('mojibake'), diag('numeral-inferred')] }, expect: ['alert:乱码 ×2', 'note:推断的编号'] },
    { name: 'an info-only diagnostic', change: { diagnostics: [diag('encoding-guessed')] }, expect: [] },
  ])('$name', ({ change, expect: want }) => {
    expect(documentFlags({ ...doc, ...change } as Document).map((f) => `${f.level}:${f.label}`)).toEqual(want);
  });

  it.each([
    { meta: { title: '关于印发工作要点的通知' }, text: 'x', path: 'a/b.txt', expect: '关于印发工作要点的通知' },
    { meta: {}, text: '\n\n  市卫生健康委关于做好某项工作的通知  \n正文', path: 'a/b.txt', expect: '市卫生健康委关于做好某项工作的通知' },
    { meta: { title: '  ' }, text: '第一行', path: 'a/b.txt', expect: '第一行' },
    { meta: {}, text: '', path: 'archive/2022/notice.txt', expect: 'notice.txt' },
    { meta: {}, text: '长'.repeat(100), path: 'x.txt', expect: `${'长'.repeat(80)}…` },
  ])('title: $expect', ({ meta, text, path, expect: want }) => {
    expect(documentTitle({ meta, source: { ...doc.source, text, path } })).toBe(want);
  });
});

describe('collectionData: tasks, statuses and the responsibility matrix', () => {
  const a = syntheticDocument();
  const b: Document = { ...a, source: { ...a.source, path: 'other.txt' }, tasks: a.tasks.slice(0, 2) };

  it('one row per task, with its document, heading, earliest due date and status on the day', () => {
    const data = collectionData([{ doc: a, href: 'a.html' }, { doc: b }], '2022-07-01');
    expect(data.asOf).toBe('2022-07-01');
    expect(data.tasks).toHaveLength(a.tasks.length + b.tasks.length);
    expect(data.tasks.map((t) => t.status)).toEqual(['overdue', 'later', 'later', 'later', 'later', 'none', 'overdue', 'later']);
    expect(data.tasks[0]).toMatchObject({ doc: 0, section: 0, due: '2022-06-30', lead: ['市卫生健康委'], support: ['市财政局', '市医保局'], responsible: [] });
    expect(data.tasks[6]).toMatchObject({ doc: 1, section: 0 });
    expect(data.docs[0]).toMatchObject({ href: 'a.html', issuer: '𠮷安市卫生健康委员会', counts: { tasks: 6 } });
    expect(data.docs[0]!.sections).toEqual(['二、重点任务', '三、保障措施']);
    expect(data.docs[1]!.href).toBeUndefined();
  });

  it('several documents: units × documents, a task naming a unit in two roles counted once in its total', () => {
    const { matrix } = collectionData([{ doc: a }, { doc: b }], '2022-07-01');
    expect(matrix.by).toBe('document');
    expect(matrix.columns).toHaveLength(2);
    const row = (name: string) => matrix.cells[matrix.units.findIndex((u) => u.name === name)];
    expect(matrix.units[0]).toEqual({ name: '市卫生健康委', tasks: 3 });
    expect(row('市卫生健康委')).toEqual({ 0: [1, 0, 1], 1: [1, 0, 0] });
    expect(row('市财政局')).toEqual({ 0: [0, 1, 0], 1: [0, 1, 0] });
    expect(row('市委网信办')).toEqual({ 0: [1, 0, 0] });
  });

  it('one document: units × its top-level headings', () => {
    const { matrix } = collectionData([{ doc: a }], '2022-07-01');
    expect(matrix.by).toBe('section');
    expect(matrix.columns).toEqual(['二、重点任务', '三、保障措施']);
    expect(matrix.cells[matrix.units.findIndex((u) => u.name === '市委网信办')]).toEqual({ 1: [1, 0, 0] });
  });

  it('tasks outside every section fall under one named column', () => {
    const flat: Document = { ...a, tasks: a.tasks.map((t) => ({ ...t, path: [] })) };
    expect(collectionData([{ doc: flat }], '2022-07-01').docs[0]!.sections).toEqual([NO_SECTION]);
  });

  it.each([
    { c: [2, 1, 0] as const, expect: '牵2 配1' }, { c: [0, 0, 3] as const, expect: '责3' },
  ])('cellLabel $expect', ({ c, expect: want }) => expect(cellLabel(c)).toBe(want));
});

describe('renderCollection', () => {
  const doc = syntheticDocument();
  const empty: Document = { ...doc, source: { ...doc.source, path: 'empty.txt', text: '' }, meta: {}, tasks: [], diagnostics: [{ severity: 'warning', code: 'empty-input', message: 'the input is empty' }] };
  const page = renderCollection([{ doc, href: 'a.html' }, { doc: empty }], { asOf: '2022-07-01' });
  const data = JSON.parse(/<script type="application\/json" id="collection-data">([^<]*)<\/script>/.exec(page)![1]!);

  it('carries its data as JSON (not as thousands of rows), and prints the as-of day', () => {
    expect(data).toEqual(collectionData([{ doc, href: 'a.html' }, { doc: empty }], '2022-07-01'));
    expect(page).toContain('期限状态截至 <b id="as-of">2022-07-01</b>');
    expect(page).not.toMatch(/<tr data-i=/);
  });

  it('flags the document with nothing found, in the index and in a warning at the top', () => {
    expect(page).toContain('id="warning"');
    expect(page).toMatch(/<tr data-doc="1" class="alert">/);
    expect(page).toContain('data-flag="no-tasks"');
    expect(page).toContain('data-flag="empty-input"');
  });

  it('shows hostile text only as text, and loads nothing', () => {
    expect(page).not.toContain(HOSTILE);
    expect(page).not.toContain('<img');
    expect(page.match(/<script\b/g)).toHaveLength(3); // status labels, data, the one script
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });

  it('is reproducible: same documents, same day, same page', () => {
    expect(renderCollection([{ doc, href: 'a.html' }, { doc: empty }], { asOf: '2022-07-01' })).toBe(page);
  });
});
