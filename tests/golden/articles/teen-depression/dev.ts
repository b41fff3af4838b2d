import type { ArticleCase } from '../types.ts';

const LOOK = 'What does depression look like in teenagers?';
const SIGNS = 'Warning signs to look out for';
const NORMAL = 'Normal moodiness or depression?';
const CAUSES = 'What can cause depression in young people?';
const BULLY = 'Bullying';
const SOCIAL = 'Social media and screens';
const EXAMS = 'Exams and school pressure';
const FAMILY = 'Family and home life';
const TALK = 'How to talk to your teenager';
const AVOID = 'What to avoid saying';
const HELP = 'Getting professional help';
const GP = 'Your GP';
const SCHOOL = 'School counsellors and pastoral staff';
const SPEC = 'Specialist mental health services';
const SH = 'Self-harm and suicide: signs to take seriously';
const SELF = 'Looking after yourself as a parent';
const CRISIS = 'Crisis help';
const FAQ = 'Frequently asked questions';
const F_GROW = 'Will my teenager grow out of depression?';
const F_SCHOOL = "Should I tell my teenager's school?";
const F_BACK = 'Can depression in teenagers come back?';
const F_FAULT = 'Is it my fault that my child is depressed?';

/** Dev half for the Wix page "Depression in Teenagers: A Guide for Parents": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'does depression change how much teenagers sleep or eat', expect: 'answer', style: 'plain', headings: [SIGNS, LOOK], evidence: ['sleeping much more or much less than usual', 'eating a lot more or a lot less, or noticeable weight change', 'Changes in sleep and appetite are common too.'] },
  { q: 'does depression run in families', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['A family history of depression can make a young person more vulnerable'] },
  { q: 'is loneliness a risk factor for teen depression', expect: 'answer', style: 'plain', headings: [CAUSES, FAMILY], evidence: ['Other risk factors include loneliness, questions about identity or sexuality'] },
  { q: 'how can I support the brother or sister of a depressed teen', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Brothers and sisters may also be affected'] },
  { q: 'my kid says everything feels pointless and hollow', expect: 'answer', style: 'paraphrase', headings: [LOOK], evidence: ['They may say they feel bored, empty or numb', 'nothing seems worth the effort'] },
  { q: 'why does spotting it sooner matter', expect: 'answer', style: 'paraphrase', headings: [LOOK], evidence: ['The earlier it is recognised, the easier it usually is to help.'] },
  { q: 'why would a young person keep being tormented a secret from adults', expect: 'answer', style: 'paraphrase', headings: [BULLY], evidence: ['Young people often hide bullying because they feel ashamed'] },
  { q: 'support for parents', expect: 'answer', style: 'short', headings: [SELF], evidence: ['Look for a parent support group or helpline.'] },
  { q: 'shoud i let a teecher know whats goin on', expect: 'answer', style: 'typo', headings: [SCHOOL, F_SCHOOL, FAQ], evidence: ['Letting a trusted teacher know what is happening means staff', 'so staff can offer support and make allowances if needed'] },
  { q: 'sudenly calm after being realy upset for ages, is that a warnig sign', expect: 'answer', style: 'typo', headings: [SH], evidence: ['a sudden calm after a long period of distress'] },
  { q: 'my sun wares long sleevs wen its reely hot, shud i wurry', expect: 'answer', style: 'phonetic', headings: [SH], evidence: ['unexplained cuts, bruises or burns, or covering up in hot weather'] },
  { q: 'wot duz the gp actually doo', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['check for any physical causes and explain the options', 'can talk with your teenager about how they are feeling'] },
  { q: 'hmm 🤔 my teen keeps saying she is a burden... is that a sign?? 😟', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['saying they feel worthless, guilty or like a burden'] },
  { q: 'lol ok so 🙃 they go to pieces over any tiny criticism, thoughts?', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['being very self-critical or sensitive to criticism'] },
  { q: "my stepdaughter's marks have dropped and she keeps asking to stay home, what might that mean", expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['falling grades, trouble concentrating or not wanting to go to school'] },
  { q: "I foster a 13-year-old and can't stop feeling guilty that I'm not doing enough", expect: 'answer', style: 'caregiver', headings: [SELF], evidence: ['It is normal to feel worried, guilty or helpless at times.'] },
  { q: 'should I go into the appointment with my son or let him go in alone', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['ask whether they would like to speak to someone on their own', 'You can go with your teenager'] },
  { q: "as an aunt, what should I tell my nephew so he knows I'm there for him", expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['Tell them you love them and that you are on their side.'] },
  { q: 'is it normal for my teenager to be moody sometimes?', expect: 'answer', style: 'yes-no', headings: [NORMAL], evidence: ['Ups and downs are a normal part of growing up.'] },
  { q: 'are crisis helplines open at night?', expect: 'answer', style: 'yes-no', headings: [CRISIS], evidence: ['free, confidential helplines for young people and for parents'] },
  { q: 'does having depression mean a teenager will attempt suicide?', expect: 'answer', style: 'yes-no', headings: [SH], evidence: ['Most young people with depression do not try to end their lives'] },
  { q: 'which is better for a serious chat, face to face or side by side?', expect: 'answer', style: 'comparison', headings: [TALK], evidence: ['often feel less intense than sitting face to face'] },
  { q: "what's the difference between what the GP does and what the specialist service does", expect: 'answer', style: 'comparison', headings: [GP, SPEC], evidence: ['the GP can refer your teenager to a specialist', 'Your family doctor is usually the first place to start.'] },
  { q: "what does depression do to a teenager's body and to their interests", expect: 'answer', style: 'two-part', headings: [LOOK], evidence: ['Changes in sleep and appetite are common too.', 'lose interest in things they used to enjoy'] },
  { q: 'how do I look after myself and how long does recovery take', expect: 'answer', style: 'two-part', headings: [SELF], evidence: ['Keep up small routines that help you rest and recharge.', 'recovery takes time and setbacks are normal'] },
  { q: 'my boy drink alcohol with friends, this is connected with depression?', expect: 'answer', style: 'non-native', headings: [CAUSES, FAMILY], evidence: ['long-term physical illness and drug or alcohol use'] },
  { q: 'if my child is in big danger, I must stay with him or go?', expect: 'answer', style: 'non-native', headings: [CRISIS], evidence: ['Stay with them until help arrives.'] },
  { q: 'My son is 17 and has always been a perfectionist. This year he has big exams and he studies until midnight, then lies awake worrying about whether he will get into university. He got one bad mark last month and acted like his whole future was ruined. I want to understand how all this pressure affects him.', expect: 'answer', style: 'long-personal', headings: [EXAMS], evidence: ['a poor result can feel like a disaster', 'Some teenagers put enormous pressure on themselves to succeed'] },
  // follow-ups
  { q: "what if they won't talk face to face?", before: ['how do I start a conversation with my teenager'], expect: 'answer', style: 'paraphrase', headings: [TALK], evidence: ['Sometimes a text message feels easier for a young person', 'Your teenager may not want to talk the first time.'] },
  { q: 'is medecine ever used?', before: ['who treats depression in young people'], expect: 'answer', style: 'typo', headings: [SPEC], evidence: ['For moderate or severe depression, a specialist may also discuss medicine.'] },
  { q: 'waiting times?', before: ['can the GP refer my child to specialist mental health services'], expect: 'answer', style: 'short', headings: [SPEC], evidence: ['Waiting times vary, so ask what support is available in the meantime.'] },
  { q: 'and if it is serious but not an emergency?', before: ['what should I do in an emergency'], expect: 'answer', style: 'paraphrase', headings: [CRISIS], evidence: ['contact your GP for an urgent appointment or call a crisis helpline'] },
  // out of scope: same domain, not covered
  { q: 'how much does an online therapy session for a teenager cost', expect: 'fallback', style: 'out-of-scope', why: 'prices never given' },
  { q: 'what are the side effects of sertraline in teenagers', expect: 'fallback', style: 'out-of-scope', why: 'no medicine is named' },
  { q: 'can EMDR help a teenager with depression', expect: 'fallback', style: 'out-of-scope', why: 'no named therapy' },
  { q: 'where is the nearest adolescent psychiatric unit in Glasgow', expect: 'fallback', style: 'out-of-scope', why: 'places never named' },
  { q: "is my employer required to give me carer's leave to look after my child", expect: 'fallback', style: 'out-of-scope', why: 'employment rights not covered' },
  { q: 'how is teenage anorexia treated', expect: 'fallback', style: 'out-of-scope', why: 'eating disorders not covered' },
  // out of scope: off-domain
  { q: 'how do I reset my Wix site password', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good birthday present for a 15 year old", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I get my teenager to tidy their room', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when are GCSE results published this year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what age can a teenager get a part-time job in the UK', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I unsubscribe from your newsletter', expect: 'fallback', style: 'out-of-scope' },
];
