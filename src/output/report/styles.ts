/**
 * The report's one stylesheet. System font stacks only (the page must open offline), CJK faces
 * first so Chinese never falls back to tofu where Noto CJK, PingFang or YaHei is installed.
 * Each highlighted kind has a colour AND a line of its own (deadline: thick bar below, unit: bar
 * above, target: frame) AND a text label, so the kinds stay apart in greyscale and for the colour-blind.
 */
export const STYLES = String.raw`
:root {
  --font: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
  --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --panel: #ffffff; --bg: #f4f5f7;
  --deadline: #ffe1bd; --deadline-ink: #a04000;
  --unit: #d3e3ff; --unit-ink: #1f4fa8;
  --target: #cdf0c9; --target-ink: #22692a;
  --hit: #c2185b;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--font); color: var(--ink); background: var(--bg); line-height: 1.6; font-size: 15px; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
a { color: var(--unit-ink); }
button { font: inherit; }
.top { background: var(--panel); border-bottom: 1px solid var(--line); padding: .8rem 1rem; }
.top .path { margin: 0; color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
.top nav { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin-top: .4rem; font-size: .9rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem; }
.panel > section, .source-pane { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; margin-bottom: 1rem; min-width: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0 0 .8rem; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .6rem; background: var(--bg); }
.counts b { font-size: 1.15rem; margin-right: .2rem; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .8rem; margin: 0 0 .8rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.diags { list-style: none; padding: 0; margin: 0 0 .6rem; }
.diags li { padding: .2rem 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.sev { display: inline-block; min-width: 3em; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; border-radius: 4px; padding: 0 .3rem; margin-right: .3rem; text-align: center; }
.sev-error { color: #b00020; } .sev-warning { color: #8a5a00; } .sev-info { color: var(--muted); }
code { font-size: .85em; background: var(--bg); padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
details > summary { cursor: pointer; }
.copies li { margin: .35rem 0; overflow-wrap: anywhere; }
.copies q { color: var(--muted); }
.go { border: 1px solid var(--line); background: var(--panel); border-radius: 4px; padding: 0 .35rem; cursor: pointer; font-size: .8rem; color: var(--unit-ink); }
.go:hover, .chip:hover, .chip.active, .go.active { border-color: var(--hit); }
.tasktext.active { outline: 2px solid var(--hit); }
.outline ul { list-style: none; margin: 0; padding-left: 1.1rem; }
.outline > ul { padding-left: 0; }
.outline li { margin: .1rem 0; overflow-wrap: anywhere; }
.outline .n { color: var(--muted); font-size: .8rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: .6rem; }
.toolbar input, .toolbar select { font: inherit; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; max-width: 100%; min-width: 0; }
.toolbar input { flex: 1 1 12rem; }
.toolbar select { flex: 0 1 auto; }
.toolbar .shown { color: var(--muted); font-size: .9rem; }
table.tasks { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.tasks th, table.tasks td { border-top: 1px solid var(--line); padding: .35rem .4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.tasks th { background: var(--bg); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
table.tasks th button { border: 0; background: none; padding: 0; cursor: pointer; font-weight: 600; }
table.tasks td .path { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; color: var(--muted); font-size: .8rem; }
table.tasks td.open .path { display: block; }
table.tasks td.text { min-width: 11rem; }
table.tasks td.deadlines { min-width: 5.5rem; }
table.tasks td.lead, table.tasks td.support, table.tasks td.responsible { min-width: 4.5rem; }
table.tasks td.targets { min-width: 6rem; }
.tasktext { border: 0; background: none; padding: 0; text-align: left; cursor: pointer; color: inherit; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 6; line-clamp: 6; overflow: hidden; }
td.open .tasktext { display: block; -webkit-line-clamp: none; line-clamp: none; }
.more { border: 0; background: none; padding: 0; color: var(--unit-ink); font-size: .8rem; cursor: pointer; text-decoration: underline; }
.chip { display: inline-block; vertical-align: middle; margin: 0 .25rem .25rem 0; padding: .05rem .35rem; border: 1px solid transparent; border-radius: 4px; cursor: pointer; text-align: left; color: var(--ink); }
.chip small { display: block; color: var(--muted); font-size: .75rem; }
.chip.k-d { background: var(--deadline); box-shadow: inset 0 -3px var(--deadline-ink); }
.chip.k-u { background: var(--unit); box-shadow: inset 0 2px var(--unit-ink); }
.chip.k-g { background: var(--target); box-shadow: inset 0 0 0 1.5px var(--target-ink); }
.empty { color: var(--muted); }
.timeline svg { display: block; width: 100%; }
.timeline .num { font-weight: 600; }
.timeline .bar { fill: var(--deadline-ink); }
.timeline .zero { fill: var(--line); }
.timeline text { font-family: var(--font); font-size: 12px; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .8rem; margin: 0 0 .6rem; padding: 0; list-style: none; font-size: .85rem; }
.source { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--font); font-size: .95rem; line-height: 1.9; max-height: 80vh; overflow: auto; border-top: 1px solid var(--line); padding-top: .5rem; }
.m { --sd: 0 0 transparent; --su: 0 0 transparent; --sg: 0 0 transparent; box-shadow: var(--sd), var(--su), var(--sg); }
.k-d { background-color: var(--deadline); --sd: inset 0 -3px var(--deadline-ink); }
.k-u { background-color: var(--unit); --su: inset 0 2px var(--unit-ink); }
.k-g { background-color: var(--target); --sg: inset 0 0 0 1.5px var(--target-ink); }
.k-d.k-u, .k-d.k-g { background-color: var(--deadline); }
.k-c { color: #6b6b6b; text-decoration: line-through; text-decoration-color: #9a9a9a; }
.m[data-l]::before { content: attr(data-l); display: inline-block; font-size: .68rem; line-height: 1.3; padding: 0 .25rem; margin: 0 .15rem; border-radius: 3px; background: #3a3a3a; color: #fff; text-decoration: none; vertical-align: .15em; }
.hit { outline: 3px solid var(--hit); outline-offset: 1px; border-radius: 2px; }
.flash { animation: flash 1.4s ease-out 1; }
@keyframes flash { 0%, 40% { background-color: #ffd54f; } 100% { } }
#back { position: fixed; right: 1rem; bottom: 1rem; z-index: 5; padding: .45rem .8rem; border-radius: 20px; border: 1px solid var(--hit); background: var(--panel); color: var(--hit); box-shadow: 0 2px 8px rgba(0, 0, 0, .2); cursor: pointer; }
#back[hidden] { display: none; }
.index td, .index th { border-top: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.index { border-collapse: collapse; width: 100%; }
.index-wrap { overflow-x: auto; }
@media (min-width: 1200px) {
  .layout { grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); align-items: start; }
  .source-pane { position: sticky; top: 1rem; margin-bottom: 0; }
  .source { max-height: calc(100vh - 9rem); }
}
@media (max-width: 820px) {
  body { font-size: 14px; }
  .layout { padding: .5rem; gap: .5rem; }
  .panel > section, .source-pane { padding: .7rem; }
  table.tasks thead { display: none; }
  table.tasks, table.tasks tbody, table.tasks tr, table.tasks td { display: block; width: 100%; }
  table.tasks tr { border-top: 2px solid var(--line); padding: .3rem 0; }
  table.tasks td { border: 0; padding: .15rem 0; min-width: 0; }
  table.tasks td.text, table.tasks td.deadlines, table.tasks td.lead, table.tasks td.support, table.tasks td.responsible, table.tasks td.targets { min-width: 0; }
  table.tasks td[data-col]:not(.text)::before { content: attr(data-col) "："; color: var(--muted); font-size: .8rem; }
  table.tasks td.empty-cell { display: none; }
}
@media (prefers-reduced-motion: reduce) { .flash { animation: none; } }
.legend .swatch { display: inline-block; width: 2.2em; height: 1.1em; vertical-align: -.2em; margin-right: .3rem; border-radius: 2px; }
.legend .swatch.k-c { background: linear-gradient(transparent 45%, #9a9a9a 45%, #9a9a9a 60%, transparent 60%); border: 1px dashed #9a9a9a; }
.timeline .gap { fill: var(--muted); font-size: 11px; }
.warning { margin: .6rem 0 0; padding: .5rem .8rem; border: 2px solid #b00020; border-radius: 6px; background: #fdecea; color: #7a0014; font-weight: 600; }
.wide .warning { margin: 0 0 1rem; }
.st { display: inline-block; font-size: .78rem; font-weight: 600; padding: 0 .35rem; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; }
.st-overdue.st, tr.st-overdue td.status .st { color: #9c0016; background: #fde0dc; }
.st-soon.st { color: #7a4a00; background: #fff0c2; }
.st-later.st { color: #1d5e25; background: #e1f3de; }
.st-undated.st { color: #4a4f57; background: var(--bg); }
.st-none.st { color: var(--muted); background: none; border-color: transparent; font-weight: 400; }
.toolbar select { max-width: 22rem; }
#x-sort, #x-role, #x-status, #task-sort, #task-status { flex: none; }
.status-legend { margin: .2rem 0 .6rem; }
.flag { display: inline-block; font-size: .8rem; padding: 0 .35rem; margin: 0 .25rem .2rem 0; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; }
.flag-alert { color: #9c0016; background: #fde0dc; font-weight: 600; }
.flag-note { color: #7a4a00; background: #fff0c2; }
.index tr.alert td { background: #fff5f4; }
.index td.num { text-align: right; font-variant-numeric: tabular-nums; }
.index td.nowrap { white-space: nowrap; }
.index td .empty { font-size: .8rem; }
.hint { color: var(--muted); font-size: .85rem; margin: 0 0 .5rem; }
.print-note { display: none; }
.matrix-wrap { overflow: auto; max-height: 70vh; border: 1px solid var(--line); border-radius: 6px; }
#matrix-table { border-collapse: separate; border-spacing: 0; font-size: .85rem; }
#matrix-table th, #matrix-table td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: .2rem .35rem; text-align: left; vertical-align: top; background: var(--panel); }
#matrix-table thead th { position: sticky; top: 0; z-index: 2; background: var(--bg); font-weight: 600; min-width: 4.5rem; max-width: 9rem; }
#matrix-table thead th span { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
#matrix-table tbody th { position: sticky; left: 0; z-index: 1; font-weight: 500; min-width: 8rem; max-width: 14rem; overflow-wrap: anywhere; }
#matrix-table thead th:first-child { left: 0; z-index: 3; }
#matrix-table td.total { text-align: right; color: var(--muted); }
#matrix-table .cell { border: 1px solid var(--line); background: var(--unit); color: var(--unit-ink); border-radius: 4px; padding: 0 .3rem; cursor: pointer; white-space: nowrap; font-size: .8rem; }
#matrix-table .cell:hover, #matrix-table .cell:focus { border-color: var(--hit); }
.more { margin-top: .5rem; }
.wide { padding: 1rem; max-width: 1800px; }
.wide > section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; margin-bottom: 1rem; min-width: 0; }
.toolbar .window { white-space: nowrap; font-size: .9rem; }
.toolbar button { border: 1px solid var(--line); background: var(--panel); border-radius: 4px; padding: .25rem .6rem; cursor: pointer; }
.toolbar #x-csv, .toolbar #task-csv { border-color: var(--unit-ink); color: var(--unit-ink); }
.toolbar .print-source { font-size: .9rem; white-space: nowrap; }
.summary { color: var(--muted); font-size: .85rem; margin: 0 0 .3rem; }
p.shown { margin: 0 0 .2rem; color: var(--muted); font-size: .9rem; }
table.xtasks { table-layout: fixed; }
table.xtasks th.doc { width: 11%; } table.xtasks th.text { width: 29%; } table.xtasks th.deadlines { width: 10%; }
table.xtasks th.status { width: 7.5%; } table.xtasks th.targets { width: 12%; }
table.xtasks.single th.doc, table.xtasks.single td.doc { display: none; }
table.xtasks.single th.text { width: 36%; }
table.xtasks td.text .path { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; color: var(--muted); font-size: .8rem; }
table.xtasks td.text.open .path { display: block; }
table.xtasks td.text .tasktext { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; line-clamp: 5; overflow: hidden; cursor: pointer; }
table.xtasks td.text.open .tasktext { display: block; }
table.xtasks td .chip { cursor: auto; }
table.xtasks small.due { display: block; color: var(--muted); }
table.xtasks tr.st-overdue td.status { background: #fdf0ee; }
table.xtasks td.doc { font-size: .85rem; }
@media (max-width: 820px) {
  .wide { padding: .5rem; }
  .wide > section { padding: .7rem; }
  table.xtasks { table-layout: auto; }
  table.xtasks.single td.doc { display: none; }
}
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  .toolbar, #back, .go, .more, .hint, nav, #x-more, .cell-hint { display: none !important; }
  .layout { display: block; padding: 0; }
  .panel > section, .source-pane, .wide > section { border: 0; padding: 0; margin: 0 0 6mm; break-inside: auto; }
  .wide { padding: 0; max-width: none; }
  .source-pane { display: none; }
  body.print-source .source-pane { display: block; }
  .source { max-height: none; overflow: visible; font-size: 9pt; line-height: 1.6; }
  table.tasks { table-layout: fixed; width: 100%; font-size: 8.5pt; }
  table.tasks th { position: static; white-space: normal; }
  table.tasks td, table.tasks th { min-width: 0 !important; overflow-wrap: anywhere; word-break: break-all; padding: 1mm; }
  table.tasks tr { break-inside: avoid; }
  table.tasks thead { display: table-header-group; }
  .tasktext, table.tasks td .path { display: block !important; -webkit-line-clamp: none !important; line-clamp: none !important; overflow: visible !important; }
  .chip { box-shadow: none !important; border: 1px solid var(--line); }
  .st, .flag { -webkit-print-color-adjust: exact; print-color-adjust: exact; white-space: normal; }
  table.xtasks th.status { width: 8.5%; }
  .index-wrap, .matrix-wrap { overflow: visible; max-height: none; border: 0; }
  .index { font-size: 8.5pt; table-layout: fixed; }
  .matrix.too-wide .matrix-wrap, .matrix.too-wide .hint { display: none; }
  .matrix.too-wide .print-note { display: block; color: var(--muted); }
  #matrix-table th, #matrix-table td { position: static !important; }
  .timeline svg { max-width: 160mm; }
  details.copies { display: none; }
}
`;
