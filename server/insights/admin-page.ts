/**
 * The /admin page: HTML, CSS and JS as three separate responses so it runs under
 * `default-src 'self'; script-src 'self'; style-src 'self'` — no inline script, no inline style, no
 * style attributes; charts are SVG built with DOM APIs and coloured by CSS classes. Visitor text (the
 * unanswered examples) only ever goes in through `textContent`.
 */

export const ADMIN_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>faqchat insights</title>
<link rel="stylesheet" href="/admin/admin.css">
<script type="module" src="/admin/admin.js"></script>
</head>
<body>
<main>
<h1>faqchat insights</h1>
<form id="login">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Show report</button>
<p id="status" role="status" aria-live="polite"></p>
</form>
<section id="report" hidden>
<p id="summary"></p>
<h2>Questions per day, by kind</h2>
<ul id="legend" class="legend"></ul>
<div id="per-day" class="chart"></div>
<h2>Helpful rate per section</h2>
<div id="sections" class="chart"></div>
<h2>Top unanswered questions</h2>
<p class="note">Questions the article could not answer (or that needed a choice), grouped by their key words. Wording is shown after personal details were removed.</p>
<table id="unanswered">
<thead><tr><th scope="col">Times asked</th><th scope="col">Key words</th><th scope="col">Example wording</th><th scope="col">Last seen</th></tr></thead>
<tbody></tbody>
</table>
</section>
</main>
</body>
</html>
`;

export const ADMIN_CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1d2330; background: #f7f8fa; }
main { max-width: 960px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
input { padding: .4rem .6rem; min-width: 18rem; border: 1px solid #8a93a6; border-radius: 4px; }
button { padding: .45rem .9rem; border: 0; border-radius: 4px; background: #2f5bd3; color: #fff; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 3px solid #f2b632; outline-offset: 2px; }
#status { flex-basis: 100%; min-height: 1.2em; margin: 0; color: #9b1c1c; }
.chart svg { width: 100%; height: auto; background: #fff; border: 1px solid #dde1e8; border-radius: 6px; }
.chart text { font-size: 11px; fill: #3b4252; }
.chart .axis { stroke: #c4c9d4; stroke-width: 1; }
.chart .track { fill: #eef0f4; }
.k-answer { fill: #2f5bd3; } .k-clarify { fill: #f2b632; } .k-fallback { fill: #d64545; }
.k-referral { fill: #7b4fc9; } .k-crisis { fill: #1d2330; } .k-concern { fill: #4a5468; } .k-smalltalk { fill: #8a93a6; }
.rate-good { fill: #2e8b57; } .rate-mid { fill: #f2b632; } .rate-bad { fill: #d64545; }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; font-size: .9rem; }
.legend svg { width: 12px; height: 12px; vertical-align: -1px; margin-right: .3rem; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #dde1e8; vertical-align: top; }
td:first-child { text-align: right; width: 6rem; }
.note { color: #4c566a; font-size: .9rem; }
`;

export const ADMIN_JS = `'use strict';
const SVG = 'http://www.w3.org/2000/svg';
const KINDS = ['answer', 'clarify', 'fallback', 'referral', 'crisis', 'concern', 'smalltalk'];
const $ = (id) => document.getElementById(id);

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVG, name);
  for (const key of Object.keys(attrs || {})) el.setAttribute(key, String(attrs[key]));
  if (text !== undefined) el.textContent = text;
  return el;
}

function el(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function drawPerDay(report) {
  const box = $('per-day');
  clear(box);
  const days = report.perDay;
  const W = 900, H = 260, left = 36, bottom = 28, top = 10;
  const max = Math.max(1, ...days.map((d) => KINDS.reduce((s, k) => s + d.byKind[k], 0)));
  const step = (W - left - 10) / Math.max(1, days.length);
  const scale = (H - bottom - top) / max;
  const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img',
    'aria-label': 'Questions per day by kind, ' + report.from + ' to ' + report.to + ', at most ' + max + ' a day' });
  svg.appendChild(svgEl('line', { x1: left, y1: H - bottom, x2: W - 10, y2: H - bottom, class: 'axis' }));
  svg.appendChild(svgEl('text', { x: 2, y: top + 10 }, String(max)));
  svg.appendChild(svgEl('text', { x: 2, y: H - bottom }, '0'));
  days.forEach((d, i) => {
    let y = H - bottom;
    const x = left + i * step + step * 0.15;
    for (const kind of KINDS) {
      const n = d.byKind[kind];
      if (!n) continue;
      const h = n * scale;
      y -= h;
      const rect = svgEl('rect', { x: x, y: y, width: Math.max(1, step * 0.7), height: h, class: 'k-' + kind });
      rect.appendChild(svgEl('title', {}, d.day + ': ' + n + ' ' + kind));
      svg.appendChild(rect);
    }
    if (i % Math.ceil(days.length / 8) === 0) svg.appendChild(svgEl('text', { x: x, y: H - 8 }, d.day.slice(5)));
  });
  box.appendChild(svg);
  const legend = $('legend');
  clear(legend);
  for (const kind of KINDS) {
    const item = el('li');
    const swatch = svgEl('svg', { viewBox: '0 0 10 10', 'aria-hidden': 'true' });
    swatch.appendChild(svgEl('rect', { width: 10, height: 10, class: 'k-' + kind }));
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(kind + ' (' + report.totals.byKind[kind] + ')'));
    legend.appendChild(item);
  }
}

function drawSections(report) {
  const box = $('sections');
  clear(box);
  const rows = report.sections;
  if (!rows.length) { box.appendChild(el('p', 'No answers from the article yet.', 'note')); return; }
  const W = 900, rowH = 24, labelW = 300, barW = 380;
  const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + (rows.length * rowH + 8), role: 'img',
    'aria-label': 'Helpful rate per section for ' + rows.length + ' sections' });
  rows.forEach((s, i) => {
    const y = 4 + i * rowH;
    const label = s.title || s.sectionId;
    svg.appendChild(svgEl('text', { x: 4, y: y + 15 }, label.length > 45 ? label.slice(0, 44) + '…' : label));
    svg.appendChild(svgEl('rect', { x: labelW, y: y + 4, width: barW, height: 14, class: 'track' }));
    const rated = s.helpful + s.notHelpful;
    if (s.helpfulRate !== null) {
      const cls = s.helpfulRate >= 0.75 ? 'rate-good' : s.helpfulRate >= 0.5 ? 'rate-mid' : 'rate-bad';
      svg.appendChild(svgEl('rect', { x: labelW, y: y + 4, width: Math.max(1, s.helpfulRate * barW), height: 14, class: cls }));
    }
    const note = s.helpfulRate === null ? 'no feedback yet' : Math.round(s.helpfulRate * 100) + '% of ' + rated + ' rated';
    svg.appendChild(svgEl('text', { x: labelW + barW + 8, y: y + 15 }, note + ' · ' + s.replies + ' replies'));
  });
  box.appendChild(svg);
}

function drawUnanswered(report) {
  const body = $('unanswered').querySelector('tbody');
  clear(body);
  if (!report.unanswered.length) {
    const row = el('tr');
    const cell = el('td', 'Nothing unanswered in this period.');
    cell.colSpan = 4;
    row.appendChild(cell);
    body.appendChild(row);
    return;
  }
  for (const u of report.unanswered) {
    const row = el('tr');
    row.appendChild(el('td', String(u.count)));
    row.appendChild(el('td', u.topic));
    row.appendChild(el('td', u.example));
    row.appendChild(el('td', u.lastSeen));
    body.appendChild(row);
  }
}

function render(report) {
  const t = report.totals;
  $('summary').textContent = report.from + ' to ' + report.to + ' (UTC, ' + report.retentionDays + ' days kept): ' +
    t.questions + ' questions in ' + t.sessions + ' conversations; ' + t.helpful + ' helpful and ' + t.notHelpful +
    ' not helpful ratings.';
  drawPerDay(report);
  drawSections(report);
  drawUnanswered(report);
  $('report').hidden = false;
}

async function load(token) {
  const status = $('status');
  status.textContent = 'Loading…';
  try {
    const res = await fetch('/api/admin/insights', { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' });
    if (res.status === 401) { status.textContent = 'That token is not right.'; return; }
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      status.textContent = (body && body.error && body.error.message) || 'The report is unavailable (' + res.status + ').';
      return;
    }
    render(await res.json());
    status.textContent = '';
  } catch (err) {
    status.textContent = 'Could not reach the server.';
  }
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  load($('token').value.trim());
});
`;
