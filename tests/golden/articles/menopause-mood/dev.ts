import type { ArticleCase } from '../types.ts';

const TITLE = 'Menopause and Your Mood';
const BRIEF = 'Perimenopause and menopause in brief';
const MOOD = 'How menopause can affect your mood';
const ANX = 'Anxiety and feeling on edge';
const LOW = 'Low mood or depression?';
const WHY = 'Why hormones affect mood';
const DYK = 'Did you know?';
const SLEEP = 'Sleep, night sweats and mood';
const FOG = 'Brain fog';
const GP = 'Talking to your GP';
const TREAT = 'Treatments that can help';
const SELF = 'Things you can try yourself';
const FAMILY = 'For partners and family';
const FAQ = 'Frequently asked questions';
const F_DEP = 'Can menopause cause depression?';
const F_LONG = 'How long do the mood changes last?';
const F_HRT = 'Will HRT fix my mood?';
const F_YOUNG = 'Am I too young to be perimenopausal?';
const F_WORK = 'Should I tell my employer?';

/** Dev half for the WordPress (GeneratePress + Rank Math + Easy TOC) page "Menopause and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how is menopause confirmed', expect: 'answer', style: 'plain', headings: [BRIEF], evidence: ['It is confirmed once you have gone 12 months without a period.'] },
  { q: 'can surgery bring on menopause early', expect: 'answer', style: 'plain', headings: [BRIEF], evidence: ['Menopause can also be brought on earlier by surgery', 'the changes can come on suddenly and feel more intense'] },
  { q: 'what are the signs of depression rather than low mood', expect: 'answer', style: 'plain', headings: [LOW], evidence: ['You lose interest in things you used to enjoy', 'Everyday tasks feel very hard or impossible'] },
  { q: 'is it only hormones that cause the mood changes', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Hormones are only part of the picture.', 'stress at home or work, and your health in general'] },
  { q: 'I feel like I am not myself any more and have no confidence', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['losing confidence or feeling less like yourself'] },
  { q: 'tricks for coping with forgetfulness at work', expect: 'answer', style: 'paraphrase', headings: [FOG], evidence: ['Writing lists and using reminders on your phone can take'] },
  { q: 'mood swings', expect: 'answer', style: 'short', headings: [MOOD], evidence: ['mood swings that come and go quickly'] },
  { q: 'thyroid?', expect: 'answer', style: 'short', headings: [ANX], evidence: ['so they can check for other causes such as thyroid problems'] },
  { q: 'menopause support groups', expect: 'answer', style: 'short', headings: [SELF], evidence: ['talk to friends going through the same thing, or join'] },
  { q: 'do hot flushs come befor the mood stuff', expect: 'answer', style: 'typo', headings: [BRIEF], evidence: ['sometimes before any hot flushes appear'] },
  { q: 'is there a doctr who specilises in menopause at my surgery', expect: 'answer', style: 'typo', headings: [GP], evidence: ['ask whether there is a GP in the practice with'] },
  { q: 'y do i feel so gilty saying no to stuff', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['Saying no to some things for a while is not failing.', 'Many women expect to carry on exactly as before'] },
  { q: 'wot is oestrojen got to do wiv my brain', expect: 'answer', style: 'phonetic', headings: [WHY], evidence: ['Oestrogen also acts on the brain, including the chemical messengers'] },
  { q: 'honestly 🙄 is anyone else this grumpy?? husband is hiding lol 😂', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['feeling irritable or short-tempered over small things'] },
  { q: 'so... 😴 does sorting the sweats actually fix the mood?? 🤞', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['Treating night sweats often improves mood simply because you start'] },
  { q: 'what practical stuff can I do around the house to help my wife through menopause', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['taking on more at home or agreeing to a cooler bedroom'] },
  { q: 'my sister had her ovaries out and is really struggling emotionally, is that usual', expect: 'answer', style: 'caregiver', headings: [BRIEF], evidence: ['the changes can come on suddenly and feel more intense'] },
  { q: 'should I read up on menopause to understand what my partner is going through', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Learning a little about menopause shows that you care'] },
  { q: 'can CBT help with hot flushes too', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['even how much hot flushes bother you'] },
  { q: 'is menopause depression treatable', expect: 'answer', style: 'yes-no', headings: [F_DEP, FAQ], evidence: ['Depression is treatable whatever its cause.'] },
  { q: 'do I have to just wait for the mood symptoms to pass', expect: 'answer', style: 'yes-no', headings: [F_LONG, FAQ], evidence: ['you do not have to wait it out'] },
  { q: 'is it the low hormone level or the changing levels that affects mood', expect: 'answer', style: 'comparison', headings: [WHY], evidence: ['rather than the low level itself, that unsettle mood'] },
  { q: 'does low mood lift by itself more than depression does', expect: 'answer', style: 'comparison', headings: [LOW], evidence: ['Usually lifts with rest, support and time', 'Does not lift on its own and may get worse'] },
  { q: 'can I use HRT and therapy at the same time, and can I change my mind later', expect: 'answer', style: 'two-part', headings: [TREAT], evidence: ['Some women use HRT and talking therapy together.', 'it is fine to try one approach and review it'] },
  { q: 'what is brain fog and will it go away', expect: 'answer', style: 'two-part', headings: [FOG], evidence: ['finding it hard to concentrate at work', 'menopause brain fog is temporary and improves after the menopause years'] },
  { q: 'my boss does not know I am menopause. I must tell to him?', expect: 'answer', style: 'non-native', headings: [F_WORK, FAQ], evidence: ['You do not have to, but many workplaces now have'] },
  { q: 'coffee and wine is bad for menopause? I drink every day', expect: 'answer', style: 'non-native', headings: [SELF], evidence: ['cut down on alcohol and caffeine, which can trigger hot flushes'] },
  { q: "I'm 52 and my GP offered me antidepressants straight away when I mentioned feeling low, but I'm also having hot flushes and awful sleep. I wasn't sure that was right. Is there something else I should be asking about?", expect: 'answer', style: 'long-personal', headings: [DYK], evidence: ['are first offered antidepressants when their symptoms are really caused', 'HRT should be considered first when low mood comes with other'] },
  { q: "I'm 44 and my periods are still regular-ish but I've started crying at nothing and my patience is gone. My friends say I'm too young for the menopause. Am I?", expect: 'answer', style: 'long-personal', headings: [F_YOUNG, FAQ, BRIEF], evidence: ['Most women notice changes in their 40s, but some start earlier.', 'It often begins in your 40s and can last several years.'] },
  // follow-ups
  { q: 'and should I mention my past depression to them?', before: ['how should I prepare for talking to my GP about menopause'], expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['mention any past depression, anxiety or postnatal depression'] },
  { q: 'how long does it have to go on for to count?', before: ['how can I tell if I have depression during menopause'], expect: 'answer', style: 'short', headings: [LOW], evidence: ['most days, for two weeks or more'] },
  { q: 'and who is more likely to get it?', before: ['can menopause make you depressed'], expect: 'answer', style: 'paraphrase', headings: [LOW, F_DEP, FAQ], evidence: ['Women who have had depression before, or who had postnatal', 'This is especially true if you have had depression before.'] },
  // out of scope: same domain, not covered
  { q: 'can HRT cause weight gain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant is best for hot flushes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is vaginal oestrogen safe long term', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does menopause cause joint pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long should i stay on HRT before stopping', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is bioidentical hormone therapy better than normal hrt', expect: 'fallback', style: 'comparison', why: 'bioidentical hormones never mentioned' },
  { q: 'do i still need contraception in perimenopause', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i unsubscribe from your emails', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is a good recipe for a quick vegetarian dinner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help me write a cv', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where can i park near your office', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my toddler to sleep through the night', expect: 'fallback', style: 'out-of-scope' },
];
