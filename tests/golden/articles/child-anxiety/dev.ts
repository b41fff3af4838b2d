import type { ArticleCase } from '../types.ts';

const TITLE = 'Helping a Child With Anxiety';
const NORMAL = 'Normal worries or anxiety?';
const SIGNS = 'Signs in the body and behaviour';
const BODY = 'Signs in the body';
const BEHAV = 'Signs in behaviour';
const TRIG = 'Common triggers';
const REFUSAL = 'School refusal';
const HOME = 'What helps at home';
const AVOID = 'What to avoid';
const SCHOOL = 'Talking to your child’s school';
const GP = 'When to see a GP';
const CBT = 'CBT for children';
const SELF = 'Looking after yourself';
const FAQ = 'Frequently asked questions';
const F_GROW = 'Will my child grow out of anxiety?';
const F_FAULT = 'Is it my fault that my child is anxious?';
const F_TELL = 'Should I tell my child I am worried about them?';
const F_SCREENS = 'Can screens and social media make anxiety worse?';

/** Dev half for the Divi (WordPress theme builder) page "Helping a Child With Anxiety": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what do older children usually worry about', expect: 'answer', style: 'plain', headings: [NORMAL], evidence: ['their worries tend to move towards school, friendships, how they look'] },
  { q: 'who is this guide for', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['This guide is for parents, carers and anyone looking after a child.'] },
  { q: 'how can anxiety affect my child\'s sleep', expect: 'answer', style: 'plain', headings: [BODY, SIGNS], evidence: ['trouble getting to sleep, bad dreams or waking in the night'] },
  { q: 'is worry ever useful for children', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['it can even help children to stay safe and to prepare'] },
  { q: 'he goes mad if we change the plan even a little bit', expect: 'answer', style: 'paraphrase', headings: [BEHAV, SIGNS], evidence: ['needing things done in a certain way, or becoming very upset'] },
  { q: 'what happens if i tell her she is being silly', expect: 'answer', style: 'paraphrase', headings: [AVOID], evidence: ['can leave a child feeling misunderstood and less likely to tell you'] },
  { q: 'could things being tense between me and my husband be rubbing off on our kids', expect: 'answer', style: 'paraphrase', headings: [TRIG], evidence: ['Children also pick up on stress at home'] },
  { q: 'bullying', expect: 'answer', style: 'short', headings: [TRIG], evidence: ['the illness or death of someone close, bullying, and exams or tests'] },
  { q: 'senco', expect: 'answer', style: 'short', headings: [SCHOOL], evidence: ['special educational needs coordinator (SENCO)'] },
  { q: 'emergency', expect: 'answer', style: 'short', headings: [GP], evidence: ['If you are ever worried that your child is in immediate danger'] },
  { q: 'shoud i praise him even if he dosnt manage it', expect: 'answer', style: 'typo', headings: [HOME], evidence: ['praise your child for trying, not only for succeeding'] },
  { q: 'my sons anxeity seems to come from nowhere theres no reason', expect: 'answer', style: 'typo', headings: [TRIG], evidence: ['Sometimes there is no obvious trigger at all'] },
  { q: 'can we go strait to the school mental helth team without the docter', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['Many areas also let parents refer directly to school-based mental health teams.'] },
  { q: 'wot if im anxshus myself', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['If your own anxiety is high, getting support for yourself'] },
  { q: 'ok so 😬 he only goes to the loo like 20 times before we leave the house lol is that a thing', expect: 'answer', style: 'emoji-filler', headings: [BODY, SIGNS], evidence: ['going to the toilet more often, or eating much more or less'] },
  { q: '🙃 honestly how do i even keep calm when she is freaking out', expect: 'answer', style: 'emoji-filler', headings: [HOME], evidence: ['Children take their cue from the adults around them'] },
  { q: 'my nephew lives with us and won\'t go to parties any more though he used to love them', expect: 'answer', style: 'caregiver', headings: [BEHAV, SIGNS], evidence: ['avoiding places, people or activities they used to manage'] },
  { q: 'im a teaching assistant, what can the school do day to day for a worried pupil', expect: 'answer', style: 'caregiver', headings: [SCHOOL], evidence: ['a calm place to go when things feel too much'] },
  { q: 'i look after my grandson three days a week, how do we make sure school and home are on the same page', expect: 'answer', style: 'caregiver', headings: [SCHOOL], evidence: ['so that home and school are giving the same message'] },
  { q: 'could it carry on when she is a teenager', expect: 'answer', style: 'yes-no', headings: [F_GROW, FAQ], evidence: ['anxiety that is left alone can also continue into the teenage years'] },
  { q: 'should i let him see how worried i am', expect: 'answer', style: 'yes-no', headings: [F_TELL, FAQ], evidence: ['Avoid showing too much of your own worry'] },
  { q: 'is a child who goes quiet on a school trip then enjoys it anxious', expect: 'answer', style: 'yes-no', headings: [NORMAL], evidence: ['A child may be nervous before a school trip but enjoy it'] },
  { q: 'is it better to chat face to face or while doing something else', expect: 'answer', style: 'comparison', headings: [HOME], evidence: ['Some children open up more easily in the car, while drawing'] },
  { q: 'which is worse for anxiety, giving lots of comfort or letting them avoid stuff', expect: 'answer', style: 'comparison', headings: [AVOID], evidence: ['constant reassurance only calms the worry for a short while', 'the list of things they avoid tends to grow'] },
  { q: 'what is anxiety linked to in cbt and what does the child actually do', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['how their thoughts, feelings and body sensations are linked', 'teaches them to face their fears step by step'] },
  { q: 'what triggers it and can it run in the family', expect: 'answer', style: 'two-part', headings: [TRIG], evidence: ['Some children are born with a more sensitive temperament'] },
  { q: 'my daughter is very angry and crying a lot, this can be from worry?', expect: 'answer', style: 'non-native', headings: [BEHAV, SIGNS], evidence: ['tearfulness, irritability, tantrums or angry outbursts'] },
  { q: 'which therapy is most recommend for children with the anxiety?', expect: 'answer', style: 'non-native', headings: [CBT], evidence: ['the talking therapy most often recommended for anxiety in children'] },
  { q: "We moved house in the summer and my 6 year old now won't sleep on her own. She keeps asking if we're going to move again and I keep saying no, but it's every night. Is there something else I should be doing?", expect: 'answer', style: 'long-personal', headings: [AVOID], evidence: ['Answer once, kindly, then gently help them to notice'] },
  // follow-ups
  { q: 'what about before bed', before: ['can phones make my son more anxious'], expect: 'answer', style: 'short', headings: [F_SCREENS, FAQ], evidence: ['Agree screen-free times as a family, particularly in the hour before bed.'] },
  { q: 'but can i help make it better', before: ['did i cause my daughter\'s anxiety'], expect: 'answer', style: 'paraphrase', headings: [F_FAULT, FAQ], evidence: ['they can play a big part in helping their child'] },
  { q: 'and what if it is upsetting everyone at home', before: ['when should we see the doctor about our child\'s worries'], expect: 'answer', style: 'short', headings: [GP], evidence: ['is causing a lot of distress to your child or the family'] },
  // out of scope
  { q: 'can children take herbal remedies for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the difference between generalised anxiety and ocd in kids', expect: 'fallback', style: 'comparison', why: 'neither condition is described' },
  { q: 'can i home educate my anxious child', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i apply for disability living allowance for my child', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is play therapy any good', expect: 'fallback', style: 'yes-no', why: 'play therapy is never mentioned' },
  { q: 'what apps can help children with anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i talk to my child about death', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any books for kids about worry', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i potty train a stubborn toddler', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the leisure centre open', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best packed lunch ideas for school', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my router', expect: 'fallback', style: 'out-of-scope' },
];
