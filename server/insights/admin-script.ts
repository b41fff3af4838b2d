/**
 * The /admin page's script (served as /admin/admin.js under `script-src 'self'`): the report with a
 * date range, its downloads, charts drawn at the width they are shown (readable on a 390 px phone),
 * and the owner's loop — link, answer or dismiss each unanswered group, undo, export as site data.
 * DOM APIs only: visitor text goes in through `textContent` or `value`, never as markup. The token
 * stays in this page's memory.
 */

import { OWNER_LOOP_JS } from './admin-loop-script.ts';

/** The whole page script: the report's charts and tables, then the owner's loop and the page's controls. */
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
` + OWNER_LOOP_JS;
