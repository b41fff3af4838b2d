import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { crisisReply, detectCrisis } from '../../server/engine/safety/gate.ts';
import { parseSiteFile } from '../../knowledge/site.ts';
import { SITE } from '../setup/site.ts';
import { crisis, nonCrisis } from '../golden/safety.ts';
import crisisJson from '../../knowledge/crisis.json' with { type: 'json' };

const detect = (q: string, recent?: string[]) => detectCrisis(analyze(q), recent);

describe('golden set sizes', () => {
  it('has at least 90 crisis and 90 tricky non-crisis messages, hard ones with a reason', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(90);
    expect(nonCrisis.length).toBeGreaterThanOrEqual(90);
    expect(nonCrisis.filter((c) => c.why).length).toBeGreaterThanOrEqual(80);
    expect(new Set([...crisis, ...nonCrisis].map((c) => c.q)).size).toBe(crisis.length + nonCrisis.length);
  });
});

describe('crisis recall (detector level): every crisis message is caught', () => {
  it.each(crisis.map((c) => [c.q, c.who] as const))('%s', (q, who) => {
    const s = detect(q);
    expect(s.crisis, `missed (${s.reason})`).toBe(true);
    expect(s.who).toBe(who);
  });
  it('recall is 100 %', () => {
    const missed = crisis.filter((c) => !detect(c.q).crisis).map((c) => c.q);
    expect(missed).toEqual([]);
  });
});

describe('no false positives on tricky non-crisis messages', () => {
  it.each(nonCrisis.map((c) => [c.q, c.why ?? ''] as const))('%s', (q) => {
    const s = detect(q);
    expect(s.crisis, `false positive by ${s.reason}`).toBe(false);
  });
  it('false positives are 0', () => {
    expect(nonCrisis.filter((c) => detect(c.q).crisis).map((c) => c.q)).toEqual([]);
  });
});

describe('negation is asymmetric', () => {
  it('a denial of ideation cancels it', () => {
    expect(detect("I'm not suicidal").crisis).toBe(false);
    expect(detect('i would never kill myself').crisis).toBe(false);
    expect(detect("I don't want to die").crisis).toBe(false);
    expect(detect("I'm not going to hurt myself").crisis).toBe(false);
  });
  it('a negated wish to live IS ideation, and a negation never cancels it', () => {
    expect(detect("I don't want to live").crisis).toBe(true);
    expect(detect('i do not want to be alive').crisis).toBe(true);
    expect(detect("I can't go on").crisis).toBe(true);
    expect(detect("there's no point in living").crisis).toBe(true);
  });
  it('a negation in another clause does not reach the cue', () => {
    expect(detect("I'm not okay and I want to die").crisis).toBe(true);
    expect(detect("I'm not suicidal, but I want to end it all").crisis).toBe(true);
  });
  it('a negation of a verb of knowing does not deny the embedded wish', () => {
    expect(detect("I don't understand why I want to kill myself").crisis).toBe(true);
  });
  it('the same words without the negation flip as expected', () => {
    expect(detect('I am suicidal').crisis).toBe(true);
    expect(detect('I want to live').crisis).toBe(false);
  });
  it('an elliptic "but I do" reverses a denial', () => {
    expect(detect("I never used to want to die, but now I do").crisis).toBe(true);
  });
});

describe('topic words need a person', () => {
  it('is not a crisis when suicidality is discussed as a subject', () => {
    expect(detect('what does research say about ketamine for suicidal patients').crisis).toBe(false);
  });
  it('is a crisis when the writer or someone they know is the subject', () => {
    expect(detect('I am having suicidal thoughts').crisis).toBe(true);
    expect(detect('my uncle has been suicidal since the divorce')).toMatchObject({ crisis: true, who: 'other' });
  });
  it('does not keep any of the visitor\'s words in the reason', () => {
    const s = detect('my uncle has been suicidal since the divorce');
    expect(s.reason).not.toMatch(/uncle|divorce/);
  });
});

describe('conversation context (recent messages)', () => {
  it('keeps the crisis reply when a crisis message is followed by a dismissal', () => {
    expect(detect("jk i'm fine").crisis).toBe(false);
    expect(detect("jk i'm fine", ['i want to kill myself']).crisis).toBe(true);
    expect(detect('you misunderstood', ["I don't want to be here anymore"]).crisis).toBe(true);
  });
  it('combines a distress cue with an earlier one', () => {
    expect(detect('everything feels hopeless').crisis).toBe(false);
    expect(detect('everything feels hopeless', ['i lost my job and i hate my life']).crisis).toBe(true);
  });
  it('does not turn ordinary follow-ups into crises', () => {
    expect(detect('how long does it last?', ['does ketamine help suicidal thoughts?']).crisis).toBe(false);
    expect(detect('thanks', ['what is ketamine']).crisis).toBe(false);
  });
  it('a crisis in the current message does not depend on context', () => {
    expect(detect('i want to die', []).crisis).toBe(true);
    expect(detect('i want to die', ['hello']).crisis).toBe(true);
  });
});

describe('crisisReply', () => {
  const resources = SITE.crisis;
  const self = crisisReply({ crisis: true, who: 'self', reason: 't' }, resources);
  const other = crisisReply({ crisis: true, who: 'other', reason: 't' }, resources);

  it('is a crisis reply with every resource', () => {
    for (const r of [self, other]) {
      expect(r.kind).toBe('crisis');
      expect(r.confidence).toBe(1);
      expect(r.sources).toEqual([]);
      expect(r.context).toBe('');
      expect(r.text).toContain('988');
      expect(r.text).toContain('988lifeline.org');
      expect(r.text).toContain('741741');
      expect(r.text).toContain('911');
      expect(r.text).toContain('findahelpline.com');
    }
  });
  it('is plain text, short and warm first', () => {
    expect(self.text).not.toMatch(/<[a-z/]/i);
    expect(self.text.length).toBeLessThan(700);
    expect(self.text.split('\n')[0]).toMatch(/sorry|here for you|not alone/i);
    expect(self.text.indexOf('988')).toBeGreaterThan(self.text.indexOf('\n'));
  });
  it('is worded for a helper when someone else is at risk', () => {
    expect(other.text).not.toBe(self.text);
    expect(other.text).toMatch(/\bthey\b|\bthem\b/);
    expect(self.text).not.toMatch(/\bthey are in immediate danger\b/);
  });
  it('uses whatever resources the site lists', () => {
    const uk = parseSiteFile('crisis.json', {
      ...crisisJson,
      locale: 'en-GB',
      resources: [{ name: 'Samaritans', action: 'call 116 123', contacts: [{ kind: 'call', label: 'Call 116 123', href: 'tel:116123' }] }],
      emergency: { self: 'In an emergency call 999.', other: 'If they are in danger call 999.', contact: { kind: 'call', label: 'Call 999', href: 'tel:999' } },
    });
    const r = crisisReply({ crisis: true, who: 'self', reason: 't' }, uk);
    expect(r.text).toContain('116 123');
    expect(r.text).toContain('999');
    expect(r.text).not.toContain('741741');
  });
});

describe('crisis resources data', () => {
  it('validates knowledge/crisis.json', () => {
    expect(SITE.crisis.resources.length).toBeGreaterThanOrEqual(2);
  });
  it('rejects a file without resources, naming the field', () => {
    expect(() => parseSiteFile('crisis.json', { ...crisisJson, resources: [] })).toThrow(/faqchat: knowledge\/crisis\.json: resources/);
    expect(() => parseSiteFile('crisis.json', { ...crisisJson, intro: { self: 'x' } })).toThrow(/intro\.other/);
  });
});

describe('composition: cues survive the text around them', () => {
  it('a crisis cue after any ordinary question is still caught (mixed messages)', () => {
    const cues = ['i want to die', "honestly I don't want to live anymore", 'my friend says she wants to kill herself'];
    const missed = nonCrisis.flatMap((c, i) => {
      const q = `${c.q} ${cues[i % cues.length]}`;
      return detect(q).crisis ? [] : [q];
    });
    expect(missed).toEqual([]);
  });
  it('a greeting or a question before a crisis message does not hide it', () => {
    const missed = crisis.flatMap((c) =>
      [`hi, ${c.q}`, `how long does ketamine last? ${c.q}`].filter((q) => !detect(q).crisis),
    );
    expect(missed).toEqual([]);
  });
  it('the article itself (pasted or quoted) never reads as a crisis', () => {
    const article = readFileSync(new URL('../../knowledge/sources/article.txt', import.meta.url), 'utf8');
    const sentences = article.split(/(?<=[.?!])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 3);
    expect(sentences.length).toBeGreaterThan(80);
    expect(sentences.filter((s) => detect(s).crisis)).toEqual([]);
  });
});

describe('earlier messages are read without wink (plain-text path)', () => {
  it('finds every golden crisis message in the conversation history', () => {
    expect(crisis.filter((c) => !detect('jk', [c.q]).crisis).map((c) => c.q)).toEqual([]);
  });
  it('never turns a dismissal after an ordinary message into a crisis', () => {
    expect(nonCrisis.filter((c) => detect("I'm fine", [c.q]).crisis).map((c) => c.q)).toEqual([]);
  });
});
