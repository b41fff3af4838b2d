import type { ArticleCase } from '../types.ts';

const TITLE = 'Eco-Anxiety: Worry About the Climate';
const WHAT = 'What is eco-anxiety?';
const ILL = 'Is eco-anxiety a mental illness?';
const SIGNS = 'Signs of eco-anxiety';
const WHO = 'Who does it affect?';
const YOUNG = 'Young people';
const PARENTS = 'Parents';
const OVER = 'When worry becomes overwhelming';
const LOW = 'Eco-anxiety and low mood';
const COPE = 'Ways to cope';
const BREAK = 'Try a news break';
const CHILD = 'Supporting children and teenagers';
const GP = 'When to see a GP';
const FAQ = 'Frequently asked questions';
const F_NORMAL = 'Is it normal to feel this way about climate change?';
const F_NEWS = 'Will stopping reading the news make me uninformed?';
const F_THERAPY = 'Can therapy help with eco-anxiety?';
const F_LIFE = 'Do I have to change my whole lifestyle to feel better?';

/** Dev half for the Beaver Builder (WordPress) page "Eco-Anxiety: Worry About the Climate": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what sets off eco-anxiety feelings', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['A news story, a hot summer, a conversation with a child'] },
  { q: 'how do I support a child who is worried about climate change', expect: 'answer', style: 'plain', headings: [CHILD], evidence: ['What helps most is listening and taking their feelings seriously.'] },
  { q: 'what can a GP do for eco-anxiety', expect: 'answer', style: 'plain', headings: [GP], evidence: ['Your GP can talk through how you are feeling'] },
  { q: 'does it come and go or is it there all the time', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['The feelings often come in waves.', 'sits quietly in the background most of the time'] },
  { q: 'I feel sad about the woods and birds disappearing, is that part of it', expect: 'answer', style: 'paraphrase', headings: [WHAT, SIGNS], evidence: ['grief for places and wildlife that are being lost', 'grief for lost habitats, species or familiar landscapes'] },
  { q: 'does basic self care like sleep and food matter here', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['Regular sleep, meals and movement make any worry easier to manage.'] },
  { q: 'news break challenge', expect: 'answer', style: 'short', headings: [BREAK], evidence: ['For one week, check climate news only once a day'] },
  { q: 'panic attacks', expect: 'answer', style: 'short', headings: [OVER], evidence: ['you have panic attacks when climate change comes up'] },
  { q: 'parents?', expect: 'answer', style: 'short', headings: [PARENTS, WHO], evidence: ['about the world their children will inherit'] },
  { q: 'im so angry at the goverment for doing nothng about climat', expect: 'answer', style: 'typo', headings: [SIGNS, WHAT], evidence: ['anger or frustration with governments, businesses or older generations', 'anger that not enough is being done'] },
  { q: 'wat groups can i joyn to do somthing', expect: 'answer', style: 'typo', headings: [COPE], evidence: ['You could join a local community garden, a litter pick'] },
  { q: 'do u hav to fix the hole planit on ur own', expect: 'answer', style: 'phonetic', headings: [COPE], evidence: ['You cannot fix climate change on your own'] },
  { q: 'wen shud i tork to my kids skool about it', expect: 'answer', style: 'phonetic', headings: [CHILD], evidence: ["is affecting their sleep, school or friendships for more than"] },
  { q: 'ok so 🙈 my uni friends all feel the same, is it weird to talk about it?? 💬', expect: 'answer', style: 'emoji-filler', headings: [COPE], evidence: ['Sharing your feelings with friends, family or people who feel'] },
  { q: 'hmm 🤔 does getting help mean i stop caring about the earth 🌱', expect: 'answer', style: 'emoji-filler', headings: [OVER, F_THERAPY, FAQ], evidence: ['Getting help does not mean you care any less about the planet.', 'A therapist will not try to talk you out of caring'] },
  { q: 'my daughter spends hours on tiktok watching climate disaster videos, what do I do', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['Keep an eye on how much distressing news and social media'] },
  { q: 'my niece says adults have failed her generation, why do young people feel like this', expect: 'answer', style: 'caregiver', headings: [YOUNG], evidence: ['feel let down or ignored by adults in charge'] },
  { q: 'what can my son and I do together that might help him feel less scared', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['Find small things to do together, such as growing food'] },
  { q: 'can depression be treated', expect: 'answer', style: 'yes-no', headings: [LOW], evidence: ['Depression is a common and treatable condition.'] },
  { q: 'is it ok to take a total break from the news for a few days', expect: 'answer', style: 'yes-no', headings: [F_NEWS, FAQ], evidence: ['Taking a complete break for a few days when you feel'] },
  { q: 'do lots of adults feel this as well or just young people', expect: 'answer', style: 'comparison', headings: [F_NORMAL, FAQ, WHO], evidence: ['most young people and many adults feel worried about climate change', 'Anyone can experience eco-anxiety, whatever their age or background.'] },
  { q: 'is it better to protect my kids from the bad news or be honest with them', expect: 'answer', style: 'comparison', headings: [PARENTS, CHILD], evidence: ['Give honest answers that suit their age.', 'between protecting their children from frightening news and being honest'] },
  { q: 'when is it an emergency and what do I do then', expect: 'answer', style: 'two-part', headings: [GP], evidence: ['If you ever feel unable to keep yourself safe, call 999'] },
  { q: 'what stops kids feeling hopeless and how much should I tell them', expect: 'answer', style: 'two-part', headings: [CHILD], evidence: ['Talk about the people and groups who are working on solutions', 'Give honest answers that suit their age.'] },
  { q: 'I read too much news about fire and flood and feel bad. You think I am alone in this?', expect: 'answer', style: 'non-native', headings: [TITLE], evidence: ['you are far from alone'] },
  { q: 'Why I should feel good about being worried, please explain me', expect: 'answer', style: 'non-native', headings: [ILL], evidence: ['In many ways it shows that you care about other people'] },
  { q: "We had the house flooded two winters ago and every time it rains hard now I can't settle. I check the river levels constantly. My friends say it's climate change and I should get used to it. Is it normal that I'm still this wound up?", expect: 'answer', style: 'long-personal', headings: [WHO, OVER], evidence: ['people who have lived through floods or extreme weather, may feel', 'think about climate change most of the day and cannot switch off'] },
  { q: "I've been trying to cut my plastic, stop flying, eat no meat, buy nothing new, and I still feel like a terrible person every time I get in the car. I'm exhausted by it. Am I doing it wrong?", expect: 'answer', style: 'long-personal', headings: [F_LIFE, FAQ], evidence: ['Trying to be perfect can make guilt and anxiety worse.', 'Be kind to yourself about the rest.'] },
  { q: 'my thoughts spiral at night about the future, anything simple I can try in the moment', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['Breathing exercises and mindfulness can help when anxious thoughts start'] },
  // follow-ups
  { q: 'how long before I should worry about that', before: ['can eco-anxiety turn into depression'], expect: 'answer', style: 'paraphrase', headings: [LOW], evidence: ['If you have felt low, flat or empty for more than'] },
  { q: 'do people still feel hopeful as well?', before: ['is eco-anxiety normal'], expect: 'answer', style: 'short', headings: [F_NORMAL, FAQ], evidence: ['it often sits alongside hope and a wish to help'] },
  { q: 'and checking it all the time, is that a sign too?', before: ['what are signs of climate anxiety'], expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['checking climate news over and over, or avoiding it completely'] },
  // out of scope: same domain, not covered
  { q: 'what is solastalgia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any apps for climate anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private therapy for eco-anxiety cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get time off work for eco-anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does eco-anxiety affect men and women differently', expect: 'fallback', style: 'comparison', why: 'the page compares no sexes' },
  { q: 'is there a helpline just for climate worry', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do I start composting at home', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what will sea levels be in 2100', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which bank doesnt invest in fossil fuels', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I get a heat pump grant', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I volunteer at your charity shop', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wats the best reusable water bottle lol', expect: 'fallback', style: 'typo' },
];
