import type { ArticleCase } from '../types.ts';

/** Dev half for psychosis-signs (Sphinx / Read the Docs handbook page): questions different from the test half; tune only on this half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What is a relapse plan?', expect: 'answer', style: 'plain', headings: ['Recovery'], evidence: ['lists your personal early signs and what you and your family'] },
  { q: 'Where is the early intervention service in Eastvale?', expect: 'answer', style: 'plain', headings: ['Early intervention in psychosis teams'], evidence: ['the EIP service is based at the Riverside Centre'] },
  { q: 'what ages do they see?', before: ['what is an EIP team?'], expect: 'answer', style: 'plain', headings: ['Early intervention in psychosis teams'], evidence: ['In England they see people aged 14 to 65'] },
  // paraphrase
  { q: 'did we cause this by the way we raised him?', expect: 'answer', style: 'paraphrase', headings: ['What causes psychosis?'], evidence: ['It is not caused by bad parenting'] },
  { q: "why can't he see that something is off with him?", expect: 'answer', style: 'paraphrase', headings: ['What is psychosis?'], evidence: ['often does not realise that anything is wrong', 'To them the experiences feel completely real'] },
  { q: 'Can booze bring on these kinds of symptoms?', expect: 'answer', style: 'paraphrase', headings: ['Cannabis and other drugs'], evidence: ['Heavy drinking and withdrawal from alcohol can do the same.'] },
  // short
  { q: 'skunk risk', expect: 'answer', style: 'short', headings: ['Cannabis and other drugs'], evidence: ['The risk is highest for people who start young, use it often'] },
  { q: 'disordered thinking', expect: 'answer', style: 'short', headings: ['Disordered thinking', 'What is psychosis?'], evidence: ['Thoughts that race, jump between topics or become muddled'] },
  // typo
  { q: 'does lack of slep make psychosis more likley', expect: 'answer', style: 'typo', headings: ['Other risk factors', 'Can stress alone cause psychosis?'], evidence: ['for example because of family history, lack of sleep or drug use'] },
  { q: 'can a head injery lead to psychosis', expect: 'answer', style: 'typo', headings: ['Other risk factors'], evidence: ['some physical illnesses and brain injuries'] },
  { q: 'do they check your fisical helth when your on antipsycotics', expect: 'answer', style: 'typo', headings: ['Antipsychotic medication'], evidence: ['regular physical health checks are part of the care'] },
  // phonetic
  { q: 'wen shud i call 999', expect: 'answer', style: 'phonetic', headings: ['When to get urgent help'], evidence: ['if someone talks about ending their life, has harmed themselves'] },
  { q: 'cud faint noises n stuff at the edge of ur eye b an early sign', expect: 'answer', style: 'phonetic', headings: ['Early warning signs'], evidence: ['hearing faint sounds or seeing things at the edge of vision'] },
  { q: 'wot does it actually do tho', before: ['what talking therapy is there for psychosis'], expect: 'answer', style: 'phonetic', headings: ['Talking therapies and family intervention'], evidence: ['helps people make sense of their experiences and find ways to cope'] },
  // emoji / filler
  { q: "omg my flatmate hasn't showered in weeks and barely leaves his room 😳 is that an early sign??", expect: 'answer', style: 'emoji-filler', headings: ['Early warning signs'], evidence: ['losing interest in washing, dressing or looking after themselves', 'withdrawing from friends and family and spending much more time alone'] },
  { q: 'ngl does psychosis just come back after u recover 😕', expect: 'answer', style: 'emoji-filler', headings: ['Recovery'], evidence: ['Others have further episodes but learn to spot their warning signs', 'and some never have another one'] },
  { q: 'tbh is it weird that i keep seeing hidden meanings in like number plates 🤔', expect: 'answer', style: 'emoji-filler', headings: ['Early warning signs'], evidence: ['unusual ideas, or finding hidden meanings in ordinary things'] },
  // caregiver
  { q: "Can I talk to my son's EIP team even if he won't let them share anything with me?", expect: 'answer', style: 'caregiver', headings: ['What if the person refuses help?'], evidence: ['You can also contact the EIP team or GP yourself', 'even if they cannot tell you details about the person'] },
  { q: "my sister is in a psychotic episode and won't eat or drink, what should I do tonight?", expect: 'answer', style: 'caregiver', headings: ['When to get urgent help'], evidence: ['Get help the same day by calling NHS 111', 'if the person is very distressed, not eating or drinking'] },
  { q: "how should I talk to my mum when she's confused and paranoid?", expect: 'answer', style: 'caregiver', headings: ['How family and friends can help'], evidence: ['stay calm and speak in short, clear sentences'] },
  // yes-no
  { q: 'Is one odd sign on its own enough to worry about?', expect: 'answer', style: 'yes-no', headings: ['Early warning signs'], evidence: ['signs on its own is not a cause for alarm'] },
  { q: 'Can depression come with psychosis?', expect: 'answer', style: 'yes-no', headings: ['What is psychosis?'], evidence: ['conditions such as schizophrenia, bipolar disorder or severe depression'] },
  { q: 'Does family therapy actually help stop a relapse?', expect: 'answer', style: 'yes-no', headings: ['Talking therapies and family intervention'], evidence: ['It reduces relapse and lowers stress for everyone at home.'] },
  // comparison
  { q: 'are people with psychosis more likely to hurt others or to get hurt themselves?', expect: 'answer', style: 'comparison', headings: ['Does psychosis mean someone is dangerous?'], evidence: ['much more likely to be frightened, or to be harmed by others'] },
  { q: 'which kind is most common, voices or seeing things?', before: ['what are hallucinations?'], expect: 'answer', style: 'comparison', headings: ['Hallucinations', 'What is psychosis?'], evidence: ['Hearing voices is the most common kind.'] },
  // two-part
  { q: "what's a delusion, and can you argue someone out of it?", expect: 'answer', style: 'two-part', headings: ['Delusions', 'How family and friends can help'], evidence: ['do not change when the person is shown evidence against them', 'without arguing about their beliefs'] },
  { q: 'how long does the early phase last, and can getting help then stop it getting worse?', expect: 'answer', style: 'two-part', headings: ['The prodrome'], evidence: ['it lasts months, and sometimes up to 2 years', 'Support at this stage can sometimes stop symptoms'] },
  // non-native
  { q: 'Who is doing the referral to EIP team, only the doctor?', expect: 'answer', style: 'non-native', headings: ['Early intervention in psychosis teams'], evidence: ['Most people are referred by their GP'] },
  { q: 'My brother lose his job and after this he become very strange. The stress can make psychosis?', expect: 'answer', style: 'non-native', headings: ['Other risk factors', 'Can stress alone cause psychosis?'], evidence: ['major stress, such as a bereavement, leaving home or losing a job', 'It is more often the trigger in someone who is already vulnerable'] },
  // long personal
  { q: "My girlfriend was in hospital last month with her first episode. Now she's home and I honestly don't know what to expect. I've never been around anything like this. What should I do to prepare?", expect: 'answer', style: 'long-personal', headings: ['How family and friends can help'], evidence: ['learn about psychosis so that you know what to expect'] },
  { q: "I'm 24 and I used to smoke a lot of skunk. I had a psychotic episode last year and I'm mostly OK now. My mates still smoke around me. Does it actually matter if I start again?", expect: 'answer', style: 'long-personal', headings: ['Cannabis and other drugs'], evidence: ['Stopping cannabis after a first episode lowers the chance of relapse'] },
  { q: "My son is 16 and has been really off lately, sleeping all day and saying people at school are plotting against him. He insists he's fine. We've been waiting and hoping it passes. How long should we wait before doing something?", expect: 'answer', style: 'long-personal', headings: ['When to get urgent help'], evidence: ['early signs that have lasted more than a couple of weeks'] },
  // out of scope
  { q: 'What are the negative symptoms of schizophrenia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is clozapine dangerous?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the waiting list for the Eastvale EIP team at the moment?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can low vitamin D cause psychosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long does drug induced psychosis last', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does psychosis show up on a DBS check?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get power of attorney for my son who has psychosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What happens when you get admitted to a psychiatric ward?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is there a genetic test for schizophrenia?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the difference between bipolar and schizophrenia?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any online psychosis support groups for young people', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I ask for a second opinion on my diagnosis?', expect: 'fallback', style: 'out-of-scope' },
];
