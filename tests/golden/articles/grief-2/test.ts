import type { ArticleCase } from '../types.ts';
/** Test half for grief-2 (second wording set for the grief and depression page): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How long does grief usually last?', expect: 'answer', style: 'plain', headings: ['How Long Does Grief Last?'], evidence: ['There is no set timetable for grief.', 'pain starts to ease gradually over the first 6 to 12 months'] },
  { q: 'What are the symptoms of prolonged grief disorder?', expect: 'answer', style: 'plain', headings: ['Prolonged Grief Disorder'], evidence: ['Intense longing for the person who died, nearly every day', 'Feeling as though part of yourself has died'] },
  { q: 'What does a grief counsellor actually do?', expect: 'answer', style: 'plain', headings: ['Grief counselling'], evidence: ['gives you a safe space to talk about the person who died', 'help you make sense of the loss and find ways to cope'] },

  // paraphrase (none of the page's key words)
  { q: 'Can mourning someone actually make you physically unwell?', expect: 'answer', style: 'paraphrase', headings: ['Physical symptoms'], evidence: ['Some people find they get colds and other minor illnesses more often', 'Grief can also cause tiredness, trouble sleeping, changes in appetite'] },
  { q: 'Who is more likely to stay stuck in mourning for years?', expect: 'answer', style: 'paraphrase', headings: ['Risk factors'], evidence: ['A sudden, violent or unexpected death, such as suicide', 'The death of a child or a life partner', 'A history of depression, anxiety or earlier losses'] },
  { q: "What shouldn't I say to a mate whose dad just passed away?", expect: 'answer', style: 'paraphrase', headings: ['How to Help a Grieving Friend'], evidence: ['Avoid phrases such as "everything happens for a reason"', 'which can feel dismissive even when kindly meant'] },

  // short
  { q: 'grief stages', expect: 'answer', style: 'short', headings: ['What Is Grief?'], evidence: ['denial, anger, bargaining, depression and acceptance', 'researchers now know that grief rarely follows a neat order'] },
  { q: 'free bereavement counselling', expect: 'answer', style: 'short', headings: ['Grief counselling'], evidence: ['offer free counselling and peer support groups'] },
  { q: 'how many sessions', expect: 'answer', style: 'short', before: ['is there a proper therapy for prolonged grief disorder?'], headings: ['Talking therapies'], evidence: ['usually given weekly over about 16 sessions'] },

  // typo
  { q: 'is it normall to feel releived when somone dies after a long ilness', expect: 'answer', style: 'typo', headings: ['Emotional symptoms'], evidence: ['Relief, especially after a long illness', 'Feeling relief does not mean you did not love the person'] },
  { q: 'diffrence betwen greif and depresion', expect: 'answer', style: 'typo', headings: ['Grief vs. Depression: What Is the Difference?'], evidence: ['Grief is focused on the loss.', 'Depression tends to colour everything, including how you see yourself.'] },
  { q: 'when shoud i see a docter about my greif', expect: 'answer', style: 'typo', headings: ['When to Get Help'], evidence: ['Talk to your doctor or a mental health professional if', 'Your grief is not easing at all, or is getting worse'] },

  // phonetic
  { q: 'wot can i do 2 look after maself wen im grievin', expect: 'answer', style: 'phonetic', headings: ['Looking After Yourself'], evidence: ['Keeping to a regular routine for sleep and meals', 'Getting some gentle exercise, such as a daily walk'] },
  { q: 'is it 2 l8 2 get help its bin 5 yrs since my bro died', expect: 'answer', style: 'phonetic', headings: ['Is it too late to get help years after a loss?'], evidence: ['It is never too late to get help.', 'can work even when the death happened many years ago'] },
  { q: 'y do i feel so angry at him 4 dyin on us', expect: 'answer', style: 'phonetic', headings: ['Is it normal to feel angry after someone dies?', 'Emotional symptoms'], evidence: ['Anger is a very common part of grief.', 'Anger, including anger at the person who died'] },

  // emoji and filler
  { q: 'ngl birthdays r the worst since nan went 😭 how do ppl get thru them', expect: 'answer', style: 'emoji-filler', headings: ['How can I cope with anniversaries and holidays?', 'How Long Does Grief Last?'], evidence: ['Decide in advance how you want to spend the day', 'Special dates can bring grief back strongly, even years later.', 'Waves of sadness can return for years, often around birthdays'] },
  { q: 'lol ok so do sleeping pills help or nah 🤷', expect: 'answer', style: 'emoji-filler', before: ["can grief mess up your sleep? i'm up till 4am every night"], headings: ['Medicines'], evidence: ['Sleeping tablets are sometimes used for a short time', 'but they are not a long-term answer'] },
  { q: "ugh my brain is mush since the funeral 🙃 can't focus on anything, is that a grief thing?", expect: 'answer', style: 'emoji-filler', headings: ['Physical symptoms'], evidence: ['It is also common to have trouble concentrating or to feel forgetful.'] },

  // caregiver
  { q: 'how do i explain death to my 4 year old after her grandad died', expect: 'answer', style: 'caregiver', headings: ['Children and Grief'], evidence: ['Use clear, simple words such as "died" rather than', 'Young children may not understand that death is permanent.'] },
  { q: 'My mum nursed my dad for three years before he died. Is she more likely to struggle long term?', expect: 'answer', style: 'caregiver', headings: ['Risk factors'], evidence: ['Stress from caring for the person during a long illness'] },
  { q: "my son's best mate died and now he's wetting the bed and getting in trouble at school. could that be grief?", expect: 'answer', style: 'caregiver', headings: ['Children and Grief'], evidence: ['Their grief may also come out as clinginess, tantrums, bedwetting', 'clinginess, tantrums, bedwetting or trouble at school'] },

  // yes/no
  { q: 'Is grief an illness?', expect: 'answer', style: 'yes-no', headings: ['What Is Grief?'], evidence: ['Grief is a normal, healthy reaction to loss.', 'It is not an illness, and there is no right'] },
  { q: 'would antidepressants help?', expect: 'answer', style: 'yes-no', before: ['is there any medication for grief'], headings: ['Medicines'], evidence: ['antidepressants such as selective serotonin reuptake inhibitors (SSRIs) may help'] },

  // comparison
  { q: "what's the difference between normal grief and complicated grief?", expect: 'answer', style: 'comparison', headings: ['Prolonged Grief Disorder'], evidence: ['It is sometimes also called complicated grief.', 'the pain stays intense and gets in the way of daily life'] },
  { q: 'is grief counselling or CBT style therapy better for prolonged grief?', expect: 'answer', style: 'comparison', headings: ['Talking therapies', 'Grief counselling'], evidence: ['Therapies designed for prolonged grief have the best evidence', 'These often use ideas from cognitive behavioural therapy (CBT).'] },

  // two-part
  { q: "Can grief turn into depression, and how would I know if it has?", expect: 'answer', style: 'two-part', headings: ['Can grief turn into depression?', 'Grief vs. Depression: What Is the Difference?'], evidence: ['Grief sometimes leads to depression, especially if you have had depression', 'Signs that grief may have become depression include feeling worthless'] },
  { q: 'how many people end up with prolonged grief, and is it worse after a suicide?', expect: 'answer', style: 'two-part', headings: ['Prolonged Grief Disorder', 'Risk factors'], evidence: ['perhaps around 1 in 10, although the figure is higher', 'the figure is higher after sudden or violent deaths'] },

  // non-native
  { q: 'My father is dead since 8 month. Still I am crying every day. When this is called a disorder?', expect: 'answer', style: 'non-native', headings: ['Prolonged Grief Disorder'], evidence: ['at least 12 months after a death for adults', 'uses a period of at least 6 months for everyone'] },
  { q: 'Please, which help I can give to my colleague, his wife is died last week?', expect: 'answer', style: 'non-native', headings: ['How to Help a Grieving Friend'], evidence: ['Offer practical help, such as cooking a meal, shopping', 'Listen more than you talk, and accept whatever feelings come up.'] },

  // long personal
  { q: "My girlfriend and I split up after six years together. Everyone says it's just a breakup and I should get over it, but honestly it feels like someone died. I can't eat and I keep crying at random. Is it actually grief if nobody died?", expect: 'answer', style: 'long-personal', headings: ['Grief and Depression: Understanding Loss and When to Get Help', 'What Is Grief?'], evidence: ['it can also follow a divorce, the end of a friendship', 'Grief is the natural response to losing someone or something you love.'] },
  { q: "We lost our baby at 14 weeks back in March. My partner seems to be coping but I'm still a mess. I keep wanting to sell the house and start again somewhere new where nothing reminds me. Should I be making big changes like moving right now?", expect: 'answer', style: 'long-personal', headings: ['Looking After Yourself'], evidence: ['Putting off big decisions, such as moving house, for the first year'] },
  { q: "It's been about four months since my wife died. Some days I'm okay and I even laugh with the kids, then something tiny sets me off and I'm back to square one. Am I going backwards?", expect: 'answer', style: 'long-personal', headings: ['How Long Does Grief Last?', 'What Is Grief?'], evidence: ['grief bursts are normal and do not mean you are going backwards', 'move back and forth between painful feelings and periods of coping'] },

  // out of scope
  { q: 'Can you actually die of a broken heart?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get a copy of the death certificate', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a basic funeral cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many days bereavement leave am i entitled to from work', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the phone number for Cruse?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it normal to keep dreaming about my mum who died?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can a psychic medium help me talk to my husband again', expect: 'fallback', style: 'out-of-scope' },
  { q: "my dad died without a will, who gets the house?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim a widows pension or bereavement payment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do cats grieve when the other cat in the house dies?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is seasonal affective disorder', expect: 'fallback', style: 'out-of-scope' },
];
