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
const FAMILY = 'How family and friends can help';
const URGENT = 'When to seek urgent help';
const FAQ = 'Frequently asked questions';
const F_MEMORY = 'Can depression cause memory loss?';
const HELP = 'Where to get help';

/** Dev half for the Word "Save as Web Page" article "Depression in Older Adults": free to tune on. New questions, not paraphrases of test items. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is talk therapy', expect: 'answer', style: 'plain', headings: [TALK], evidence: ['means meeting regularly with a trained therapist.', 'Talk therapy, also called psychotherapy or counseling,'] },
  { q: 'what causes depression in older adults', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['Depression usually has more than one cause, and later', 'life can bring several risks together.'] },
  { q: 'what are antidepressants used for', expect: 'answer', style: 'plain', headings: [MEDS], evidence: ['Antidepressants can help with moderate to severe'] },
  { q: 'does knocking back a few extra glasses of wine at night to cope do more harm than good', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['loneliness or poor sleep can make depression worse.'] },
  { q: 'do most folks in their seventies feel content with how things are', expect: 'answer', style: 'paraphrase', headings: [NOTNORMAL], evidence: ['Most older adults feel satisfied with their lives, even'] },
  { q: "why might a gloomy spell make someone seem like they're losing their marbles", expect: 'answer', style: 'paraphrase', headings: [SHOWS], evidence: ['depression may find it hard to concentrate, make decisions or remember', 'things, which can look like the start of dementia.'] },
  { q: "can a son or daughter sit in on the check-up to explain what they've seen", expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['come along to describe the changes they have noticed.'] },
  { q: 'hallucinations', expect: 'answer', style: 'short', headings: [URGENT], evidence: ['Becomes very confused, or sees or hears'] },
  { q: 'stroke and depression', expect: 'answer', style: 'short', headings: [CAUSES, NOTNORMAL], evidence: ['linked to small strokes or other changes in blood flow to the', 'Changes in the blood vessels of the brain can also play a', 'It can slow recovery after a stroke, a heart attack or an'] },
  { q: 'anything to avoid?', before: ['my aunt just started taking an antidepressant'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['antidepressant suddenly without talking to the doctor.', 'cause withdrawal symptoms, and the depression can come back.'], why: 'the one thing the article says not to do with an antidepressant' },
  { q: 'my grandad wont wash or eat propperly anymore is that depresion', expect: 'answer', style: 'typo', headings: [WARN], evidence: ['Not taking care of themselves, such as', 'skipping meals, medicines or washing'] },
  { q: 'wat is the gereatric depresion scale', expect: 'answer', style: 'typo', headings: [DIAG], evidence: ['Depression Scale, which was designed for older people.'] },
  { q: 'wen shud i wurry abowt my gran an get her seen', expect: 'answer', style: 'phonetic', headings: [WARN], evidence: ['it is time to talk to a doctor.'] },
  { q: 'wy duz my nan sleep all day now', expect: 'answer', style: 'phonetic', headings: [WARN], evidence: ['sleeping much more than usual'] },
  { q: 'lol ok so 🙃 does my gran need a shrink or can her normal doctor handle this 🤷‍♀️', expect: 'answer', style: 'emoji-filler', headings: [HELP], evidence: ['Your family doctor or primary care provider is a good', 'place to start, and can refer to a mental health specialist if'] },
  { q: '✨ quick q ✨ can going on walks with my mum actually help her mood 🚶‍♀️', expect: 'answer', style: 'emoji-filler', headings: [FAMILY], evidence: ['Suggest things to do together, such as a', 'daily walk, a shared meal or a trip to see friends.'] },
  { q: "my mum's got really snappy and quiet lately, could that be depression and not just her personality", expect: 'answer', style: 'caregiver', headings: [SHOWS], evidence: ['Family members may notice that a parent has become', 'irritable or easily upset before the'] },
  { q: 'my mother lives 3 hours away from me, how can i support her from a distance', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['even with a short phone call, so they feel less'] },
  { q: 'my grandmother lives alone and since grandpa died she hardly talks to anyone, is she more likely to get depressed', expect: 'answer', style: 'caregiver', headings: [CAUSES], evidence: ['husband, wife or friend, moving out of the family home,', 'or losing daily contact with others after retirement makes depression more'] },
  { q: 'what should i avoid saying to him', before: ['my dad is depressed, how can i support him'], expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Be patient, because recovery takes time. Try not to tell', 'because depression is an illness, not a choice.'] },
  { q: 'and what will they check for?', before: ["i'm taking my mother to the doctor about her low mood next week"], expect: 'answer', style: 'caregiver', headings: [DIAG], evidence: ['They may do a simple memory test', 'the doctor may also order blood tests, for example to check the', 'ask about mood, sleep, appetite and energy, and how long the changes'], why: '"they" = the doctor at the appointment' },
  { q: 'can depression run in families', expect: 'answer', style: 'yes-no', headings: [CAUSES], evidence: ['or who have a family history of depression, are at higher'] },
  { q: 'does someone with depression usually still know what day it is', expect: 'answer', style: 'yes-no', headings: [DEMENTIA], evidence: ['knows the date and where they are'] },
  { q: 'should i be worried if grandma suddenly starts sorting out her will and giving her jewellery away', expect: 'answer', style: 'yes-no', headings: [URGENT], evidence: ['Gives away belongings or suddenly puts their'] },
  { q: "and if it's dementia, does treatment fix it?", before: ['how can i tell depression from dementia'], expect: 'answer', style: 'comparison', headings: [DEMENTIA], evidence: ['problems do not go away, though some symptoms can be eased', 'that improve when the depression is treated.'] },
  { q: 'depression vs dementia, which one comes on faster', expect: 'answer', style: 'comparison', headings: [DEMENTIA], evidence: ['quickly, over weeks or months'] },
  { q: 'who can refer my mum to a specialist, and what does the local agency on aging do', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['place to start, and can refer to a mental health specialist if', 'tell you about senior centers, meal programs, transportation and support for'] },
  { q: 'does depression in old age ever actually go away, and does age make it harder to treat', expect: 'answer', style: 'two-part', headings: [TOP, TREAT], evidence: ['most older adults with depression feel better.', 'no barrier to getting better.'] },
  { q: 'is possible the old person have depression and dementia in same time?', expect: 'answer', style: 'non-native', headings: [DEMENTIA, F_MEMORY, FAQ], evidence: ['a person can have depression and dementia at the same time.', 'because depression and dementia can occur together.'] },
  { q: 'what family can do for help the old person to take his medicine and go to therapy?', expect: 'answer', style: 'non-native', headings: [FAMILY], evidence: ['them keep to their treatment, such as taking medicines as prescribed and'] },
  { q: "I'm 68 and I was treated for depression in my forties. Since my wife died in January I've felt that same heaviness coming back, and I've started having a couple of whiskies every evening to help me sleep. Am I more at risk because of my history?", expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['depressed before, or who have a family history of depression,', 'loneliness or poor sleep can make depression worse.'] },
  { q: "My mother-in-law moved in with us after a fall. She used to be chatty but now she barely talks, says she doesn't want to be a nuisance, and stays in her room all day. My husband says she just needs time to settle, but it's been a month. Should we be doing something?", expect: 'answer', style: 'long-personal', headings: [WARN, FAMILY], evidence: ['Withdrawing from family and staying at home', 'and older people may not ask for help'] },
  // out of scope: same domain, not covered
  { q: 'how much does assisted living cost per month', expect: 'fallback', style: 'out-of-scope', why: 'price' },
  { q: "will my dad's insurance pay for a stay in a psychiatric hospital", expect: 'fallback', style: 'out-of-scope', why: 'insurance' },
  { q: 'is sertraline a good antidepressant for elderly people', expect: 'fallback', style: 'out-of-scope', why: 'a drug the article never names' },
  { q: 'is transcranial magnetic stimulation an option for older adults', expect: 'fallback', style: 'out-of-scope', why: 'a treatment the article never names' },
  { q: 'best memory care homes in san diego', expect: 'fallback', style: 'out-of-scope', why: 'place' },
  { q: 'how many older adults in the us have depression', expect: 'fallback', style: 'out-of-scope', why: 'prevalence is not given' },
  // out of scope: off-domain
  { q: "how do i make the text bigger on my mom's phone", expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good present for my grandpa's 80th birthday", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long do i boil an egg for', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when is the next full moon', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i file my taxes online', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good crime novel', expect: 'fallback', style: 'out-of-scope' },
];
