import type { ArticleCase } from '../types.ts';

const TITLE = 'Body Image and Low Mood';
const WHAT = 'What is body image?';
const SIGNS = 'Signs body image is affecting you';
const SOCIAL = 'Social media and comparison';
const MOOD = 'How body image links with low mood and anxiety';
const MEN = 'Body image in men and boys';
const HELPFUL = 'Helpful habits';
const UNHELPFUL = 'Unhelpful habits, like body checking';
const TALK = 'Talking to someone';
const GP = 'When to see a GP';
const TEEN = 'Supporting a teenager';
const FAQ = 'Your questions';
const F_NORMAL = 'Is it normal to dislike parts of my body?';
const F_ED = 'Is body image the same as an eating disorder?';
const F_SOCIAL = 'Will deleting social media fix how I feel?';
const F_LONG = 'How long does it take to feel better about my body?';

/** Test half for the Substack post "Body Image and Low Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what does body image actually mean', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Body image is the way you think and feel about your body.'] },
  { q: 'what is body checking', expect: 'answer', style: 'plain', headings: [UNHELPFUL], evidence: ['Body checking means repeatedly examining a part of your body'] },
  { q: 'how can i help my teenager with body image', expect: 'answer', style: 'plain', headings: [TEEN], evidence: ['try not to criticise your own body or other people', 'notice their kindness, effort, humour and skills rather than their looks.'] },
  { q: 'does hating how I look make me more down, or does being down make me hate how I look', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['Poor body image and low mood tend to feed each other.'] },
  { q: 'why do I feel worse about myself after scrolling instagram', expect: 'answer', style: 'paraphrase', headings: [SOCIAL], evidence: ['the images we scroll past are chosen, posed, lit and often edited.'] },
  { q: 'I keep asking my partner if I look ok before we go out, is that a problem', expect: 'answer', style: 'paraphrase', headings: [UNHELPFUL], evidence: ['repeatedly asking others whether you look all right. The comfort rarely lasts.'] },
  { q: 'men body image', expect: 'answer', style: 'short', headings: [MEN], evidence: ['Men and boys can feel just as much pressure'] },
  { q: 'signs?', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['turning down invitations, skipping swimming or the gym', 'worries about how you look taking up hours of your day.'] },
  { q: 'how do i stop chekcing the mirorr all the time', expect: 'answer', style: 'typo', headings: [UNHELPFUL], evidence: ['Try cutting back on checking gradually rather than all at once.', 'Notice when the urge comes, wait a few minutes'] },
  { q: 'wat clothes shoud i wear to feel beter', expect: 'answer', style: 'typo', headings: [HELPFUL], evidence: ['clothes that fit you now, rather than clothes you hope'] },
  { q: 'do filtres and editting photos make it wose', expect: 'answer', style: 'typo', headings: [UNHELPFUL], evidence: ['filters and editing apps can widen the gap between how you look'] },
  { q: 'shud i go 2 the gp about it', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['It is a good idea to see your GP if:', 'Seeing your GP does not mean you are wasting their time.'] },
  { q: 'iz it norml 2 not like bits of ur body', expect: 'answer', style: 'phonetic', headings: [F_NORMAL, FAQ], evidence: ['parts of their body they would change if they could.'] },
  { q: 'ugh 😩 every photo of me ruins my whole day lol... is that a thing?? 📸', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['tearful after seeing your reflection or a photo of yourself.'] },
  { q: 'ok so 🙃 thinking of just deleting all my apps, will that sort me out?', expect: 'answer', style: 'emoji-filler', headings: [F_SOCIAL, FAQ], evidence: ['Probably not on its own.', 'Changing who you follow and how long you scroll'] },
  { q: 'my 14 year old daughter will not talk to me about how she feels about her looks, how do i get her to open up', expect: 'answer', style: 'caregiver', headings: [TEEN], evidence: ['often make it easier for them to talk.'] },
  { q: 'my son is worried about his eating and skipping school, who should we talk to', expect: 'answer', style: 'caregiver', headings: [TEEN], evidence: ['talk to their GP or school nurse.'] },
  { q: 'my husband spends hours at the gym and feels guilty if he misses it, could it be body image', expect: 'answer', style: 'caregiver', headings: [MEN], evidence: ['Some find themselves spending long hours at the gym and feeling guilty'] },
  { q: 'is poor body image the same thing as having an eating disorder', expect: 'answer', style: 'yes-no', headings: [F_ED, FAQ], evidence: ['many people with body image worries never develop an eating disorder.'] },
  { q: 'do I have to love my body to feel better', expect: 'answer', style: 'yes-no', headings: [MOOD], evidence: ['Breaking the cycle does not mean you have to love your body.', 'A more realistic aim is to worry about it less'] },
  { q: 'can talking therapy help with body image', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['which has good evidence for body image worries'] },
  { q: 'is avoiding mirrors better than checking them', expect: 'answer', style: 'comparison', headings: [UNHELPFUL], evidence: ['this can keep fear going in the same way that checking does.'] },
  { q: 'quitting social media completely vs just changing who I follow, which is better', expect: 'answer', style: 'comparison', headings: [F_SOCIAL, FAQ, SOCIAL], evidence: ['Changing who you follow and how long you scroll'] },
  { q: 'what habits help and which ones make it worse', expect: 'answer', style: 'two-part', headings: [HELPFUL, UNHELPFUL], evidence: ['Focus on what your body does:', 'help in the moment but keep the worry going.'] },
  { q: 'how long till i feel better and is it bad if i have setbacks', expect: 'answer', style: 'two-part', headings: [F_LONG, FAQ], evidence: ['deeper shifts in how you see yourself usually take months', 'Setbacks on bad days are normal'] },
  { q: 'I am not know how to start tell my friend about this feeling of my body, what I can say?', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['You do not need to have the right words.', 'I have been feeling really down about how I look lately'] },
  { q: 'when is need to visit doctor for the body worry, how much time of day is too much?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['are on your mind for an hour or more each day'] },
  { q: "I'm 34 and a bloke, and I've never said this to anyone, but I hate my thinning hair and getting older. I feel stupid even caring because men aren't supposed to worry about this stuff. Is it weird?", expect: 'answer', style: 'long-personal', headings: [MEN], evidence: ['or about hair loss and ageing', 'your feelings are valid and you deserve support'] },
  { q: "Since the winter I have been feeling really flat and I've noticed I'm much harsher on how I look when I'm tired and stressed. Some days it's fine, other days I can't stand my reflection. Why does it change so much?", expect: 'answer', style: 'long-personal', headings: [WHAT, MOOD], evidence: ['Body image can also shift from day to day', 'more likely to focus on what it sees as flaws'] },
  // follow-ups
  { q: 'and what will they do?', before: ['when should I see a GP about body image'], expect: 'answer', style: 'short', headings: [GP], evidence: ['Your GP will listen, ask some questions about how you are feeling'] },
  { q: 'what about if I would rather talk to a stranger', before: ['who can I talk to about hating my body'], expect: 'answer', style: 'paraphrase', headings: [TALK], evidence: ['a support line or an online peer community'] },
  { q: 'what else should I follow instead', before: ['how do I make my social media feed less toxic'], expect: 'answer', style: 'plain', headings: [SOCIAL], evidence: ['people of different shapes, sizes, ages and abilities'] },
  // out of scope: same domain, not covered
  { q: 'what is body dysmorphic disorder and how is it diagnosed', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private therapy for body image cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any apps that help with body confidence', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what age do children start worrying about how they look', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does cosmetic surgery improve body image', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is dbt or cbt better for body image', expect: 'fallback', style: 'comparison', why: 'CBT is named, DBT never; no comparison' },
  // out of scope: off-domain
  { q: 'how do i change my substack email address', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best camera for taking portrait photos', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good hair salon in london', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my instagram password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat time does the pharmacy shut on sundays', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I write a cover letter for a job', expect: 'fallback', style: 'out-of-scope' },
];
