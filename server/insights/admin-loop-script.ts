/**
 * The second half of the /admin page script (admin-script.ts prepends the report's charts and
 * tables): the owner's loop (link, answer or dismiss an unanswered group, undo), the page's
 * controls and downloads. Same rules: DOM APIs only, visitor text through `textContent`.
 */

export const OWNER_LOOP_JS = `
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
