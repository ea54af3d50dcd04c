/**
 * The dashboard's one stylesheet, served at `/assets/dashboard.css` from memory (no file to find
 * after bundling). It styles exactly the shared class vocabulary the pages use (`table.data`, badges,
 * cards, filters, buttons, pager, flash, note, empty, muted) and follows the system's light or dark
 * preference. Tables are dense and their headers stick, because plans run to thousands of rows.
 */
export const DASHBOARD_CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #5f6b7a; --line: #d8dee4; --panel: #f6f8fa; --head: #eef1f4;
  --link: #0b5cad; --focus: #2f81f7;
  --red: #b42318; --red-bg: #fde8e7; --amber: #8a5a00; --amber-bg: #fff3cd;
  --green: #146c2e; --green-bg: #e3f4e8; --grey: #505a66; --grey-bg: #eceff2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1419; --fg: #e6edf3; --muted: #9aa7b4; --line: #30363d; --panel: #161b22; --head: #1c232b;
    --link: #6cb6ff; --focus: #6cb6ff;
    --red: #ff8a80; --red-bg: #3d1512; --amber: #f5c451; --amber-bg: #3a2c06;
    --green: #7ee2a0; --green-bg: #0f2e1a; --grey: #b6c0ca; --grey-bg: #262d35;
  }
}
* { box-sizing: border-box; }
html { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible {
  outline: 2px solid var(--focus); outline-offset: 1px;
}
header { background: var(--panel); border-bottom: 1px solid var(--line); }
nav.top { display: flex; align-items: center; gap: 1.5rem; padding: 0 1.25rem; }
nav.top .brand { font-weight: 700; color: var(--fg); text-decoration: none; }
nav.top ul { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
nav.top li a {
  display: block; padding: 0.7rem 0.75rem; color: var(--muted); text-decoration: none;
  border-bottom: 2px solid transparent;
}
nav.top li a:hover { color: var(--fg); }
nav.top li a[aria-current="page"] { color: var(--fg); border-bottom-color: var(--link); font-weight: 600; }
main { padding: 1rem 1.25rem 2rem; max-width: 100%; }
h1 { font-size: 1.4rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
footer { padding: 0.75rem 1.25rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
code { font: 0.92em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; padding: 1rem 0; }
.note {
  background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--link);
  padding: 0.6rem 0.8rem; border-radius: 4px;
}
.flash { padding: 0.6rem 0.8rem; border-radius: 4px; margin: 0 0 1rem; font-weight: 500; }
.flash-ok { background: var(--green-bg); color: var(--green); border: 1px solid var(--green); }
.flash-error { background: var(--red-bg); color: var(--red); border: 1px solid var(--red); }
table.data { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.data th, table.data td {
  padding: 0.3rem 0.55rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top;
}
table.data thead th {
  position: sticky; top: 0; z-index: 1; background: var(--head); font-weight: 600; white-space: nowrap;
}
table.data tbody tr:hover { background: var(--panel); }
/* Ids and action buttons stay on one line so rows stay one line high; prose columns take the wrapping. */
table.data td code, table.data td:has(form.inline) { white-space: nowrap; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge {
  display: inline-block; padding: 0.05rem 0.45rem; border-radius: 999px; font-size: 0.78rem;
  font-weight: 600; line-height: 1.5; white-space: nowrap; border: 1px solid currentColor;
}
.badge-delete, .badge-error { color: var(--red); background: var(--red-bg); }
.badge-review, .badge-warn { color: var(--amber); background: var(--amber-bg); }
.badge-keep, .badge-ok { color: var(--green); background: var(--green-bg); }
.badge-skip { color: var(--grey); background: var(--grey-bg); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; margin: 0 0 1.25rem; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.7rem 0.9rem; }
.card h3 { margin: 0; font-size: 0.8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.card h3 a { text-decoration: none; }
.card h3 a:hover { text-decoration: underline; }
.card .big { margin: 0.2rem 0 0; font-size: 1.7rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.card .sub { margin: 0.1rem 0 0; color: var(--muted); font-size: 0.85rem; }
form.filters {
  display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 0.75rem; margin: 0 0 1rem;
  padding: 0.6rem 0.75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
}
form.filters label { display: flex; flex-direction: column; gap: 0.15rem; font-size: 0.8rem; color: var(--muted); }
form.inline { display: inline; margin: 0; }
input, select, textarea {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 4px; padding: 0.25rem 0.4rem;
}
.btn {
  font: inherit; font-size: 0.85rem; font-weight: 600; cursor: pointer; padding: 0.25rem 0.7rem;
  border-radius: 4px; border: 1px solid var(--line); background: var(--head); color: var(--fg);
}
.btn:hover { border-color: var(--link); }
.btn-danger { background: var(--red); border-color: var(--red); color: var(--bg); }
.btn-danger:hover { filter: brightness(1.1); border-color: var(--red); }
nav.pager { display: flex; gap: 0.75rem; align-items: center; margin: 1rem 0; }
`;
