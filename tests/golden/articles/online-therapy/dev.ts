import type { ArticleCase } from '../types.ts';

const TITLE = 'Online Therapy: What to Expect';
const WHAT = 'What is online therapy?';
const VIDEO = 'Video sessions';
const PHONE = 'Phone sessions';
const TEXT = 'Text-based therapy';
const SUITS = 'Who online therapy can suit';
const FIRST = 'What happens in your first session';
const PRIVACY = 'Privacy and finding a quiet space';
const TECH = 'The technology you need';
const COMPARE = 'Video, phone or text: how they compare';
const WORKING = 'How to tell if it is working';
const F2F = 'When face-to-face may be better';
const COSTS = 'What it costs';
const SAFETY = 'Safety and crisis plans';
const FAQ = 'Frequently asked questions';
const F_GOOD = 'Is online therapy as good as seeing someone in person?';
const F_CAMERA = 'Do I have to turn my camera on?';
const F_RECORD = 'Can my therapist record our sessions?';
const F_DROP = 'What if I get upset and the call ends?';

/** Dev half for the Help Scout Docs page "Online Therapy: What to Expect": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'does an online therapist have the same training as one in an office', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Your therapist should have the same training and follow the same'] },
  { q: 'what does confidentiality mean in the first session', expect: 'answer', style: 'plain', headings: [FIRST], evidence: ['Explain how confidentiality works and when they might need to share information'] },
  { q: 'can i keep seeing the same therapist if i move house', expect: 'answer', style: 'plain', headings: [SUITS], evidence: ['you can usually keep seeing the same therapist wherever you are'] },
  { q: 'is it normal for some weeks of therapy to feel worse', expect: 'answer', style: 'paraphrase', headings: [WORKING], evidence: ['it is normal to have ups and downs along the way', 'Some weeks may feel harder than others'] },
  { q: 'can i start on a screen and switch to meeting in a room later', expect: 'answer', style: 'paraphrase', headings: [F2F], evidence: ['Some people use a mix of both, starting online'] },
  { q: 'what can i do on my end to keep my sessions confidential', expect: 'answer', style: 'paraphrase', headings: [PRIVACY], evidence: ['using a password on your device, logging out after sessions'] },
  { q: 'cancellation', expect: 'answer', style: 'short', headings: [COSTS], evidence: ['what happens if you need to cancel a session'] },
  { q: 'safety plan', expect: 'answer', style: 'short', headings: [SAFETY], evidence: ['Your therapist may also work with you on a simple safety plan'] },
  { q: 'recording?', expect: 'answer', style: 'short', headings: [F_RECORD, FAQ], evidence: ['Your therapist should never record a session without asking you first', 'If you would like to record a session yourself'] },
  { q: 'can i re-read my old mesages in text therapy', expect: 'answer', style: 'typo', headings: [TEXT], evidence: ['you can read back over earlier conversations'] },
  { q: 'how do i tell my familly i need the room for a sesion', expect: 'answer', style: 'typo', headings: [PRIVACY], evidence: ['let others know you need some time alone'] },
  { q: 'do i hav to sit in a waitin room if i get anxshus', expect: 'answer', style: 'phonetic', headings: [SUITS], evidence: ['People who feel anxious about sitting in a waiting room'] },
  { q: 'wot do i need to test b4 the furst call', expect: 'answer', style: 'phonetic', headings: [TECH], evidence: ['Try to test your camera, microphone and link a few minutes'] },
  { q: 'soooo 😅 my therapist wants my address?? is that weird 👀', expect: 'answer', style: 'emoji-filler', headings: [SAFETY], evidence: ['This is standard practice and is only used if'] },
  { q: 'ugh 🙄 text therapy or video, which one do i pick first', expect: 'answer', style: 'emoji-filler', headings: [COMPARE], evidence: ['The table below may help you decide which to try first.', 'Feeling connected and seeing facial expressions'] },
  { q: 'my wife works nights and looks after her mum, would online sessions be easier for her', expect: 'answer', style: 'caregiver', headings: [SUITS], evidence: ['People with busy jobs or caring responsibilities who struggle to travel'] },
  { q: 'my son has quite severe mental health problems, is online therapy enough for him', expect: 'answer', style: 'caregiver', headings: [F2F], evidence: ['Face-to-face support is also usually recommended for people with more complex'] },
  { q: 'is online therapy an emergency service', expect: 'answer', style: 'yes-no', headings: [SAFETY], evidence: ['Online therapy is not an emergency service.'] },
  { q: 'can i ask my therapist about their experience', expect: 'answer', style: 'yes-no', headings: [FIRST], evidence: ['You are also welcome to ask your therapist questions'] },
  { q: 'will my therapist phone me back if the line drops', expect: 'answer', style: 'yes-no', headings: [F_DROP, FAQ, TECH], evidence: ['Usually they will try to call you back straight away.'] },
  { q: 'how does paying for text therapy differ from weekly video', expect: 'answer', style: 'comparison', headings: [COSTS], evidence: ['Text-based services often charge in a different way'] },
  { q: 'is live chat different from sending messages through the week', expect: 'answer', style: 'comparison', headings: [TEXT], evidence: ['you and your therapist type to each other at a set time', 'messages sent back and forth over the week'] },
  { q: 'can i leave the camera off and could i turn it on later', expect: 'answer', style: 'two-part', headings: [F_CAMERA, FAQ], evidence: ['you can ask to keep it off or switch to phone sessions', 'Some people start with the camera off and turn it on'] },
  { q: 'how does my therapist check progress and how often', expect: 'answer', style: 'two-part', headings: [WORKING], evidence: ['Many therapists check in on progress every few sessions'] },
  { q: 'is it possible that I do the session from my car when parked?', expect: 'answer', style: 'non-native', headings: [PHONE, PRIVACY], evidence: ['sitting somewhere private like a parked car', 'This could be a bedroom, a spare room or even your car.'] },
  { q: 'my internet is very bad in my home, which therapy is work for me?', expect: 'answer', style: 'non-native', headings: [PHONE], evidence: ['if your internet connection is unreliable'] },
  { q: "I'm a student and I've been really anxious this term. Uni has a counselling service but I'd rather do it online from my room, and money is tight. Is there any way to get it without paying a lot?", expect: 'answer', style: 'long-personal', headings: [COSTS], evidence: ['free through public health services, your employer, a university or a charity', 'some offer lower rates for people on low incomes'] },
  { q: "I find it really hard to focus when I'm looking at a screen for a long time, I drift off even in work meetings. My GP suggested therapy and I assumed it would be online, but now I'm not sure that's right for me.", expect: 'answer', style: 'long-personal', headings: [F2F], evidence: ['if you find it very hard to concentrate on a screen'] },
  // follow-ups
  { q: 'why would they need that', before: ['will my online therapist ask where i am'], expect: 'answer', style: 'paraphrase', headings: [SAFETY], evidence: ['is only used if they are seriously worried about your safety'] },
  { q: 'and what about goals', before: ['what happens in the first online session'], expect: 'answer', style: 'short', headings: [FIRST], evidence: ['Talk about what you would like to change and agree some goals'] },
  { q: 'does the research back that up?', before: ['is video therapy as good as going in person'], expect: 'answer', style: 'yes-no', headings: [F_GOOD, FAQ, TITLE], evidence: ['studies suggest online therapy can be just as effective', 'research suggests that for common problems such as anxiety'] },
  { q: 'what matters most then?', before: ['does online therapy work'], expect: 'answer', style: 'paraphrase', headings: [F_GOOD, FAQ], evidence: ['What matters most is the relationship you build with your therapist'] },
  // out of scope: same domain, not covered
  { q: 'how long is the nhs waiting list for online cbt', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get online therapy in another language', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is online couples counselling a thing', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can an online therapist prescribe medication', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many sessions of therapy will my employer pay for', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is group therapy online better than one to one', expect: 'fallback', style: 'comparison', why: 'group therapy never mentioned' },
  // out of scope: off-domain
  { q: 'how do i change my display name on teams', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which headphones have the best noise cancelling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cancel my phone contract early', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office close today', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best recipe for banana bred pls', expect: 'fallback', style: 'typo' },
  { q: 'any good films to watch tonight 🍿', expect: 'fallback', style: 'emoji-filler' },
];
