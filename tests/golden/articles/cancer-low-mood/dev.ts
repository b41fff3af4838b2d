import type { ArticleCase } from '../types.ts';

const TITLE = 'Low Mood After a Cancer Diagnosis';
const FEEL = 'Common feelings after a diagnosis';
const DEP = 'When low mood may be depression';
const FEAR = 'Fear of the cancer coming back';
const TIRED = 'Tiredness or depression?';
const BODY = 'Changes to your body';
const TEAM = 'Talking to your care team';
const PSYCH = 'Psychological support';
const THER = 'Talking therapies';
const MEDS = 'Medicines';
const GROUPS = 'Support groups and other help';
const FAMILY = 'Support for family and carers';
const MONEY = 'Practical and money worries';
const FAQ = 'Frequently asked questions';
const F_AFTER = 'Is it normal to feel worse after treatment finishes?';
const F_POS = 'Will being positive help my cancer?';
const F_YEARS = 'Can I get support if I was diagnosed years ago?';
const F_KIDS = 'Should I tell my children how I am feeling?';

export const dev: ArticleCase[] = [
  // in scope
  { q: 'how long should low mood last before i mention it to someone', expect: 'answer', style: 'plain', headings: [FEEL], evidence: ['Low mood that lasts for two weeks or more'] },
  { q: 'can depression be treated in people with cancer', expect: 'answer', style: 'plain', headings: [DEP], evidence: ['people with cancer and it can be treated'] },
  { q: 'what can i do about cancer fatigue', expect: 'answer', style: 'plain', headings: [TIRED], evidence: ['Fatigue can be helped by pacing yourself, gentle', 'activity such as short walks, and asking others'] },
  { q: 'why am i so furious at everyone since the diagnosis', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Anger: asking why this has happened to you, or'] },
  { q: 'i either prod every lump all day or refuse to think about my health at all', expect: 'answer', style: 'paraphrase', headings: [FEAR], evidence: ['while others avoid thinking about their health at all.'] },
  { q: 'i find it hard to say things out loud to the doctor, any tips', expect: 'answer', style: 'paraphrase', headings: [TEAM], evidence: ['If you find it hard to speak about your feelings'] },
  { q: 'wigs', expect: 'answer', style: 'short', headings: [BODY], evidence: ['can tell you about practical help, such as wigs, prosthesis'] },
  { q: 'hospital parking costs', expect: 'answer', style: 'short', headings: [MONEY], evidence: ['you may be entitled to, including help with'] },
  { q: 'can i stop my anti depresants if i feel beter', expect: 'answer', style: 'typo', headings: [MEDS], evidence: ['Do not start or stop any medicine without talking'] },
  { q: 'are there pyschologists who specalise in cancer', expect: 'answer', style: 'typo', headings: [THER], evidence: ['Some hospitals have psychologists who specialise in working with'] },
  { q: 'do i need an apointment for the suport centre', expect: 'answer', style: 'phonetic', headings: [MONEY], evidence: ['4.30pm, and you do not need an appointment.'] },
  { q: 'is it ok 2 av bad dayz', expect: 'answer', style: 'phonetic', headings: [F_POS, FAQ], evidence: ['and it is fine to have'] },
  { q: 'sooo everyone keeps being lovely but i still feel totally alone 😔 is that weird', expect: 'answer', style: 'emoji-filler', headings: [FEEL, GROUPS], evidence: ['understands, even when people are kind', 'cancer can help you feel less alone.'] },
  { q: '✨ anything like art or music that might help me chill out a bit? 🎨🎵', expect: 'answer', style: 'emoji-filler', headings: [GROUPS], evidence: ['Some people also find that relaxation, gentle exercise, art or music', 'complementary therapies help them feel calmer.'] },
  { q: 'my mum has cancer and i think shes depressed, what should i do', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['gently encourage them to speak'] },
  { q: 'my husband is the one with cancer but i am the one falling apart, is that strange', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['can feel just as frightened and low, but they often hide it'] },
  { q: 'my son is 7, how much should i explain about my illness', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['Giving them honest information in words that suit their age'] },
  { q: 'can my boss treat me unfairly because i have cancer', expect: 'answer', style: 'yes-no', headings: [MONEY], evidence: ['as people with cancer are', 'protected from unfair treatment at work.'] },
  { q: 'is feeling tired a sign something can be fixed', expect: 'answer', style: 'yes-no', headings: [TIRED], evidence: ['because some causes of tiredness, such as anaemia, can be treated.'] },
  { q: 'can my partner come to therapy sessions with me', expect: 'answer', style: 'yes-no', headings: [THER], evidence: ['Sessions can be one to one, with a partner,'] },
  { q: 'one to one counselling or a group, which is better', expect: 'answer', style: 'comparison', headings: [THER, GROUPS], evidence: ['Sessions can be one to one, with a partner,', 'Meeting other people who have been through'] },
  { q: 'is fatigue worse than depression for mood on good days', expect: 'answer', style: 'comparison', headings: [TIRED], evidence: ['Mood often lifts on days when energy is better', 'Mood stays low even on better days'] },
  { q: 'what should i write down before my appointment and can i bring someone', expect: 'answer', style: 'two-part', headings: [TEAM], evidence: ['Write down how you have been feeling and for', 'You can bring someone with you to appointments.'] },
  { q: 'when is fear of it coming back at its worst and what can i plan for scan days', expect: 'answer', style: 'two-part', headings: [FEAR], evidence: ['around the anniversary of your diagnosis, or when you notice', 'Planning around scan dates: arrange something'] },
  { q: 'after my surgery I am shy with my husband in the bedroom, the article talk about this?', expect: 'answer', style: 'non-native', headings: [BODY], evidence: ['these feelings can affect your confidence, your', 'relationships and your sex life.'] },
  { q: 'I finish hospital and now nobody call me from the team, I feel alone, what I do?', expect: 'answer', style: 'non-native', headings: [F_AFTER, FAQ], evidence: ['Let your team know, as support is still available'] },
  { q: "I've been having chemo for lymphoma and I just can't focus on anything anymore. I don't see the point in seeing friends, nothing seems worth it and I feel useless. My sister thinks it's just the chemo. Could it be something else?", expect: 'answer', style: 'long-personal', headings: [DEP], evidence: ['Other signs include feeling worthless,', 'finding it hard to concentrate, and pulling away from friends and family.'] },
  { q: "Since my prostate cancer diagnosis I keep feeling like I must have caused it somehow, and my wife says I'm not myself. I haven't said anything to my consultant because I don't want to waste their time. Should I?", expect: 'answer', style: 'long-personal', headings: [TEAM], evidence: ['Many people worry that they will be wasting the doctor’s time, or', 'that mentioning low mood will affect their treatment. It will not.'] },
  // follow-ups
  { q: 'who can refer me', before: ['i was treated for cancer a long time ago, can i still get help with feeling low'], expect: 'answer', style: 'short', headings: [F_YEARS, FAQ], evidence: ['Your GP can refer you to local services.'] },
  { q: 'and how do i even start that conversation', before: ['should i be honest with my kids about my cancer'], expect: 'answer', style: 'paraphrase', headings: [F_KIDS, FAQ], evidence: ['Your specialist nurse can suggest ways to start the conversation.'] },
  { q: 'is taking time off from it selfish?', before: ['i care for my partner who has cancer, is there support for me'], expect: 'answer', style: 'yes-no', headings: [FAMILY], evidence: ['assessment. Taking breaks is not selfish; it helps you keep going.'] },
  { q: 'what does the team actually offer', before: ['how do i get emotional support during cancer treatment'], expect: 'answer', style: 'plain', headings: [PSYCH], evidence: ['Support usually starts with the simplest help'] },
  // out of scope: same domain, not covered
  { q: 'what is the life expectancy with secondary breast cancer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does macmillan give grants for heating bills', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sertraline safe to take with tamoxifen', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get a blue badge for parking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is scanxiety app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfulness better than hypnotherapy for cancer worry', expect: 'fallback', style: 'comparison', why: 'neither is named in the article' },
  // out of scope: off-domain
  { q: 'how do i change my gp surgery', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help me write a cv', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in leeds tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get rid of moles in my garden', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wie viel kostet ein zugticket nach london', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what board games are good for two players', expect: 'fallback', style: 'out-of-scope' },
];
