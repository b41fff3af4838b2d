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

/** Dev half for the AMP news-site article "Living With a Long-Term Illness and Low Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how many people in england have a long-term condition', expect: 'answer', style: 'plain', headings: [FACTS], evidence: ['Around 15 million people in England live with at least one'], why: 'only in the Key facts aside' },
  { q: 'is depression more common if you have several health conditions', expect: 'answer', style: 'yes-no', headings: [FACTS], evidence: ['Depression is most common in people who have two or more'], why: 'only in the Key facts aside' },
  { q: 'what should i say to my doctor about my mood', expect: 'answer', style: 'plain', headings: [TEAM], evidence: ['describe what you have stopped doing or what has become harder'] },
  { q: 'can low mood make my physical illness harder to manage', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Depression can make it harder to find the energy to look after', 'so the two can feed each other'] },
  { q: 'i dont even enjoy my good days anymore', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['enjoying things you used to like, even on better health days'] },
  { q: 'does all the admin of being ill get people down', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['tests, appointments, medicines, diets and checking your body every day'] },
  { q: 'i never know how my illness will go and it preys on my mind', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['not knowing how the condition will progress'] },
  { q: 'online forums', expect: 'answer', style: 'short', headings: [PEER], evidence: ['local support groups, telephone befriending or moderated online forums'] },
  { q: 'carers assessment', expect: 'answer', style: 'short', headings: [FAMILY], evidence: ["Carers are entitled to ask their local council for a carer's assessment"] },
  { q: 'cbt', expect: 'answer', style: 'short', headings: [THERAPY], evidence: ['help you notice unhelpful patterns of thinking and find practical ways'] },
  { q: 'cant concentrate or make desisions since my heart atack', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['finding it hard to concentrate or make decisions'] },
  { q: 'are the corses free or do u pay', expect: 'answer', style: 'typo', headings: [COURSES], evidence: ['They are often free and run over several weeks'] },
  { q: 'is it worth goin to a suport grup if i dont wanna talk', expect: 'answer', style: 'phonetic', headings: [PEER], evidence: ["simply reading other people's stories can help"] },
  { q: 'wud my pharmasist no if antidepressants mix wiv my other pills', expect: 'answer', style: 'phonetic', headings: [MEDS], evidence: ['your doctor or pharmacist will check which antidepressant is safe'] },
  { q: '😬 appointments r always so rushed... how do i fit in talking about my mood too??', expect: 'answer', style: 'emoji-filler', headings: [TEAM], evidence: ['let you book a longer appointment if you have more than one'] },
  { q: 'ok so 🙃 joined a support group and it just made me MORE anxious lol, normal?', expect: 'answer', style: 'emoji-filler', headings: [PEER], evidence: ['Choose a group that feels supportive rather than one that leaves you', 'fine to try a few before you find the right fit'] },
  { q: 'my husband has a lung condition, can i come to his appointments to help', expect: 'answer', style: 'caregiver', headings: [FAMILY, TEAM], evidence: ['Offer to go with them to appointments', 'a relative or friend can help you remember what was said'] },
  { q: 'i think i noticed my nan was depressed before she did, is that common', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['you may notice a change in their mood before they do'] },
  { q: 'caring for my partner is wearing me out, how do i keep going', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Caring can be tiring and lonely too.', 'many carers\' organisations offer breaks, advice and groups'] },
  { q: 'can the illness itself change your mood', expect: 'answer', style: 'yes-no', headings: [WHY, F_CAUSE, FAQ], evidence: ['some conditions, and some treatments, can affect mood directly'] },
  { q: 'is feeling like this a sign im not coping', expect: 'answer', style: 'yes-no', headings: [ADJUST], evidence: ['not a sign that you are coping badly'] },
  { q: 'is being worn out from arthritis different from being worn out from depression', expect: 'answer', style: 'comparison', headings: [TIRED], evidence: ['you still want to do things even if your body', 'the wish to do things fades as well as the energy'] },
  { q: 'is it better to talk to someone with my illness or a professional', expect: 'answer', style: 'comparison', headings: [PEER], evidence: ['They often have practical tips that professionals do not think to mention.'] },
  { q: 'how long do these courses last and what do they cover', expect: 'answer', style: 'two-part', headings: [COURSES], evidence: ['run over several weeks, either in person or online', 'Topics usually include setting small goals, pacing your energy'] },
  { q: 'how long until a diagnosis sinks in and what helps in the meantime', expect: 'answer', style: 'two-part', headings: [ADJUST], evidence: ['these feelings can come and go for weeks or months', 'Write down questions as they come to you'] },
  { q: 'I have kidney disease and I am eat much more and sleep all day, this is depression or no?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['sleeping or eating much more or much less than usual'] },
  { q: 'My doctor only ask about my sugar, why he should care about my mood?', expect: 'answer', style: 'non-native', headings: [TEAM], evidence: ['Mental health is part of looking after a long-term condition'] },
  { q: "Since my MS diagnosis I've stopped seeing friends and I barely leave the house. My sister keeps trying to organise things but I cancel every time. I thought I just needed time alone but it's been months. Should I be worried?", expect: 'answer', style: 'long-personal', headings: [SIGNS, WHY], evidence: ['avoiding people and stopping doing things to look after your health', 'going out less, seeing friends less or feeling nobody understands'] },
  { q: "My mum was diagnosed with heart failure in the autumn. She was upset at first which I expected, but now it's March and she still cries most days and says there's no point. Is this still just her getting used to it?", expect: 'answer', style: 'long-personal', headings: [F_NORMAL, FAQ, SIGNS], evidence: ['If the low feelings last more than two weeks or stop you', 'most of the day, nearly every day, for two weeks or more'] },
  // follow-ups
  { q: 'and do they understand my illness?', before: ['is there anyone besides my gp i can talk to'], expect: 'answer', style: 'short', headings: [F_WHO, FAQ], evidence: ['Condition charities also run helplines staffed by people who understand'] },
  { q: 'will it help my diabetes as well', before: ['can depression be treated if i have diabetes'], expect: 'answer', style: 'yes-no', headings: [F_WORSE, FAQ, WHY], evidence: ['once their mood lifts they have more energy to look after', 'treating low mood often makes the physical condition easier to live'] },
  { q: 'is there therapy made for people like me', before: ['what treatment is there for depression with a long term condition'], expect: 'answer', style: 'paraphrase', headings: [THERAPY], evidence: ['Some services offer therapy designed for people with long-term conditions', 'the therapist works alongside your physical health team'] },
  // out of scope: same domain, not covered
  { q: 'how do i get a free prescription exemption certificate', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what diet should i follow for heart disease', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i keep driving with epilepsy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does acupuncture help arthritis pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for a rheumatologist', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is dbt better than cbt for chronic illness', expect: 'fallback', style: 'comparison', why: 'DBT is never mentioned' },
  // out of scope: off-domain
  { q: 'how do i change my gp surgery address online', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the weather doing tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best broadband deals', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i make sourdough', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when is the next bank holiday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help with my tax return', expect: 'fallback', style: 'out-of-scope' },
];
