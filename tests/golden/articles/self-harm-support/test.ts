import type { ArticleCase } from '../types.ts';

const WHAT = 'What is self-harm?';
const WHY = 'Why do people self-harm?';
const FEEL = 'The feelings behind it';
const SIGNS = 'Signs that someone may be self-harming';
const RESPOND = 'How to respond if someone tells you';
const PARENT = 'If you are a parent or carer';
const FRIEND = 'If you are a friend';
const SCHOOL = 'If you work in a school';
const COPE = 'Other ways to cope with difficult feelings';
const WOUNDS = 'Wounds and scars';
const PRO = 'Getting professional support';
const URGENT = 'When to get urgent help';
const MYTHS = 'Myths and facts';
const M_ATT = 'Myth: Self-harm is attention-seeking';
const M_DIE = 'Myth: People who self-harm want to die';
const M_GIRLS = 'Myth: Only teenage girls self-harm';
const M_MINOR = 'Myth: If the injuries are minor, it is not serious';
const M_STOP = 'Myth: People could just stop if they wanted to';
const FAQ = 'Frequently asked questions';
const F_ILL = 'Is self-harm a mental illness?';
const F_DOC = 'Will a doctor tell my parents?';
const F_ROOM = "Should I check my teenager's room or phone?";
const F_SCHOOL = 'Can someone who self-harms keep going to school or work?';
const CTA = 'Need to talk to someone now?';

/**
 * Test half (blind: never tuned on) for the Elementor page "Self-Harm: Understanding It and Finding Support".
 * Every message comes from someone not in crisis: a parent, a friend, a teacher, or someone who self-harmed in the past.
 */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why do people self harm', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['a release, a way to feel in control', 'a way to turn emotional pain they cannot put into words'] },
  { q: 'what are the signs someone is self harming', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['wearing long sleeves or trousers even in hot weather', 'unexplained injuries, or explanations that do not quite add up'] },
  { q: 'wen shud u call an ambulunce 4 sumone who self harms', expect: 'answer', style: 'phonetic', headings: [URGENT], evidence: ['if someone has a serious injury, is bleeding heavily'] },
  { q: 'why might hurting yourself feel like a relief at first but then worse', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['The relief someone feels afterwards is usually short-lived.', 'followed by guilt or shame, which can make the painful feelings'] },
  { q: 'why would anybody want to injure their own body when they already feel awful', expect: 'answer', style: 'paraphrase', headings: [FEEL, WHY], evidence: ['Some use it to punish themselves because they believe they deserve', 'it helps them feel something when they otherwise feel nothing'] },
  { q: 'is there a way to make old marks on the skin less visible once they have healed', expect: 'answer', style: 'paraphrase', headings: [WOUNDS], evidence: ['Scars usually fade over one to two years', 'a doctor can talk to you about the options for scars'], why: 'scars without the word' },
  { q: 'self harm myths', expect: 'answer', style: 'short', headings: [MYTHS, M_ATT], evidence: ['Most people who self-harm hide it and feel deeply ashamed.', 'self-harm is a way of coping with life rather than ending it'] },
  { q: 'whats the diffrence betwen self harm and a sucide attempt', expect: 'answer', style: 'typo', headings: [WHAT, M_DIE, URGENT], evidence: ['not an attempt to end their life', 'a way of coping with life rather than ending it', 'Self-harm is not usually a suicide attempt'] },
  { q: 'how do i tlak to my daugher about it', expect: 'answer', style: 'typo', headings: [PARENT], evidence: ['Choose a quiet time to talk, somewhere private', 'Ask open questions and accept that they may not be ready'] },
  { q: 'is self harm a mental ilness', expect: 'answer', style: 'typo', headings: [F_ILL, FAQ], evidence: ['Self-harm is not a mental illness in itself.'] },
  { q: 'wot do u do if ur m8 tells u they self harm', expect: 'answer', style: 'phonetic', headings: [RESPOND, FRIEND], evidence: ['Thank them for telling you, because it will have taken courage.', 'you do not have to fix things or become their counsellor'] },
  { q: 'ugh 😟 ok so like... what actually helps ppl instead of hurting themselves?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [COPE], evidence: ['Holding an ice cube or splashing cold water on your face', 'Calling or texting someone you trust'] },
  { q: 'hiii 👋 quick q, do boys self harm too or is it mostly girls lol 🤔', expect: 'answer', style: 'emoji-filler', headings: [M_GIRLS, MYTHS], evidence: ['Self-harm affects people of all ages and genders.', 'Boys and men are less likely to ask for help'] },
  { q: 'i just found out my 14 year old son has been hurting himself, i feel like i failed him, what do i do', expect: 'answer', style: 'caregiver', headings: [PARENT, RESPOND], evidence: ['self-harm is not a sign that you have failed', 'try to stay as calm as you can in the moment'] },
  { q: 'should i go through my daughters phone to see if she is self harming', expect: 'answer', style: 'caregiver', headings: [F_ROOM, FAQ], evidence: ['it often damages trust and makes hiding more likely', 'An honest conversation about your worries usually works better.'] },
  { q: 'my best friend made me promise not to tell anyone but im scared for her', expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['tell someone even if they asked you to keep it secret', 'Their safety matters more than the secret'] },
  { q: 'a student in my class showed me marks on her arm, what am i supposed to do', expect: 'answer', style: 'caregiver', headings: [SCHOOL], evidence: ["Follow your school's safeguarding policy", 'pass your concern to the designated safeguarding lead on the same day'], why: 'a teacher' },
  { q: 'is self harm just attention seeking', expect: 'answer', style: 'yes-no', headings: [M_ATT, MYTHS], evidence: ['Most people who self-harm hide it and feel deeply ashamed.', 'they are reaching out for help, and that deserves'] },
  { q: 'can people fully recover from self harm', expect: 'answer', style: 'yes-no', headings: [PRO], evidence: ['Many people who once self-harmed go on to stop', 'Setbacks along the way are common, and they are not a failure.'] },
  { q: 'if the injuries are only small is it less serious than when they are bad', expect: 'answer', style: 'comparison', headings: [M_MINOR, MYTHS], evidence: ['How bad an injury looks says nothing about how much', 'Every person who self-harms deserves to be taken seriously.'] },
  { q: 'GP or school counsellor, which is better to start with for a teenager', expect: 'answer', style: 'comparison', headings: [PRO, PARENT], evidence: ['A GP is a good place to start.', 'Young people can also speak to a school nurse, school counsellor'] },
  { q: 'why do people self harm and how can you tell if someone is', expect: 'answer', style: 'two-part', headings: [WHY, SIGNS], evidence: ['a release, a way to feel in control', 'wearing long sleeves or trousers even in hot weather'] },
  { q: 'what counts as an emergency, and what if its not one but im still worried about my friend', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['if someone has a serious injury, is bleeding heavily', 'contact a GP the same day or call a crisis line'] },
  { q: 'my son he is do self harm, I must bring him to doctor for the wounds or not?', expect: 'answer', style: 'non-native', headings: [WOUNDS], evidence: ['Any injury should be looked at by a doctor or nurse', 'it is always better to get it checked'] },
  { q: 'my friend she self harm, she can still go to the school normal?', expect: 'answer', style: 'non-native', headings: [F_SCHOOL, FAQ], evidence: ['Most people carry on with daily life while they get support.'] },
  { q: "I self-harmed for a few years as a teenager. I'm 26 now and doing well, I haven't done it in a long time. I've started a new job and summer is coming, and I'm nervous about colleagues seeing the scars on my arms. Do I have to explain them?", expect: 'answer', style: 'long-personal', headings: [WOUNDS], evidence: ['You do not owe anyone an explanation', 'prepare a short answer in advance for when people ask'] },
  { q: "My daughter told me last night that she has been hurting herself for a few months. I didn't react well, I shouted and cried and now she won't talk to me. I'm so worried I made it worse. How do I put this right?", expect: 'answer', style: 'long-personal', headings: [RESPOND, PARENT], evidence: ['These reactions are natural, but try to stay as calm', 'Choose a quiet time to talk, somewhere private'] },
  { q: "what's the samaritans number? my friend might want to talk to someone", expect: 'answer', style: 'plain', headings: [CTA], evidence: ['you can call Samaritans free on 116 123'], why: 'the call-to-action box' },
  // follow-ups
  { q: 'and is it true they could just stop if they wanted', before: ['what are the myths about self harm'], expect: 'answer', style: 'yes-no', headings: [M_STOP, MYTHS], evidence: ['Self-harm can become a strong habit because it brings short-term relief.', 'Stopping usually takes time, support and other ways to cope.'] },
  { q: 'should i go with her', before: ['how do i help my friend who self harms'], expect: 'answer', style: 'short', headings: [FRIEND], evidence: ['a doctor or a helpline, and offer to go with them'], why: '"her" = the friend; "offer to go with them"' },
  { q: 'even if im only 15?', before: ['if i tell a doctor i used to self harm will they tell my parents'], expect: 'answer', style: 'short', headings: [F_DOC, FAQ], evidence: ['will usually encourage a young person to involve a trusted adult', 'Doctors only share information without agreement if they believe'] },
  { q: 'how long does the urge usually last', before: ['what can my brother do instead of self harming'], expect: 'answer', style: 'plain', headings: [COPE], evidence: ['The urge often peaks and then fades within 15 to 20 minutes'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private therapist cost for a teenager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does DBT work for self harm', expect: 'fallback', style: 'out-of-scope', why: 'talking therapies in general, no named therapy' },
  { q: 'can sertraline make teenagers self harm', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a self harm support group for parents in leeds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for camhs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can old self harm scars stop u joinin the army', expect: 'fallback', style: 'typo', why: 'scars are covered, recruitment rules are not' },
  // out of scope: off-domain
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best time to plant tulip bulbs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories in a banana 🍌🤔', expect: 'fallback', style: 'emoji-filler' },
  { q: 'convert 5 miles to km', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the champions league last year', expect: 'fallback', style: 'out-of-scope' },
];
