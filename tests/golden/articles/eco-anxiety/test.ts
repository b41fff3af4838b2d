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

/** Test half for the Beaver Builder (WordPress) page "Eco-Anxiety: Worry About the Climate": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is eco-anxiety', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Eco-anxiety is a name for the distress some people feel'] },
  { q: 'what are the signs of eco anxiety', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['persistent worry or dread about the future of the planet', 'feeling helpless, powerless or hopeless about climate change'] },
  { q: 'how can I cope with worrying about climate change', expect: 'answer', style: 'plain', headings: [COPE], evidence: ['Choose one or two trusted sources and set a time', 'Taking action can ease feelings of helplessness'] },
  { q: 'is feeling scared about global warming a sign something is wrong with my head', expect: 'answer', style: 'paraphrase', headings: [ILL], evidence: ['Eco-anxiety is not a mental illness in itself'] },
  { q: 'why are kids and teens hit hardest by climate fear', expect: 'answer', style: 'paraphrase', headings: [YOUNG, WHO], evidence: ['they will live with its effects for longest'] },
  { q: 'getting outside and green spaces, do they do anything for this', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['can lift your mood and calm your body'] },
  { q: 'climate cafe', expect: 'answer', style: 'short', headings: [COPE], evidence: ['which are informal groups where people meet to talk openly'] },
  { q: 'eco guilt', expect: 'answer', style: 'short', headings: [SIGNS, WHAT], evidence: ['guilt about everyday choices such as travel, food or shopping', 'guilt about your own lifestyle'] },
  { q: 'other names for it?', expect: 'answer', style: 'short', headings: [WHAT], evidence: ['Some people call it climate anxiety or climate distress.'] },
  { q: 'i cant stop doomscroling climate news at nite', expect: 'answer', style: 'typo', headings: [COPE], evidence: ['rather than scrolling late at night', 'Turning off news alerts on your phone can make a big difference.'] },
  { q: 'when shoud i go to the docter about eco anxeity', expect: 'answer', style: 'typo', headings: [GP], evidence: ['See a GP if your worries about the climate have lasted'] },
  { q: 'wot can i do if me climit worry wont go away and im not sleepin', expect: 'answer', style: 'phonetic', headings: [OVER, GP], evidence: ['the worry stops you sleeping, eating well, working or studying', 'See a GP if your worries about the climate have lasted'] },
  { q: 'iz it normul to feel like this bout the planit', expect: 'answer', style: 'phonetic', headings: [F_NORMAL, FAQ], evidence: ['It is a reasonable reaction to a serious problem'] },
  { q: 'ugh 🌍🔥 every headline makes me feel so helpless lol... what actually helps??', expect: 'answer', style: 'emoji-filler', headings: [COPE], evidence: ['Taking action can ease feelings of helplessness', 'Try to focus on what is within your control.'] },
  { q: 'sooo 😬 do i have to go vegan and never fly again to stop feeling guilty 🙃', expect: 'answer', style: 'emoji-filler', headings: [F_LIFE, FAQ], evidence: ['Trying to be perfect can make guilt and anxiety worse.', 'Pick one or two changes that matter to you'] },
  { q: 'my 7 year old cried after a programme about polar bears, what should I say to her', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['Younger children need simple facts and reassurance that adults', 'Ask what they have heard and how they feel about it'] },
  { q: 'my teenage son is obsessed with climate stuff and now skips school, should i be worried', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['talk to their school or your GP.'] },
  { q: 'my partner has been flat and empty for a month and says the world is doomed, is it just eco anxiety', expect: 'answer', style: 'caregiver', headings: [LOW], evidence: ['this may be more than eco-anxiety.', 'can sometimes link with low mood or depression'] },
  { q: 'is eco-anxiety a diagnosis', expect: 'answer', style: 'yes-no', headings: [ILL], evidence: ['Eco-anxiety is not a mental illness in itself'] },
  { q: 'can I refer myself for talking therapy without my GP', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['In England you can also refer yourself to an NHS'] },
  { q: 'should I tell my kids I am worried about the climate too', expect: 'answer', style: 'yes-no', headings: [CHILD], evidence: ['It is fine to say that you feel worried too.'] },
  { q: 'what is the difference between normal eco-anxiety and it being too much', expect: 'answer', style: 'comparison', headings: [OVER, SIGNS], evidence: ['These are signs that the anxiety has moved beyond a normal reaction', 'What matters most is how strong they are'] },
  { q: 'eco anxiety vs depression, how do I tell them apart', expect: 'answer', style: 'comparison', headings: [LOW], evidence: ['If you have felt low, flat or empty for more than'] },
  { q: 'what does eco-anxiety feel like and who gets it', expect: 'answer', style: 'two-part', headings: [SIGNS, WHO], evidence: ['persistent worry or dread about the future of the planet', 'Anyone can experience eco-anxiety, whatever their age or background.'] },
  { q: 'can therapy help and what kind is usually offered', expect: 'answer', style: 'two-part', headings: [F_THERAPY, FAQ], evidence: ['Cognitive behavioural therapy is often offered for anxiety'] },
  { q: 'I am worry about climate and not want to make baby, is this normal people feel?', expect: 'answer', style: 'non-native', headings: [PARENTS], evidence: ['Some people find themselves questioning whether to have children at all.'] },
  { q: 'my body is also feel bad, heart fast and stomach, when I think climate. Is part of it?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['such as a racing heart, tense muscles or an upset stomach'] },
  { q: "I'm 19 and honestly I've stopped making plans because what's the point if the planet is going to be wrecked. I don't go out with friends much anymore either. My mum says I'm being dramatic. Is this still just worry or is it something more?", expect: 'answer', style: 'long-personal', headings: [OVER, LOW], evidence: ['you feel there is no point in planning for the future', 'you have stopped seeing friends or doing things you used to enjoy'] },
  { q: "I work on a farm and the last two summers have been brutal, first drought then floods. I'm constantly on edge and angry at everyone who doesn't seem to care. My wife thinks I should see someone but I don't see how a doctor can fix the weather.", expect: 'answer', style: 'long-personal', headings: [WHO, F_THERAPY, GP], evidence: ['People who work in farming, conservation or climate science', 'A therapist will not try to talk you out of caring'] },
  // follow-ups
  { q: 'and what about for kids?', before: ['what helps with climate anxiety'], expect: 'answer', style: 'short', headings: [CHILD], evidence: ['What helps most is listening and taking their feelings seriously.'] },
  { q: 'but wont i miss important stuff if i do that', before: ['should I cut down on reading climate news'], expect: 'answer', style: 'paraphrase', headings: [F_NEWS, FAQ, BREAK], evidence: ['Checking a trusted source once a day keeps you informed.', 'Many people find they feel calmer without being any less informed.'] },
  { q: 'is that an illness though?', before: ['what is climate anxiety'], expect: 'answer', style: 'yes-no', headings: [ILL], evidence: ['it is not a diagnosis', 'Feeling worried about a real threat is an understandable'] },
  // out of scope: same domain, not covered
  { q: 'how do I calculate my carbon footprint', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where is my nearest climate cafe in Bristol', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there medication for eco-anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for NHS Talking Therapies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is eco-anxiety worse in hot countries than in the UK', expect: 'fallback', style: 'comparison', why: 'the page compares no countries' },
  { q: 'does acceptance and commitment therapy work better than CBT for climate worry', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how much do solar panels cost to install', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it true that the gulf stream is collapsing', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which electric car has the longest range', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I recycle soft plastics', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I donate to your charity by text', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the climate march in london start 🙂', expect: 'fallback', style: 'emoji-filler' },
];
