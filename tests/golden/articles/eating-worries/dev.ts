import type { ArticleCase } from '../types.ts';

const LINK = 'How eating problems and low mood are linked';
const SELF = 'Signs you might notice in yourself';
const OTHER = 'Signs you might notice in someone else';
const TABLE = 'What you might notice and what might help';
const WHY = 'Why does it happen?';
const TALK = 'Talking to someone you are worried about';
const HELP = 'Getting help';
const CARE = 'Looking after yourself day to day';
const MYTHS = 'Myths about eating problems';
const URGENT = 'Need urgent help?';
const FAQ = 'Frequently asked questions';
const F_MEN = 'Can men have eating problems?';
const F_WEIGHT = 'Do I need to be a certain weight to get help?';
const F_REC = 'Can you recover from an eating problem?';
const F_LOW = 'Is it normal to feel low during recovery?';
const F_GP = 'Will my GP tell my parents?';

/** Dev half for the hand-built 2005 charity page "Eating Problems and Low Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what counts as an eating problem', expect: 'answer', style: 'plain', headings: [LINK], evidence: ['any relationship with food that is causing you distress'] },
  { q: 'does social media make eating problems worse', expect: 'answer', style: 'plain', headings: [WHY, TABLE], evidence: ['constant images of "ideal" bodies, can add to the pressure', 'Limit time on accounts that leave you feeling worse'] },
  { q: 'what support is there for children with eating problems', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Family-based support is often recommended for children and young people.'] },
  { q: 'should I keep a mood diary', expect: 'answer', style: 'plain', headings: [CARE], evidence: ['Keep a simple diary of your mood alongside what was happening'] },
  { q: 'why does feeling bad about what I ate make me even more miserable', expect: 'answer', style: 'paraphrase', headings: [LINK], evidence: ['the guilt and shame that often come with an eating problem'] },
  { q: 'what sort of character traits make someone more likely to struggle like this', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Being a perfectionist, having low self-esteem'] },
  { q: 'my doctor visits always feel too short to explain everything', expect: 'answer', style: 'paraphrase', headings: [HELP], evidence: ['You can ask for a longer appointment'] },
  { q: 'urgent help', expect: 'answer', style: 'short', headings: [URGENT], evidence: ['You can also call NHS 111 for urgent advice', 'you can call Samaritans any time on 116 123'] },
  { q: 'lost interest in hobbies', expect: 'answer', style: 'short', headings: [SELF], evidence: ['losing interest in things you used to enjoy'] },
  { q: 'eating in secret', expect: 'answer', style: 'short', headings: [SELF], evidence: ['eating in secret or hiding what you eat'] },
  { q: 'why do i feel so gulity after i eat', expect: 'answer', style: 'typo', headings: [SELF, LINK], evidence: ['feeling guilty, ashamed or anxious after eating', 'the guilt and shame that often come with an eating problem'] },
  { q: 'how do i no if my freind has an eating disordr', expect: 'answer', style: 'typo', headings: [OTHER], evidence: ['It can be hard to spot an eating problem', 'None of these signs proves that someone has an eating problem'] },
  { q: 'wot do the speshulist teems do', expect: 'answer', style: 'phonetic', headings: [HELP], evidence: ['These teams include doctors, nurses, therapists and dietitians'] },
  { q: 'wen shud i tork to sumwun or see the gee pee', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['talk to someone you trust or to your GP'] },
  { q: 'soooo 😬 my mate keeps going to the loo right after lunch... should i be worried?? 😟', expect: 'answer', style: 'emoji-filler', headings: [OTHER], evidence: ['None of these signs proves that someone has an eating problem', 'they are a reason to check in gently'] },
  { q: 'ngl 😅 my whole mood depends on what i ate that day... is that a thing?? 🙈', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['your mood depends on what you have or have not eaten'] },
  { q: 'my son is training even when he has the flu and hardly eats, is that a warning sign?', expect: 'answer', style: 'caregiver', headings: [OTHER], evidence: ['exercising even when they are ill or exhausted'] },
  { q: 'should I tell my flatmate she looks healthier now to encourage her?', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['Avoid commenting on their body or what is on their plate'] },
  { q: 'how can I help my dad get to the doctor about his eating', expect: 'answer', style: 'caregiver', headings: [TALK, HELP], evidence: ['You could offer to help them book a GP appointment'] },
  { q: 'can I bring a friend to my GP appointment?', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['or to bring someone with you'] },
  { q: 'is an eating problem a real mental health condition?', expect: 'answer', style: 'yes-no', headings: [MYTHS], evidence: ['An eating problem is a serious mental health condition'] },
  { q: 'is it more about the food or more about the feelings?', expect: 'answer', style: 'comparison', headings: [MYTHS], evidence: ['Eating problems are usually about feelings', 'food is the way those feelings show'] },
  { q: 'does low mood from not eating feel different from ordinary depression?', expect: 'answer', style: 'comparison', headings: [LINK], evidence: ['which can look and feel a lot like depression'] },
  { q: 'what helps on a bad day and what should I bring to the GP?', expect: 'answer', style: 'two-part', headings: [CARE], evidence: ['Be kind to yourself on bad days', 'You could take it with you to show your GP or therapist.'] },
  { q: 'what gentle things could lift my mood a bit, and how do I keep in touch with people when I don\'t feel like it?', expect: 'answer', style: 'two-part', headings: [CARE], evidence: ['Gentle activities you used to enjoy, such as music, drawing', 'Stay connected with people, even in small ways'] },
  { q: 'my sister wear very big clothes always and talk about her body all the time, this is a sign?', expect: 'answer', style: 'non-native', headings: [OTHER], evidence: ['wearing loose clothes or talking a lot about their body'] },
  { q: 'my friend don\'t want to eat with us anymore and he is always tired, what is means?', expect: 'answer', style: 'non-native', headings: [OTHER], evidence: ['avoiding eating with others or making excuses to skip meals', 'seeming tired and finding it hard to concentrate'] },
  { q: 'I\'ve been on the waiting list for ages and honestly most days I just feel like hiding in my room and not seeing anyone, my mum keeps nagging me to go out but it feels pointless, is there anything small I could try?', expect: 'answer', style: 'long-personal', headings: [CARE], evidence: ['Stay connected with people, even in small ways'] },
  { q: 'I had a really good few weeks with food and then last night it all went wrong again and now I feel like I\'ve thrown everything away, I know I shouldn\'t be so hard on myself but does this mean I\'m not getting better?', expect: 'answer', style: 'long-personal', headings: [CARE, F_REC, FAQ], evidence: ['recovery is rarely a straight line', 'there may be setbacks, but many people fully recover'] },
  // follow-ups
  { q: 'what happens at that first appointment?', expect: 'answer', style: 'short', before: ['I think I need to see my GP about my eating and my mood'], headings: [HELP], evidence: ['They will ask about your eating, your mood and your general health', 'may arrange some routine checks'] },
  { q: 'what should I avoid saying to her?', expect: 'answer', style: 'caregiver', before: ['my best friend might have an eating problem'], headings: [TALK], evidence: ['Avoid commenting on their body or what is on their plate'] },
  { q: 'how long does getting better usually take?', expect: 'answer', style: 'paraphrase', before: ['my sister has just started treatment for her eating disorder'], headings: [F_REC, FAQ], evidence: ['Recovery can take time and there may be setbacks'] },
  // out of scope: same domain, not covered
  { q: 'how long is the NHS waiting list for eating disorder therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the Maudsley method good for my teenager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there eating disorder support groups in Bristol', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does a private nutritionist charge per session?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do probiotics help with depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is orthorexia', expect: 'fallback', style: 'out-of-scope', before: ['what counts as an eating problem'] },
  // out of scope: off-domain
  { q: 'how do I cook rice in a microwave', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in Cardiff tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I reset my email password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can u recomend a good film 🎬', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many players are on a rugby team', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of Australia', expect: 'fallback', style: 'out-of-scope' },
];
