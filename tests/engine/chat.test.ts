import { describe, expect, it } from 'vitest';
import { chatToText } from '../../server/engine/understand/chat.ts';

describe('chat writing', () => {
  it.each([
    ['wat r the symtoms 😩😩', 'what are the symtoms'],
    ['hi 👋 umm so what dose do they use haha', 'hi so what dose do they use'],
    ['how 2 sleep better', 'how to sleep better'],
    ['y do ppl wake up at nite??', 'why do people wake up at night??'],
    ['will i hav gud n bad weeks', 'will i have good and bad weeks'],
    ['y do i get panic atacks 4 no reason', 'why do i get panic atacks for no reason'],
    ['im having one rn what do i do', 'im having one right now what do i do'],
    // A letter held for emphasis is one letter, or two where English writes two.
    ['sooo 🙃 why does it take sooo long', 'so why does it take so long'],
    ['heyyy im tooo tired, pleeease help', 'hey im too tired, please help'],
    ['kan old peepul get it, wy', 'can old people get it, why'],
    ['iz usin it 4 pain a new thing', 'is using it for pain a new thing'],
    ['r ther benefits 4 ppl wit bipolar', 'are there benefits for people with bipolar'],
    ['wots the point, i fink its nuffin', 'what is the point, i think its nothing'],
    ['do i av to tork to sumwun agen', 'do i have to talk to someone again'],
    // "dose" after "how", "why", "how long": only ever "does" swapped.
    ['how dose the spray work', 'how does the spray work'],
    ['how long dose it take', 'how long does it take'],
  ])('%s → %s', (q, expected) => {
    expect(chatToText(q)).toBe(expected);
  });
  it('leaves plain writing and real numbers alone', () => {
    expect(chatToText('the bookkeeper was too tired')).toBeNull();
    expect(chatToText('how long does it last')).toBeNull();
    expect(chatToText('it lasts 2 weeks')).toBeNull();
    // A dose asked as such stays a dose.
    expect(chatToText('what dose do they give')).toBeNull();
    expect(chatToText('how much dose is safe')).toBeNull();
  });
});

describe('numbers in chat writing', () => {
  it('keeps a count a count', () => {
    expect(chatToText('ive tried 4 antidepressants')).toBeNull();
    expect(chatToText('i took 2 pills')).toBeNull();
    expect(chatToText('it lasted 4 weeks')).toBeNull();
    expect(chatToText('i have had 4 panic attacks')).toBeNull();
  });
});

describe('digit and clipped chat spellings', () => {
  it('spells out in2, sum1, shud', async () => {
    const { chatToText } = await import('../../server/engine/understand/chat.ts');
    expect(chatToText('has it turned in2 a disorder')).toBe('has it turned into a disorder');
    expect(chatToText('shud i tell sum1')).toBe('should i tell someone');
  });
});
