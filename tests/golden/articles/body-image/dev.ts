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
const NOTE = 'A note from me';
const FAQ = 'Your questions';
const F_NORMAL = 'Is it normal to dislike parts of my body?';
const F_ED = 'Is body image the same as an eating disorder?';
const F_SOCIAL = 'Will deleting social media fix how I feel?';
const F_LONG = 'How long does it take to feel better about my body?';

/** Dev half for the Substack post "Body Image and Low Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'when does body image become a problem', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Body image becomes a problem when worries about your appearance'] },
  { q: 'is this post about losing weight', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['This is not a post about changing your body.', 'There is nothing here about food, numbers or exercise plans.'] },
  { q: 'how does body image cause anxiety', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['worry that people are looking at you', 'feel panicky when you catch sight of yourself in a shop window'] },
  { q: 'I wear hoodies even in July so nobody sees my arms', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['wearing baggy clothes in summer or hiding parts of your body'] },
  { q: 'how can I be less harsh on myself', expect: 'answer', style: 'paraphrase', headings: [HELPFUL], evidence: ['if you would not say it to someone you love'] },
  { q: 'my mates keep making comments about bodies and it gets to me', expect: 'answer', style: 'paraphrase', headings: [HELPFUL], evidence: ['friends who do not comment on bodies'] },
  { q: 'exercise', expect: 'answer', style: 'short', headings: [HELPFUL], evidence: ['choose activities you like, such as dancing or walking with a friend', 'rather than exercise as punishment.'] },
  { q: 'phone in bedroom?', expect: 'answer', style: 'short', headings: [SOCIAL], evidence: ['keep your phone out of the bedroom'] },
  { q: 'reasurance seeking is it bad', expect: 'answer', style: 'typo', headings: [UNHELPFUL], evidence: ['repeatedly asking others whether you look all right.'] },
  { q: 'i compair myself to evry one online', expect: 'answer', style: 'typo', headings: [SOCIAL, SIGNS], evidence: ['Social media did not invent comparison, but it has made it constant.', 'measuring yourself against friends, strangers or people online'] },
  { q: 'do boyz get body image isues too', expect: 'answer', style: 'typo', headings: [MEN], evidence: ['Body image worries are often talked about as something that only affects'] },
  { q: 'wot number can i ring day or nite', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['You can also call Samaritans free on 116 123, day or night.'] },
  { q: 'iz body image the same as eatin disorder', expect: 'answer', style: 'phonetic', headings: [F_ED, FAQ], evidence: ['if you are worried about your eating, speak to your GP early.'] },
  { q: 'hmm 🤔 beach holiday coming up and i kinda want to bail... should i just not go?', expect: 'answer', style: 'emoji-filler', headings: [HELPFUL, NOTE], evidence: ['going to the beach or a party despite the worry', 'noticing the checking, telling one friend, and going anyway.'] },
  { q: '✨ tips for feeling ok in my body pls ✨', expect: 'answer', style: 'emoji-filler', headings: [HELPFUL], evidence: ['carrying shopping, hugging a friend, walking in the park.', 'clothes that fit you now, rather than clothes you hope'] },
  { q: 'should I ban my teen from using tiktok', expect: 'answer', style: 'caregiver', headings: [TEEN], evidence: ['in a curious way, without banning or lecturing.'] },
  { q: 'can I see my daughters GP on my own first to talk about my worries', expect: 'answer', style: 'caregiver', headings: [TEEN], evidence: ['book an appointment to talk about your concerns on your own first.'] },
  { q: 'my partner never wants to be in any of our photos, how can I tell if its body image', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['or not wanting to be in photos.'] },
  { q: 'is it possible to love my body completely', expect: 'answer', style: 'yes-no', headings: [MOOD], evidence: ['A more realistic aim is to worry about it less'] },
  { q: 'am I wasting the doctors time going about this', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['Seeing your GP does not mean you are wasting their time.'] },
  { q: 'is it a sign of weakness for a man to talk about his looks', expect: 'answer', style: 'yes-no', headings: [MEN], evidence: ['is a sign of strength, not weakness.'] },
  { q: 'is it better to stop body checking straight away or slowly', expect: 'answer', style: 'comparison', headings: [UNHELPFUL], evidence: ['Try cutting back on checking gradually rather than all at once.'] },
  { q: 'what is the difference between small changes and deeper changes in how fast they work', expect: 'answer', style: 'comparison', headings: [F_LONG, FAQ], evidence: ['Small changes in habits can ease the worry within a few weeks'] },
  { q: 'what are the signs and when should i get help', expect: 'answer', style: 'two-part', headings: [SIGNS, GP], evidence: ['worries about how you look taking up hours of your day.', 'your mood has been low for more than two weeks'] },
  { q: 'what do men worry about most and why do they keep quiet', expect: 'answer', style: 'two-part', headings: [MEN], evidence: ['the pressure is about looking muscular, tall or lean', 'they keep the worry to themselves.'] },
  { q: 'why talking help? I am shy to say my problem to people', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['Body image worries thrive on secrecy.', 'can make them feel smaller and less powerful.'] },
  { q: 'the doctor, what treatment he can give for body image?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['talking therapy such as cognitive behavioural therapy', 'or a referral to a specialist service.'] },
  { q: "I've been off social media for a month now and honestly I do feel a bit calmer, but I miss my friends' updates and I'm scared to go back. Was deleting it the right thing or is there a middle way?", expect: 'answer', style: 'long-personal', headings: [F_SOCIAL, FAQ, SOCIAL], evidence: ['A break can give your mind some space', 'or have set times when you do not scroll at all.'] },
  { q: "My son is 15 and his body is changing so fast, and at the same time he cares massively about what his friends think. I keep saying things about my own weight without thinking. Could that be rubbing off on him?", expect: 'answer', style: 'long-personal', headings: [TEEN], evidence: ['Teenagers go through huge changes in their bodies', 'try not to criticise your own body'] },
  // follow-ups
  { q: 'and what if i avoid mirrors instead', before: ['is checking the mirror a lot bad for body image'], expect: 'answer', style: 'paraphrase', headings: [UNHELPFUL], evidence: ['this can keep fear going in the same way that checking does.'] },
  { q: 'is that normal though?', before: ['there are bits of my body i really dislike'], expect: 'answer', style: 'yes-no', headings: [F_NORMAL, FAQ], evidence: ['It only becomes a concern when it takes over your thoughts'] },
  { q: 'what did the writer do herself', before: ['what helps with body image'], expect: 'answer', style: 'plain', headings: [NOTE], evidence: ['For years I skipped every beach trip with friends.'] },
  // out of scope: same domain, not covered
  { q: 'what is the body positivity movement', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a book on self esteem', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the nhs waiting list for cbt', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does the menopause affect body image', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a support group for body image in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are antidepressants better than therapy for body image', expect: 'fallback', style: 'comparison', why: 'antidepressants are never named' },
  // out of scope: off-domain
  { q: 'how do I start my own substack newsletter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should i pack for a beach holiday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get a refund for a gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which phone has the best selfie camera', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i turn off tiktok notifications', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whens the next bank holiday', expect: 'fallback', style: 'out-of-scope' },
];
