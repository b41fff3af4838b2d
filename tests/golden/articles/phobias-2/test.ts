import type { ArticleCase } from '../types.ts';
/** Test half for phobias-2 (second wording set for the phobias page): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'what actually counts as a phobia?', expect: 'answer', style: 'plain', headings: ['What is a phobia?'], evidence: ['A phobia is an intense and lasting fear of a particular object'] },
  { q: 'How long does treatment for a phobia usually take to work?', expect: 'answer', style: 'plain', headings: ['Treatment for phobias'], evidence: ['Many people see a big improvement within a few months', 'some phobias improve in just a handful of sessions'] },
  { q: 'What is agoraphobia?', expect: 'answer', style: 'plain', headings: ['Complex phobias'], evidence: ['Agoraphobia is a fear of being in places where it might'] },
  // paraphrase
  { q: "Why does steering clear of the thing that scares me just make it worse?", expect: 'answer', style: 'paraphrase', headings: ['Avoidance: why it keeps the fear going'], evidence: ['relief teaches your brain that the situation really was dangerous'] },
  { q: 'Can I get talking treatment on the health service without going through my family doctor?', expect: 'answer', style: 'paraphrase', headings: ['Cognitive behavioural therapy (CBT)'], evidence: ['you can refer yourself to NHS Talking Therapies without seeing'] },
  { q: 'are pills the usual fix tho?', expect: 'answer', style: 'paraphrase', before: ['What treatments are there for phobias?'], headings: ['Cognitive behavioural therapy (CBT)', 'Treatment for phobias'], evidence: ['Medicine is not usually the main treatment for a phobia'] },
  // short
  { q: 'phobia causes', expect: 'answer', style: 'short', headings: ['How phobias start'], evidence: ['There is rarely a single cause.', 'a frightening or upsetting experience, such as being bitten by a dog'] },
  { q: 'needle phobia', expect: 'answer', style: 'short', headings: ['When to see a GP'], evidence: ['tell the nurse or doctor before any test', 'They can let you lie down and take things slowly'] },
  { q: 'self help', expect: 'answer', style: 'short', headings: ['Self-help you can try'], evidence: ['Self-help works best for milder phobias', 'slow breathing, breathing out for longer than you breathe in'] },
  // typo
  { q: 'whats the sympotms of a phobia in ur body', expect: 'answer', style: 'typo', headings: ['Signs in your body and mind'], evidence: ['a racing or pounding heart', 'sweating, shaking or feeling hot and cold'] },
  { q: 'what is gradded exposure therapy', expect: 'answer', style: 'typo', headings: ['Graded exposure with a therapist'], evidence: ['Graded exposure means facing your fear gradually, in small and planned steps'] },
  { q: 'are phobais a type of anxeity disorder', expect: 'answer', style: 'typo', headings: ['What is a phobia?'], evidence: ['Phobias are a type of anxiety disorder.'] },
  // phonetic
  { q: 'wot shud i do if my phobia is stoppin me doin stuff, shud i c a doc', expect: 'answer', style: 'phonetic', headings: ['When to see a GP'], evidence: ['your phobia stops you doing things you need or want'] },
  { q: 'wil it go away by itself or do i need 2 get help', expect: 'answer', style: 'phonetic', before: ['I think I have a phobia of being sick'], headings: ['Will my phobia go away on its own?'], evidence: ['Adult phobias usually last unless they are treated'] },
  { q: 'do u hav 2 jump strait in2 ur fear in therapy', expect: 'answer', style: 'phonetic', headings: ['Do I have to face my fear straight away in therapy?', 'Graded exposure with a therapist'], evidence: ['Exposure begins with the easiest step and only moves on', 'Therapy starts by talking about the fear and planning together'] },
  // emoji-filler
  { q: 'ngl my heart goes crazy and i feel like im gonna lose it 😰 is that normal with phobias??', expect: 'answer', style: 'emoji-filler', headings: ['Signs in your body and mind'], evidence: ['feeling that you are losing control', 'a racing or pounding heart', 'Some people have a panic attack when they face their phobia'] },
  { q: 'lol ok so does coffee actually make it worse or nah ☕☕', expect: 'answer', style: 'emoji-filler', headings: ['Self-help you can try'], evidence: ['cutting down on caffeine and alcohol, which can make anxiety worse'] },
  // caregiver
  { q: "My 6 year old is suddenly terrified of dogs. How do I know if it's a real phobia and not just a phase?", expect: 'answer', style: 'caregiver', headings: ['Helping a child with a phobia'], evidence: ['It may be a phobia if the fear is extreme'] },
  { q: "How can I help my son who's scared of the dark without making it worse?", expect: 'answer', style: 'caregiver', headings: ['Helping a child with a phobia'], evidence: ['staying calm yourself, because children pick up on adult worry', 'taking the fear seriously without making a big drama of it'] },
  { q: "My husband keeps cancelling his scans because he's petrified of hospitals. Should he talk to his GP?", expect: 'answer', style: 'caregiver', headings: ['When to see a GP'], evidence: ['you are avoiding medical care, such as tests, scans or dental treatment'] },
  // yes-no
  { q: 'Are phobias treatable?', expect: 'answer', style: 'yes-no', headings: ['Treatment for phobias', 'Phobias: When Fear Gets in the Way', 'Will my phobia go away on its own?'], evidence: ['Most phobias respond very well to talking therapy', 'phobias are among the most treatable of all anxiety problems', 'The good news is that treatment works well for most people.'] },
  { q: 'Is that dangerous?', expect: 'answer', style: 'yes-no', before: ['I get a full-on panic attack whenever I see a spider'], headings: ['Signs in your body and mind'], evidence: ['Panic attacks feel frightening but they are not dangerous'] },
  { q: 'Do I need to know what caused my phobia to get rid of it?', expect: 'answer', style: 'yes-no', headings: ['How phobias start'], evidence: ['You do not need to know the cause to treat it'] },
  // comparison
  { q: 'how is a phobia different from normal fear?', expect: 'answer', style: 'comparison', headings: ['Is a phobia the same as being a bit scared?'], evidence: ['Ordinary fear is in proportion to the danger and passes.', 'A phobia is much stronger than the risk, lasts a long time'] },
  { q: 'Is it better to try self-help or go straight to a therapist for a phobia?', expect: 'answer', style: 'comparison', headings: ['Self-help you can try', 'Treatment for phobias'], evidence: ['Self-help works best for milder phobias, and it can also support'] },
  // two-part
  { q: "What's social phobia and does CBT work for it?", expect: 'answer', style: 'two-part', headings: ['Complex phobias', 'Cognitive behavioural therapy (CBT)', 'Treatment for phobias'], evidence: ['is an intense fear of being judged, watched or embarrassed', 'Most phobias, including social phobia'] },
  { q: 'What are the most common phobias people get, and do they usually start when you are a kid?', expect: 'answer', style: 'two-part', headings: ['Specific phobias', 'Common types of phobia'], evidence: ['animals and insects, such as dogs, spiders, snakes or wasps', 'Specific phobias often begin in childhood and can fade with age'] },
  // non-native
  { q: 'Why I am having this fear, it come from my parents maybe?', expect: 'answer', style: 'non-native', headings: ['How phobias start'], evidence: ['learning fear from a parent or someone close who was very'] },
  { q: 'Please what is meaning of the ladder in exposure, how it work?', expect: 'answer', style: 'non-native', headings: ['Graded exposure with a therapist'], evidence: ['You and your therapist build a ladder of situations', 'You start at the bottom and stay with each step until'] },
  // long-personal
  { q: "I've been scared of flying since I was a teenager. I've turned down two trips abroad with friends this year, and now my sister is getting married in Spain. I feel stupid because I know planes are really safe. Why doesn't knowing that help?", expect: 'answer', style: 'long-personal', headings: ['What is a phobia?'], evidence: ['Knowing it does not make the fear go away.', 'The fear is out of proportion to any real risk'] },
  { q: "I always have to sit by the door in meetings, and I get my flatmate to check the bath for spiders before I go in. I never thought it was a big deal. My counsellor says that's avoidance too. How is that avoidance?", expect: 'answer', style: 'long-personal', headings: ['Avoidance: why it keeps the fear going'], evidence: ['always sitting near the door or the exit', 'asking someone else to check a room for spiders first'] },
  { q: 'A few years ago my mum was really ill and I was under loads of pressure. Around then I got really afraid of lifts and now I take the stairs everywhere. Could all that stress have set it off?', expect: 'answer', style: 'long-personal', headings: ['How phobias start'], evidence: ['a period of long-term stress, which can make the alarm system'] },
  // out of scope
  { q: "What's the name for a fear of spiders?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does private therapy for a phobia cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can hypnotherapy cure a phobia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do airlines run fear of flying courses?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the waiting list for NHS Talking Therapies at the moment?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is trypophobia a real phobia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'My dog is terrified of fireworks, what can I do for him?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the phone number for your helpline?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does EMDR work for phobias?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get signed off work because of my phobia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the rarest phobia in the world?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How is a phobia different from OCD?', expect: 'fallback', style: 'out-of-scope' },
];
