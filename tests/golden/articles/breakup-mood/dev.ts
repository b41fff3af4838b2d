import type { ArticleCase } from '../types.ts';

const TITLE = 'Low Mood After a Breakup';
const WHY = 'Why breakups hurt so much';
const FEEL = 'Common feelings after a breakup';
const SLEEP = 'Sleep and appetite changes';
const RUM = 'Rumination and checking their social media';
const NC = 'No contact and boundaries';
const SELF = 'Looking after yourself';
const FRIENDS = 'Leaning on friends and family';
const DEP = 'When sadness becomes depression';
const SUPPORT = 'Supporting a friend after a breakup';
const FAQ = 'Frequently asked questions';
const F_LONG = 'How long does it take to get over a breakup?';
const F_MISS = 'Is it normal to still miss my ex even though I ended it?';
const F_FRIENDS = 'Should I try to stay friends with my ex?';
const F_DEP = 'Can a breakup cause depression?';

/** Dev half for the Evernote HTML export "Low Mood After a Breakup": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what does this guide cover', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['This guide explains why breakups hurt, what you might notice'] },
  { q: 'what feelings are common after a relationship ends', expect: 'answer', style: 'plain', headings: [FEEL], evidence: ['Sadness and crying, sometimes at unexpected moments', 'Anger at your ex, at yourself or at the situation'] },
  { q: 'when should I see my GP about low mood after a breakup', expect: 'answer', style: 'plain', headings: [DEP, F_DEP], evidence: ['it is a good idea to talk to your GP', 'low mood lasts most of the day for more than two weeks'] },
  { q: 'what can a GP do for me', expect: 'answer', style: 'plain', headings: [DEP], evidence: ['suggest options such as talking therapy, which often helps with depression'] },
  { q: 'why is it so hard when we also lost the flat and our plans', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['also routines, plans for the future, shared friends and sometimes a home'] },
  { q: 'I am too embarrassed to tell anyone we broke up', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Shame or embarrassment about telling people'] },
  { q: 'I am sleeping twelve hours and still cannot get up', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['Some people sleep much more than usual and find it hard'] },
  { q: 'his things are everywhere in my room and it hurts to look', expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['Put away or box up reminders you are not ready to see'] },
  { q: 'comfort eating', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['you may find yourself eating more for comfort'] },
  { q: 'anniversary', expect: 'answer', style: 'short', headings: [SUPPORT], evidence: ['keeping them company on a difficult date like an anniversary'] },
  { q: 'journaling', expect: 'answer', style: 'short', headings: [SELF], evidence: ['writing a letter to your ex that you never send'] },
  { q: 'is it ok to tel my ex im not redy to be frends', expect: 'answer', style: 'typo', headings: [NC], evidence: ['fine to say you are not ready to be friends yet'] },
  { q: 'does the loss of apetite go away', expect: 'answer', style: 'typo', headings: [SLEEP], evidence: ['These changes are usually temporary and settle as the first shock passes.'] },
  { q: 'my frend keeps saying no when i invite her out shud i stop asking', expect: 'answer', style: 'typo', headings: [SUPPORT], evidence: ['Keep inviting them out even if they say no a few times'] },
  { q: 'i feel so lonly even wiv my mates around', expect: 'answer', style: 'phonetic', headings: [FEEL], evidence: ['Loneliness, even when other people are around'] },
  { q: 'wots the point of no contact is it just to get back at them', expect: 'answer', style: 'phonetic', headings: [NC], evidence: ['This is not about punishing your ex'] },
  { q: 'saw him with a new gf on insta 😭😭 why does it hurt more every time i look', expect: 'answer', style: 'emoji-filler', headings: [RUM], evidence: ['a short sense of relief followed by a sharper sting'] },
  { q: 'hmm ok so like 🤔 should I delete tiktok or smth', expect: 'answer', style: 'emoji-filler', headings: [RUM], evidence: ['Move social apps off your home screen for a few weeks'] },
  { q: 'my son is heartbroken and stays in his room, what practical things can I do', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['Practical help counts too: cooking a meal, helping them move'] },
  { q: 'I never know what to say to my friend about her breakup', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['you do not need the perfect words'] },
  { q: 'is it normal to be angry at myself after the breakup?', expect: 'answer', style: 'yes-no', headings: [FEEL], evidence: ['Anger at your ex, at yourself or at the situation'] },
  { q: 'is there a set timeline for recovering from heartbreak?', expect: 'answer', style: 'yes-no', headings: [F_LONG, FAQ, SELF], evidence: ['There is no set time, and it depends on how long', 'there is no fixed timetable for getting over someone'] },
  { q: 'could past depression make a breakup hit harder?', expect: 'answer', style: 'yes-no', headings: [F_DEP, FAQ], evidence: ['especially if you have had depression before'] },
  { q: 'is being dumped worse than doing the dumping', expect: 'answer', style: 'comparison', headings: [TITLE, F_MISS], evidence: ['whether you chose to leave, were left, or it simply', 'Ending a relationship because it was not right does not stop you'] },
  { q: 'ruminating vs actually solving the problem', expect: 'answer', style: 'comparison', headings: [RUM], evidence: ['going over the same thoughts again and again without reaching an answer'] },
  { q: 'does the pain come and go and will it get easier?', expect: 'answer', style: 'two-part', headings: [WHY, DEP], evidence: ['the feelings can come in waves rather than fading', 'usually eases gradually over weeks and months'] },
  { q: 'what should I do about drinking and what about my bedtime', expect: 'answer', style: 'two-part', headings: [SLEEP], evidence: ['keep regular times for going to bed, getting up and eating', 'it tends to make mood and sleep worse over time'] },
  { q: 'my ex still send me messages and I feel scared of him, this is normal in breakup?', expect: 'answer', style: 'non-native', headings: [NC], evidence: ['frightened or controlled, that is not a normal part of a breakup'] },
  { q: 'how I can tell my friends what help I need from them?', expect: 'answer', style: 'non-native', headings: [FRIENDS], evidence: ['Tell people what would help, for example that you would like'] },
  { q: 'My girlfriend and I broke up in January and we have been meeting for coffee every week as friends. Every time I leave I feel awful and I secretly hope she will change her mind. Is this a good idea?', expect: 'answer', style: 'long-personal', headings: [F_FRIENDS, FAQ], evidence: ['helping you heal or keeping your hopes alive'] },
  { q: 'and what if I still miss the good bits?', expect: 'answer', style: 'paraphrase', before: ['I ended a five year relationship because it was not working'], headings: [F_MISS, FAQ], evidence: ['Missing someone is not a sign that you made the wrong choice.', 'does not stop you missing the good parts of it'] },
  { q: 'ok and if nothing feels enjoyable anymore?', expect: 'answer', style: 'paraphrase', before: ['how do I look after myself after a breakup'], headings: [DEP], evidence: ['Nothing feels enjoyable or worth doing', 'it is a good idea to talk to your GP'] },
  // out of scope
  { q: 'how do I write a text to win my ex back', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long should I wait before dating again', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do I need a solicitor to separate if we were not married', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I split the rent deposit with my ex', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does Relate offer free sessions near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can herbal supplements help with heartbreak', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is my ex a narcissist', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I co-parent with an ex who disagrees about bedtimes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what do I say in a wedding speech 🎤', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I reset my netflix password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best places to travel solo in europe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and how do I change the locks on my flat?', expect: 'fallback', style: 'out-of-scope', before: ['should I try no contact with my ex'] },
];
