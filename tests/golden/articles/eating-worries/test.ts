import type { ArticleCase } from '../types.ts';

const LINK = 'How eating problems and low mood are linked';
const SELF = 'Signs you might notice in yourself';
const OTHER = 'Signs you might notice in someone else';
const TABLE = 'What you might notice and what might help';
const WHY = 'Why does it happen?';
const TALK = 'Talking to someone you are worried about';
const HELP = 'Getting help';
const CARE = 'Looking after yourself day to day';
const MYTHS = 'Myths about eating problems';
const URGENT = 'Need urgent help?';
const FAQ = 'Frequently asked questions';
const F_MEN = 'Can men have eating problems?';
const F_WEIGHT = 'Do I need to be a certain weight to get help?';
const F_REC = 'Can you recover from an eating problem?';
const F_LOW = 'Is it normal to feel low during recovery?';
const F_GP = 'Will my GP tell my parents?';

/** Test half for the hand-built 2005 charity page "Eating Problems and Low Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how are eating problems and depression connected', expect: 'answer', style: 'plain', headings: [LINK], evidence: ['Eating problems and low mood very often go together'] },
  { q: 'what causes eating disorders', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Eating problems usually develop from a mix of things'] },
  { q: 'what should I do before my GP appointment about my eating', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['write down what you want to say before the appointment'] },
  { q: 'what happens at a specialist eating disorder service', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['These teams include doctors, nurses, therapists and dietitians'] },
  { q: 'why do I feel so foggy and snappy when I havent had enough to eat', expect: 'answer', style: 'paraphrase', headings: [LINK], evidence: ['Not getting enough nourishment also affects the brain.', 'feel tired, irritable, anxious and less able to concentrate'], why: 'brain effects of undernourishment; little overlap' },
  { q: 'so is it their own fault then?', expect: 'answer', style: 'paraphrase', before: ['what makes someone develop an eating problem'], headings: [WHY], evidence: ['An eating problem is never a choice'] },
  { q: 'can you spot it just from how thin or big a person is', expect: 'answer', style: 'paraphrase', headings: [MYTHS], evidence: ['you cannot judge by someone\'s size'] },
  { q: 'anything that could make that a bit easier?', expect: 'answer', style: 'paraphrase', before: ['I keep missing meals on days when I feel rubbish'], headings: [TABLE, CARE], evidence: ['Try to keep to regular mealtimes, even small ones', 'Try to eat at regular times through the day'] },
  { q: 'signs in a friend', expect: 'answer', style: 'short', headings: [OTHER], evidence: ['avoiding eating with others or making excuses to skip meals', 'None of these signs proves that someone has an eating problem'] },
  { q: 'myths', expect: 'answer', style: 'short', headings: [MYTHS], evidence: ['People of any age, gender or background can develop an eating problem.', 'Eating problems are usually about feelings'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [URGENT], evidence: ['you can call Samaritans any time on 116 123'] },
  { q: 'wat kind of therapy helps with eatting problms', expect: 'answer', style: 'typo', headings: [HELP], evidence: ['Many people are offered a form of cognitive behavioural therapy'] },
  { q: 'can u recovr from a eating disoder', expect: 'answer', style: 'typo', headings: [F_REC, FAQ], evidence: ['many people fully recover with the right support'] },
  { q: 'does my gp hav to tell my mum and dad', expect: 'answer', style: 'typo', headings: [F_GP, FAQ], evidence: ['Your GP will usually keep what you say private'] },
  { q: 'wot are the sines of an eetin problem in yerself', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['thinking about food, eating or your body for much of the day', 'feeling guilty, ashamed or anxious after eating'] },
  { q: 'do blokes get eetin disorders 2', expect: 'answer', style: 'phonetic', headings: [F_MEN, FAQ], evidence: ['Men and boys can develop eating problems too'] },
  { q: 'umm so like 😕 why does it even happen?? 🤷‍♀️', expect: 'answer', style: 'emoji-filler', headings: [WHY], evidence: ['There is rarely one single cause.', 'Eating problems usually develop from a mix of things'] },
  { q: 'ok so basically 🙃 what can i do myself while i wait for help lol', expect: 'answer', style: 'emoji-filler', headings: [CARE], evidence: ['Try to eat at regular times through the day'] },
  { q: 'my daughter keeps leaving the table straight after dinner, how do I bring it up with her?', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['Choose a calm, private moment, not a mealtime', 'Start by saying what you have noticed and that you care'] },
  { q: 'I tried to talk to my brother about his eating and he got really angry, what now', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['They may deny there is a problem, or become upset or angry.', 'This is very common, so try not to take it personally.'] },
  { q: 'supporting my partner with this is wearing me out', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['Supporting someone can be draining, so remember to look after yourself too.'] },
  { q: 'do I have to be really underweight before anyone will help me?', expect: 'answer', style: 'yes-no', headings: [F_WEIGHT, FAQ], evidence: ['You deserve support whatever your weight'] },
  { q: 'is it only teenage girls who get this?', expect: 'answer', style: 'yes-no', headings: [MYTHS, F_MEN, FAQ], evidence: ['People of any age, gender or background can develop an eating problem.', 'Men and boys can develop eating problems too'] },
  { q: 'is it better to treat the eating and the mood together or one at a time?', expect: 'answer', style: 'comparison', headings: [LINK], evidence: ['usually works better than treating one on its own'] },
  { q: 'what\'s the difference between seeing my GP and going to a specialist service?', expect: 'answer', style: 'comparison', headings: [HELP], evidence: ['Your GP is usually the first place to go.', 'your GP can refer you to a specialist eating disorder service'] },
  { q: 'what signs should I look for in my sister and how should I start the conversation?', expect: 'answer', style: 'two-part', headings: [OTHER, TALK], evidence: ['avoiding eating with others or making excuses to skip meals', 'Start by saying what you have noticed and that you care'] },
  { q: 'can people recover and is it normal to feel down along the way?', expect: 'answer', style: 'two-part', headings: [F_REC, F_LOW, FAQ], evidence: ['many people fully recover with the right support', 'feelings that food was covering up may come to the surface'] },
  { q: 'please what I must do if my doctor not listen to me about my eating?', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['you have the right to ask to see a different GP'] },
  { q: 'when I am sad I eat very much, is this connect to my mood?', expect: 'answer', style: 'non-native', headings: [LINK], evidence: ['food can become a way of coping with feelings', 'while others eat more for comfort'] },
  { q: 'So I\'ve been in recovery for a few months now and my eating is a lot more regular, which everyone keeps congratulating me on, but honestly I feel sadder than before and I don\'t get why, is something going wrong?', expect: 'answer', style: 'long-personal', headings: [F_LOW, FAQ], evidence: ['feelings that food was covering up may come to the surface'] },
  { q: 'since my nan died last year I\'ve barely been eating and I feel flat most days, my friend said it might all be linked to what happened, could that be right?', expect: 'answer', style: 'long-personal', headings: [WHY], evidence: ['can trigger both low mood and changes in eating'] },
  // follow-ups
  { q: 'and what if it turns out to be serious?', expect: 'answer', style: 'short', before: ['where do I start if I think I need help with my eating'], headings: [HELP], evidence: ['your GP can refer you to a specialist eating disorder service'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private eating disorder clinic cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the Priory good for anorexia treatment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where is the nearest eating disorder unit in Leeds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does fluoxetine help with bulimia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is ARFID', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will my health insurance cover inpatient treatment?', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'whats a good recipe for banana bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world cup in 2006', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help me fix my printer 🙏', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the train to Manchester leave', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change the oil in my car', expect: 'fallback', style: 'out-of-scope', before: ['thanks for that info'] },
];
