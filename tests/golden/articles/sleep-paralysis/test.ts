import type { ArticleCase } from '../types.ts';
/** Test half for sleep-paralysis (Mailchimp campaign HTML): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How many people get sleep paralysis?', expect: 'answer', style: 'plain', headings: ['How common is it?'], evidence: ['roughly 8 in every 100 people (about 8%)', 'will have at least one episode in their lifetime'] },
  { q: "What should I do when I'm awake in the night but can't move?", expect: 'answer', style: 'plain', headings: ['What to do during an episode'], evidence: ['Try to wiggle a finger or a toe', 'Breathe slowly and steadily; your breathing muscles are working', 'Remind yourself what is happening.'] },
  { q: 'How much sleep should I be getting to avoid sleep paralysis?', expect: 'answer', style: 'plain', headings: ['Reducing how often it happens'], evidence: ['Aim for 7 to 9 hours of sleep a night'] },
  // paraphrase
  { q: "Why do I feel like someone evil is watching me when I come round at 3am and I'm frozen stiff?", expect: 'answer', style: 'paraphrase', headings: ['Why do so many people see a figure or intruder?', 'What an episode feels like'], evidence: ['tries to explain the feeling by imagining a threat in the room', 'It is a trick of the half-dreaming brain', 'sensing that someone or something is in the room with you'] },
  { q: 'Is there anything I can change about my evenings so this stops?', expect: 'answer', style: 'paraphrase', headings: ['Reducing how often it happens'], evidence: ['Give yourself a 30 to 60 minute wind-down before bed', 'Avoid caffeine after mid-afternoon and keep alcohol low'] },
  { q: 'Could being locked inside my own body at night actually hurt me or kill me?', expect: 'answer', style: 'paraphrase', headings: ['Is sleep paralysis dangerous?'], evidence: ['sleep paralysis is not physically harmful', 'no evidence that it can cause death or lasting damage'] },
  // short
  { q: 'sleep paralysis narcolepsy', expect: 'answer', style: 'short', headings: ['Narcolepsy'], evidence: ['on its own it does not mean you have narcolepsy', 'Only about 1 in 2,000 people has narcolepsy'] },
  { q: 'hearing footsteps at night', expect: 'answer', style: 'short', headings: ['What an episode feels like'], evidence: ['seeing shapes, shadows or a figure, or hearing footsteps, voices or buzzing'] },
  { q: 'preventing episodes', expect: 'answer', style: 'short', headings: ['Reducing how often it happens'], evidence: ['better sleep is the most effective step for most people', 'get up at about the same time every day, including weekends'] },
  // typo
  { q: 'is sleep paralyis a sign of mental ilness', expect: 'answer', style: 'typo', headings: ['Does sleep paralysis mean I have a mental illness?'], evidence: ['happens to many people with no mental health problem at all'] },
  { q: 'what age does sleep paraylsis usualy start', expect: 'answer', style: 'typo', headings: ['How common is it?'], evidence: ['often between the ages of 14 and 17', 'The first episode usually happens in the teenage years or early twenties'] },
  { q: 'shoud i try sleeping on my side then', before: ['it always seems to happen when im lying on my back'], expect: 'answer', style: 'typo', headings: ['Reducing how often it happens', 'Why does it happen?'], evidence: ['Try sleeping on your side if your episodes tend to happen'] },
  // phonetic
  { q: 'y does it feel like i cant breeve wen it happens', expect: 'answer', style: 'phonetic', headings: ['What an episode feels like', 'What to do during an episode', 'Is sleep paralysis dangerous?'], evidence: ['even though your breathing is actually working normally', 'your breathing muscles are working even if your chest feels heavy'] },
  { q: 'wen shud i go 2 the gp about it', expect: 'answer', style: 'phonetic', headings: ['When to see a GP'], evidence: ['you have sleep paralysis regularly, for example more than once a month', 'it leaves you so anxious that you dread going to bed'] },
  { q: 'wot r hypnagogic hallucinashuns', expect: 'answer', style: 'phonetic', headings: ['What an episode feels like'], evidence: ['These hallucinations are called hypnagogic when they happen as you fall asleep'] },
  // emoji-filler
  { q: "ngl i'm sooo scared to go to bed now 😭 after the sleep paralysis thing, is that normal lol", expect: 'answer', style: 'emoji-filler', headings: ['Sleep paralysis and anxiety'], evidence: ['a frightening episode can in turn leave you anxious'] },
  { q: 'lol ok so does drinking make sleep paralysis worse 🍷🤔', expect: 'answer', style: 'emoji-filler', headings: ['Why does it happen?', 'Reducing how often it happens'], evidence: ['drinking alcohol, especially close to bedtime', 'keep alcohol low, especially in the evening'] },
  { q: 'omg 😱 literally saw an old witch sitting on my chest last night?? why', expect: 'answer', style: 'emoji-filler', headings: ['Why do so many people see a figure or intruder?'], evidence: ["often as a night hag sitting on the sleeper's chest", 'It is a trick of the half-dreaming brain'] },
  // caregiver
  { q: "My 15 year old daughter says she wakes up and can't move and now she's scared to go to sleep. How can I help her?", expect: 'answer', style: 'caregiver', headings: ['A note for parents and partners', 'Can children get sleep paralysis?'], evidence: ['listen calmly and reassure them that sleep paralysis is common', 'Reassurance and a better sleep routine are usually enough'] },
  { q: "When it's happening he makes little whimpering noises and breathes fast but can't move. Should I touch him or leave him?", before: ['My husband gets sleep paralysis quite a lot.'], expect: 'answer', style: 'caregiver', headings: ['What to do during an episode'], evidence: ['Episodes often end when someone gently touches you or speaks to you'] },
  { q: 'My son has PTSD from his time in the army and he says when he gets sleep paralysis he sees things from his deployment. Are the two connected?', expect: 'answer', style: 'caregiver', headings: ['Links with PTSD'], evidence: ['the hallucinations echo the traumatic event', 'trauma-focused therapy can help with night-time symptoms too', 'more common in people who have lived through trauma'] },
  // yes-no
  { q: 'Does sleep paralysis run in families?', expect: 'answer', style: 'yes-no', headings: ['Why does it happen?'], evidence: ['It can also run in families, although no single cause'] },
  { q: 'is it going to be like this forever?', before: ["I've had sleep paralysis about five times this year and I'm fed up"], expect: 'answer', style: 'yes-no', headings: ['Will it ever stop?'], evidence: ['episodes become less frequent over time', 'especially once sleep improves and the fear around them fades'] },
  // comparison
  { q: 'Does it happen more when you are dropping off or when you are coming round in the morning?', expect: 'answer', style: 'comparison', headings: ['What is sleep paralysis?'], evidence: ['falling asleep or, more often, as you are waking up'] },
  { q: 'Are students more likely to get sleep paralysis than everyone else?', expect: 'answer', style: 'comparison', headings: ['How common is it?'], evidence: ['around 28% of students report it'] },
  // two-part
  { q: 'Can my tablets cause sleep paralysis, and if so when should I see a doctor about it?', expect: 'answer', style: 'two-part', headings: ['Why does it happen?', 'When it may be a sign of something else', 'When to see a GP'], evidence: ['some medicines, or stopping certain medicines suddenly', 'your episodes started after beginning or stopping a medicine'] },
  { q: 'How long do the episodes last and do they always end by themselves?', expect: 'answer', style: 'two-part', headings: ['How long does an episode last?'], evidence: ['Most episodes last from a few seconds to about 2 minutes', 'An episode always ends on its own'] },
  // non-native
  { q: 'Please, what is the reason my body is not moving when I wake up in the morning?', expect: 'answer', style: 'non-native', headings: ['Why does it happen?', 'What is sleep paralysis?'], evidence: ['part of your brain wakes up while this muscle switch-off', 'muscles that normally relax while you dream have not yet switched'] },
  { q: 'Doctor can give me medicine for this? Or which treatment is exist?', expect: 'answer', style: 'non-native', headings: ['When to see a GP'], evidence: ['Talking therapies such as cognitive behavioural therapy (CBT) can help', 'a short course of a medicine that reduces REM sleep'] },
  // long-personal
  { q: "I've had a really rough year at work and my anxiety is through the roof. Last week I woke at 4am and couldn't move a muscle, and I was convinced someone was standing at the end of the bed. It's happened twice more since. Is my anxiety causing this?", expect: 'answer', style: 'long-personal', headings: ['Sleep paralysis and anxiety'], evidence: ['anxiety, panic attacks or high stress are more likely to have episodes', 'Anxiety and sleep paralysis can feed each other.'] },
  { q: "I'm 34 and I've had sleep paralysis on and off since I was a teenager, usually a couple of times a year, and I just ride it out. Lately, though, I keep nodding off at my desk, and last week my knees went weak when I was laughing at a joke. Is this something more than sleep paralysis?", expect: 'answer', style: 'long-personal', headings: ['When it may be a sign of something else', 'Narcolepsy'], evidence: ['you have sudden muscle weakness when you laugh or feel emotional', 'you feel extremely sleepy during the day or fall asleep without warning', 'cataplexy, a sudden loss of muscle control'] },
  { q: "I work in a care home and do rotating nights. Since I started I get these episodes where I'm awake but paralysed, maybe three times a month. My manager won't change the rota. What can I do to sleep better around my shifts?", expect: 'answer', style: 'long-personal', headings: ['Shift work and jet lag'], evidence: ['use blackout blinds and earplugs for daytime sleep', 'keep your sleep times as steady as your rota allows', 'protect a main sleep of at least 7 hours'] },
  // out of scope
  { q: 'What dose of clonazepam is used for sleep paralysis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does melatonin help stop sleep paralysis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can lucid dreaming get me out of sleep paralysis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is sleep paralysis the same thing as sleepwalking?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Would a weighted blanket make sleep paralysis better or worse?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a private sleep clinic cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Am I allowed to drive if I have narcolepsy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'any good horror films about sleep paralysis? 👻', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what mattress is best for a bad back', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I apply for PIP?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many hours of sleep does a 6 month old baby need?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'I forgot my password, how do I reset it?', expect: 'fallback', style: 'out-of-scope' },
];
