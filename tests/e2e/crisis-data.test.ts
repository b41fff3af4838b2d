/**
 * Crisis contacts flow from one place, the site's crisis data: swap in another country's lines and
 * they appear everywhere — the engine's crisis reply and its card links, the help line on later
 * replies, and the widget's baked footer and can't-load notice. Nothing in code names a number.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSiteFile } from '../../knowledge/site.ts';
import { createEngine } from '../../server/engine/engine.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { buildWidget } from '../../widget/build.ts';
import { SITE } from '../setup/site.ts';

const UK = parseSiteFile('crisis.json', {
  locale: 'en-GB',
  title: 'You are not alone',
  intro: { self: "I'm so sorry you're feeling like this. I'm an automated assistant, but people can help today:", other: 'Thank you for looking out for them. These lines help people worried about someone else too:' },
  resources: [
    { name: 'Samaritans', action: 'call 116 123, free, any time', contacts: [{ kind: 'call', label: 'Call 116 123', href: 'tel:116123', note: 'Samaritans, free, 24/7' }] },
    { name: 'Shout', action: 'text SHOUT to 85258', contacts: [{ kind: 'text', label: 'Text SHOUT to 85258', href: 'sms:85258?&body=SHOUT' }] },
  ],
  emergency: { self: 'If you are in immediate danger, call 999.', other: 'If they are in immediate danger, call 999.', contact: { kind: 'call', label: 'Call 999', href: 'tel:999' } },
  international: { text: 'Elsewhere, findahelpline.com lists free lines.', contact: { kind: 'web', label: 'Other countries', href: 'https://findahelpline.com' } },
  helpLine: { text: 'If you are in crisis, call Samaritans on 116 123 any time.', contacts: [{ kind: 'call', label: 'Call 116 123', href: 'tel:116123' }] },
});
const US_NUMBERS = /\b(?:988|741741|911)\b/;

describe('another country\'s crisis lines, swapped in as data', () => {
  const build = loadKnowledgeBuild('build/knowledge');
  const engine = createEngine({ ...build, site: { ...SITE, crisis: UK } });

  it('the crisis reply and its card links carry them, and nothing of the default lines', () => {
    const { reply } = engine.answer('i want to end my life');
    expect(reply.kind).toBe('crisis');
    expect(reply.text).toContain('116 123');
    expect(reply.text).toContain('999');
    expect(reply.text).not.toMatch(US_NUMBERS);
    expect(reply.help?.contacts.map((c) => c.href)).toEqual(['tel:116123', 'sms:85258?&body=SHOUT', 'tel:999', 'https://findahelpline.com']);
  });

  it('later replies keep the help line', () => {
    const first = engine.answer('i want to end my life');
    const next = engine.answer('what is this article about', first.reply.context);
    expect(next.reply.text).toContain('116 123');
    expect(next.reply.text).not.toMatch(US_NUMBERS);
  });

  const out = mkdtempSync(join(tmpdir(), 'faqchat-widget-uk-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the widget bakes them into the footer and the can\'t-load notice', async () => {
    await buildWidget({ outDir: out, helpLine: UK.helpLine });
    const files = readdirSync(out).filter((f) => f.endsWith('.js'));
    expect(files).toContain('widget.js');
    const loader = readFileSync(join(out, 'widget.js'), 'utf8');
    const panel = readFileSync(join(out, files.find((f) => f.startsWith('widget-panel-'))!), 'utf8');
    for (const js of [loader, panel]) {
      expect(js).toContain('tel:116123');
      expect(js).toContain('call Samaritans on 116 123');
      expect(js).not.toMatch(/tel:988|sms:988|741741|tel:911/);
    }
  }, 60_000);
});
