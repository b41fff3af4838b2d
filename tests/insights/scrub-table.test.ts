/**
 * The scrubber against a table: personal data that must go (with the exact output) and ordinary
 * questions that must survive untouched (article words, drug names, doses, "Dr." in questions about
 * doctors, "May" the month or the verb). Then every personal detail of the table is recorded through
 * a real store and searched for in every byte of DATA_DIR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { luhn, scrub, articleWords, PLACEHOLDERS } from '../../server/insights/scrub.ts';
import { openSqliteStoreStrict } from '../../server/insights/sqlite.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';
import { reply, tempDir } from './helpers.ts';

const { corpus } = loadKnowledgeBuild(fileURLToPath(new URL('../../build/knowledge', import.meta.url)));
const KNOWN = articleWords(corpus);

/** [what a visitor wrote, what is stored, the personal details that must not be stored]. */
const REMOVED: Array<[string, string, string[]]> = [
  // Names after a self-introduction, as a pair, after a title or a relation.
  ['Hi, this is Sarah, can ketamine help me?', 'Hi, this is [name], can ketamine help me?', ['Sarah']],
  ['Sarah here, quick question about side effects', '[name] here, quick question about side effects', ['Sarah']],
  ['Hello, Tomasz Brennick here. Is it safe?', 'Hello, [name] here. Is it safe?', ['Tomasz', 'Brennick']],
  ['I am called Harriet and I feel low', 'I am called [name] and I feel low', ['Harriet']],
  ["I'm called harriet", "I'm called [name]", ['harriet']],
  ['people call me Bex, is it addictive?', 'people call me [name], is it addictive?', ['Bex']],
  ['my name is john smith, how long does it last', 'my name is [name], how long does it last', ['john', 'smith']],
  ['call me Priya', 'call me [name]', ['Priya']],
  ["I'm Dana Whitcombe, 45", "I'm [name], 45", ['Dana', 'Whitcombe']],
  ['my friend John Smith said it helped him', 'my friend [name] said it helped him', ['John', 'Smith']],
  ['I told Dr. Patel about my dose', 'I told Dr. [name] about my dose', ['Patel']],
  ['my husband, Marcus, thinks I should stop', 'my husband, [name], thinks I should stop', ['Marcus']],
  // Card numbers (Luhn-valid) and other long digit runs.
  ['my card is 4111 1111 1111 1111 can I pay with it', 'my card is [card] can I pay with it', ['4111']],
  ['card number 5500-0000-0000-0004 expires soon', 'card number [card] expires soon', ['5500', '0004']],
  ['account 1234 5678 9012 3456 7 is it billed', 'account [number] is it billed', ['5678', '9012']],
  ['my NHS number is 943 476 5919', 'my NHS number is [phone]', ['943 476', '5919']],
  ['member id 123456789012', 'member id [number]', ['123456789012']],
  // Street addresses and postcodes.
  ['I live at 42 Wexford Lane, is there a clinic near me?', 'I live at [address], is there a clinic near me?', ['Wexford']],
  ['send it to 221B Baker Street please', 'send it to [address] please', ['221B', 'Baker']],
  ['my address is 17 Pellingham Road, Leeds', 'my address is [address], Leeds', ['Pellingham']],
  ['I live on Baker Street in London', 'I live on [address] in London', ['Baker']],
  ['1600 Pennsylvania Ave NW, can you deliver', '[address] NW, can you deliver', ['1600', 'Pennsylvania']],
  ['my postcode is SW1A 1AA', 'my postcode is [address]', ['SW1A', '1AA']],
  ['Flat 3, 12 High St', '[address], [address]', ['High St']],
  ['PO Box 4821 for letters', '[address] for letters', ['4821']],
  // E-mail addresses, plain and written out.
  ['write to jane (at) quillmail (dot) com', 'write to [email]', ['jane', 'quillmail']],
  ['email me at jane dot doe at gmail dot com', 'email me at [email]', ['jane', 'dot doe', 'gmail']],
  ['contact jane[at]wexmail[dot]org', 'contact [email]', ['jane', 'wexmail']],
  ['mail j.doe+meds@brennmail.co.uk', 'mail [email]', ['j.doe', 'brennmail']],
  // URLs, with their queries.
  ['see https://portal.example.com/reset?token=abc123XYZ', 'see [url]', ['portal', 'abc123XYZ']],
  ['go to portal.example.xyz/login?session=998877', 'go to [url]', ['portal', '998877']],
  ['www.mysite.net/page?id=42 is my blog', '[url] is my blog', ['mysite']],
  ['my blog is ketaminestories.org', 'my blog is [url]', ['ketaminestories']],
  // Dates of birth.
  ['born 12/04/1990, is it safe for me?', 'born [date], is it safe for me?', ['12/04', '1990']],
  ['I was born on 4 May 1990', 'I was born on [date]', ['1990']],
  ['my birthday is May 4th, 1990', 'my birthday is [date]', ['4th', '1990']],
  ['DOB 1985, is that too old', 'DOB [date], is that too old', ['1985']],
  ['date of birth: 03.11.1979', 'date of birth: [date]', ['1979']],
  ['born in 1990 and still depressed', 'born in [date] and still depressed', ['1990']],
  // Phone numbers and handles.
  ['call me on 07700 900461', 'call me on [phone]', ['07700', '900461']],
  ['my number is +44 20 7946 0958', 'my number is [phone]', ['7946', '0958']],
  ['text (555) 123-4567', 'text [phone]', ['555', '4567']],
  ['DM me @sarah_k on twitter', 'DM me [handle] on twitter', ['sarah_k']],
];

/** Questions with nothing personal in them: stored exactly as written. */
const KEPT: string[] = [
  'How long does ketamine last?',
  'Is Spravato covered by insurance?',
  'Can my Dr. prescribe it?',
  'Should I ask my Dr about the dose?',
  'Does the Dr. need to be a psychiatrist?',
  'May I ask about side effects?',
  'I started in May, is that too soon?',
  'is 20 mg a lot at age 34?',
  'I take 50 mg twice a day',
  '3 days in a row I felt dizzy',
  "I take 2 drops of St John's wort",
  'can I drink 2 glasses of wine',
  'I called 988 last night',
  "I'm sad and tired",
  'I am taking lithium and sertraline',
  "I'm not sure this is working",
  'I am new to this',
  'This is scary, is it normal?',
  'this is so hard',
  'Help here?',
  'Is it safe after 6 weeks?',
  'What about Ketamine Infusion Therapy?',
  'Does Esketamine work faster?',
  'Can I take it with Prozac or Zoloft?',
  'what happens at 0.5 mg/kg',
  'call me back if you can',
  'I tried 10 sessions over 4 weeks',
  'Is the NHS offering it in 2024?',
  'my blood pressure is 140/90',
  'Hi, is ketamine legal in the UK?',
  'Good Morning, can it cause nausea?',
  'I have been depressed since 2019',
  'it may 2x the risk?',
  'How does it compare to ECT?',
  'Is it OK to drive after 2 hours?',
  'What does the FDA say about it?',
  'Can I take it on Monday and Thursday?',
  'My GP said to wait 6 months, is that right?',
  'How many sessions until it works? 6 or 8?',
  'Will my Insurance cover Spravato?',
  'I read about it on Reddit, is it true?',
  'Is it like LSD or MDMA?',
  'Should I tell my Doctor about my anxiety?',
  'Does it help with PTSD in 2 weeks?',
];

describe('scrub table', () => {
  it('has at least 60 cases, half of them questions that must survive', () => {
    expect(REMOVED.length + KEPT.length).toBeGreaterThanOrEqual(60);
    expect(KEPT.length).toBeGreaterThanOrEqual(REMOVED.length);
  });

  it.each(REMOVED)('%j → %j', (text, expected, secrets) => {
    const out = scrub(text, KNOWN);
    expect(out).toBe(expected);
    for (const s of secrets) expect(out.toLowerCase()).not.toContain(s.toLowerCase());
  });

  it.each(KEPT.map((t) => [t]))('%j survives', (text) => {
    expect(scrub(text, KNOWN)).toBe(text);
  });

  it('checks card numbers with Luhn: a valid one is a [card], any other long digit run a [number]', () => {
    expect(['4111111111111111', '5500 0000 0000 0004', '378282246310005'].map(luhn)).toEqual([true, true, true]);
    expect(['4111111111111112', '1234567890123', '0000000000000000'].map(luhn)).toEqual([false, false, false]);
    expect(scrub('4111 1111 1111 1112')).toBe(PLACEHOLDERS.number);
  });
});

describe('none of the table\'s personal data reaches the store', () => {
  it('records every removed case as an unanswered question and finds none of its details in DATA_DIR', async () => {
    const t = tempDir();
    try {
      const store = await openSqliteStoreStrict({ dataDir: t.dir, knownWords: KNOWN });
      let i = 0;
      for (const [text] of REMOVED) {
        await store.recordReply(reply({ sessionId: `s-${i}`, messageId: `m-${i++}`, kind: 'fallback', sectionId: null, question: text }));
      }
      const report = await store.report(new Date('2025-06-15T12:00:00Z'));
      await store.close();
      // Hex runs (the salted hashes and the salt) are blanked, so a digit group cannot match inside one by chance.
      const bytes = readdirSync(t.dir)
        .map((f) => readFileSync(join(t.dir, f)).toString('latin1'))
        .join('\n')
        .toLowerCase()
        .replace(/[0-9a-f]{16,}/g, ' ');
      expect(bytes).toContain('[name]'); // control: the text that is kept is there to be searched
      const dashboard = JSON.stringify(report).toLowerCase();
      for (const [, , secrets] of REMOVED) {
        for (const s of secrets) {
          expect(bytes, s).not.toContain(s.toLowerCase());
          expect(dashboard, s).not.toContain(s.toLowerCase());
        }
      }
    } finally {
      t.cleanup();
    }
  });
});
