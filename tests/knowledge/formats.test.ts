/**
 * Markdown and HTML pages written for the tests (fixtures/sleep.md, fixtures/anxiety.html): page
 * chrome, scripts, comment areas and post meta must not reach the corpus; lists, nesting and FAQ
 * pairs must.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { htmlToBlocks } from '../../knowledge/html.ts';
import { inlineText, markdownToBlocks } from '../../knowledge/markdown.ts';
import type { Corpus } from '../../server/engine/types.ts';
import { entry } from './helpers.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const build = (file: string, title: string) => buildCorpus([{ entry: entry(file, title), text: fixture(file) }], 'v');
const tree = (c: Corpus) => c.sections.map((s) => [s.id, s.level, s.parentId, s.isFaq]);
const everything = (c: Corpus) => [...c.sections.map((s) => s.title), ...c.sentences.map((s) => s.text), ...c.faqs.map((f) => f.question)].join('\n');
const paragraphs = (c: Corpus, id: string) =>
  c.sections.find((s) => s.id === id)!.paragraphs.map((p) => p.map((i) => c.sentences[i]!.text).join(' '));

describe('Markdown page', () => {
  const c = build('sleep.md', 'Sleep and mood');

  it('builds the section tree from # levels, dropping the page title heading', () => {
    expect(tree(c)).toEqual([
      ['sleep-and-mood', 1, null, false], // text before the first ## section, titled by the manifest
      ['why-sleep-matters', 1, null, false],
      ['sleep-and-depression', 2, 'why-sleep-matters', false],
      ['faq', 1, null, true],
    ]);
  });

  it('keeps every list item, nested ones too, as its own paragraph; joins wrapped lines', () => {
    expect(paragraphs(c, 'why-sleep-matters')).toEqual([
      'Sleep lets the brain recover. Most adults need seven to nine hours of sleep a night, and teenagers need more.',
      'Common signs of too little sleep:',
      'Irritability during the day',
      'Trouble concentrating',
      'at work',
      'at school',
      'Feeling low',
    ]);
  });

  it('pairs ### questions under ## FAQ with their answers', () => {
    expect(c.faqs.map((f) => [f.id, f.answer.length])).toEqual([['how-many-hours-should-i-sleep', 1], ['can-naps-replace-night-sleep', 2]]);
  });

  it('drops front matter, warnings, bylines, HTML comments, code and the comment area; reduces inline markup', () => {
    const all = everything(c);
    for (const noise of ['layout: post', 'Warning', 'Jane Doe', 'March 3', 'editor note', 'console.log', 'thoughts on', 'Sam says', 'Leave a Reply', '**', '](']) {
      expect(all).not.toContain(noise);
    }
    expect(paragraphs(c, 'sleep-and-mood')[0]).toBe(
      'Sleep and mood are closely linked, and a poor night can make the next day feel much harder than it is. This page explains why, with sources.',
    );
  });

  it('reads setext headings and reduces inline markup', () => {
    const blocks = markdownToBlocks('Title\n=====\n\nSub\n---\n\nText with *em*, __strong__, `code` and snake_case_name.');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Title', level: 1 },
      { kind: 'heading', text: 'Sub', level: 2 },
      { kind: 'paragraph', text: 'Text with em, strong, code and snake_case_name.', level: null },
    ]);
    expect(inlineText('![logo](x.png) See [the guide][1] <b>now</b>')).toBe('See the guide now');
  });

  it("reads pandoc's Markdown: heading attributes, escapes, spans, footnotes, fenced divs and a grid table", () => {
    const md = [
      '## Signs to notice {#signs .unnumbered}',
      '',
      'Dads don\\\'t always [say]{.underline} how they feel.[^1]',
      '',
      '::: {custom-style="Quote"}',
      'I felt numb.',
      ':::',
      '',
      '+----------+------------+',
      '| Feature  | Blues      |',
      '+==========+============+',
      '| Starts   | In the     |',
      '|          | first week |',
      '+----------+------------+',
      '',
      '[^1]: A study, 2010.',
    ].join('\n');
    expect(markdownToBlocks(md).map((b) => b.text)).toEqual(['Signs to notice', "Dads don't always say how they feel.", 'I felt numb.', 'Feature: Starts; Blues: In the first week']);
  });

  it('drops the box of a task-list item', () => {
    expect(markdownToBlocks('## Habits\n\n- [ ] Take a break\n- [x] Sleep well').map((b) => b.text)).toEqual(['Habits', 'Take a break', 'Sleep well']);
  });

  it('reads a line set wholly in bold as a heading one level below its section, beside ### siblings', () => {
    const md = '## Getting started\n\n### What is it?\n\nIt is talking.\n\n**Who is it for?**\nAnyone who struggles.\n\n**Always ask first.**\n\nText with **bold** inside.';
    expect(markdownToBlocks(md)).toEqual([
      { kind: 'heading', text: 'Getting started', level: 2 },
      { kind: 'heading', text: 'What is it?', level: 3 },
      { kind: 'paragraph', text: 'It is talking.', level: null },
      { kind: 'heading', text: 'Who is it for?', level: 3 },
      { kind: 'paragraph', text: 'Anyone who struggles.', level: null },
      { kind: 'paragraph', text: 'Always ask first.', level: null },
      { kind: 'paragraph', text: 'Text with bold inside.', level: null },
    ]);
  });
});

describe('HTML page', () => {
  const c = build('anxiety.html', 'Anxiety at work');

  it('builds the tree from h2/h3 and pairs the FAQ questions', () => {
    expect(tree(c)).toEqual([
      ['anxiety-at-work', 1, null, false],
      ['signs-of-anxiety-at-work', 1, null, false],
      ['when-to-get-help', 2, 'signs-of-anxiety-at-work', false],
      ['frequently-asked-questions', 1, null, true],
    ]);
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text).join(' ')])).toEqual([
      ['Is anxiety at work normal?', 'Some worry before a deadline is normal. Constant worry that does not let up is worth discussing with someone.'],
      ['Should I tell my manager?', 'That is your choice. Many people find that telling a trusted manager helps.'],
    ]);
  });

  it('keeps nested list items as separate paragraphs and decodes entities', () => {
    expect(paragraphs(c, 'signs-of-anxiety-at-work').slice(1)).toEqual([
      'Physical signs',
      'A racing heart',
      'Tense shoulders',
      'Avoiding meetings or calls',
    ]);
    expect(everything(c)).not.toMatch(/&nbsp;|\u00a0/);
  });

  it('drops head, scripts, styles, nav, header, footer, aside, forms, comments, share widgets and post meta', () => {
    const all = everything(c);
    for (const noise of ['Example Clinic', 'tracking code', 'Do not index', 'Skip to content', 'Home', 'Contact us', 'Recent posts',
      'rights reserved', 'old paragraph', 'Posted by', 'admin', 'Great post', 'thought on', 'Leave a Reply', 'Post Comment', 'Share this', 'Twitter']) {
      expect(all).not.toContain(noise);
    }
  });

  it('reads a page without <main> and still drops the chrome', () => {
    const blocks = htmlToBlocks('<body><nav>Menu</nav><h2>A</h2><p>One.<br>Two.</p><footer>F</footer></body>');
    expect(blocks.map((b) => b.text)).toEqual(['A', 'One.', 'Two.']);
  });

  it('reads a table row as one paragraph, its cells labelled by the header row and the row header', () => {
    const html = `<main><h2>Compare</h2><table><caption>Two kinds</caption>
      <thead><tr><th></th><th>Mild</th><th>Severe</th></tr></thead>
      <tbody><tr><th scope="row">How long</th><td>Up to <b>two</b> weeks</td><td>Months</td></tr>
      <tr><th scope="row">Treatment</th><td></td><td>Therapy</td></tr></tbody></table><p>After.</p></main>`;
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual([
      'Compare',
      'Two kinds',
      'How long — Mild: Up to two weeks; Severe: Months',
      'Treatment — Severe: Therapy',
      'After.',
    ]);
  });

  it('joins the cells of a table with no header row, none dropped', () => {
    const blocks = htmlToBlocks('<table><tr><td>Sleep</td><td>7 to 9 hours</td></tr></table>');
    expect(blocks.map((b) => b.text)).toEqual(['Sleep; 7 to 9 hours']);
  });

  it('falls back to the text rule for a comment area that no class names', () => {
    const html = '<h2>Tips</h2><p>Take short breaks during the working day to reset.</p><h3>2 thoughts on “Tips”</h3><p>Nice!</p>';
    const cc = buildCorpus([{ entry: entry('tips.html', 'Tips page'), text: html }], 'v');
    expect(cc.sentences.map((s) => s.text)).toEqual(['Take short breaks during the working day to reset.']);
  });
});

describe('HTML from a word processor (Word "Save as Web Page")', () => {
  const page = `<html><body><div class=WordSection1>
    <h1>Title</h1><h2>Big part</h2><p class=MsoNormal>Intro text here.</p>
    <p class=MsoNormal><b><span style='font-size:14.0pt'>Warning signs<o:p></o:p></span></b></p>
    <p class=MsoNormal>Signs include:</p>
    <p class=MsoListParagraphCxSpFirst><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp; </span></span>Feeling low<o:p></o:p></p>
    <p class=MsoListParagraphCxSpLast>1.<span>&nbsp;&nbsp; </span>Sleeping badly</p>
    <p class=MsoNormal><b>Always call us first.</b></p>
    <p class=MsoNormal><b>Frequently asked questions</b></p>
    <p class=MsoNormal><b>Is it common?</b></p><p class=MsoNormal>Yes, it is.</p>
    <p class=MsoNormal><b>Where to get help</b></p><p class=MsoNormal>Call the line.</p>
    <table><tr><td><b>Sign</b></td><td><b>Depression</b></td></tr></table>
  </div></body></html>`;

  it('reads a paragraph set wholly in bold as a heading, bulleted and numbered paragraphs as list items, and an FAQ made of bold questions', () => {
    expect(htmlToBlocks(page)).toEqual([
      { kind: 'heading', text: 'Title', level: 1 },
      { kind: 'heading', text: 'Big part', level: 2 },
      { kind: 'paragraph', text: 'Intro text here.', level: null },
      { kind: 'heading', text: 'Warning signs', level: 3 },
      { kind: 'paragraph', text: 'Signs include:', level: null },
      { kind: 'paragraph', text: 'Feeling low', level: null, item: true },
      { kind: 'paragraph', text: 'Sleeping badly', level: null, item: true },
      { kind: 'paragraph', text: 'Always call us first.', level: null },
      { kind: 'heading', text: 'Frequently asked questions', level: 2 },
      { kind: 'heading', text: 'Is it common?', level: 3 },
      { kind: 'paragraph', text: 'Yes, it is.', level: null },
      { kind: 'heading', text: 'Where to get help', level: 2 },
      { kind: 'paragraph', text: 'Call the line.', level: null },
      { kind: 'paragraph', text: 'Sign; Depression', level: null },
    ]);
  });
});

describe('HTML from a page builder (Elementor)', () => {
  const page = `<body><header><nav>Menu</nav></header>
    <div data-elementor-type="wp-page" class="elementor elementor-123">
      <div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">Why it happens</h2></div></div>
      <div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Many reasons lie behind it.</p></div></div>
      <div class="elementor-element elementor-widget elementor-widget-heading"><p class="elementor-heading-title elementor-size-xl">How to respond</p></div>
      <div class="elementor-element elementor-widget elementor-widget-text-editor"><p>Stay calm and listen.</p></div>
      <div class="elementor-accordion"><div class="elementor-tab-title" role="button"><a class="elementor-accordion-title" href="">Myth: it is attention-seeking</a></div>
        <div class="elementor-tab-content" role="region" hidden><p>Fact: most people hide it.</p></div></div>
    </div>
    <div class="widget widget_recent_entries"><p>Recent posts</p></div>
    <div class="cookie-banner" hidden><p>We use cookies.</p></div>
  </body>`;

  it("reads the builder's widgets, a title set in a <p>, and an accordion's hidden answers; drops a sidebar widget and a hidden banner", () => {
    expect(htmlToBlocks(page)).toEqual([
      { kind: 'heading', text: 'Why it happens', level: 2 },
      { kind: 'paragraph', text: 'Many reasons lie behind it.', level: null },
      { kind: 'heading', text: 'How to respond', level: 3 },
      { kind: 'paragraph', text: 'Stay calm and listen.', level: null },
      { kind: 'heading', text: 'Myth: it is attention-seeking', level: 3 },
      { kind: 'paragraph', text: 'Fact: most people hide it.', level: null },
    ]);
  });
});

describe('a page laid out in tables (a hand-built site of the 2000s)', () => {
  const page = `<html><body><table width="100%" border="0"><tr><td colspan="2"><img src="logo.gif"> Call 0800 000</td></tr>
    <tr><td width="180" valign="top"><a href="/">Home</a><br><a href="/help">Help</a></td>
    <td valign="top"><font face="Verdana" size="2"><h1>Low Mood</h1>Low mood is common.<br><br>
      <font size="4"><b>Signs to notice</b></font><br><br>People may sleep badly.<br><br>
      <table border="1"><tr><th>Sign</th><th>What helps</th></tr><tr><td>Poor sleep</td><td>A routine</td></tr></table>
      <b>Q: Is it common?</b><br>A: Yes, very.<br><br></font></td>
    <td width="200" valign="top"><b>News</b><br>Our fun run raised money.</td></tr></table></body></html>`;

  it('reads the article column as the page, its bold lines as headings, a data table inside it as rows, and leaves the narrow side columns out', () => {
    const texts = htmlToBlocks(page).map((b) => `${b.kind === 'heading' ? '#' : ''}${b.text}`);
    // (The banner row above the columns stays; the cleaner drops such head lines before the first prose.)
    expect(texts).toEqual(['Call 0800 000', '#Low Mood', 'Low mood is common.', '#Signs to notice', 'People may sleep badly.', 'Sign: Poor sleep; What helps: A routine', '#Q: Is it common?', 'A: Yes, very.']);
  });
});

describe('HTML from a site builder (Wix)', () => {
  const page = `<body><main id="PAGES_CONTAINER"><div data-testid="richTextElement">
    <h2 class="font_2">Warning signs</h2><p class="font_8"><span>Teens may withdraw.</span></p>
    <p class="font_5"><span style="font-weight:bold;"><span style="color:#222">Normal moodiness or depression?</span></span></p>
    <p class="font_8"><span>Moodiness comes and goes.</span></p><p class="font_8"><span class="wixGuard">\u200b</span></p></div>
    <div data-hook="faq-item"><div data-hook="faq-question">Will they grow out of it?</div>
      <div data-hook="faq-answer" aria-hidden="true" style="display:none"><p>Many recover with support.</p></div></div>
  </main></body>`;

  it('reads a paragraph set in bold by a style as a heading, and the FAQ app\u2019s hidden answers', () => {
    const texts = htmlToBlocks(page).map((b) => `${b.kind === 'heading' ? '#' : ''}${b.text}`);
    expect(texts).toEqual(['#Warning signs', 'Teens may withdraw.', '#Normal moodiness or depression?', 'Moodiness comes and goes.', 'Will they grow out of it?', 'Many recover with support.']);
  });
});

describe('HTML from help centres and site builders (Intercom, Zendesk, Squarespace, Google Docs)', () => {
  it("reads an accordion's questions from their toggle buttons, and its panels as prose, not as list items", () => {
    const page = `<body><main><h2>Frequently asked questions</h2><ul class="accordion-items-container">
      <li class="accordion-item"><h4 role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="p1">
        <span class="accordion-item__title">Is it the same as hypochondria?</span></button></h4>
        <div class="accordion-item__dropdown" role="region" id="p1"><p>Yes, broadly. It is the older name.</p></div></li>
    </ul><button type="button">Book a session</button></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Health worries'), text: page }], 'v');
    expect(c.faqs.map((f) => f.question)).toEqual(['Is it the same as hypochondria?']);
    expect(c.faqs[0]!.answer.map((i) => [c.sentences[i]!.text, c.sentences[i]!.item ?? false])).toEqual([
      ['Yes, broadly.', false],
      ['It is the older name.', false],
    ]);
    // A button that opens nothing is still a control, not text.
    expect(everything(c)).not.toContain('Book a session');
  });

  it('keeps the article when a help-centre byline stands under its subtitle, and drops the stamps and feedback prompts', () => {
    const page = `<body><main><a class="skip" href="#c">Skip to main content</a><h1>Supporting a friend</h1>
      <p>How to spot the signs and start the conversation.</p><p>Written by Jo Reyes</p><p>Updated over a week ago</p>
      <h2>Starting the conversation</h2><p>Pick a quiet moment to talk.</p><p>Listen more than you speak.</p>
      <h2>Listening</h2><p>Let them finish before you answer.</p>
      <p>Did this answer your question?</p><p>0 out of 0 found this helpful</p></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Supporting a friend'), text: page }], 'v');
    const all = everything(c);
    expect(c.sections.map((s) => s.title)).toEqual(['Supporting a friend', 'Starting the conversation', 'Listening']);
    for (const chrome of ['Skip to main content', 'Written by', 'Updated over', 'Did this answer', 'found this helpful']) expect(all).not.toContain(chrome);
    expect(all).toContain('Let them finish before you answer.');
  });

  it('still ends a blog page at the author box that follows the article', () => {
    const page = `<body><main><h1>Sleep</h1><p>Sleep matters for mood. Most adults need seven hours.</p>
      <h2>Tips</h2><p>Keep a regular bedtime every night of the week.</p><p>Written by Sam Lee</p><p>Sam writes about health and sleep for us.</p></main></body>`;
    const all = everything(buildCorpus([{ entry: entry('a.html', 'Sleep'), text: page }], 'v'));
    expect(all).toContain('Keep a regular bedtime');
    expect(all).not.toContain('Sam writes about');
  });

  it("drops a Google Docs reviewer's comment and its marker in the text", () => {
    const page = `<html><body class="doc-content"><p class="title"><span>Social anxiety</span></p><h1 id="h.1"><span>Causes</span></h1>
      <p class="c2"><span class="c0">None of these mean it is your fault.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
      <div class="c14"><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Check this with Sam - a line about genes?</span></p></div></body></html>`;
    const all = everything(buildCorpus([{ entry: entry('a.html', 'Social anxiety'), text: page }], 'v'));
    expect(all).toContain('None of these mean it is your fault.');
    expect(all).not.toContain('[a]');
    expect(all).not.toContain('Check this with Sam');
  });

  it("reads a theme's page whose body class names where its sidebar sits, and still drops the sidebar", () => {
    const page = `<body class="single single-post right-sidebar nav-float-right"><div class="site grid-container"><main class="site-main">
      <article><div class="entry-content"><h2>Brain fog</h2><p>Many women notice brain fog around menopause.</p></div></article></main>
      <div id="right-sidebar" class="widget-area sidebar is-right-sidebar"><h2>Recent Posts</h2><p>Sleep and mood</p></div></div></body>`;
    const all = everything(buildCorpus([{ entry: entry('a.html', 'Menopause and mood'), text: page }], 'v'));
    expect(all).toContain('Many women notice brain fog around menopause.');
    expect(all).not.toContain('Recent Posts');
  });
});

describe('a page copied whole from a browser (Ctrl+A, Ctrl+C) into a text file', () => {
  const page = [
    'Skip to main content',
    'We use cookies to make our website work. You can accept or reject them.',
    'Accept all  Reject all',
    'Home',
    'Get support',
    'Home / Mental health A-Z / OCD explained',
    'OCD explained',
    'Reviewed: May 2025 · Next review: May 2028',
    'Obsessive-compulsive disorder is a common mental health condition that affects people of every age and background, and it can be treated.',
    'What causes OCD?',
    'There is no single cause of OCD, and researchers are still learning about it today.',
    'Possible factors include:',
    'family history, as OCD can run in families',
    'stressful or traumatic life events',
    'Nobody causes their own OCD, and it is not the result of bad parenting at all.',
    'OCD or everyday habit?',
    'The difference is in how much distress it causes and how much time it takes.',
    'Everyday habit\tOCD',
    'Checks the door once\tChecks the door many times',
    'Takes a few minutes\tTakes more than an hour a day',
    'Related pages',
    'Depression',
    'Sign up to our newsletter',
    'Email address',
    '© 2025 Brightside Minds. All rights reserved.',
  ].join('\n');
  const c = buildCorpus([{ entry: entry('a.txt', 'OCD explained'), text: page }], 'v');

  it('starts at the title line: the skip link, cookie banner, menu and breadcrumb above it are dropped, and so is the review stamp', () => {
    const all = everything(c);
    for (const chrome of ['Skip to', 'cookies', 'Accept all', 'Get support', 'Home /', 'Reviewed', 'Next review']) expect(all).not.toContain(chrome);
    expect(c.sections.map((s) => s.title)).toEqual(['OCD explained', 'What causes OCD?', 'OCD or everyday habit?']);
    // (A browser copy keeps one line a block: some lines run longer than any hard-wrapped text.)
    expect(page.split('\n').some((l) => l.length > 120)).toBe(true);
  });

  it('reads lines in lower case after a colon lead-in as its items, and a tab-separated table as labelled rows', () => {
    expect(c.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['family history, as OCD can run in families', 'stressful or traumatic life events']);
    expect(paragraphs(c, 'ocd-or-everyday-habit')).toEqual([
      'The difference is in how much distress it causes and how much time it takes.',
      'Everyday habit: Checks the door once; OCD: Checks the door many times',
      'Everyday habit: Takes a few minutes; OCD: Takes more than an hour a day',
    ]);
  });

  it('ends at the links to related pages and the newsletter box', () => {
    const all = everything(c);
    for (const tail of ['Related pages', 'Sign up', 'Email address', '©']) expect(all).not.toContain(tail);
  });
});

describe("a static site's content file (Hugo, Jekyll)", () => {
  const page = [
    '---',
    'title: "Trauma and PTSD"',
    'toc: true',
    '---',
    'Trauma is a normal response to frightening events.',
    '{.lead}',
    '',
    '{{< figure src="/img/calm.jpg" caption="A calm room." >}}',
    '',
    '## Treatments',
    '',
    'Trauma-focused therapy helps most people. Read our [guide to therapy]({{< ref "therapy.md" >}}).',
    '',
    '{{< youtube abc123 >}}',
    '',
    '{{< alert type="info" >}}',
    'Talk to your GP first.',
    '{{< /alert >}}',
    '',
    '{% include cta.html %}',
    '',
    '## Frequently asked questions',
    '',
    '{{% details title="What is a flashback?" %}}',
    'A flashback is reliving part of an event as if it is happening now.',
    '{{% /details %}}',
    '',
    '{{% details title="Can children get PTSD?" %}}',
    'Yes, children can develop PTSD too.',
    '{{% /details %}}',
  ].join('\n');
  const c = buildCorpus([{ entry: entry('a.md', 'Trauma and PTSD'), text: page }], 'v');

  it("reads a disclosure tag's title as an FAQ question with its content as the answer, and drops every other template tag", () => {
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([
      ['What is a flashback?', ['A flashback is reliving part of an event as if it is happening now.']],
      ['Can children get PTSD?', ['Yes, children can develop PTSD too.']],
    ]);
    const all = everything(c);
    for (const tag of ['{{', '}}', '{%', '{.lead}', 'youtube', 'figure', 'ref "']) expect(all).not.toContain(tag);
    expect(all).toContain('Read our guide to therapy.');
    expect(all).toContain('Talk to your GP first.');
  });
});

describe('more help-centre and word-processor shapes', () => {
  it("reads a Webflow FAQ's answers, which the dropdown component keeps in a <nav>", () => {
    const page = `<body><nav class="w-nav-menu"><a href="/">Home</a></nav><main><h2>Frequently asked questions</h2>
      <div class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div class="faq-question">Will advice affect my credit rating?</div></div>
      <nav class="faq-answer w-dropdown-list"><p>Getting free advice does not affect your credit rating.</p></nav></div></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Money worries'), text: page }], 'v');
    expect(everything(c)).toContain('Getting free advice does not affect your credit rating.');
    expect(everything(c)).not.toContain('Home');
  });

  it('drops the post meta under a one-sentence standfirst: author, separators, date, read time', () => {
    const page = `<body><main><h1>Money worries</h1><p>How debt can affect your mood, and the first steps that help.</p>
      <div>Hana Okafor</div><div>•</div><div>November 24, 2026</div><div>•</div><div>8</div><div>min read</div>
      <p>Worrying about money is one of the most common sources of stress. It can take a real toll on how you feel.</p></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Money worries'), text: page }], 'v');
    expect(c.sentences.map((s) => s.text)).toEqual([
      'How debt can affect your mood, and the first steps that help.',
      'Worrying about money is one of the most common sources of stress.',
      'It can take a real toll on how you feel.',
    ]);
  });

  it("reads Word's plain-text list (a number, a tab, the item) under its lead-in, and keeps a numbered heading a heading", () => {
    const long = 'Exams are a normal part of school, college and university life, and almost everyone feels some pressure around them before the day.';
    const page = ['Exam stress', long, '1. Panic in the exam room', 'If it happens, these general steps can help you settle:', '1.\tPut your pen down and sit back.', '2.\tBreathe in slowly through your nose.', 'Practising slow breathing at home makes it easier to use when you really need it.'].join('\r\n');
    const c = buildCorpus([{ entry: entry('a.txt', 'Exam stress'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toContain('1. Panic in the exam room');
    expect(c.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['Put your pen down and sit back.', 'Breathe in slowly through your nose.']);
  });

  it("drops a Word leaflet's contents (each heading, a tab, its page) and keeps a pasted table's short rows as rows, not headings", () => {
    const page = [
      'Caffeine and mood', '', 'Contents', '1. What is caffeine?\t1', '2. How much is in a drink?\t1', '3. Cutting down\t2', '',
      '1. What is caffeine?', 'Caffeine is a stimulant found in coffee, tea and cola, and in many energy drinks too.', '',
      '2. How much is in a drink?', 'Amounts vary with the size of the cup.', 'Drink\tCaffeine', 'Mug of tea\t75 mg', 'Cola\t40 mg', '',
      '3. Cutting down', 'Cut down slowly over a few weeks to avoid headaches.',
    ].join('\r\n');
    const c = buildCorpus([{ entry: entry('a.txt', 'Caffeine and mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['1. What is caffeine?', '2. How much is in a drink?', '3. Cutting down']);
    expect(paragraphs(c, '2-how-much-is-in-a-drink')).toEqual(['Amounts vary with the size of the cup.', 'Drink: Mug of tea; Caffeine: 75 mg', 'Drink: Cola; Caffeine: 40 mg']);
  });
});

describe('a newsletter post saved from the browser (Substack)', () => {
  const page = `<body><article class="post"><h1 class="post-title">Body image and low mood</h1><h3 class="subtitle">When how you see yourself pulls your mood down</h3>
    <div class="body markup"><p>Hello friends, this week is about how we see ourselves.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>
    <h2>Helpful habits</h2><p>Notice the things your body lets you do.</p><p>Share</p>
    <h2>Your questions</h2><h3>Is it normal to dislike parts of my body?</h3><p>Yes, most people do sometimes.</p>
    <div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>I am not a doctor.</p></div></div>
    <p>6</p></div></article></body>`;
  const c = buildCorpus([{ entry: entry('a.html', 'Body image and low mood'), text: page }], 'v');

  it('reads the subtitle as prose, "Your questions" as an FAQ, and drops footnotes, their marks, counts and button labels', () => {
    expect(c.sections.map((s) => s.title)).toEqual(['Body image and low mood', 'Helpful habits', 'Your questions']);
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([['Is it normal to dislike parts of my body?', ['Yes, most people do sometimes.']]]);
    const all = everything(c);
    for (const chrome of ['I am not a doctor', 'Share', 'ourselves.1']) expect(all).not.toContain(chrome);
    expect(all).toContain('Hello friends, this week is about how we see ourselves.');
  });
});

describe('a Blogger post saved from the browser', () => {
  const page = `<body class="loading"><div class="sidebar section"><div class="widget Profile"><h2>About Me</h2><p>Sam, a carer.</p></div></div>
    <div class="main section"><div class="widget Blog"><div class="post hentry"><h3 class="post-title entry-title">Caring for someone</h3>
    <div class="post-body entry-content">Caring can be tiring and lonely for anyone.<br /><br /><b>Taking a break</b><br />Even an hour off can help you rest.<br /><br />
    <b>Frequently asked questions</b><br /><b>Is it normal to feel resentful?</b><br />Yes, mixed feelings are common.<br /><br />
    <b>How long should a break be?</b><br />Even a short break helps.</div>
    <div class="post-footer">Posted by Sam at 10:14 Labels: carers</div></div><div class="blog-pager">Newer Post Older Post Home</div></div></div></body>`;
  const c = buildCorpus([{ entry: entry('a.html', 'Caring for someone'), text: page }], 'v');

  it("reads the posts widget as the article, bold lines as headings, and questions set at the FAQ title's level as its pairs", () => {
    expect(c.sections.map((s) => s.title)).toEqual(['Caring for someone', 'Taking a break', 'Frequently asked questions']);
    expect(c.faqs.map((f) => f.question)).toEqual(['Is it normal to feel resentful?', 'How long should a break be?']);
    const all = everything(c);
    for (const chrome of ['About Me', 'Posted by', 'Newer Post']) expect(all).not.toContain(chrome);
  });
});

describe('Markdown from a docs site (MkDocs Material) and a notes vault (Obsidian)', () => {
  it("reads MkDocs headings with spaced attributes, a collapsible admonition's title as an FAQ question, a tab's content as its section's, and drops snippets, abbreviations and icons", () => {
    const page = [
      '# Alcohol and mood', '', 'Alcohol can lower your mood. :material-information:', '',
      '## Cutting down { #cutting-down }', '', 'Small steps help.', '',
      '=== "If you drink at home"', '', '    Keep fewer drinks in the house.', '',
      '!!! note "Did you know?"', '', '    Alcohol affects sleep.', '',
      '--8<-- "includes/helplines.md"', '',
      '## Frequently asked questions', '',
      '??? question "Can alcohol cause depression?"', '', '    Yes, drinking a lot can lower mood over time.', '',
      '*[GP]: General Practitioner',
    ].join('\n');
    const c = buildCorpus([{ entry: entry('a.md', 'Alcohol and mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Alcohol and mood', 'Cutting down', 'Frequently asked questions']);
    // A tab is a variant of its section's content: its label is a line of it.
    expect(c.sentences.filter((s) => s.sectionId === 'cutting-down').map((s) => s.text)).toContain('Keep fewer drinks in the house.');
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([['Can alcohol cause depression?', ['Yes, drinking a lot can lower mood over time.']]]);
    const all = everything(c);
    for (const noise of [':material', '--8<--', '*[GP]', '!!!', '???', '===']) expect(all).not.toContain(noise);
    expect(all).toContain('Keep fewer drinks in the house.');
  });

  it("reads an Obsidian folded callout's title as an FAQ question, a wikilink as the text it shows, and drops embeds, comments, highlights' marks, tags and the links list", () => {
    const page = [
      '# Self-esteem', '', 'Low self-esteem can shape your mood, as [[Depression]] and [[CBT|talking therapy]] notes explain. ==It can change.== #mood', '',
      '![[confidence.png|400]]', '', '%%check this line%%', '',
      '## FAQ', '', '> [!faq]- Can self-esteem change as an adult?', '> Yes, with practice.', '',
      '## Links', '', '- [[Depression]]', '- [[Anxiety]]',
    ].join('\n');
    const c = buildCorpus([{ entry: entry('a.md', 'Self-esteem'), text: page }], 'v');
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([['Can self-esteem change as an adult?', ['Yes, with practice.']]]);
    const all = everything(c);
    expect(all).toContain('Low self-esteem can shape your mood, as Depression and talking therapy notes explain.');
    expect(all).toContain('It can change.');
    for (const noise of ['[[', '==', '#mood', 'confidence.png', 'check this', 'Links', 'Anxiety']) expect(all).not.toContain(noise);
  });
});

describe('a wiki page exported to HTML (Confluence)', () => {
  const page = `<body><div id="main"><h1 id="title-heading" class="pagetitle"><span id="title-text"> Wellbeing : Returning to work </span></h1>
    <div id="main-content" class="wiki-content"><div class="toc-macro"><ul><li><a href="#a">Planning your return</a></li><li><a href="#b">Phased return</a></li>
    <li><a href="#c">Signs of relapse</a></li><li><a href="#d">Support available</a></li></ul></div>
    <p>This page is for anyone coming back to work after time off.</p>
    <h1>Planning your return</h1><p>Talk to your manager before your first day.</p><h1>Phased return</h1><p>Many people start with shorter days.</p>
    <h1>Signs of relapse</h1><p>Sleeping badly again can be an early sign.</p><h1>Support available</h1><p>Occupational health can help.</p>
    <h2 class="pageSectionTitle">Attachments:</h2><ul><li>return-plan.docx</li></ul></div></div></body>`;
  const c = buildCorpus([{ entry: entry('a.html', 'Returning to work'), text: page }], 'v');

  it("reads the space-prefixed page title as the title, drops an untitled contents list of the headings and the attachments", () => {
    expect(c.sections.map((s) => s.title)).toEqual(['Returning to work', 'Planning your return', 'Phased return', 'Signs of relapse', 'Support available']);
    expect(c.sentences.filter((s) => s.sectionId === 'returning-to-work').map((s) => s.text)).toEqual(['This page is for anyone coming back to work after time off.']);
    expect(everything(c)).not.toContain('return-plan.docx');
  });
});

describe('an AMP article', () => {
  it('reads a callout box set inside the article (an <aside> classed as one), drops a sidebar aside and a photo credit', () => {
    const page = `<body><amp-sidebar id="sidebar"><nav><a href="/">Home</a></nav></amp-sidebar><main><article><h1>Long-term illness and mood</h1>
      <figure><amp-img src="a.jpg"></amp-img><figcaption>Photo: stock image, posed by a model</figcaption></figure>
      <p>Feeling low is common with a long-term condition.</p>
      <aside class="callout"><h3>Key facts</h3><ul><li>Depression is two to three times more common with a long-term condition</li></ul></aside>
      <aside class="related widget-area"><h3>Related</h3><p>Sleep and mood</p></aside></article></main></body>`;
    const all = everything(buildCorpus([{ entry: entry('a.html', 'Long-term illness and mood'), text: page }], 'v'));
    expect(all).toContain('Depression is two to three times more common with a long-term condition');
    for (const chrome of ['Photo:', 'Related', 'Sleep and mood', 'Home']) expect(all).not.toContain(chrome);
  });
});

describe('a help-centre article whose sections are h3 and their parts h4 (Freshdesk)', () => {
  it('reads h4 as the sub-heading it is', () => {
    const page = `<body><section class="article-page"><h2 class="heading">Gambling and mood</h2><article class="article-body">
      <h3>Treatment and therapy</h3><p dir="ltr">Several kinds of help work.</p><h4>Cognitive behavioural therapy (CBT)</h4><p dir="ltr">CBT is the talking therapy used most.</p>
      </article></section></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Gambling and mood'), text: page }], 'v');
    expect(c.sections.map((s) => [s.title, s.parentId])).toEqual([
      ['Treatment and therapy', null],
      ['Cognitive behavioural therapy (CBT)', 'treatment-and-therapy'],
    ]);
  });
});

describe('an MDX page from a docs site (Docusaurus)', () => {
  it("drops imports and JSX comments, reads an admonition's title and a tab's label as lines of their section, and <details> as an FAQ", () => {
    const page = [
      '---', 'title: Mindfulness', '---', "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '',
      '# Mindfulness', '', 'Mindfulness means paying attention on purpose.', '', '{/* TODO: add a study */}', '',
      '## The breathing space', '', ':::tip Try this', 'Sit upright and notice your breath.', ':::', '',
      '<Tabs>', '<TabItem value="short" label="3-minute version" default>', '', 'Spend a minute on each step.', '', '</TabItem>', '</Tabs>', '',
      '## Frequently asked questions', '', '<details>', '<summary>Is mindfulness the same as meditation?</summary>', '', 'Not quite: meditation is one way to practise it.', '', '</details>',
    ].join('\n');
    const c = buildCorpus([{ entry: entry('a.md', 'Mindfulness'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Mindfulness', 'The breathing space', 'Frequently asked questions']);
    expect(c.faqs.map((f) => f.question)).toEqual(['Is mindfulness the same as meditation?']);
    const all = everything(c);
    for (const noise of ['import', '@theme', 'TODO', ':::', 'TabItem']) expect(all).not.toContain(noise);
    expect(c.sentences.filter((s) => s.sectionId === 'the-breathing-space').map((s) => s.text)).toEqual(['Try this', 'Sit upright and notice your breath.', '3-minute version', 'Spend a minute on each step.']);
  });
});

describe('a wiki page (MediaWiki) and a Google Sites page', () => {
  it('drops the [edit] links in headings, reference marks, the hatnote, navbox and category links', () => {
    const page = `<body><main id="content"><h1 id="firstHeading"><span class="mw-page-title-main">Hoarding</span></h1><div class="mw-parser-output">
      <div role="note" class="hatnote">For tidiness habits, see Decluttering.</div><p>Hoarding disorder is a mental health condition.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
      <h2><span class="mw-headline" id="Signs">Signs</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
      <p>Rooms can no longer be used.</p><div class="navbox">Mental health topics Anxiety Depression</div><div id="catlinks" class="catlinks">Categories: Anxiety</div></div></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Hoarding'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Hoarding', 'Signs']);
    const all = everything(c);
    expect(all).toContain('Hoarding disorder is a mental health condition.');
    for (const chrome of ['[1]', 'edit', 'Decluttering', 'Mental health topics', 'Categories']) expect(all).not.toContain(chrome);
  });

  it("drops a documentation theme's permalink from its headings, named by class or only by its mark", () => {
    const page = `<body><div class="document"><div itemprop="articleBody"><div class="section" id="psychosis"><h1>Early psychosis<a class="headerlink" href="#psychosis" title="Permalink to this heading">¶</a></h1>
      <p>Psychosis is a loss of contact with reality.</p><div class="section" id="signs"><h2>Early signs<a href="#signs">¶</a></h2><p>Sleep changes come first.</p></div>
      <div class="section" id="help"><h2 class="header-anchor-post">Getting help <a class="hash-link" href="#help">Direct link to heading</a></h2><p>Ask your GP.</p></div></div></div></div></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Early psychosis'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Early psychosis', 'Early signs', 'Getting help']);
    expect(everything(c)).not.toContain('¶');
  });

  it('reads a heading that holds an anchor <div> before its text, and the hidden panel right after a control that expands it', () => {
    const page = `<body><main><section><h1 id="h.a1" class="zfr3Q duRjpb"><div class="GV3q8e"></div><span class="C9DxTc">Volunteering and mood</span></h1>
      <p dir="ltr"><span class="C9DxTc">Giving time can lift your mood.</span></p>
      <h2 id="h.b2" class="zfr3Q JYVBee"><div class="GV3q8e"></div><span class="C9DxTc">Frequently asked questions</span></h2>
      <div role="button" aria-expanded="false" jsaction="click:x"><h3 id="h.c3"><div class="GV3q8e"></div><span>How much time should I give?</span></h3></div>
      <div class="yx1" aria-hidden="true" style="display:none"><p><span>An hour a week is a good start.</span></p></div>
      <div aria-hidden="true" style="display:none"><p>Hidden promo text.</p></div></section></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Volunteering and mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Volunteering and mood', 'Frequently asked questions']);
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([['How much time should I give?', ['An hour a week is a good start.']]]);
    expect(everything(c)).not.toContain('Hidden promo text.');
  });
});

describe('a page built in Framer: layers named by the designer, no semantic chrome tags', () => {
  it("reads a layer named as chrome (Nav, Footer, On This Page) as chrome and a hidden layer named Answer as the FAQ's answer", () => {
    const page = `<body><div data-framer-name="Nav"><a href="/">Home</a><a href="/about">About us</a></div>
      <div data-framer-name="Content"><div data-framer-name="On This Page"><p>What is long COVID?</p><p>Pacing</p></div>
      <h1 class="framer-text">Long COVID and your mood</h1><h2 class="framer-text">Pacing</h2><p class="framer-text">Pacing means planning activity around your energy.</p>
      <h2 class="framer-text">Frequently asked questions</h2><div data-framer-name="FAQ Item"><div data-framer-name="Question"><p class="framer-text">Is it all in my head?</p></div>
      <div data-framer-name="Answer" style="display:none"><p class="framer-text">No. Long COVID is a real condition.</p></div></div></div>
      <div data-framer-name="Footer"><p>Second Wind charity, registered in England.</p></div></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Long COVID and your mood'), text: page }], 'v');
    expect(c.faqs.map((f) => [f.question, f.answer.map((i) => c.sentences[i]!.text)])).toEqual([['Is it all in my head?', ['No. Long COVID is a real condition.']]]);
    for (const chrome of ['About us', 'registered in England']) expect(everything(c)).not.toContain(chrome);
    expect(c.sections.map((s) => s.title)).not.toContain('On This Page');
  });
});

describe("headings drawn with ARIA (a public Notion page) and a post's metadata set as one (Discourse)", () => {
  it('reads role="heading" at its aria-level, and drops a meta-data block whatever its role', () => {
    const page = `<body><main><h1>BDD and low mood</h1><div class="topic-meta-data" role="heading" aria-level="2">Team · Staff · Mar 2025</div>
      <div role="heading" aria-level="2">Common concerns</div><p>Worries often focus on the skin, hair or nose.</p>
      <div role="heading" aria-level="3">Teeth and jaw</div><p>Some people focus on their teeth.</p>
      <div role="heading" aria-level="2">Who gets BDD?</div><p>It usually starts in the teenage years.</p></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'BDD and low mood'), text: page }], 'v');
    expect(c.sections.map((s) => [s.title, s.level])).toEqual([['Common concerns', 1], ['Teeth and jaw', 2], ['Who gets BDD?', 1]]);
    expect(everything(c)).not.toContain('Mar 2025');
  });
});

describe("an outliner's page (Logseq): every paragraph a bullet, headings as bullets", () => {
  it('reads heading blocks as headings, the blocks under them as text, deeper blocks as items, and drops properties', () => {
    const page = ['title:: IVF and your mood', 'tags:: [[ivf]], [[mood]]', '', '- Trying for a baby can take a toll on your mood.', '  id:: 64f1c2a8-3b7e-4d2c-9a51-0e7f3b2c1d44',
      '- ## Feelings you might notice', '\t- People commonly describe:', '\t\t- sadness that comes in waves', '\t\t- worry at night',
      '- ## What helps', '  collapsed:: true', '\t- TODO Keep a short mood diary ((64f1c2a8-3b7e-4d2c-9a51-0e7f3b2c1d44))'].join('\n');
    const c = buildCorpus([{ entry: entry('a.md', 'IVF and your mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['IVF and your mood', 'Feelings you might notice', 'What helps']);
    expect(c.sentences.filter((s) => s.item).map((s) => s.text)).toEqual(['sadness that comes in waves', 'worry at night']);
    expect(paragraphs(c, 'what-helps')).toEqual(['Keep a short mood diary']);
    for (const noise of ['id::', 'collapsed', 'TODO', '64f1c2a8']) expect(everything(c)).not.toContain(noise);
  });
});

describe('a two-column leaflet extracted with pdftotext -layout', () => {
  it('reads the left column, then the right, each paragraph whole, and a full-width line between stretches', () => {
    const col = (l: string, r: string) => l.padEnd(44) + r;
    const page = [
      'Low mood after a dementia diagnosis', '',
      col('Common feelings', 'Telling other people'), col('', ''),
      col('There is no right way to feel when you', 'Deciding who to tell, and when, is a'),
      col('are told you have dementia. Some people', 'personal choice. There is no deadline.'),
      col('feel numb for days or weeks.', ''),
      col('', 'Telling family'),
      col('Anxiety and worry', ''),
      col('', 'You might tell people one at a time,'),
      col('Worry about the future is very common', 'somewhere quiet. Give them time.'),
      col('and often eases once plans are made. A', 'Many friends come back with offers of'),
      col('short list of questions for your nurse', 'help once the news has sunk in, and'),
      col('can help too.', 'most want to know how to help.'),
      '', 'Frequently asked questions set across the whole page, as a full-width box does',
    ].join('\n');
    const c = buildCorpus([{ entry: entry('a.txt', 'Low mood after a dementia diagnosis'), text: page }], 'v');
    const all = c.sentences.map((s) => s.text);
    expect(all).toContain('There is no right way to feel when you are told you have dementia.');
    expect(all).toContain('You might tell people one at a time, somewhere quiet.');
    expect(all).toContain('Worry about the future is very common and often eases once plans are made.');
    expect(all).toContain('Give them time.');
    expect(c.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Common feelings', 'Anxiety and worry', 'Telling other people', 'Telling family']));
  });
});

describe('a bulletin sent by e-mail and saved from Outlook as HTML', () => {
  it("ends at the sign-off: the sender's name (bold, read as a heading), title, phone, web address and note are not the article", () => {
    const page = `<body><div class=WordSection1><p class=MsoNormal><b><span style='font-size:14.0pt'>When to get help</span></b></p>
      <p class=MsoNormal>Talk to your GP if your mood stays low for more than two weeks.</p><p class=MsoNormal>Take care of yourselves and each other,</p>
      <p class=MsoNormal><b>Priya Raman</b></p><p class=MsoNormal>Staff Wellbeing Lead | People &amp; Culture</p><p class=MsoNormal>www.northfieldhousing.co.uk</p>
      <p class=MsoNormal>I work part time. If you are reading this on a Friday, I will reply when I am next in.</p>
      <p class=MsoNormal>This e-mail and any attachments are confidential and may also be legally privileged.</p></div></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Workplace bullying and your mood'), text: page }], 'v');
    const all = everything(c);
    expect(all).toContain('Talk to your GP if your mood stays low for more than two weeks.');
    for (const sig of ['Priya Raman', 'Staff Wellbeing Lead', 'northfieldhousing', 'part time', 'confidential']) expect(all).not.toContain(sig);
  });
});

describe('a handout written in a phone notes app and shared as text', () => {
  it('reads a line that starts with an emoji, then a heading, as a heading, emoji and all', () => {
    const page = ['Hobbies and your mood', '', '🎨 Why hobbies help', 'When your mood is low, it is common to stop doing the things you used to enjoy.', '', '',
      '👥 GROUP HOBBIES AND LONELINESS', 'A group gives you people to talk to without having to make conversation.', '', '❓ FAQ', 'Is it OK to do a hobby on my own?', 'Yes, solo hobbies help too.'].join('\n');
    const c = buildCorpus([{ entry: entry('a.txt', 'Hobbies and your mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['🎨 Why hobbies help', '👥 GROUP HOBBIES AND LONELINESS', '❓ FAQ']);
    expect(c.faqs.map((f) => f.question)).toEqual(['Is it OK to do a hobby on my own?']);
  });
});

describe('a blog post whose page goes on inside <main> after the article (Tumblr notes)', () => {
  it("reads the one article, not the notes, reblogs and 'back to blog' link after it", () => {
    const page = `<body><main id="posts"><article class="post text"><h2>Grieving a pet</h2><p>Losing a pet can hurt as much as losing a person.</p>
      <h2>How long does it last?</h2><p>For many people the sharpest grief eases within a few months. Anniversaries can bring it back for a while.</p></article>
      <section id="notes"><h3>1,204 notes</h3><ol class="notes"><li>kind-fox reblogged this and added: This helped me so much when my cat died.</li></ol></section>
      <div><a href="/">Back to blog</a></div></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Grieving a pet'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Grieving a pet', 'How long does it last?']);
    for (const chrome of ['notes', 'reblogged', 'Back to blog']) expect(everything(c)).not.toContain(chrome);
  });

  it("reads a forum topic's first post, not the replies after it, and a stats label (role=\"presentation\") is no heading", () => {
    const post = '<p>Guilt is one of the most common feelings carers describe, and it rarely means you are doing anything wrong at all.</p>'.repeat(3);
    const page = `<body><main><div class="post-stream"><article id="post_1"><h1>Carer guilt</h1>${post}<h2>Respite</h2><p>Respite means someone else provides care for a while so you can rest.</p>
      <div class="topic-map"><h4 role="presentation">created</h4><span>Mar 2025</span></div></article>
      <article id="post_2"><p>Thank you, this really helped me when Mum went into a home.</p></article>
      <article id="post_3"><p>Same here, the respite part made me cry.</p></article></div></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Carer guilt'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Carer guilt', 'Respite']);
    for (const reply of ['Thank you', 'Same here']) expect(everything(c)).not.toContain(reply);
  });
});

describe("a shop's blog post", () => {
  it('leaves out a product card set inside the article', () => {
    const page = `<body><main><article><h1>Food and mood</h1><p>Regular meals keep your energy steady.</p>
      <div class="product-card-wrapper card-wrapper"><h3>Calm Evening Blend</h3><p>£6.50</p><button>Add to cart</button></div>
      <h2>Caffeine</h2><p>Caffeine can make anxiety worse.</p></article></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Food and mood'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Food and mood', 'Caffeine']);
    expect(everything(c)).not.toContain('£6.50');
  });
});

describe("an article's own header (Wagtail, Ghost)", () => {
  it("reads the <header> inside an <article> (its title, its standfirst) and still drops the site's", () => {
    const page = `<body><header class="site-header"><nav><a href="/">Home</a></nav><p>Get help now</p></header><main><article>
      <header class="page-header"><h1>Anxiety after birth</h1><p class="page-header__intro">Anxiety in pregnancy and after birth is common and treatable.</p></header>
      <h2>Signs</h2><p>Constant worry is one of the signs.</p></article></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Anxiety after birth'), text: page }], 'v');
    const all = everything(c);
    expect(all).toContain('Anxiety in pregnancy and after birth is common and treatable.');
    expect(all).not.toContain('Get help now');
  });
});

describe('a docs page drawn with ARIA roles (GitBook)', () => {
  it('reads a table of role="row"/"cell" divs as labelled rows, and tab panels without the row of tab labels', () => {
    const page = `<body><main><h1>Teen sleep</h1><p>Teenagers need more sleep than most adults, and their body clocks run later.</p><h2>Signs</h2><p>The table below may help.</p>
      <div role="table"><div role="row"><div role="columnheader">Usually normal</div><div role="columnheader">May need attention</div></div>
      <div role="row"><div role="cell">Falls asleep late</div><div role="cell">Lies awake worrying</div></div></div>
      <h2>What parents can do</h2><div role="tablist"><button role="tab" aria-selected="true" aria-controls="t1">For parents</button><button role="tab" aria-controls="t2">For teens</button></div>
      <div role="tabpanel" id="t1"><p>Keep wake-up times steady.</p></div><div role="tabpanel" id="t2" hidden><p>Put your phone outside the bedroom.</p></div></main></body>`;
    const c = buildCorpus([{ entry: entry('a.html', 'Teen sleep'), text: page }], 'v');
    expect(c.sections.map((s) => s.title)).toEqual(['Teen sleep', 'Signs', 'What parents can do']);
    expect(paragraphs(c, 'signs')).toEqual(['The table below may help.', 'Usually normal: Falls asleep late; May need attention: Lies awake worrying']);
    expect(paragraphs(c, 'what-parents-can-do')).toEqual(['Keep wake-up times steady.', 'Put your phone outside the bedroom.']);
  });
});
