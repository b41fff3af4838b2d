/**
 * The /admin page's script (served as /admin/admin.js under `script-src 'self'`): the report with a
 * date range, its downloads, charts drawn at the width they are shown (readable on a 390 px phone),
 * and the owner's loop — link, answer or dismiss each unanswered group, undo, export as site data.
 * DOM APIs only: visitor text goes in through `textContent` or `value`, never as markup. The token
 * stays in this page's memory.
 */

export const ADMIN_JS = `'use strict';
const SVG = 'http://www.w3.org/2000/svg';
const KINDS = ['answer', 'clarify', 'fallback', 'referral', 'crisis', 'concern', 'smalltalk'];
const $ = (id) => document.getElementById(id);
const state = { token: '', report: null, owner: null, range: {} };

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

/** Width a chart is shown at, so its text is drawn at its real size (phones included). */
function widthOf(box) { return Math.max(300, Math.min(960, Math.floor(box.clientWidth || 900))); }

function fit(label, chars) { return label.length > chars ? label.slice(0, Math.max(1, chars - 1)) + '…' : label; }

function drawPerDay(report) {
  const box = $('per-day');
  clear(box);
  const days = report.perDay;
  const W = widthOf(box), H = W < 560 ? 200 : 260, left = 30, bottom = 26, top = 10;
  const max = Math.max(1, ...days.map((d) => KINDS.reduce((s, k) => s + d.byKind[k], 0)));
  const step = (W - left - 8) / Math.max(1, days.length);
  const scale = (H - bottom - top) / max;
  const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img',
    'aria-label': 'Questions per day by kind, ' + report.from + ' to ' + report.to + ', at most ' + max + ' a day' });
  svg.appendChild(svgEl('line', { x1: left, y1: H - bottom, x2: W - 8, y2: H - bottom, class: 'axis' }));
  svg.appendChild(svgEl('text', { x: 2, y: top + 10 }, String(max)));
  svg.appendChild(svgEl('text', { x: 2, y: H - bottom }, '0'));
  const every = Math.max(1, Math.ceil(days.length / Math.max(1, Math.floor((W - left) / 44))));
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
    if (i % every === 0) svg.appendChild(svgEl('text', { x: Math.min(x, W - 36), y: H - 8 }, d.day.slice(5)));
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
  const W = widthOf(box);
  // Wide: label, bar and note side by side. Narrow: the label on its own line above bar and note.
  const narrow = W < 640;
  const rowH = narrow ? 42 : 24, labelW = narrow ? 0 : Math.round(W * 0.33), barW = narrow ? Math.round(W * 0.42) : Math.round(W * 0.42);
  const barY = narrow ? 20 : 4;
  const svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + (rows.length * rowH + 8), role: 'img',
    'aria-label': 'Helpful rate per section for ' + rows.length + ' sections' });
  rows.forEach((s, i) => {
    const y = 4 + i * rowH;
    const label = s.title || s.sectionId;
    svg.appendChild(svgEl('text', { x: 4, y: y + 13 }, fit(label, Math.floor(((narrow ? W : labelW) - 8) / 6.2))));
    svg.appendChild(svgEl('rect', { x: 4 + labelW, y: y + barY, width: barW, height: 14, class: 'track' }));
    const rated = s.helpful + s.notHelpful;
    if (s.helpfulRate !== null) {
      const cls = s.helpfulRate >= 0.75 ? 'rate-good' : s.helpfulRate >= 0.5 ? 'rate-mid' : 'rate-bad';
      svg.appendChild(svgEl('rect', { x: 4 + labelW, y: y + barY, width: Math.max(1, s.helpfulRate * barW), height: 14, class: cls }));
    }
    const note = s.helpfulRate === null ? 'no feedback yet' : Math.round(s.helpfulRate * 100) + '% of ' + rated + ' rated';
    const noteX = 4 + labelW + barW + 8;
    svg.appendChild(svgEl('text', { x: noteX, y: y + barY + 11 }, fit(note + ' · ' + s.replies + ' replies', Math.floor((W - noteX) / 6))));
  });
  box.appendChild(svg);
}

function cell(row, text, label, className) {
  const td = el('td', text, className);
  td.setAttribute('data-label', label);
  row.appendChild(td);
  return td;
}

function drawUnanswered(report) {
  const body = $('unanswered').querySelector('tbody');
  clear(body);
  const columns = state.owner ? 5 : 4;
  if (!report.unanswered.length) {
    const row = el('tr');
    const td = el('td', 'Nothing unanswered in these days.');
    td.colSpan = columns;
    row.appendChild(td);
    body.appendChild(row);
    return;
  }
  for (const u of report.unanswered) {
    const row = el('tr');
    cell(row, String(u.count), 'Times asked');
    cell(row, u.topic, 'Key words');
    cell(row, u.example, 'Example');
    cell(row, u.lastSeen, 'Last seen');
    if (state.owner) {
      const actions = cell(row, undefined, 'Action', 'actions');
      const button = (text, cls, onClick) => {
        const b = el('button', text, cls);
        b.type = 'button';
        b.addEventListener('click', onClick);
        actions.appendChild(b);
      };
      button('Link', 'secondary', () => openForm(row, u, 'link'));
      button('Answer', 'secondary', () => openForm(row, u, 'answer'));
      button('Dismiss', 'danger', () => save({ action: 'dismiss', topic: u.topic }, 'Dismissed.'));
    }
    body.appendChild(row);
  }
}

function field(form, id, labelText, control, hint) {
  const label = el('label', labelText);
  label.htmlFor = id;
  control.id = id;
  form.appendChild(label);
  form.appendChild(control);
  if (hint) form.appendChild(el('p', hint, 'hint'));
  return control;
}

/** The link or answer form for one group, in a row of its own under it. */
function openForm(row, group, action) {
  const old = document.querySelector('tr.form-row');
  if (old) { old.previousSibling && old.previousSibling.classList.remove('editing'); old.remove(); }
  const limits = state.owner.limits;
  const formRow = el('tr', undefined, 'form-row');
  const td = el('td', undefined, 'form');
  td.colSpan = 5;
  const form = el('form', undefined, 'edit-form');
  const question = el('input');
  question.maxLength = limits.questionChars;
  question.required = true;
  question.value = group.example;
  let section, answer, url;
  if (action === 'link') {
    section = el('select');
    section.required = true;
    const none = el('option', 'Choose the section that answers it');
    none.value = '';
    section.appendChild(none);
    for (const s of state.owner.sections) {
      const option = el('option', (s.kind === 'faq' ? 'FAQ: ' : '') + s.title);
      option.value = s.id;
      section.appendChild(option);
    }
    field(form, 'edit-section', 'Section', section);
    field(form, 'edit-question', 'Question it answers', question, 'Edit the wording if you like; it becomes one more way visitors can ask for that section.');
  } else {
    field(form, 'edit-question', 'Question', question, 'Up to ' + limits.questionChars + ' characters.');
    answer = el('textarea');
    answer.rows = 4;
    answer.maxLength = limits.answerChars;
    answer.required = true;
    field(form, 'edit-answer', 'Your answer', answer, 'Plain text, at most ' + limits.answerSentences + ' sentences (' + limits.answerChars + ' characters). Visitors see it with the source “this site’s FAQ”.');
    url = el('input');
    url.type = 'url';
    url.maxLength = limits.urlChars;
    url.placeholder = 'https://…';
    field(form, 'edit-url', 'Page with more (optional)', url);
  }
  const buttons = el('div', undefined, 'buttons');
  const submit = el('button', action === 'link' ? 'Link question' : 'Save answer');
  submit.type = 'submit';
  const cancel = el('button', 'Cancel', 'secondary');
  cancel.type = 'button';
  cancel.addEventListener('click', () => { row.classList.remove('editing'); formRow.remove(); });
  buttons.appendChild(submit);
  buttons.appendChild(cancel);
  form.appendChild(buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = action === 'link'
      ? { action: 'link', topic: group.topic, sectionId: section.value, question: question.value }
      : { action: 'answer', topic: group.topic, question: question.value, answer: answer.value, url: url.value };
    save(body, action === 'link' ? 'Linked.' : 'Answer saved.');
  });
  td.appendChild(form);
  formRow.appendChild(td);
  row.classList.add('editing');
  row.after(formRow);
  (action === 'link' ? section : question).focus();
}

function say(text, ok) {
  const status = $('owner-status');
  status.textContent = text;
  status.className = 'owner-status ' + (ok ? 'ok' : 'error');
}

async function api(path, init) {
  const headers = Object.assign({ Authorization: 'Bearer ' + state.token }, (init && init.headers) || {});
  return fetch(path, Object.assign({ cache: 'no-store' }, init || {}, { headers: headers }));
}

async function errorText(res, fallback) {
  const body = await res.json().catch(() => null);
  return (body && body.error && body.error.message ? body.error.message.replace(/^faqchat: /, '') : fallback + ' (' + res.status + ')');
}

async function save(body, done) {
  say('Saving…', true);
  try {
    const res = await api('/api/admin/edits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) { say(await errorText(res, 'The change was not saved'), false); return; }
    const result = await res.json();
    await refresh();
    say(done + ' The bot uses it now' + (result.rebuildMs ? ' (rebuilt in ' + Math.round(result.rebuildMs) + ' ms).' : '.'), true);
  } catch (err) {
    say('Could not reach the server.', false);
  }
}

async function undo(id) {
  const res = await api('/api/admin/edits/' + encodeURIComponent(id), { method: 'DELETE' });
  if (!res.ok) { say(await errorText(res, 'Could not undo'), false); return; }
  await refresh();
  say('Undone. The bot no longer uses that change.', true);
}

const ACTIONS = { link: 'Linked', answer: 'Answered', dismiss: 'Dismissed' };

function drawEdits(edits) {
  const list = $('edits');
  clear(list);
  if (!edits.length) { list.appendChild(el('li', 'No changes yet.', 'note')); return; }
  const titles = {};
  for (const s of state.owner.sections) titles[s.id] = s.title;
  for (const e of edits) {
    const item = el('li');
    let what = ACTIONS[e.action] + ': ';
    if (e.action === 'link') what += '“' + e.question + '” → ' + (titles[e.sectionId] || e.sectionId + ' (no longer in the articles)');
    else if (e.action === 'answer') what += '“' + e.question + '”';
    else what += e.topic || '';
    item.appendChild(el('span', what, 'what'));
    if (e.action === 'answer') item.appendChild(el('span', e.answer + (e.url ? ' (' + e.url + ')' : '')));
    item.appendChild(el('span', e.at.slice(0, 16).replace('T', ' ') + ' UTC', 'when'));
    const b = el('button', 'Undo', 'danger');
    b.type = 'button';
    b.addEventListener('click', () => undo(e.id));
    item.appendChild(b);
    list.appendChild(item);
  }
}

function render(report) {
  state.report = report;
  const t = report.totals;
  $('summary').textContent = report.from + ' to ' + report.to + ' (UTC; ' + report.retentionDays + ' days kept): ' +
    t.questions + ' questions in ' + t.sessions + ' conversations; ' + t.helpful + ' helpful and ' + t.notHelpful +
    ' not helpful ratings.';
  const kept = report.kept || { from: report.from, to: report.to };
  for (const id of ['from', 'to']) { $(id).min = kept.from; $(id).max = kept.to; }
  $('from').value = report.from;
  $('to').value = report.to;
  // Shown first: the charts are drawn at the width the page gives them.
  $('report').hidden = false;
  drawPerDay(report);
  drawSections(report);
  drawUnanswered(report);
}

function query() {
  const q = [];
  if (state.range.from) q.push('from=' + state.range.from);
  if (state.range.to) q.push('to=' + state.range.to);
  return q.length ? '?' + q.join('&') : '';
}

/** The owner's part, when the server offers it (404 otherwise: the page is then a report only). */
async function loadOwner() {
  const [sections, edits] = await Promise.all([api('/api/admin/sections'), api('/api/admin/edits')]);
  if (!sections.ok || !edits.ok) { state.owner = null; return null; }
  const s = await sections.json();
  state.owner = { sections: s.sections, limits: s.limits };
  return (await edits.json()).edits;
}

async function refresh() {
  const edits = await loadOwner().catch(() => null);
  for (const node of document.querySelectorAll('.owner-only')) node.hidden = !state.owner;
  const res = await api('/api/admin/insights' + query());
  if (!res.ok) throw Object.assign(new Error('report'), { res: res });
  render(await res.json());
  if (state.owner) drawEdits(edits || []);
}

async function load(token) {
  const status = $('status');
  status.textContent = 'Loading…';
  state.token = token;
  try {
    const res = await api('/api/admin/insights' + query());
    if (res.status === 401) { status.textContent = 'That token is not right.'; return; }
    if (!res.ok) { status.textContent = await errorText(res, 'The report is unavailable'); return; }
    await refresh();
    status.textContent = '';
  } catch (err) {
    status.textContent = err && err.res ? 'The report is unavailable (' + err.res.status + ').' : 'Could not reach the server.';
  }
}

/** Saves a response as a file (the token travels in a header, so a plain link cannot fetch it). */
async function download(path, name) {
  const res = await api(path);
  if (!res.ok) { say(await errorText(res, 'The download failed'), false); return; }
  const url = URL.createObjectURL(await res.blob());
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  load($('token').value.trim());
});

$('range').addEventListener('submit', (event) => {
  event.preventDefault();
  state.range = { from: $('from').value, to: $('to').value };
  if (state.range.from && state.range.to && state.range.from > state.range.to) { say('“From” must not be after “To”.', false); return; }
  refresh().then(() => say('', true), () => say('The report is unavailable for those days.', false));
});

$('dl-json').addEventListener('click', () => download('/api/admin/insights' + query(), 'faqchat-report.json'));
for (const b of document.querySelectorAll('[data-table]')) {
  b.addEventListener('click', () => {
    const table = b.getAttribute('data-table');
    download('/api/admin/insights.csv' + (query() ? query() + '&' : '?') + 'table=' + table, 'faqchat-' + table + '.csv');
  });
}
$('dl-site-data').addEventListener('click', () => download('/api/admin/site-data', 'faqchat-site-data.json'));

let resizing = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => { if (state.report) { drawPerDay(state.report); drawSections(state.report); } }, 150);
});
`;
