import type { ArticleCase } from '../types.ts';
/** Test half for bdd-mood (a public Notion page saved from the browser): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'what is body dysmorphic disorder', expect: 'answer', style: 'plain', headings: ['What is body dysmorphic disorder?'], evidence: ['is a mental health condition where a person spends a lot'] },
  { q: 'At what age does BDD usually begin?', expect: 'answer', style: 'plain', headings: ['Who gets BDD?', 'Can children and teenagers get BDD?'], evidence: ['BDD usually starts in the teenage years, often around the age', 'BDD often begins in the early teens'] },
  { q: 'What is the most effective treatment for body dysmorphic disorder?', expect: 'answer', style: 'plain', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['The treatment with the best evidence is', 'designed for BDD, which includes exposure and response prevention (ERP)'] },
  // paraphrase
  { q: 'which bits of the body do sufferers usually fixate on?', expect: 'answer', style: 'paraphrase', headings: ['Common concerns'], evidence: ['The most common areas of concern are:', 'BDD can focus on any part of the body.'] },
  { q: 'if staring at my reflection calms me down, why would that be a bad thing?', expect: 'answer', style: 'paraphrase', headings: ['Checking, hiding and other behaviours'], evidence: ['they keep the worry going, because they teach the brain', 'These behaviours can bring a few minutes of relief.'] },
  { q: 'is there a technique where you practise looking at your reflection differently', expect: 'answer', style: 'paraphrase', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['learning to look in a mirror for a set time'] },
  // short
  { q: 'bdd how common', expect: 'answer', style: 'short', headings: ['What is body dysmorphic disorder?'], evidence: ['about 2% of the population'] },
  { q: 'muscle dysmorphia', expect: 'answer', style: 'short', headings: ['What BDD is not'], evidence: ['Muscle dysmorphia, the belief that your body is too small'] },
  { q: 'bdd cosmetic clinic patients %', expect: 'answer', style: 'short', headings: ['Why cosmetic procedures rarely help'], evidence: ['between 1 in 10 and 1 in 7 people attending cosmetic clinics'] },
  // typo
  { q: 'how many hours a day do peple with bdd spend worying about there looks', expect: 'answer', style: 'typo', headings: ['What is body dysmorphic disorder?'], evidence: ['many people with BDD spend three to eight hours a day', 'it usually takes up at least an hour a day'] },
  { q: 'how comon is depresion when you have bdd', expect: 'answer', style: 'typo', headings: ['BDD and depression'], evidence: ['Around three in four people with BDD will have an episode'] },
  { q: 'does bdd go away by itslef if you just ignore it', expect: 'answer', style: 'typo', headings: ['Will BDD go away on its own?'], evidence: ['BDD rarely goes away without treatment and can last for many years.'] },
  // phonetic
  { q: 'wot kind of stuff do ppl wiv bdd do, like checkin mirrors n that', expect: 'answer', style: 'phonetic', headings: ['Checking, hiding and other behaviours'], evidence: ['checking their reflection in mirrors, windows or phone screens', 'hiding the area with make-up, hats, clothes, hair'] },
  { q: 'how many sesh of therapy wud i need 4 bdd', expect: 'answer', style: 'phonetic', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['It usually involves 12 to 16 weekly sessions'] },
  { q: 'y not tho', before: ['can getting cosmetic surgery cure bdd?'], expect: 'answer', style: 'phonetic', headings: ['Why cosmetic procedures rarely help'], evidence: ['This is because the problem is not the feature', 'The worry often stays the same, or moves on to another feature'] },
  // emoji-filler
  { q: 'sooo what actually causes bdd?? 🤔 ngl i got bullied loads about my face as a kid', expect: 'answer', style: 'emoji-filler', headings: ['Who gets BDD?'], evidence: ['being bullied or teased about your looks', 'No single cause explains it, and it is nobody\'s fault.'] },
  { q: 'do meds even work for bdd lol 💊', expect: 'answer', style: 'emoji-filler', headings: ['Medication: SSRIs'], evidence: ['can reduce the preoccupation with appearance and lift low mood'] },
  { q: 'ok so when should i actually bother going to the gp about this 😬', expect: 'answer', style: 'emoji-filler', headings: ['When to get urgent help'], evidence: ['worries about your appearance take up more than an hour a day', 'Book an appointment with your GP if:'] },
  // caregiver
  { q: "how do I tell if my sister's BDD has turned into proper depression?", expect: 'answer', style: 'caregiver', headings: ['BDD and depression'], evidence: ['feeling sad, empty or numb most days for two weeks or more'] },
  { q: 'my boyfriend asks me if he looks ok like 20 times a day, should I just keep telling him he looks fine?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with BDD'], evidence: ['Try not to get drawn into giving reassurance again and again.', 'rarely helps for long and can feed the cycle'] },
  { q: "what can I do to help my teenage son who won't leave the house because of his skin", expect: 'answer', style: 'caregiver', headings: ['Supporting someone with BDD', 'Can children and teenagers get BDD?'], evidence: ['Encourage them to see a GP, and offer to help', 'Young people can be assessed by their GP or referred'] },
  // yes-no
  { q: "isn't BDD basically just being vain?", expect: 'answer', style: 'yes-no', headings: ['What BDD is not', 'Is BDD just vanity?'], evidence: ['People with BDD are not trying to look attractive', 'Vanity is about liking how you look.'] },
  { q: 'is that more of a guy thing?', before: ["what's muscle dysmorphia"], expect: 'answer', style: 'yes-no', headings: ['Common concerns', 'Does BDD only affect women?', 'Who gets BDD?'], evidence: ['feeling too small or too thin, which is more common in men', 'men are more likely to worry about muscles, hair loss'] },
  // comparison
  { q: "what's the difference between BDD and an eating disorder", expect: 'answer', style: 'comparison', headings: ['What BDD is not'], evidence: ['it may be an eating disorder rather than BDD'] },
  { q: 'bdd vs social anxiety, how are they different', expect: 'answer', style: 'comparison', headings: ['BDD and social anxiety'], evidence: ['in BDD the fear centres on a particular feature being seen', 'in social anxiety the fear is mostly about saying or doing'] },
  // two-part
  { q: 'what do you actually have to do in ERP, and is it really hard?', expect: 'answer', style: 'two-part', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['gradually facing those situations without camouflage', 'ERP feels hard at first, and your therapist will move'] },
  { q: 'can antidepressants help with BDD and how long do they take to work?', expect: 'answer', style: 'two-part', headings: ['Medication: SSRIs'], evidence: ['SSRIs can take 12 weeks or more to have their full effect', 'can reduce the preoccupation with appearance and lift low mood'] },
  // non-native
  { q: 'why BDD is not diagnose for many years, people not tell the doctor?', expect: 'answer', style: 'non-native', headings: ['Who gets BDD?'], evidence: ['it often goes undiagnosed for 10 to 15 years'] },
  { q: 'I feel better now, is ok I just stop it today?', before: ['are SSRI medicine used for BDD?'], expect: 'answer', style: 'non-native', headings: ['Medication: SSRIs'], evidence: ['Do not stop taking an antidepressant suddenly; speak to your doctor first.'] },
  // long-personal
  { q: "I've hated my nose since I was 14. I've nearly saved up enough for a nose job and I have a consultation next month. My friend sent me this page and said it sounds like BDD. Will the surgery actually make me feel better?", expect: 'answer', style: 'long-personal', headings: ['Why cosmetic procedures rarely help'], evidence: ['most people with BDD who have a cosmetic procedure feel no better', 'talk to your GP first'] },
  { q: "My daughter is 19 and has BDD. Every morning we're late because we wait while she checks her face in the mirror, and I've started cancelling family plans so she doesn't get upset. I just want to keep the peace. Is going along with it the right thing to do?", expect: 'answer', style: 'long-personal', headings: ['Supporting someone with BDD'], evidence: ['Families sometimes end up joining in with the behaviours', 'A therapist can help you cut back on this gently'] },
  { q: "I'm 34 and I've worn make-up to cover my skin since school. I won't even open the door to the postman without it, and I cancelled my birthday meal because the restaurant had bright lights. My partner says I look fine but I can't believe him. Would a GP even take this seriously?", expect: 'answer', style: 'long-personal', headings: ['When to get urgent help'], evidence: ['Your GP may ask you a few screening questions', 'avoiding work, school or going out because of how you look'] },
  // out of scope
  { q: 'how much does a nose job cost in the uk', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is BDD treatment covered by private health insurance?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can hypnotherapy cure bdd', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the best concealer for acne scars", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I find a BDD specialist therapist in Manchester?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is hair pulling (trichotillomania) the same thing as bdd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what dose of fluoxetine do they use for bdd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the nhs waiting list for cbt right now', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I claim PIP or other benefits if I have BDD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does retinol actually get rid of wrinkles', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who first discovered body dysmorphic disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'r there any online support groups 4 bdd', expect: 'fallback', style: 'out-of-scope' },
];
