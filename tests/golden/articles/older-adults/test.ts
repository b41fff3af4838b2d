import type { ArticleCase } from '../types.ts';

const TOP = 'Depression in Older Adults';
const NOTNORMAL = 'Depression is not a normal part of aging';
const SHOWS = 'How depression shows up in older adults';
const WARN = 'Warning signs';
const CAUSES = 'Causes and risk factors';
const DEMENTIA = 'Depression, dementia or normal aging?';
const DIAG = 'How depression is diagnosed';
const TREAT = 'Treatment for depression';
const TALK = 'Talk therapy';
const MEDS = 'Antidepressant medicines';
const COMBINE = 'Combining treatments';
const FAMILY = 'How family and friends can help';
const URGENT = 'When to seek urgent help';
const FAQ = 'Frequently asked questions';
const F_MEMORY = 'Can depression cause memory loss?';
const F_SAFE = 'Are antidepressants safe for older people?';
const F_LATE = 'Is it too late to get help in your 80s or 90s?';
const F_REFUSE = 'What if my parent refuses to see a doctor?';
const HELP = 'Where to get help';

/**
 * Test half for the Word "Save as Web Page" article "Depression in Older Adults" (bold-paragraph headings, Word's fake
 * lists, a depression-vs-dementia table, bold FAQ questions). Blind: written before the dev half, never tuned on.
 */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the warning signs of depression in older people', expect: 'answer', style: 'plain', headings: [WARN], evidence: ['Signs that an older person may be depressed', 'When several of these signs last for two weeks or more,'] },
  { q: 'how is depression treated in older adults', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['The main treatments are talk therapy and', 'Depression in older adults is very treatable, and age is'] },
  { q: "why does nobody notice when grandparents are struggling with their mood", expect: 'answer', style: 'paraphrase', headings: [TOP], evidence: ['even doctors may put the signs down to age or illness.', 'Many grew up when mental illness carried a lot of stigma,'], why: 'the intro under the title: depression in older adults is often missed' },
  { q: 'can feeling low slow down healing after surgery', expect: 'answer', style: 'paraphrase', headings: [NOTNORMAL], evidence: ['It can slow recovery after a stroke, a heart attack or an'] },
  { q: 'could the tablets someone takes for their heart or joints be bringing their spirits down', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['low mood as a side effect, including steroids, some blood pressure', 'If you think a medicine may be affecting your mood, or'] },
  { q: 'can you be depressed without actually feeling down', expect: 'answer', style: 'paraphrase', headings: [SHOWS], evidence: ['An older person may not say they feel sad or', 'Instead, they may talk about feeling tired, achy or'] },
  { q: 'memory loss depression', expect: 'answer', style: 'short', headings: [F_MEMORY, FAQ, DEMENTIA], evidence: ['These problems usually improve once the', 'Depression can cause memory and concentration problems'] },
  { q: 'suicide risk elderly', expect: 'answer', style: 'short', headings: [URGENT], evidence: ['Older adults have some of the highest suicide rates of'] },
  { q: 'how long till it works', before: ['what medicines are used for depression in older people'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['takes four to eight weeks to feel the full effect,'], why: '"it" = the antidepressant from the previous question' },
  { q: 'how do doctrs diagnose depresion in old ppl', expect: 'answer', style: 'typo', headings: [DIAG], evidence: ['There is no single test for depression. A doctor will', 'They may use a short questionnaire such as the Geriatric'] },
  { q: 'cognitve behavoiral therapy for seniors', expect: 'answer', style: 'typo', headings: [TALK], evidence: ['therapy (CBT) helps people notice and change unhelpful patterns of thinking'] },
  { q: 'iz it normul 2 get sad wen u get old', expect: 'answer', style: 'phonetic', headings: [NOTNORMAL], evidence: ['Feeling sad for a while after a loss is', 'Feeling low, empty or uninterested in life for weeks'] },
  { q: 'wot blud tests wud the doc do', expect: 'answer', style: 'phonetic', headings: [DIAG], evidence: ['thyroid, vitamin B12 levels and for anemia.', 'the doctor may also order blood tests, for example to check the'] },
  { q: "ugh 😩 my nana keeps saying her back hurts and she's tired all the time but the doctor finds nothing wrong?? could it be depression 🤔", expect: 'answer', style: 'emoji-filler', headings: [SHOWS], evidence: ['can all be signs of depression, especially when tests find no clear'] },
  { q: 'hiii 🙏 is there like a number u can just text if things get really bad??', expect: 'answer', style: 'emoji-filler', headings: [URGENT, HELP], evidence: ['text 988 to reach the 988 Suicide', 'call or text 988, or chat at'] },
  { q: "my mom hasn't been herself since dad died in the spring, she barely eats and stays in bed most of the day. how can i help her", expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['a quiet moment to say what you have noticed and ask', 'to help book a doctor'] },
  { q: "my dad keeps forgetting things and gets muddled, how do i tell if it's depression or dementia", expect: 'answer', style: 'caregiver', headings: [DEMENTIA], evidence: ['a person can have depression and dementia at the same time.', 'is also an early sign of dementia, so memory problems should always'] },
  { q: "i look after my husband who has parkinson's and i'm worn out and low myself, am i at risk too", expect: 'answer', style: 'caregiver', headings: [CAUSES, FAMILY], evidence: ['a long illness is demanding, and carers have higher', 'ask for support if caring for them is wearing you'] },
  { q: 'what if she says no', before: ['how do i talk to my mum about her depression'], expect: 'answer', style: 'caregiver', headings: [F_REFUSE, FAQ], evidence: ['Try not to settle it all in one conversation. Talk about', 'suggest a general checkup rather than a visit about'], why: '"she" = the mum; refusing help is the FAQ about a parent who refuses to see a doctor' },
  { q: 'and how long will she have to stay on it once she feels better', before: ['my mother started treatment for depression last month'], expect: 'answer', style: 'caregiver', headings: [COMBINE], evidence: ['After recovery, treatment is usually continued for at', 'least several months, and often longer in older adults, to stop the'] },
  { q: 'are antidepressants safe for an 85 year old', expect: 'answer', style: 'yes-no', headings: [F_SAFE, FAQ], evidence: ['For most older people they are, when they are prescribed', 'and monitored by a doctor. Doses usually start low,'] },
  { q: 'can retirement cause depression', expect: 'answer', style: 'yes-no', headings: [CAUSES], evidence: ['or losing daily contact with others after retirement makes depression more'] },
  { q: 'is it too late for my 92 year old grandmother to get better', expect: 'answer', style: 'yes-no', headings: [F_LATE, FAQ], evidence: ['No. People can recover from depression at any age, and', 'It is never too late to feel'] },
  { q: 'is it safe for someone in their 80s', before: ['what is ECT'], expect: 'answer', style: 'yes-no', headings: [COMBINE], evidence: ['suggest electroconvulsive therapy (ECT), which is safe and effective for', 'older adults and is given under general anesthesia.'], why: '"it" = ECT' },
  { q: "what's the difference between normal forgetfulness with age and depression", expect: 'answer', style: 'comparison', headings: [DEMENTIA], evidence: ['Some forgetfulness is normal with age. It may take longer', 'but the memory comes back later and everyday life'] },
  { q: 'which works better for older people, therapy or pills?', expect: 'answer', style: 'comparison', headings: [COMBINE], evidence: ['For many older adults, therapy and medicine together work', 'better than either one alone, especially when depression is more severe.'] },
  { q: 'what side effects can antidepressants cause in older people and can they clash with their other medicines', expect: 'answer', style: 'two-part', headings: [MEDS], evidence: ['as dizziness, falls, confusion or low sodium levels in the blood, and', 'antidepressants can interact with other medicines.'] },
  { q: 'how do i know when it is an emergency and who should i call', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['danger. Call 911 or go to the nearest emergency room.', 'Talks about wanting to die or about killing'] },
  { q: 'my grandfather he is always tired and not want to eat, this is depression maybe?', expect: 'answer', style: 'non-native', headings: [WARN], evidence: ['Eating less and losing weight without', 'Tiredness and lack of energy, or moving and'] },
  { q: 'which kind of talking therapy is good for the old person?', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['Problem-solving therapy breaks practical problems into small,', 'manageable steps and works well for older adults.'] },
  { q: "I'm 74 and since I gave up driving last year I hardly see anyone. I used to love my garden but I can't be bothered with it anymore, and I wake at 4am every morning. My daughter says I'm just getting old. Is she right?", expect: 'answer', style: 'long-personal', headings: [WARN, NOTNORMAL, CAUSES], evidence: ['Sleeping badly, waking very early, or', 'Feeling low, empty or uninterested in life for weeks', 'moving out of the family home, or giving up driving'] },
  { q: "My mum is 81. She had a stroke in the autumn and is recovering physically, but she cries a lot, keeps saying she is a burden on us and doesn't want to see her friends. The nurse said it's normal after what she went through. Could this actually be depression?", expect: 'answer', style: 'long-personal', headings: [WARN, CAUSES, NOTNORMAL], evidence: ['Feeling worthless, or saying they are a', 'such as heart disease, stroke, diabetes, cancer, Parkinson', 'When several of these signs last for two weeks or more,'] },
  // out of scope: same domain, not covered
  { q: 'does medicare cover counseling for seniors', expect: 'fallback', style: 'out-of-scope', why: 'insurance' },
  { q: 'how much does a session with a geriatric psychiatrist cost', expect: 'fallback', style: 'out-of-scope', why: 'price' },
  { q: 'what are the side effects of mirtazapine', expect: 'fallback', style: 'out-of-scope', why: 'a drug the article never names' },
  { q: 'does reminiscence therapy help older people with depression', expect: 'fallback', style: 'out-of-scope', why: 'a therapy the article never names' },
  { q: 'is there a geriatric psychiatry clinic in tucson', expect: 'fallback', style: 'out-of-scope', why: 'place' },
  { q: 'can getting a hearing aid lift depression in older people', expect: 'fallback', style: 'out-of-scope', why: 'hearing loss is not covered' },
  // out of scope: off-domain
  { q: "how do i set up zoom on my dad's ipad", expect: 'fallback', style: 'out-of-scope' },
  { q: 'best banana bread recipe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change a flat tire', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the weather going to be like in chicago tomorrow", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many teaspoons are in a tablespoon', expect: 'fallback', style: 'out-of-scope' },
];
