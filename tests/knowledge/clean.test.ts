/** The cleaner's general rules, each on text that is not the seed article. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../knowledge/blocks.ts';
import { cleanBlocks, isCommentAreaStart, isHeadNoise, isPageFurniture, normalizeWhitespace, stripShortcodes, stripWarnings } from '../../knowledge/clean.ts';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { entry } from './helpers.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text, level: null });
const h = (text: string, level: number | null = null): Block => ({ kind: 'heading', text, level });
const texts = (blocks: Block[]) => blocks.map((b) => b.text);
const PROSE = 'Regular walks lift the mood of most people within a few weeks of starting.';

describe('PHP / WordPress warnings', () => {
  it.each([
    'Warning: Constant FOO already defined in /srv/site/wp-config.php on line 3',
    'Notice: Undefined index: bar in /var/www/theme/functions.php on line 88',
    'Deprecated: Function create_function() is deprecated in /var/www/x.php on line 12',
    'Fatal error: Uncaught Error: Call to undefined function in /var/www/y.php on line 7',
    'PHP Warning:  count(): Parameter must be an array in /a/b.php on line 1',
  ])('removes %s', (line) => {
    expect(stripWarnings(line)).toBe('');
  });

  it('removes a warning glued to the start of real text, keeping the text', () => {
    expect(stripWarnings('Warning: X in /a/wp.php on line 3Walking helps.')).toBe('Walking helps.');
  });

  it('keeps ordinary sentences that mention warnings', () => {
    const s = 'Warning: signs of relapse include poor sleep and on line forums people describe them.';
    expect(stripWarnings('Warning signs include poor sleep.')).toBe('Warning signs include poor sleep.');
    expect(stripWarnings(s)).toBe(s);
  });
});

describe('head noise: bylines, dates, repeated title', () => {
  it.each(['Admin', 'admin', 'By Jane Doe', 'Posted by Dr. Lee', 'Posted on March 3, 2024', 'Published: 2024-03-03',
    'Updated on 3 March 2024', 'March 3, 2024', '12/03/2024', '5 min read', 'Admin / March 3, 2024 / Leave a Comment',
    'Author: Sam Green', 'Medically reviewed by Dr. A. Smith'])('recognises "%s" as post meta', (line) => {
    expect(isHeadNoise(line)).toBe(true);
  });

  it.each(['Introduction', 'By the numbers, walking helps', 'Bylines', 'Admission criteria', 'What is ketamine?'])(
    'does not take "%s" for post meta', (line) => {
      expect(isHeadNoise(line)).toBe(false);
    },
  );

  it('drops the repeated title (with and without "?") and bylines before the first paragraph', () => {
    const blocks = [p('Does walking help?'), p('Does walking help?'), p('Admin'), p('Does walking help'),
      h('Overview'), p(PROSE), h('Does Walking Help?'), p(PROSE)];
    expect(texts(cleanBlocks(blocks, 'Does walking help?'))).toEqual(['Overview', PROSE, 'Does Walking Help?', PROSE]);
  });

  it('drops a line repeated at the head even when the manifest title differs', () => {
    const blocks = [p('Walking and Mood'), p('Walking and Mood'), h('Overview'), p(PROSE)];
    expect(texts(cleanBlocks(blocks, 'Walks'))).toEqual(['Overview', PROSE]);
  });

  it('reads a byline line inside a multi-line block line by line', () => {
    expect(texts(cleanBlocks([p('By Jane Doe\nPosted on May 1, 2024'), p(PROSE)], 'T'))).toEqual([PROSE]);
  });

  it('keeps post-meta lookalikes once the article has started', () => {
    expect(texts(cleanBlocks([p(PROSE), p('March 3, 2024')], 'T'))).toEqual([PROSE, 'March 3, 2024']);
  });
});

describe('comment area', () => {
  it.each(['1 thought on “Does walking help?”', '12 Thoughts on "Walking"', '3 comments on Walking', 'Leave a Comment',
    'Leave a Reply', 'Leave a Reply Cancel reply', 'Cancel reply', 'One thought on “Walking”', '4 Responses to “Walking”'])(
    'recognises "%s"', (line) => {
      expect(isCommentAreaStart(line)).toBe(true);
    },
  );

  it('cuts the comment area and everything after it', () => {
    const blocks = [h('Overview'), p(PROSE), p('\u00a0'), p('1 thought on “Walks”'), p('Great post, thanks so much for writing it all up.'),
      h('Leave a Comment'), p('Your email address will not be published.')];
    expect(texts(cleanBlocks(blocks, 'Walks'))).toEqual(['Overview', PROSE]);
  });

  it('only drops a "Leave a Comment" link at the head, where themes print it with the post meta', () => {
    const blocks = [p('Leave a Comment'), h('Overview'), p(PROSE), h('Next'), p(PROSE)];
    expect(texts(cleanBlocks(blocks, 'Walks'))).toEqual(['Overview', PROSE, 'Next', PROSE]);
  });
});

describe('whitespace', () => {
  it('folds non-breaking, exotic and zero-width spaces, keeps quotes and dashes', () => {
    const raw = '\uFEFFKetamine\u00a0is  fast\u200b\u00ad.\r\n\u2003“It’s quick” — they said\t\r\n';
    expect(normalizeWhitespace(raw)).toBe('Ketamine is fast.\n“It’s quick” — they said\n');
  });

  it('drops blocks that are only whitespace after cleaning', () => {
    expect(texts(cleanBlocks([p(' '), p(PROSE)].map((b) => ({ ...b, text: normalizeWhitespace(b.text) })), 'T'))).toEqual([PROSE]);
  });
});

describe('page furniture anywhere on the page', () => {
  it('drops links back up, legal lines and a row of in-page links, and keeps prose that mentions them', () => {
    expect(isPageFurniture('Back to top')).toBe(true);
    expect(isPageFurniture('↑ Return to top')).toBe(true);
    expect(isPageFurniture('© 2006 Brightpath Mental Health Trust.')).toBe(true);
    expect(isPageFurniture('Registered charity number 1098765.')).toBe(true);
    expect(isPageFurniture('How they are linked | Signs | Why it happens | FAQ')).toBe(true);
    expect(isPageFurniture('Scroll back to the top of the form before you send it.')).toBe(false);
    expect(isPageFurniture('Our charity is registered with the regulator, and we publish our accounts.')).toBe(false);
  });
});

describe('WordPress shortcodes in a post copied from the editor', () => {
  it('drops a media shortcode with its content and any other shortcode tag, keeping the text it wraps and bracketed words', () => {
    expect(stripShortcodes('[caption id="attachment_55" width="640"]<img src="a.jpg"> Two friends on a bench[/caption]').trim()).toBe('');
    expect(stripShortcodes('[embed]https://www.youtube.com/watch?v=abc[/embed]').trim()).toBe('');
    expect(stripShortcodes('Fill in the form. [contact-form-7 id="12" title="Contact"]').trim()).toBe('Fill in the form.');
    expect(stripShortcodes('[su_note note_color="#eee"]Talk to your GP first.[/su_note]')).toBe('Talk to your GP first.');
    expect(stripShortcodes('He said it was [sic] fine, as the study [1] found.')).toBe('He said it was [sic] fine, as the study [1] found.');
  });
});

describe('an e-mail forwarded and saved as text', () => {
  it("ends at the legal footer, taking the signature above it, and drops the logo reference and the closing lines", () => {
    const text = [
      'Supporting a colleague', '',
      'Start with a private, unhurried conversation and ask how they are doing at the moment.', '',
      'Keep what they tell you confidential unless someone is at risk of serious harm right now.', '',
      'Helen Marsh', 'Senior HR Adviser', 'T: 020 7946 0381 | M: 07700 900412', '',
      '[cid:image001.png@01DB8C2A.12345670]', '',
      'This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received it in error, please tell the sender.', '',
      'Please consider the environment before printing this email.',
    ].join('\n');
    const c = buildCorpus([{ entry: entry('a.txt', 'Supporting a colleague'), text }], 'v');
    const all = c.sentences.map((s) => s.text).join('\n');
    expect(all).toContain('Keep what they tell you confidential unless someone is at risk of serious harm right now.');
    for (const tail of ['Helen Marsh', 'Senior HR', '020 7946', 'cid:', 'intended solely', 'environment']) expect(all).not.toContain(tail);
  });
});
