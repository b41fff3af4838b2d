import type { ArticleCase } from '../types.ts';
/** Dev half for grief-2 (second wording set for the grief and depression page): questions different from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What does bereavement mean?', expect: 'answer', style: 'plain', headings: ['What Is Grief?'], evidence: ['Bereavement is the term for the period of grief and mourning'] },
  { q: 'When did prolonged grief disorder become an official diagnosis?', expect: 'answer', style: 'plain', headings: ['Prolonged Grief Disorder'], evidence: ['added to the main diagnostic manual used by psychiatrists in 2022'] },
  { q: 'Do most people need professional help to get through grief?', expect: 'answer', style: 'plain', headings: ['Treatment and Support'], evidence: ['Most people do not need professional treatment for grief.', 'Support from family, friends and faith or community groups is often enough.'] },

  // paraphrase (none of the page's key words)
  { q: 'I keep pining to see her one more time, is that part of it?', expect: 'answer', style: 'paraphrase', headings: ['Emotional symptoms'], evidence: ['Yearning or longing for the person who died'] },
  { q: 'Will this heartache ever be completely over?', expect: 'answer', style: 'paraphrase', headings: ['How Long Does Grief Last?'], evidence: ['Grief does not simply end.', 'most people learn to carry the loss'] },
  { q: 'Do I have to keep up the usual festive rituals the first Christmas without him?', expect: 'answer', style: 'paraphrase', headings: ['How can I cope with anniversaries and holidays?'], evidence: ['Give yourself permission to skip traditions that feel too painful'] },

  // short
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: ['When to Get Help'], evidence: ['in the UK you can call Samaritans on 116 123'] },
  { q: 'grief chest tightness', expect: 'answer', style: 'short', headings: ['Physical symptoms'], evidence: ['a tight feeling in the chest or throat'] },
  { q: 'and for kids?', expect: 'answer', style: 'short', before: ['how long before grief counts as prolonged grief disorder'], headings: ['Prolonged Grief Disorder'], evidence: ['at least 6 months for children and teenagers'] },

  // typo
  { q: 'is there any medicin specificaly for prolongd grief tho', expect: 'answer', style: 'typo', before: ['are antidepressants ever used for grief?'], headings: ['Medicines'], evidence: ['approved specifically for grief or for prolonged grief disorder'] },
  { q: 'i feel so gulity about the last thing i said to her befor she died', expect: 'answer', style: 'typo', headings: ['Emotional symptoms'], evidence: ['Guilt about things said or left unsaid'] },
  { q: 'is it normel to feel anxous about the futur after losing my husband', expect: 'answer', style: 'typo', headings: ['Emotional symptoms'], evidence: ['Anxiety and worry about the future'] },

  // phonetic
  { q: 'shud i tok about him or does it make it wurse', expect: 'answer', style: 'phonetic', headings: ['Looking After Yourself'], evidence: ['Talking about the person who died and sharing memories'] },
  { q: 'felt totaly numb at da funeral, didnt even cry. iz sumfin rong wiv me', expect: 'answer', style: 'phonetic', headings: ['Emotional symptoms'], evidence: ['Shock, numbness or a sense of disbelief'] },
  { q: 'iz it ok 2 cry in front of ppl or shud i hold it in', expect: 'answer', style: 'phonetic', headings: ['Looking After Yourself'], evidence: ['no need to hide tears or to pretend to be fine', 'Let yourself feel what you feel.'] },

  // emoji and filler
  { q: "ugh does grief make u not hungry?? haven't eaten properly in days 😩", expect: 'answer', style: 'emoji-filler', headings: ['Physical symptoms'], evidence: ['Grief can also cause tiredness, trouble sleeping, changes in appetite'] },
  { q: "tbh i just wanna meet other people who've lost someone 🤔 is that a thing?", expect: 'answer', style: 'emoji-filler', headings: ['Looking After Yourself', 'Grief counselling'], evidence: ['Joining a bereavement support group to meet others who understand', 'offer free counselling and peer support groups'] },
  { q: "hiya 👋 what's the number to text in the US if i'm having really dark thoughts", expect: 'answer', style: 'emoji-filler', headings: ['When to Get Help'], evidence: ['In the US you can call or text 988'] },

  // caregiver
  { q: "should i let my 8 year old go to his grandad's funeral?", expect: 'answer', style: 'caregiver', headings: ['Children and Grief'], evidence: ['let children choose whether to take part in the funeral'] },
  { q: "my brother has been drinking heavily since his wife died, should i be worried?", expect: 'answer', style: 'caregiver', headings: ['When to Get Help', 'Looking After Yourself'], evidence: ['You are drinking more alcohol or using drugs to cope', 'Limiting alcohol, which can make low mood and poor sleep worse'] },
  { q: "my wife lost her mum 2 years ago and still can't accept she's gone. could it be prolonged grief?", expect: 'answer', style: 'caregiver', headings: ['Prolonged Grief Disorder'], evidence: ['Finding it hard to accept that the death has happened', 'intense grief continues at least 12 months after a death'] },

  // yes/no
  { q: 'can you have both at once?', expect: 'answer', style: 'yes-no', before: ["what's the difference between grief and depression"], headings: ['Grief vs. Depression: What Is the Difference?'], evidence: ['Grief and depression can also happen at the same time.'] },
  { q: 'Is it grief if you had a miscarriage?', expect: 'answer', style: 'yes-no', headings: ['Grief and Depression: Understanding Loss and When to Get Help'], evidence: ['the end of a friendship, a miscarriage, a serious diagnosis'] },

  // comparison
  { q: 'how is wishing you were dead when grieving different from depression?', expect: 'answer', style: 'comparison', headings: ['Grief vs. Depression: What Is the Difference?'], evidence: ['Often about wanting to be with the person who died', 'May include wanting to end your life because you feel worthless'] },
  { q: 'can you still enjoy stuff with grief, compared to depression?', expect: 'answer', style: 'comparison', headings: ['Grief vs. Depression: What Is the Difference?'], evidence: ['Can still enjoy some things and share happy memories', 'Loss of interest in almost everything'] },

  // two-part
  { q: 'What happens in prolonged grief therapy, and will I have to go over how they died?', expect: 'answer', style: 'two-part', headings: ['Talking therapies'], evidence: ['It helps you talk through the story of the death', 'and rebuild goals for the future'] },
  { q: 'How do I help my friend now her husband has died, and what about months down the line?', expect: 'answer', style: 'two-part', headings: ['How to Help a Grieving Friend'], evidence: ['Keep checking in after the funeral, when other support often fades.', 'Remember important dates such as the anniversary of the death.'] },

  // non-native
  { q: 'In my country we say to children the dead person went to sleep. Is good to say this to small kids?', expect: 'answer', style: 'non-native', headings: ['Children and Grief'], evidence: ['phrases like "went to sleep" or "we lost her"', 'which can confuse or frighten a child'] },
  { q: 'Doctor say me it is major depression, not only grief. What means major depression exactly?', expect: 'answer', style: 'non-native', headings: ['Grief vs. Depression: What Is the Difference?'], evidence: ['Major depressive disorder is a medical condition in which low mood', 'nearly every day, for at least two weeks'] },

  // long personal
  { q: "My grandad raised me and I lived with him my whole life, and I was his carer at the end. He died in January. I also lost my mum when I was 12 and I've had anxiety for years. Am I more likely to have a really hard time with this?", expect: 'answer', style: 'long-personal', headings: ['Risk factors'], evidence: ['A very close or dependent relationship with the person who died', 'A history of depression, anxiety or earlier losses'] },
  { q: "My nephew is 5 and his dad died in March. One minute he's crying, the next he's happily playing with his cars like nothing happened. He asks me where daddy is every single night. My family thinks he doesn't understand or care. Is this how little kids grieve?", expect: 'answer', style: 'long-personal', headings: ['Children and Grief'], evidence: ['seem sad one minute and happy to play the next', 'They may ask the same questions many times'] },
  { q: "My neighbour's husband died two months ago. I sent flowers at the time but I haven't said anything since, because I don't want to upset her by bringing him up. My partner thinks I should. Is it better to avoid mentioning him?", expect: 'answer', style: 'long-personal', headings: ['How to Help a Grieving Friend'], evidence: ['Say the name of the person who died and share a memory'] },

  // out of scope
  { q: 'how do i register a death', expect: 'fallback', style: 'out-of-scope' },
  { q: 'tips for writing a eulogy for my grandma?', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good book about grief", expect: 'fallback', style: 'out-of-scope' },
  { q: 'do dogs grieve when their owner dies?', expect: 'fallback', style: 'out-of-scope' },
  { q: "how do i close my late dad's bank account", expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnotherapy work for grief', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long do SSRIs take to start working?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the signs of postnatal depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it ok to wear colours to a funeral', expect: 'fallback', style: 'out-of-scope' },
  { q: "how do i memorialise my brother's facebook account", expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does the bible say about grief', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a private therapist cost per session', expect: 'fallback', style: 'out-of-scope' },
];
