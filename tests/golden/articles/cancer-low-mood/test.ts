import type { ArticleCase } from '../types.ts';

const TITLE = 'Low Mood After a Cancer Diagnosis';
const FEEL = 'Common feelings after a diagnosis';
const DEP = 'When low mood may be depression';
const FEAR = 'Fear of the cancer coming back';
const TIRED = 'Tiredness or depression?';
const BODY = 'Changes to your body';
const TEAM = 'Talking to your care team';
const PSYCH = 'Psychological support';
const THER = 'Talking therapies';
const MEDS = 'Medicines';
const GROUPS = 'Support groups and other help';
const FAMILY = 'Support for family and carers';
const MONEY = 'Practical and money worries';
const FAQ = 'Frequently asked questions';
const F_AFTER = 'Is it normal to feel worse after treatment finishes?';
const F_POS = 'Will being positive help my cancer?';
const F_YEARS = 'Can I get support if I was diagnosed years ago?';
const F_KIDS = 'Should I tell my children how I am feeling?';

/** Test half for the LibreOffice Writer "HTML Document (Writer)" leaflet "Low Mood After a Cancer Diagnosis": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what feelings are common after being diagnosed with cancer', expect: 'answer', style: 'plain', headings: [FEEL], evidence: ['There is no right or wrong way to feel.', 'Shock and disbelief: feeling numb, or finding'] },
  { q: 'what is fear of recurrence', expect: 'answer', style: 'plain', headings: [FEAR], evidence: ['Fear of recurrence means worrying that the cancer will return or spread.'] },
  { q: 'how can I tell if my low mood is actually depression', expect: 'answer', style: 'plain', headings: [DEP], evidence: ['Depression is more than feeling sad for a few days.', 'you feel hopeless or empty, you have lost interest'] },
  { q: 'what help with money is there when you have cancer', expect: 'answer', style: 'plain', headings: [MONEY], evidence: ['Many hospitals have a benefits adviser or a cancer information'] },
  { q: 'i dread every scan, the worry gets huge the week before', expect: 'answer', style: 'paraphrase', headings: [FEAR], evidence: ['The fear often gets stronger before check-ups', 'and scans, around the anniversary of your diagnosis'] },
  { q: 'will admitting I feel down change the treatment the hospital gives me', expect: 'answer', style: 'paraphrase', headings: [TEAM], evidence: ['mentioning low mood will affect their treatment. It will not.'] },
  { q: 'i keep blaming myself and think i am a weight on everyone', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Guilt: wondering if you could have done', 'something differently, or feeling you are a burden'] },
  { q: 'losing my hair', expect: 'answer', style: 'short', headings: [BODY], evidence: ['This might be a scar, hair loss, weight changes, a stoma'] },
  { q: 'cbt?', expect: 'answer', style: 'short', headings: [THER], evidence: ['Cognitive behavioural therapy (CBT) helps you notice unhelpful'] },
  { q: 'support groups', expect: 'answer', style: 'short', headings: [GROUPS], evidence: ['Support groups run in hospitals, in local cancer support'] },
  { q: 'is there councelling avalable for cancer paitents', expect: 'answer', style: 'typo', headings: [PSYCH, THER], evidence: ['psychological support, and your team can refer you.', 'Talking therapies give you time with a trained'] },
  { q: 'how do i tell fatige from depresion', expect: 'answer', style: 'typo', headings: [TIRED], evidence: ['You want to do things but your body is too tired', 'You have lost interest in doing things at all'] },
  { q: 'wot time is the informashun centre open', expect: 'answer', style: 'phonetic', headings: [MONEY], evidence: ['The centre is open Monday to Friday, 9am to'] },
  { q: 'shud i tel my kidz im not ok', expect: 'answer', style: 'phonetic', headings: [F_KIDS, FAQ], evidence: ['Children usually notice when something is wrong.'] },
  { q: 'ugh 😩 so tired all the time since chemo... is that just the cancer or am i depressed?? 🤷‍♀️', expect: 'answer', style: 'emoji-filler', headings: [TIRED], evidence: ['Cancer-related fatigue is an extreme tiredness', 'You may have both at the same time.'] },
  { q: 'hi 👋 erm so like... where do i actually go to see the info centre lol', expect: 'answer', style: 'emoji-filler', headings: [MONEY], evidence: ['You can visit or write to our information and'] },
  { q: 'my wife has breast cancer and i have no idea what to say to her, what should i do', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['If you are supporting someone, you do not need', 'Listening, being there and helping with everyday tasks all matter.'] },
  { q: 'looking after my dad through his treatment is wearing me down, is there anything for carers', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Carers need support in their own right.', 'ask your local council for a carer’s'] },
  { q: 'my sister keeps telling me to stay positive, does it actually affect the cancer', expect: 'answer', style: 'caregiver', headings: [F_POS, FAQ], evidence: ['There is no good evidence that your attitude'] },
  { q: 'can i have counselling over the phone', expect: 'answer', style: 'yes-no', headings: [THER], evidence: ['offer them by phone or video if travelling to hospital is tiring.'] },
  { q: 'is it ok to bring my husband along to my appointments', expect: 'answer', style: 'yes-no', headings: [TEAM], evidence: ['You can bring someone with you to appointments.'] },
  { q: 'does psychological support cost anything', expect: 'answer', style: 'yes-no', headings: [PSYCH], evidence: ['NHS, although waiting times vary from area to area.'] },
  { q: 'is counselling or cbt better for fear of it coming back', expect: 'answer', style: 'comparison', headings: [THER, FEAR], evidence: ['of responding, and it is often used for fear of', 'life, there are talking therapies designed to help with exactly this.'] },
  { q: 'is antidepressants better than talking therapy', expect: 'answer', style: 'comparison', headings: [MEDS], evidence: ['often alongside a talking therapy.', 'so your doctor can discuss the options with you.'] },
  { q: 'who in my team should i speak to and what should i say', expect: 'answer', style: 'two-part', headings: [TEAM], evidence: ['Tell your clinical nurse specialist, your key', 'Say clearly that you would like some help with'] },
  { q: 'why does my body look so different now and how do i get used to it', expect: 'answer', style: 'two-part', headings: [BODY], evidence: ['Cancer and its treatment can change how your', 'Give yourself time to adjust.'] },
  { q: 'my treatment is finish and now I am more sad than before, this is normal?', expect: 'answer', style: 'non-native', headings: [F_AFTER, FAQ], evidence: ['Many people expect to feel relieved, but', 'instead feel low or lost once hospital visits stop.'] },
  { q: 'I have cancer 8 years before, I can still ask help for my mood now?', expect: 'answer', style: 'non-native', headings: [F_YEARS, FAQ], evidence: ['Low mood can appear long after a diagnosis,', 'and you can ask for support at any time.'] },
  { q: "I was diagnosed with bowel cancer in the spring and I've had surgery and now have a stoma. I can't bear to look at it and I've stopped letting my partner near me. I used to be so confident. Is this normal and can anyone help?", expect: 'answer', style: 'long-personal', headings: [BODY], evidence: ['self-conscious or less like yourself, and these feelings', 'can refer you to a counsellor if body image is getting you'] },
  // follow-ups
  { q: 'and what else helps?', before: ['why do I panic every time I get a new ache since my cancer'], expect: 'answer', style: 'short', headings: [FEAR], evidence: ['Setting aside worry time: give yourself a', 'Knowing what to look out for: ask your team'] },
  { q: 'can i ask for medication for it', before: ['what are the signs of depression with cancer'], expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Some people with depression are helped by', 'antidepressant medicines, often alongside a talking therapy.'] },
  { q: 'what about my employer', before: ['i am worried about paying the bills while i am off sick with cancer'], expect: 'answer', style: 'paraphrase', headings: [MONEY], evidence: ['Talking to your employer early can also help'] },
  // out of scope: same domain, not covered
  { q: 'what are the survival rates for stage 3 bowel cancer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a wig cost on the nhs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does cannabis oil help with cancer anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i apply for personal independence payment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what foods should i eat during chemotherapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is acupuncture better than massage for chemo nausea', expect: 'fallback', style: 'comparison', why: 'complementary therapies are mentioned, never compared or tied to nausea' },
  // out of scope: off-domain
  { q: 'how do i reset my patient portal password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where can i park at the hospital', expect: 'fallback', style: 'out-of-scope', why: 'parking costs are mentioned, not where to park' },
  { q: 'whats a good recipe for banana bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good holiday insurance company', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the pharmacy close on sunday', expect: 'fallback', style: 'out-of-scope' },
];
