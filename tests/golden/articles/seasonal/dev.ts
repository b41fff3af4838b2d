import type { ArticleCase } from '../types.ts';

const INTRO = 'Seasonal Affective Disorder';
const WHAT = 'What Is Seasonal Affective Disorder?';
const SIGNS = 'Signs and Symptoms';
const WINTER = 'Winter-pattern symptoms';
const SUMMER = 'Summer-pattern symptoms';
const WHO = 'Who Gets SAD?';
const CAUSES = 'What Causes SAD?';
const DIAG = 'How Is SAD Diagnosed?';
const TREAT = 'Treatments for SAD';
const LIGHT = 'Light Therapy';
const TALK = 'Talk Therapy';
const MEDS = 'Antidepressant Medicines';
const VITD = 'Vitamin D';
const BOX = 'Getting Started With a Light Box';
const DAILY = 'Everyday Steps That Help';
const BLUES = 'Is SAD the same as the winter blues?';
const KIDS = 'Can children and teenagers get SAD?';
const PREVENT = 'Can SAD be prevented?';
const DOCTOR = 'When should I see a doctor?';


/** Dev half for the HTML page "Seasonal Affective Disorder": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what does SAD stand for', expect: 'answer', style: 'short', headings: [INTRO, WHAT], evidence: ['seasonal affective disorder, often shortened to SAD'] },
  { q: 'is SAD a kind of depression', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Seasonal affective disorder is a type of depression'] },
  { q: 'wen does it usualy start and stop', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['Their symptoms begin in late fall or early winter', 'The symptoms start and stop around the same time each year.'] },
  { q: 'what are the main symptoms of seasonal affective disorder', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Feeling sad, low or empty most of the day', 'Trouble concentrating or making decisions'] },
  { q: 'can it make you feel worthless or guilty', expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['Feeling hopeless, worthless or guilty'] },
  { q: 'why do people with winter SAD put on weight', expect: 'answer', style: 'paraphrase', headings: [WINTER], evidence: ['and gain weight over the winter'] },
  { q: 'hypersomnia meaning', expect: 'answer', style: 'short', headings: [WINTER], evidence: ['often sleep much more than usual, a problem known as hypersomnia'] },
  { q: 'summer SAD symtoms', expect: 'answer', style: 'typo', headings: [SUMMER], evidence: ['people tend to have trouble sleeping, known as insomnia', 'A poor appetite leading to weight loss is typical'] },
  { q: 'who is most at risk', expect: 'answer', style: 'plain', headings: [WHO], evidence: ['It is much more common in women than in men.', 'live with depression or bipolar disorder are at higher risk'] },
  { q: 'is it genetic, my mum had it too', expect: 'answer', style: 'yes-no', headings: [WHO], evidence: ['SAD also tends to run in families'] },
  { q: 'I have bipolar, am I more likely to get seasonal depression?', expect: 'answer', style: 'long-personal', headings: [WHO], evidence: ['live with depression or bipolar disorder are at higher risk'] },
  { q: 'how does less sunlight affect serotonin', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['Sunlight helps keep serotonin at normal levels'] },
  { q: 'why r ppl with sad low on vit d', expect: 'answer', style: 'phonetic', headings: [CAUSES], evidence: ['which the skin makes when it is exposed to sunlight'] },
  { q: 'how does the doctor find out if I have it', expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['ask about your symptoms, how long they last'] },
  { q: 'why would they check my thyroid', expect: 'answer', style: 'plain', headings: [DIAG], evidence: ['problems that can look like depression, such as an underactive thyroid'] },
  { q: 'is SAD treatable', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['SAD is treatable, and most people improve with the right plan.'] },
  { q: 'what is light therapy and how does it work', expect: 'answer', style: 'two-part', headings: [LIGHT], evidence: ['You sit in front of a very bright light box every day'] },
  { q: 'will a light box give me a tan lol ☀️', expect: 'answer', style: 'emoji-filler', headings: [LIGHT], evidence: ['so it does not tan the skin'] },
  { q: 'who should not use light therapy without asking a doctor', expect: 'answer', style: 'paraphrase', headings: [LIGHT], evidence: ['People with certain eye conditions'] },
  { q: 'what is CBT-SAD', expect: 'answer', style: 'plain', headings: [TALK], evidence: ['A version adapted for SAD, called CBT-SAD', 'Cognitive behavioral therapy, or CBT, is a type of talk therapy'] },
  { q: 'my brother refuses to take pills, is talking therapy an option for him?', expect: 'answer', style: 'caregiver', headings: [TALK, TREAT], evidence: ['Cognitive behavioral therapy, or CBT, is a type of talk therapy', 'There are four main types of treatment'] },
  { q: 'how long do the antidepressants take to kick in', expect: 'answer', style: 'paraphrase', headings: [MEDS], evidence: ['These medicines can take several weeks to work fully.'] },
  { q: 'is it better to start medication early', before: ['what medicines are used for SAD'], expect: 'answer', style: 'yes-no', headings: [MEDS, PREVENT], evidence: ['starting them before the time of year when your symptoms', 'Starting light therapy or medication in early fall'] },
  { q: 'does vitamin d work or not', expect: 'answer', style: 'plain', headings: [VITD], evidence: ['some studies found it helped, while others found no benefit'] },
  { q: 'can I look straight at the light', expect: 'answer', style: 'yes-no', headings: [BOX], evidence: ['Keep your eyes open, but do not look straight into the light.'] },
  { q: 'how to use a light box step by step', expect: 'answer', style: 'plain', headings: [BOX], evidence: ['Choose a light box that provides 10,000 lux', 'Place the box about 16 to 24 inches from your face'] },
  { q: 'I work from home all winter and barely go out, I feel like a zombie by January. what small things can I change day to day?', expect: 'answer', style: 'long-personal', headings: [DAILY], evidence: ['Getting outside in natural daylight, even on cloudy days', 'Opening the curtains and sitting near a window'] },
  { q: 'how is the light from a light box different from normal room lights', expect: 'answer', style: 'comparison', headings: [LIGHT], evidence: ['about 20 times brighter than ordinary indoor lighting'] },
  { q: 'my son is 12 can kids have this?', expect: 'answer', style: 'caregiver', headings: [KIDS], evidence: ['Yes, although it is less common than in adults.'] },
  { q: 'what is different between winter blues and SAD please explain me', expect: 'answer', style: 'non-native', headings: [BLUES], evidence: ['the winter blues are mild and do not stop you from functioning', 'SAD is a form of depression that affects how you think'] },
  { q: 'how to prevent it coming back next year, and when to start?', expect: 'answer', style: 'two-part', headings: [PREVENT], evidence: ['Starting light therapy or medication in early fall'] },
  { q: 'what if I have thoughts of hurting myself', expect: 'answer', style: 'plain', headings: [DOCTOR], evidence: ['seek help right away by calling or texting a crisis line'] },
  // out of scope: same domain, not covered
  { q: 'which light box brand is the best', expect: 'fallback', style: 'out-of-scope', why: 'no brands named' },
  { q: 'does melatonin supplement help for SAD', expect: 'fallback', style: 'out-of-scope', why: 'melatonin is discussed only as a body hormone, never as a supplement or treatment' },
  { q: 'can ketamine treat seasonal depression', expect: 'fallback', style: 'out-of-scope', why: 'ketamine never mentioned here' },
  { q: 'are there SAD support groups near me', expect: 'fallback', style: 'out-of-scope', why: 'no locations or support groups' },
  { q: 'is it safe to use a tanning bed instead of a light box', expect: 'fallback', style: 'out-of-scope', why: 'tanning beds never mentioned' },
  { q: 'my dog seems depressed in winter too, can pets get SAD?', expect: 'fallback', style: 'caregiver', why: 'animals never mentioned' },
  // out of scope: off domain
  { q: 'what is the weather going to be like tomorrow', expect: 'fallback', style: 'out-of-scope', why: 'off domain (weather)' },
  { q: 'how do I change a flat tyre', expect: 'fallback', style: 'out-of-scope', why: 'off domain (car)' },
  { q: 'whats the capital of norway', expect: 'fallback', style: 'out-of-scope', why: 'off domain (geography)' },
  { q: 'recomend a good netflix series pls 🙏', expect: 'fallback', style: 'emoji-filler', why: 'off domain (entertainment)' },
  { q: 'how many calories in a banana', expect: 'fallback', style: 'out-of-scope', why: 'off domain (nutrition facts)' },
  { q: 'tell me a joke', expect: 'fallback', style: 'out-of-scope', why: 'off domain (small talk)' },
];
