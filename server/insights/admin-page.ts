/**
 * The /admin page: HTML, CSS and JS (admin-script.ts) as three separate responses so it runs under
 * `default-src 'self'; script-src 'self'; style-src 'self'` — no inline script, no inline style, no
 * style attributes; charts are SVG built with DOM APIs and coloured by CSS classes. Visitor text (the
 * unanswered examples) only ever goes in through `textContent`.
 */

export { ADMIN_JS } from './admin-script.ts';

export const ADMIN_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>faqchat insights</title>
<link rel="stylesheet" href="/admin/admin.css">
<link rel="icon" href="/admin/icon.svg" type="image/svg+xml">
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
<form id="range" class="range">
<label for="from">From</label> <input id="from" name="from" type="date">
<label for="to">To</label> <input id="to" name="to" type="date">
<button type="submit">Show these days</button>
</form>
<p class="downloads"><span>Download:</span>
<button type="button" class="secondary" id="dl-json">Report (JSON)</button>
<button type="button" class="secondary" data-table="days">Per day (CSV)</button>
<button type="button" class="secondary" data-table="sections">Sections (CSV)</button>
<button type="button" class="secondary" data-table="unanswered">Unanswered (CSV)</button>
</p>
<p id="summary"></p>
<h2>Questions per day, by kind</h2>
<ul id="legend" class="legend"></ul>
<div id="per-day" class="chart"></div>
<h2>Helpful rate per section</h2>
<div id="sections" class="chart"></div>
<h2>Top unanswered questions</h2>
<p class="note">Questions the article could not answer (or that needed a choice), grouped by their key words. Wording is shown after personal details were removed. <span class="owner-only" hidden>For each, <strong>link</strong> it to the section that answers it, <strong>answer</strong> it in a few sentences of your own (shown as “this site's FAQ”), or <strong>dismiss</strong> it. The bot uses your change at once.</span></p>
<p id="owner-status" class="owner-status" role="status" aria-live="polite"></p>
<table id="unanswered">
<thead><tr><th scope="col">Times asked</th><th scope="col">Key words</th><th scope="col">Example wording</th><th scope="col">Last seen</th><th scope="col" class="owner-only" hidden>Action</th></tr></thead>
<tbody></tbody>
</table>
<section id="owner" class="owner-only" hidden>
<h2>Your links and answers</h2>
<p class="note">What you changed, oldest first. Undo takes a change back at once. To keep them in the site's own files, download them as site data and commit them into <code>knowledge/</code>.</p>
<ul id="edits" class="edits"></ul>
<p><button type="button" class="secondary" id="dl-site-data">Download as site data (JSON)</button></p>
</section>
</section>
</main>
</body>
</html>
`;

/** The tab's icon (so the browser does not ask for a /favicon.ico that does not exist). */
export const ADMIN_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#2f5bd3"/><rect x="3" y="8" width="2" height="5" fill="#fff"/><rect x="7" y="5" width="2" height="8" fill="#fff"/><rect x="11" y="3" width="2" height="10" fill="#fff"/></svg>';

export const ADMIN_CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1d2330; background: #f7f8fa; }
main { max-width: 960px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
input, select, textarea { padding: .4rem .6rem; border: 1px solid #8a93a6; border-radius: 4px; font: inherit; max-width: 100%; box-sizing: border-box; }
#token { min-width: 18rem; }
button { padding: .45rem .9rem; border: 0; border-radius: 4px; background: #2f5bd3; color: #fff; cursor: pointer; font: inherit; }
button.secondary { background: #fff; color: #2f5bd3; border: 1px solid #2f5bd3; }
button.danger { background: #fff; color: #9b1c1c; border: 1px solid #9b1c1c; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f2b632; outline-offset: 2px; }
#status { flex-basis: 100%; min-height: 1.2em; margin: 0; color: #9b1c1c; }
.owner-status { min-height: 1.2em; font-weight: 600; }
.owner-status.error { color: #9b1c1c; } .owner-status.ok { color: #1f6b3d; }
.range { margin: 1rem 0 .5rem; }
.downloads { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: .9rem; }
.downloads button { padding: .3rem .6rem; }
.chart svg { display: block; width: 100%; height: auto; background: #fff; border: 1px solid #dde1e8; border-radius: 6px; }
.chart text { font-size: 11px; fill: #3b4252; }
.chart .axis { stroke: #c4c9d4; stroke-width: 1; }
.chart .track { fill: #eef0f4; }
.k-answer { fill: #2f5bd3; } .k-clarify { fill: #f2b632; } .k-fallback { fill: #d64545; }
.k-referral { fill: #7b4fc9; } .k-crisis { fill: #1d2330; } .k-concern { fill: #4a5468; } .k-smalltalk { fill: #8a93a6; }
.rate-good { fill: #2e8b57; } .rate-mid { fill: #f2b632; } .rate-bad { fill: #d64545; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; font-size: .9rem; }
.legend svg { width: 12px; height: 12px; vertical-align: -1px; margin-right: .3rem; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #dde1e8; vertical-align: top; overflow-wrap: anywhere; }
td:first-child { text-align: right; width: 6rem; }
td.form { text-align: left; width: auto; }
td.actions { white-space: nowrap; }
td.actions button { padding: .25rem .5rem; margin: 0 .25rem .25rem 0; font-size: .85rem; }
tr.editing td { background: #f1f4fb; }
.edit-form { display: grid; gap: .5rem; max-width: 40rem; }
.edit-form label { font-weight: 600; font-size: .9rem; }
.edit-form .hint { color: #4c566a; font-size: .85rem; margin: 0; }
.edit-form .buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
.edits { list-style: none; padding: 0; display: grid; gap: .5rem; }
.edits li { background: #fff; border: 1px solid #dde1e8; border-radius: 6px; padding: .6rem .8rem; display: grid; gap: .25rem; }
.edits .what { font-weight: 600; } .edits .when { color: #4c566a; font-size: .85rem; }
.edits button { justify-self: start; padding: .25rem .6rem; }
.note { color: #4c566a; font-size: .9rem; }
@media (max-width: 640px) {
  main { margin: 1rem auto; padding: 0 .75rem; }
  #token { min-width: 0; width: 100%; }
  #unanswered thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  #unanswered, #unanswered tbody, #unanswered tr, #unanswered td { display: block; width: auto; }
  #unanswered tr { border: 1px solid #dde1e8; border-radius: 6px; margin-bottom: .6rem; background: #fff; }
  #unanswered td { border: 0; padding: .2rem .6rem; text-align: left; }
  #unanswered td::before { content: attr(data-label) ": "; font-weight: 600; color: #4c566a; }
  #unanswered td.actions::before, #unanswered td.form::before { content: none; }
  td.actions { white-space: normal; }
}
`;
