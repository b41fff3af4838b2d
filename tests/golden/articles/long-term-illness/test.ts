import type { ArticleCase } from '../types.ts';

const TITLE = 'Living With a Long-Term Illness and Low Mood';
const WHY = 'Why long-term conditions raise the risk of depression';
const SIGNS = 'Signs of depression to look out for';
const ADJUST = 'Adjusting to a new diagnosis';
const TIRED = 'Tiredness or depression?';
const TEAM = 'Talking to your care team';
const TREAT = 'Treatments that can help';
const THERAPY = 'Talking therapies';
const MEDS = 'Medicines';
const COURSES = 'Self-management courses';
const PEER = 'Peer support';
const FACTS = 'Key facts';
const FAMILY = 'Family and carers';
const FAQ = 'Frequently asked questions';
const F_NORMAL = 'Is it normal to feel low after being diagnosed?';
const F_WORSE = 'Will treating my depression make my physical condition worse?';
const F_CAUSE = 'Can my illness or its medicines cause depression?';
const F_WHO = 'Who can I talk to if I do not want to see my GP?';

/** Test half for the AMP news-site article "Living With a Long-Term Illness and Low Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why does having a long term condition make depression more likely', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['There is rarely one single reason.', 'Usually several things build up together.'] },
  { q: 'what are the signs of depression when you have a chronic illness', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['feeling sad, empty, hopeless or tearful much of the time', 'most of the day, nearly every day, for two weeks or more'] },
  { q: 'what is a self-management course', expect: 'answer', style: 'plain', headings: [COURSES], evidence: ['group courses that teach practical skills for living with any long-term condition'] },
  { q: 'how much more likely is depression if you have a long-term physical condition', expect: 'answer', style: 'plain', headings: [FACTS], evidence: ['are two to three times more likely to have depression'], why: 'only in the Key facts aside' },
  { q: 'i keep forgetting my tablets and skipping check ups, does that mean anything about my mood', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['Skipping medicines, missing check-ups or no longer bothering with', 'can be a sign that your mood needs attention.'] },
  { q: 'feels like mourning my old life since they told me what i have', expect: 'answer', style: 'paraphrase', headings: [ADJUST], evidence: ['Many people go through something like grief after a diagnosis.', 'That is a normal reaction to a real loss'] },
  { q: 'how can i stop feeling overwhelmed by all the information after diagnosis', expect: 'answer', style: 'paraphrase', headings: [ADJUST], evidence: ['take things one step at a time rather than trying', 'Ask for written information you can read later'] },
  { q: 'peer support', expect: 'answer', style: 'short', headings: [PEER], evidence: ['Most of the main condition charities run local support groups', 'ease the feeling that you are the only one struggling'] },
  { q: 'antidepressants?', before: ['what treatment can help with low mood when you have a chronic illness'], expect: 'answer', style: 'short', headings: [MEDS, TREAT], evidence: ['Antidepressants can help, particularly for moderate or severe depression.', 'will check which antidepressant is safe to combine with your current treatment'] },
  { q: 'self referral therapy', expect: 'answer', style: 'short', headings: [THERAPY], evidence: ['you can usually refer yourself to NHS Talking Therapies'] },
  { q: 'how do i tel my docter im feeling depresed', expect: 'answer', style: 'typo', headings: [TEAM], evidence: ['say that you have been feeling low and for how long', 'write a few notes beforehand and hand them over'] },
  { q: 'is it fatige or depresion, how to tell the diffrence', expect: 'answer', style: 'typo', headings: [TIRED], evidence: ['With depression, rest often does not refresh you', 'usually improves at least a little with rest'] },
  { q: 'wot cors do they do for ppl wiv long term illness', expect: 'answer', style: 'phonetic', headings: [COURSES], evidence: ['Topics usually include setting small goals, pacing your energy'] },
  { q: 'cud my heart meds be wot is making me depressed', expect: 'answer', style: 'phonetic', headings: [F_CAUSE, FAQ, TEAM], evidence: ['A few conditions and some medicines can affect mood directly.', 'say if your low mood started after a change in treatment'] },
  { q: 'ugh 😩 so tired ALL the time with my arthritis... is that just the arthritis or am i depressed?? 🤷‍♀️', expect: 'answer', style: 'emoji-filler', headings: [TIRED], evidence: ['It is quite possible to have both at once.', 'If you feel hopeless or guilty as well as tired'] },
  { q: 'hiya 👋 any tips for getting through the first few months after a diabetes diagnosis lol', expect: 'answer', style: 'emoji-filler', headings: [ADJUST], evidence: ['keep doing at least some of the things that matter', 'over months rather than days, they build a new routine'] },
  { q: 'my dad has heart disease and has gone really quiet, how do i bring up his mood with him', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Gently say what you have seen, without blame'] },
  { q: 'should i just do everything for my wife now shes ill', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Try not to take over every task'] },
  { q: 'i look after my mum and im exhausted, is there anything for me as her carer', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ["Carers are entitled to ask their local council for a carer's assessment"] },
  { q: 'is it normal to be low after a diagnosis', expect: 'answer', style: 'yes-no', headings: [F_NORMAL, FAQ, ADJUST], evidence: ['after a diagnosis is a very common reaction'] },
  { q: 'do i have to go through my gp to get therapy', expect: 'answer', style: 'yes-no', headings: [THERAPY, F_WHO, FAQ], evidence: ['refer yourself to NHS Talking Therapies without seeing your GP first'] },
  { q: 'can i bring my son to my appointment with me', expect: 'answer', style: 'yes-no', headings: [TEAM], evidence: ['a relative or friend can help you remember what was said'] },
  { q: 'which is better for me, a support group or a self-management course', expect: 'answer', style: 'comparison', headings: [PEER, COURSES], evidence: ['group courses that teach practical skills for living with any long-term condition', 'Talking to other people who live with the same condition'] },
  { q: 'is depression with a physical illness treated differently to normal depression', expect: 'answer', style: 'comparison', headings: [TREAT], evidence: ['responds to treatment in the same way as depression on its own'] },
  { q: 'what causes the low mood and can treating it help my condition', expect: 'answer', style: 'two-part', headings: [WHY], evidence: ['treating low mood often makes the physical condition easier to live', 'There is rarely one single reason.'] },
  { q: 'what kind of therapy is there and can I get it for my condition specifically', expect: 'answer', style: 'two-part', headings: [THERAPY], evidence: ['Some services offer therapy designed for people with long-term conditions'] },
  { q: 'I have COPD and I am feel like burden for my family, is this depression sign?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['feeling guilty, useless or like a burden on others'] },
  { q: 'Is dangerous if I stop my medicine because I feel sad from it?', expect: 'answer', style: 'non-native', headings: [MEDS, F_CAUSE], evidence: ['Never stop or change any of your medicines without talking', 'tell your doctor rather than stopping it yourself'] },
  { q: "I was diagnosed with rheumatoid arthritis last year and had to give up my job as a gardener. I don't see my old workmates any more and most days I can't be bothered with anything. My wife says I've changed. Is this because of the arthritis?", expect: 'answer', style: 'long-personal', headings: [WHY, SIGNS], evidence: ['giving up work, hobbies, driving or independence', 'going out less, seeing friends less or feeling nobody understands'] },
  { q: "I've had type 1 diabetes for twenty years and I'm just sick of it. The constant checking and the appointments wear me down and lately I've felt really flat. I worry that if I get treated for depression it'll mess up my diabetes control. Will it?", expect: 'answer', style: 'long-personal', headings: [F_WORSE, FAQ], evidence: ['Treatment for depression is chosen with your other conditions in mind.', 'they have more energy to look after their physical health'] },
  // follow-ups
  { q: 'and what if I dont want to go to my gp about it', before: ['who should i talk to about feeling low with my condition'], expect: 'answer', style: 'paraphrase', headings: [F_WHO, FAQ], evidence: ['You could speak to your specialist nurse or a pharmacist'] },
  { q: 'who runs them', before: ['are there courses for living with a long term illness'], expect: 'answer', style: 'short', headings: [COURSES], evidence: ['led by trained tutors who live with a long-term condition themselves'] },
  // out of scope: same domain, not covered
  { q: 'how do i apply for personal independence payment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should my blood sugar be before bed', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does cardiac rehab include exercise classes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfulness good for people with lupus', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private cbt cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a blue badge for parking with arthritis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sertraline or citalopram better with heart problems', expect: 'fallback', style: 'comparison', why: 'no antidepressant is named or compared' },
  // out of scope: off-domain
  { q: 'what time does the pharmacy on the high street close', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for low sugar flapjacks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the rugby at the weekend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good tv series', expect: 'fallback', style: 'out-of-scope' },
];
