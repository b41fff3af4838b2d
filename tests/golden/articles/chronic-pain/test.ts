import type { ArticleCase } from '../types.ts';

const WHAT = 'What is chronic pain?';
const CYCLE = 'HOW PAIN AND LOW MOOD AFFECT EACH OTHER';
const SIGNS = 'Signs of depression when you live with pain';
const SLEEP = 'Sleep and pain';
const PACING = 'PACING YOUR ACTIVITY';
const ANX = 'Pain and anxiety';
const TALK = 'Talking Treatments';
const MEDS = 'MEDICINES';
const PMP = 'Pain Management Programmes';
const GP = 'Talking to your doctor';
const FAMILY = 'Support for family and friends';
const FAQ = 'FREQUENTLY ASKED QUESTIONS';
const F_REAL = 'Does having depression mean my pain is not real?';
const F_GONE = 'Will treating my depression get rid of my pain?';
const F_REST = 'Should I rest until the pain goes away?';
const F_YEARS = 'Can I get help if I have had pain for many years?';
const BOX = 'Did you know?';

/** Test half for the pdftotext charity leaflet "Chronic Pain and Depression" (Painwise): blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what counts as chronic pain', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Chronic pain is pain that carries on for longer than three months'] },
  { q: 'how does pain cause depression', expect: 'answer', style: 'plain', headings: [CYCLE], evidence: ['Living with pain every day is tiring', 'and losing these things can leave you feeling low, cut off'] },
  { q: 'what is pacing', expect: 'answer', style: 'plain', headings: [PACING], evidence: ['Pacing means doing a steady amount of activity every day, whether'] },
  { q: 'what happens on a pain management programme', expect: 'answer', style: 'plain', headings: [PMP], evidence: ['Programmes cover pacing, exercise, sleep, managing flare-ups, coping', 'teaches skills for living well with long-term pain.'] },
  { q: 'why does feeling low make my pain worse', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['brain pays more attention to pain signals', 'Low mood can also make pain feel worse.'] },
  { q: 'i overdo it on good days and then im wiped out for days after', expect: 'answer', style: 'paraphrase', headings: [PACING], evidence: ['Many people with chronic pain fall into a "boom and bust" pattern.', 'days of more pain and exhaustion.'] },
  { q: 'my scans all came back clear so is the pain just made up', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['real even when tests come back normal.', 'sometimes no clear cause is found at all.'] },
  { q: 'sleep tips', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['Keep to the same getting-up time each day', 'Avoid long naps in the day; a short rest is fine'] },
  { q: 'CBT for pain', expect: 'answer', style: 'short', headings: [TALK], evidence: ['CBT for pain often includes pacing, setting', 'Cognitive behavioural therapy (CBT) helps you notice unhelpful thoughts'] },
  { q: 'carer support', expect: 'answer', style: 'short', headings: [FAMILY], evidence: ["Look after yourself too. Carers can get their own support, including a", "carer's assessment from the local council and carers' groups."] },
  { q: 'is ther a way to tell depresion from just being tired from pain', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['hard to tell depression apart from the effects of pain', 'feeling sad, empty or hopeless most of the day, nearly every day'] },
  { q: 'scared that moving will damge my back more', expect: 'answer', style: 'typo', headings: [ANX], evidence: ['that pain means something is badly wrong, or fear that moving will', 'This fear can make you avoid activity, which makes'] },
  { q: 'can i refer myslef for talking therpy', expect: 'answer', style: 'typo', headings: [TALK], evidence: ['you can refer yourself to a local psychological therapies service.'] },
  { q: 'wot shud i rite down b4 seein the gp', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['write down how your mood has been and for how long', 'take a list of all the medicines you use'] },
  { q: 'is it orl in me ed then', expect: 'answer', style: 'phonetic', headings: [TALK], evidence: ['They do not suggest that your pain is "all in your head".'] },
  { q: 'ugh 😩 can’t sleep AGAIN cos of my hips... any ideas?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['If you cannot sleep, get up and do something calm', 'Try a wind-down routine before bed, such as a warm bath'] },
  { q: 'so umm 🤷 how do i even bring up my mood when im there about my knee lol', expect: 'answer', style: 'emoji-filler', headings: [GP], evidence: ['You can say something as simple as "I think the pain', 'But your GP needs to know about both to help you properly.'] },
  { q: 'my mum has fibromyalgia and keeps saying she is a burden, is that depression', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['feeling guilty or like a burden to the people around you'] },
  { q: 'how can i help my husband who has back pain and seems really down', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Listen without trying to fix everything, and believe them about their', 'Encourage them to talk to their GP about their mood.'] },
  { q: 'should i do all the housework for my wife so she doesnt hurt herself', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Help with pacing by supporting steady activity rather than doing'] },
  { q: 'should i just stay in bed till it settles', expect: 'answer', style: 'yes-no', headings: [F_REST, FAQ], evidence: ['Long periods of rest usually make chronic pain worse', 'Gentle, paced activity is generally better than resting for a long time.'] },
  { q: 'can i stop my tablets if they arent working', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Do not stop or change any', 'doctor may review your medicines with you.'] },
  { q: 'is depression more common in people with pain', expect: 'answer', style: 'yes-no', headings: [BOX], evidence: ['three to four times more'] },
  { q: 'whats the difference between CBT and the acceptance approach', expect: 'answer', style: 'comparison', headings: [TALK], evidence: ['Acceptance-based approaches help you make room for pain rather than', 'ways of thinking and acting. CBT for pain often includes pacing, setting'] },
  { q: 'is it better to rest a lot or keep moving', expect: 'answer', style: 'comparison', headings: [F_REST, FAQ, PACING], evidence: ['Gentle, paced activity is generally better than resting for a long time.'] },
  { q: 'what does anxiety do to the body when you have pain and what calms it', expect: 'answer', style: 'two-part', headings: [ANX], evidence: ['Anxiety also makes muscles tense and breathing shallow, and both can in-', 'Relaxation, slow breathing and gentle movement can help to'] },
  { q: 'who runs pain management programmes and how do i get on one', expect: 'answer', style: 'two-part', headings: [PMP], evidence: ['team that may include a psychologist, a physiotherapist and a nurse.', 'Ask your GP or pain clinic whether a programme is available'] },
  { q: 'the doctor not listen me about my pain, what i can do', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['If you do not feel listened to, you can ask'] },
  { q: 'medicine for depression can help also the pain, is true?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['used for depression can also help with certain kinds of pain.'] },
  { q: "i've had arthritis for about twelve years now and honestly i've just accepted feeling rubbish, my daughter says i should ask for help but surely it's too late after all this time?", expect: 'answer', style: 'long-personal', headings: [F_YEARS, FAQ], evidence: ['It is never too late to get support.', 'help people who have lived with pain for a long time.'] },
  // follow-ups
  { q: 'and will that make the pain go away?', before: ['can talking therapy help if I am depressed because of my pain'], expect: 'answer', style: 'short', headings: [F_GONE, FAQ, CYCLE], evidence: ['It may not take the pain away, but many people find', 'Treating depression often makes pain easier to live with, even when'] },
  { q: 'how do i start doing it?', before: ['what is the boom and bust thing with pain'], expect: 'answer', style: 'paraphrase', headings: [PACING], evidence: ['then set your starting level a little below that.', 'Increase your activity slowly, by small steps, over weeks rather than'] },
  // out of scope
  { q: 'what painkillers are strongest for nerve pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get disability benefits if I cannot work because of pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does acupuncture work for back pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is medical cannabis legal for chronic pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what diet reduces inflammation', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for a pain clinic', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a tens machine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the difference between fibromyalgia and chronic fatigue syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should I have surgery on my spine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do I have to tell my employer about my depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private CBT cost', expect: 'fallback', style: 'out-of-scope', before: ['what is CBT for pain'] },
  { q: 'are there any painwise groups near me in manchester', expect: 'fallback', style: 'out-of-scope' },
];
