import type { ArticleCase } from '../types.ts';
/** Dev half for fear-of-flying (a Jimdo Creator therapist's page saved from the browser): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What are the most common things people with flight anxiety are scared of?', expect: 'answer', style: 'plain', headings: ['What is the fear really about?'], evidence: ['Fear of a crash, often fed by news coverage', 'Fear of losing control, because someone else is flying'] },
  { q: 'What does a panic attack feel like?', expect: 'answer', style: 'plain', headings: ['Panic on a plane'], evidence: ['a racing heart, breathlessness, tingling hands, dizziness, a tight chest'] },
  // paraphrase
  { q: "Why do my fingers go tingly and my head go light when I'm nervous up there?", expect: 'answer', style: 'paraphrase', headings: ['Panic on a plane', 'Slow breathing'], evidence: ['The symptoms are caused by adrenaline and by breathing too fast', 'which makes the dizziness and tingling worse'] },
  { q: "Is there any chance of saying hello to whoever was in the cockpit once we've landed?", expect: 'answer', style: 'paraphrase', headings: ['Should I tell the cabin crew I am nervous?'], evidence: ['sometimes arrange for you to meet the pilot after landing'] },
  { q: "I'm fine at the gate, but now I can't even watch a plane on TV. Why has it spread?", expect: 'answer', style: 'paraphrase', headings: ['Why avoiding flights makes the fear grow'], evidence: ['the fear often spreads to airports, to watching planes on television'] },
  // short
  { q: 'fear of heights flying', expect: 'answer', style: 'short', headings: ['What is the fear really about?'], evidence: ['Fear of heights, or of the feeling of being high'] },
  { q: 'seatbelt?', expect: 'answer', style: 'short', before: ['Is turbulence the thing that brings planes down?'], headings: ['Turbulence: the facts'], evidence: ['Keeping your seatbelt loosely fastened whenever you are seated'] },
  { q: 'nervous flyer course', expect: 'answer', style: 'short', headings: ['Fear of flying courses'], evidence: ['Several airlines and private organisations run one-day courses'] },
  // typo
  { q: 'fear of flying after becomming a parent??', expect: 'answer', style: 'typo', headings: ['How common is a fear of flying?'], evidence: ['a stressful period such as becoming a parent'] },
  { q: 'wat does cbt acctually involve for flying fear', expect: 'answer', style: 'typo', headings: ['Cognitive behavioural therapy (CBT)'], evidence: ['look at the thoughts that fuel the fear', 'gradually face the feared situations in small steps'] },
  { q: 'my kid keeps asking if the plane wil fall, shoud i just keep saying its fine', expect: 'answer', style: 'typo', headings: ['Travelling with a child who is scared of flying'], evidence: ['or over-reassure, as both can make it bigger'] },
  // phonetic
  { q: 'wen shud i start practisin the breathin n stuff', expect: 'answer', style: 'phonetic', before: ["I've got a flight to Tenerife in three weeks"], headings: ['Calming techniques to use on board'], evidence: ['practise them at home for a couple of weeks before you travel'] },
  { q: 'is it ok 2 keep the window blind down the hole time or is that bad', expect: 'answer', style: 'phonetic', headings: ['Why avoiding flights makes the fear grow'], evidence: ['gripping the armrest for the whole flight or refusing to look', 'feel protective but stop you from discovering that you can cope'] },
  { q: 'my lil boy has been terrified of planes 4 months n gets panicky, who cud help him', expect: 'answer', style: 'phonetic', headings: ['Travelling with a child who is scared of flying'], evidence: ["a GP can refer them to a children's mental health service"] },
  // emoji-filler
  { q: 'lol is it weird that my biggest fear is puking in front of everyone 🤢', expect: 'answer', style: 'emoji-filler', headings: ['What is the fear really about?'], evidence: ['in front of strangers, or of being sick or fainting'] },
  { q: 'my brain goes straight to worst case on take off 😵‍💫 how do i stop it spiralling', expect: 'answer', style: 'emoji-filler', headings: ['Grounding with your senses'], evidence: ['Grounding brings your attention back to the present when your mind races'] },
  { q: 'does this ever actually get better?? 🥲 or am i stuck like this forever', expect: 'answer', style: 'emoji-filler', headings: ['Ways to overcome a fear of flying'], evidence: ['a fear of flying responds well to treatment, and most people improve'] },
  // caregiver
  { q: "My wife won't come on holiday with us because she's scared of flying. Does she have to go through her GP?", expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['in many areas you can also refer yourself', 'Private therapists and fear of flying courses are another route'] },
  { q: 'My teenage daughter has panic attacks at school too, not just about planes. Should she see someone?', expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['you have panic attacks in other situations too, not only'] },
  { q: 'What should I pack for my toddler to keep her calm on the flight?', expect: 'answer', style: 'caregiver', headings: ['Travelling with a child who is scared of flying'], evidence: ['a favourite toy, snacks, headphones and a drawing pad'] },
  // yes-no
  { q: 'Will knowing the safety statistics cure my fear?', expect: 'answer', style: 'yes-no', headings: ['Is flying really safe?'], evidence: ['phobias are driven by feelings rather than by statistics'] },
  { q: 'Is it normal to still feel a bit scared after a few sessions?', expect: 'answer', style: 'yes-no', headings: ['Can I get over it before my trip in six weeks?'], evidence: ['Even if the fear is not completely gone, most clients feel able'] },
  { q: 'does that actually fix the fear though?', expect: 'answer', style: 'yes-no', before: ['My GP offered me something to take for the flight'], headings: ['Questions about medication'], evidence: ['but it does not treat the fear itself'] },
  // comparison
  { q: 'For a one-off trip, is a tablet better than going to therapy?', expect: 'answer', style: 'comparison', headings: ['Questions about medication'], evidence: ['Medication may have a place for a one-off essential journey'] },
  { q: 'Is a short breath in and a long breath out better than the other way round?', expect: 'answer', style: 'comparison', headings: ['Slow breathing'], evidence: ['A longer out-breath slows the heart rate and tells your body'] },
  // two-part
  { q: 'How do I explain turbulence to my 5 year old, and what do I say to her after the flight?', expect: 'answer', style: 'two-part', headings: ['Travelling with a child who is scared of flying'], evidence: ['turn turbulence into a game, such as imagining the plane', 'Praise them for being brave afterwards, however the flight went'] },
  { q: 'What is VR exposure and do I need to buy a plane ticket to do it?', expect: 'answer', style: 'two-part', headings: ['Virtual reality exposure'], evidence: ['uses a headset to recreate the experience of flying step by step', 'you can practise the hardest moments as often as you need'] },
  // non-native
  { q: 'How long is one session of CBT for the flying, how many minutes?', expect: 'answer', style: 'non-native', headings: ['Cognitive behavioural therapy (CBT)'], evidence: ['6 and 12 weekly sessions of about 50 minutes'] },
  { q: 'My friend say fear of flying is many different fears together. What is meaning?', expect: 'answer', style: 'non-native', headings: ['What is the fear really about?'], evidence: ['a label for several different fears that happen to meet'] },
  // long-personal
  { q: "I'm 29 and I've turned down two work trips this year because they meant flying. My manager is starting to notice. Everyone else in my team seems to fly without thinking about it. Is it just me?", expect: 'answer', style: 'long-personal', headings: ['Fear of flying and travel anxiety', 'How common is a fear of flying?'], evidence: ['you have turned down a work trip because it meant', 'you are far from alone', 'between one in four and one in three adults feel'] },
  { q: "My partner and I have a flight to Australia next spring, about 22 hours in total. Last time I was so anxious I barely moved from my seat the whole way. A friend said I should ask the doctor for something to knock me out. Is that a good idea on such a long flight?", expect: 'answer', style: 'long-personal', headings: ['Questions about medication'], evidence: ['blood clots on long flights because you move less', 'less alert if you need to move quickly'] },
  { q: "I'm a fairly anxious person in general. My sister has booked us a trip to Lisbon in October, and it's only March but I'm already lying awake about the flight. I haven't told anyone how bad it is. Is this worth getting help for or am I overreacting?", expect: 'answer', style: 'long-personal', headings: ['When to get help'], evidence: ['you dread a flight for weeks beforehand, with poor sleep'] },
  // out of scope
  { q: 'Do you offer sessions at Bristol airport?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the waiting list for NHS talking therapies?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the best airline for nervous flyers?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I fly with an ear infection?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is EMDR good for fear of flying?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which seats have the most legroom', expect: 'fallback', style: 'out-of-scope' },
  { q: 'I am also scared of lifts, can you help with that?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do planes actually stay up in the air?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do you see children under 12?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what happens if an engine fails mid flight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get travel insurance if I have an anxiety diagnosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get through airport security without panicking', expect: 'fallback', style: 'out-of-scope' },
];
