/**
 * Checks the article cases: every evidence fragment occurs verbatim in its article (whitespace
 * collapsed, HTML tags stripped and entities decoded), every heading is a heading of the article,
 * answers carry headings and evidence, fallbacks carry neither; prints counts per file and style.
 *   npx tsx tests/golden/articles/check.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleCase } from './types.ts';
import { test as seasonalTest } from './seasonal/test.ts';
import { dev as seasonalDev } from './seasonal/dev.ts';
import { test as psychosisTest } from './psychosis-signs/test.ts';
import { dev as psychosisDev } from './psychosis-signs/dev.ts';
import { test as sleepTest } from './sleep-anxiety/test.ts';
import { dev as sleepDev } from './sleep-anxiety/dev.ts';
import { test as paralysisTest } from './sleep-paralysis/test.ts';
import { dev as paralysisDev } from './sleep-paralysis/dev.ts';
import { test as seedTest } from './seed/test.ts';
import { dev as seedDev } from './seed/dev.ts';
import { test as seed2Test } from './seed-2/test.ts';
import { dev as seed2Dev } from './seed-2/dev.ts';
import { test as seed3Test } from './seed-3/test.ts';
import { dev as seed3Dev } from './seed-3/dev.ts';
import { test as griefTest } from './grief/test.ts';
import { dev as griefDev } from './grief/dev.ts';
import { test as petLossTest } from './pet-loss/test.ts';
import { dev as petLossDev } from './pet-loss/dev.ts';
import { test as grief2Test } from './grief-2/test.ts';
import { dev as grief2Dev } from './grief-2/dev.ts';
import { test as perinatalTest } from './perinatal/test.ts';
import { dev as perinatalDev } from './perinatal/dev.ts';
import { test as drivingTest } from './driving-anxiety/test.ts';
import { dev as drivingDev } from './driving-anxiety/dev.ts';
import { test as burnoutTest } from './burnout/test.ts';
import { dev as burnoutDev } from './burnout/dev.ts';
import { test as panicTest } from './panic/test.ts';
import { dev as panicDev } from './panic/dev.ts';
import { test as imposterTest } from './imposter-syndrome/test.ts';
import { dev as imposterDev } from './imposter-syndrome/dev.ts';
import { test as lonelyTest } from './loneliness/test.ts';
import { dev as lonelyDev } from './loneliness/dev.ts';
import { test as carerGuiltTest } from './carer-guilt-forum/test.ts';
import { dev as carerGuiltDev } from './carer-guilt-forum/dev.ts';
import { test as bipolarTest } from './bipolar/test.ts';
import { dev as bipolarDev } from './bipolar/dev.ts';
import { test as caffeineTest } from './caffeine-anxiety/test.ts';
import { dev as caffeineDev } from './caffeine-anxiety/dev.ts';
import { test as bipolar2Test } from './bipolar-2/test.ts';
import { dev as bipolar2Dev } from './bipolar-2/dev.ts';
import { test as therapyTest } from './therapy-faq/test.ts';
import { dev as therapyDev } from './therapy-faq/dev.ts';
import { test as shiftTest } from './shift-work-mood/test.ts';
import { dev as shiftDev } from './shift-work-mood/dev.ts';
import { test as olderTest } from './older-adults/test.ts';
import { dev as olderDev } from './older-adults/dev.ts';
import { test as adhdTest } from './adhd-adults/test.ts';
import { dev as adhdDev } from './adhd-adults/dev.ts';
import { test as selfHarmTest } from './self-harm-support/test.ts';
import { dev as selfHarmDev } from './self-harm-support/dev.ts';
import { test as workTest } from './work-stress/test.ts';
import { dev as workDev } from './work-stress/dev.ts';
import { test as respondersTest } from './first-responders-ptsd/test.ts';
import { dev as respondersDev } from './first-responders-ptsd/dev.ts';
import { test as eatingTest } from './eating-worries/test.ts';
import { dev as eatingDev } from './eating-worries/dev.ts';
import { test as winterTest } from './winter-wellbeing/test.ts';
import { dev as winterDev } from './winter-wellbeing/dev.ts';
import { test as teenTest } from './teen-depression/test.ts';
import { dev as teenDev } from './teen-depression/dev.ts';
import { test as hobbiesTest } from './hobbies-mood/test.ts';
import { dev as hobbiesDev } from './hobbies-mood/dev.ts';
import { test as exerciseTest } from './exercise-mood/test.ts';
import { dev as exerciseDev } from './exercise-mood/dev.ts';
import { test as dadsTest } from './postnatal-dads/test.ts';
import { dev as dadsDev } from './postnatal-dads/dev.ts';
import { test as socialTest } from './social-anxiety/test.ts';
import { dev as socialDev } from './social-anxiety/dev.ts';
import { test as longCovidTest } from './long-covid-mood/test.ts';
import { dev as longCovidDev } from './long-covid-mood/dev.ts';
import { test as supportTest } from './supporting-someone/test.ts';
import { dev as supportDev } from './supporting-someone/dev.ts';
import { test as bddTest } from './bdd-mood/test.ts';
import { dev as bddDev } from './bdd-mood/dev.ts';
import { test as antidepTest } from './antidepressant-questions/test.ts';
import { dev as antidepDev } from './antidepressant-questions/dev.ts';
import { test as healthTest } from './health-anxiety/test.ts';
import { dev as healthDev } from './health-anxiety/dev.ts';
import { test as traumaTest } from './trauma-ptsd/test.ts';
import { dev as traumaDev } from './trauma-ptsd/dev.ts';
import { test as ocdTest } from './ocd/test.ts';
import { dev as ocdDev } from './ocd/dev.ts';
import { test as ocd2Test } from './ocd-2/test.ts';
import { dev as ocd2Dev } from './ocd-2/dev.ts';
import { test as menoTest } from './menopause-mood/test.ts';
import { dev as menoDev } from './menopause-mood/dev.ts';
import { test as heartAnxietyTest } from './heart-attack-anxiety/test.ts';
import { dev as heartAnxietyDev } from './heart-attack-anxiety/dev.ts';
import { test as angerTest } from './anger-irritability/test.ts';
import { dev as angerDev } from './anger-irritability/dev.ts';
import { test as examTest } from './exam-stress/test.ts';
import { dev as examDev } from './exam-stress/dev.ts';
import { test as bullyingTest } from './workplace-bullying/test.ts';
import { dev as bullyingDev } from './workplace-bullying/dev.ts';
import { test as mensTest } from './mens-mental-health/test.ts';
import { dev as mensDev } from './mens-mental-health/dev.ts';
import { test as moneyTest } from './money-worries/test.ts';
import { dev as moneyDev } from './money-worries/dev.ts';
import { test as mutismTest } from './selective-mutism/test.ts';
import { dev as mutismDev } from './selective-mutism/dev.ts';
import { test as money2Test } from './money-worries-2/test.ts';
import { dev as money2Dev } from './money-worries-2/dev.ts';
import { test as bodyTest } from './body-image/test.ts';
import { dev as bodyDev } from './body-image/dev.ts';
import { test as autismAnxietyTest } from './autism-anxiety-adults/test.ts';
import { dev as autismAnxietyDev } from './autism-anxiety-adults/dev.ts';
import { test as alcoholTest } from './alcohol-mood/test.ts';
import { dev as alcoholDev } from './alcohol-mood/dev.ts';
import { test as flyingTest } from './fear-of-flying/test.ts';
import { dev as flyingDev } from './fear-of-flying/dev.ts';
import { test as painTest } from './chronic-pain/test.ts';
import { dev as painDev } from './chronic-pain/dev.ts';
import { test as esteemTest } from './self-esteem/test.ts';
import { dev as esteemDev } from './self-esteem/dev.ts';
import { test as infertilityTest } from './infertility-mood/test.ts';
import { dev as infertilityDev } from './infertility-mood/dev.ts';
import { test as carersTest } from './carers-wellbeing/test.ts';
import { dev as carersDev } from './carers-wellbeing/dev.ts';
import { test as illnessTest } from './long-term-illness/test.ts';
import { dev as illnessDev } from './long-term-illness/dev.ts';
import { test as returnTest } from './return-to-work/test.ts';
import { dev as returnDev } from './return-to-work/dev.ts';
import { test as dementiaTest } from './dementia-diagnosis/test.ts';
import { dev as dementiaDev } from './dementia-diagnosis/dev.ts';
import { test as childTest } from './child-anxiety/test.ts';
import { dev as childDev } from './child-anxiety/dev.ts';
import { test as gamblingTest } from './gambling-mood/test.ts';
import { dev as gamblingDev } from './gambling-mood/dev.ts';
import { test as mindfulTest } from './mindfulness/test.ts';
import { dev as mindfulDev } from './mindfulness/dev.ts';
import { test as suicideBereavementTest } from './suicide-bereavement/test.ts';
import { dev as suicideBereavementDev } from './suicide-bereavement/dev.ts';
import { test as phobiasTest } from './phobias/test.ts';
import { dev as phobiasDev } from './phobias/dev.ts';
import { test as phobias2Test } from './phobias-2/test.ts';
import { dev as phobias2Dev } from './phobias-2/dev.ts';
import { test as perfectTest } from './perfectionism/test.ts';
import { dev as perfectDev } from './perfectionism/dev.ts';
import { test as foodTest } from './food-mood/test.ts';
import { dev as foodDev } from './food-mood/dev.ts';
import { test as food2Test } from './food-mood-2/test.ts';
import { dev as food2Dev } from './food-mood-2/dev.ts';
import { test as hoardingTest } from './hoarding/test.ts';
import { dev as hoardingDev } from './hoarding/dev.ts';
import { test as volunteerTest } from './volunteering-wellbeing/test.ts';
import { dev as volunteerDev } from './volunteering-wellbeing/dev.ts';
import { test as natureTest } from './nature-mood/test.ts';
import { dev as natureDev } from './nature-mood/dev.ts';
import { test as colleagueTest } from './colleague-support/test.ts';
import { dev as colleagueDev } from './colleague-support/dev.ts';
import { test as tinnitusTest } from './tinnitus-mood/test.ts';
import { dev as tinnitusDev } from './tinnitus-mood/dev.ts';
import { test as onlineTest } from './online-therapy/test.ts';
import { dev as onlineDev } from './online-therapy/dev.ts';
import { test as insomniaTest } from './insomnia-mood/test.ts';
import { dev as insomniaDev } from './insomnia-mood/dev.ts';
import { test as insomnia2Test } from './insomnia-mood-2/test.ts';
import { dev as insomnia2Dev } from './insomnia-mood-2/dev.ts';
import { test as pnAnxietyTest } from './postnatal-anxiety/test.ts';
import { dev as pnAnxietyDev } from './postnatal-anxiety/dev.ts';
import { test as socialMediaTest } from './social-media-mood/test.ts';
import { dev as socialMediaDev } from './social-media-mood/dev.ts';
import { test as cancerTest } from './cancer-low-mood/test.ts';
import { dev as cancerDev } from './cancer-low-mood/dev.ts';
import { test as teenSleepTest } from './teen-sleep/test.ts';
import { dev as teenSleepDev } from './teen-sleep/dev.ts';
import { test as redundancyTest } from './redundancy-mood/test.ts';
import { dev as redundancyDev } from './redundancy-mood/dev.ts';
import { test as ecoTest } from './eco-anxiety/test.ts';
import { dev as ecoDev } from './eco-anxiety/dev.ts';
import { test as breakupTest } from './breakup-mood/test.ts';
import { dev as breakupDev } from './breakup-mood/dev.ts';
import { test as selfCareTest } from './self-care-basics/test.ts';
import { dev as selfCareDev } from './self-care-basics/dev.ts';
import { test as teen2Test } from './teen-depression-2/test.ts';
import { dev as teen2Dev } from './teen-depression-2/dev.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', quot: '"', mdash: '—', ndash: '–' };
// A Notion HTML export (React markup) writes ' and " as &#x27; and &quot;, so hex references and quot are decoded too.
const decode = (s: string) => s.replace(/&([a-z]+);/g, (m, n: string) => ENTITIES[n] ?? m).replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Article { text: string; headings: Set<string>; lines?: string[] }

function htmlArticle(path: string): Article {
  const html = readFileSync(path, 'utf8');
  const body = html.replace(/<head>[\s\S]*?<\/head>/i, '').replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  // An accordion's <summary>, a <dl>'s <dt> or a Yoast FAQ block's <strong class="schema-faq-question"> holds an FAQ question, which is a heading the bot can cite.
  // An Elementor heading widget set as a <p> (styled big by the widget's CSS) is a heading too.
  // A Ghost toggle card's question is an <h4 class="kg-toggle-heading-text">, so h4 counts as a heading too.
  const headings = new Set([...body.matchAll(/<(h[1-4]|summary|dt|strong(?= class="schema-faq-question")|p(?= class="elementor-heading-title))\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => collapse(decode(m[2]!.replace(/<[^>]+>/g, ' ')))));
  // An Elementor accordion or toggle widget's title (`<div class="elementor-tab-title">`, its text in an `<a class="elementor-accordion-title">`
  // after the icon spans) is a question or a "Myth: …" line that heads the hidden content div below it.
  for (const m of body.matchAll(/<div\b[^>]*class="elementor-tab-title\b[^"]*"[^>]*>([\s\S]*?)<\/div>/gi)) headings.add(collapse(decode(m[1]!.replace(/<[^>]+>/g, ' '))));
  // A page written in Word without heading styles ("Save as Web Page") makes its headings, and its FAQ questions, bold paragraphs:
  // a <p> (outside a table) whose whole text is inside <b>/<strong> counts as a heading.
  const inner = (s: string) => collapse(decode(s.replace(/<[^>]+>/g, ' ')));
  for (const m of body.replace(/<table\b[\s\S]*?<\/table>/gi, '').matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = inner(m[1]!);
    const bold = collapse([...m[1]!.matchAll(/<(b|strong)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((b) => inner(b[2]!)).join(' '));
    if (text && text === bold) headings.add(text);
  }
  // A hand-built table-layout page (about 2005) has no heading tags below its <h1>: a heading is the bold text of a
  // `<font size="4" …><b>…</b></font>` block, and an FAQ question is a `<b>Q: …</b>` line (the heading is its text without "Q: ").
  for (const m of body.matchAll(/<font\b[^>]*\bsize="?4"?[^>]*>\s*<b>([\s\S]*?)<\/b>\s*<\/font>/gi)) headings.add(inner(m[1]!));
  for (const m of body.matchAll(/<b>\s*Q:\s*([\s\S]*?)<\/b>/gi)) headings.add(inner(m[1]!));
  // A Mailchimp text block (every block sits in layout tables, which the rule above skips): a heading set in the editor as bold large text is a
  // `<p>` whose whole content is `<strong><span style="font-size:18px">…</span></strong>` (18px or more).
  for (const m of body.matchAll(/<p\b[^>]*>\s*<strong>\s*<span\b[^>]*style="[^"]*font-size:\s*(\d+)px[^"]*"[^>]*>([^<]*)<\/span>\s*<\/strong>\s*<\/p>/gi)) {
    if (Number(m[1]) >= 18) headings.add(inner(m[2]!));
  }
  // A Wix page: a heading set in the "Heading 5" text theme is a `<p class="font_5 …">` whose text is bold by CSS
  // (`<span style="font-weight:bold">`), and the Wix FAQ app's question is a `<div data-hook="faq-question">` over its hidden answer.
  for (const m of body.matchAll(/<p\b[^>]*class="font_5\b[^"]*"[^>]*>([\s\S]*?)<\/p>/gi)) {
    // The bold span wraps the paragraph's whole text (nested spans inside it carry colour only).
    const text = inner(m[1]!);
    if (text && /^\s*<span\b[^>]*style="[^"]*font-weight:\s*(?:bold|[6-9]00)[^"]*"[^>]*>[\s\S]*<\/span>\s*$/i.test(m[1]!)) headings.add(text);
  }
  for (const m of body.matchAll(/<div\b[^>]*data-hook="faq-question"[^>]*>([\s\S]*?)<\/div>/gi)) headings.add(inner(m[1]!));
  // A Google Docs "Download → Web page" export sets the document's Title style as a `<p class="c19 title">` above the first heading.
  for (const m of body.matchAll(/<p\b[^>]*class="(?:[^"]*\s)?title(?:\s[^"]*)?"[^>]*>([\s\S]*?)<\/p>/gi)) headings.add(inner(m[1]!));
  // A Squarespace accordion block's question is a `<span class="accordion-item__title">` in its click-target button, over the collapsed dropdown.
  for (const m of body.matchAll(/<span\b[^>]*class="accordion-item__title\b[^"]*"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // A Webflow dropdown component built as an FAQ: the question is a `<div class="faq-question">` in the `w-dropdown-toggle`, over the answer in its `<nav class="w-dropdown-list">`.
  for (const m of body.matchAll(/<div\b[^>]*class="faq-question\b[^"]*"[^>]*>([\s\S]*?)<\/div>/gi)) headings.add(inner(m[1]!));
  // A Framer accordion component built as an FAQ: the question is the first `<p class="framer-text">` inside its `div[data-framer-name="Question"]`
  // (in a RichTextContainer, next to the icon), over the `div[data-framer-name="Answer"]` hidden by display:none or opacity:0.
  for (const m of body.matchAll(/<div\b[^>]*data-framer-name="Question"[^>]*>[\s\S]*?<p\b[^>]*class="framer-text\b[^"]*"[^>]*>([\s\S]*?)<\/p>/gi)) headings.add(inner(m[1]!));
  // A Confluence expand macro (exported collapsed): its title is a `<span class="expand-control-text">` in the `expand-control` over the `expand-content` div.
  for (const m of body.matchAll(/<span\b[^>]*class="expand-control-text\b[^"]*"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // A Blogger post written the old way has no <p> or heading tags: a heading (or an FAQ question) is a line whose whole text is bold,
  // `<b>…</b><br />` at the start of a line or after a `<br />`, perhaps inside a `<span style="font-size: large;">`.
  for (const m of body.matchAll(/(?:^|<br\s*\/?>)[ \t]*(?:<span\b[^>]*>\s*)?<b>([^<]+)<\/b>\s*(?:<\/span>\s*)?<br\s*\/?>/gim)) headings.add(inner(m[1]!));
  // A Divi toggle module's question is an `<h5 class="et_pb_toggle_title">` over its `et_pb_toggle_content` (a blurb's title is an h4, counted above).
  for (const m of body.matchAll(/<h5\b[^>]*class="[^"]*\bet_pb_toggle_title\b[^"]*"[^>]*>([\s\S]*?)<\/h5>/gi)) headings.add(inner(m[1]!));
  // A Joomla 4 (Bootstrap 5) accordion's question is the text of its `<button class="accordion-button">` over the `accordion-collapse` body.
  for (const m of body.matchAll(/<button\b[^>]*class="accordion-button\b[^"]*"[^>]*>([\s\S]*?)<\/button>/gi)) headings.add(inner(m[1]!));
  // A MediaWiki page: a heading's text is its `<span class="mw-headline">`; the `mw-editsection` "[edit]" link after it is not part of the heading.
  for (const m of body.matchAll(/<span\b[^>]*class="mw-headline"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // A Sphinx page ends every heading with a permalink, `<a class="headerlink" href="#…" title="Permalink to this headline">¶</a>`: the heading is the text before it.
  for (const m of body.matchAll(/<(h[1-4])\b[^>]*>([\s\S]*?)<a\b[^>]*class="headerlink"[^>]*>[\s\S]*?<\/a>\s*<\/\1>/gi)) headings.add(inner(m[2]!));
  // A Weebly text element (`div.paragraph`) has no <p>: an FAQ question is a bold line, `<strong>…</strong><br />` at the start of the div or after a `<br />`.
  for (const m of body.matchAll(/(?:<div\b[^>]*class="paragraph"[^>]*>|<br\s*\/?>)[ \t]*<strong>([^<]+)<\/strong>\s*<br\s*\/?>/gi)) headings.add(inner(m[1]!));
  // A Spectra (Ultimate Addons for Gutenberg) FAQ block's question is a `<span class="uagb-question">` in its questions button, over the `uagb-faq-content` answer.
  for (const m of body.matchAll(/<span\b[^>]*class="uagb-question\b[^"]*"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // A Beaver Builder accordion module's question is an `<a class="fl-accordion-button-label">` in its `fl-accordion-button`, over the `fl-accordion-content` panel.
  for (const m of body.matchAll(/<a\b[^>]*class="fl-accordion-button-label\b[^"]*"[^>]*>([\s\S]*?)<\/a>/gi)) headings.add(inner(m[1]!));
  // A Kadence Blocks accordion's question is a `<span class="kt-blocks-accordion-title">` in its kt-blocks-accordion-header button, over the hidden
  // kt-accordion-panel; a Kadence Tabs block's tab title is a `<span class="kt-title-text">` (in the tab list and the mobile accordion title) over its panel.
  for (const m of body.matchAll(/<span\b[^>]*class="(?:kt-blocks-accordion-title|kt-title-text)"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // A SharePoint modern page's collapsible section: its title is a `<span role="heading" data-automation-id="CollapsibleLayer-Title">` in the
  // aria-expanded CollapsibleLayer-Button, over the hidden CollapsibleLayer-Content panel (an FAQ built as one section per question).
  for (const m of body.matchAll(/<span\b[^>]*data-automation-id="CollapsibleLayer-Title"[^>]*>([\s\S]*?)<\/span>/gi)) headings.add(inner(m[1]!));
  // An Evernote HTML export: inside <en-note>, a heading set as bold text (`<div><b><span style="font-size: 18px;">…</span></b></div>`) or an FAQ
  // question as `<div><b>…?</b></div>` is a <div> whose whole text is bold (a table's bold header cells are not headings).
  for (const m of (/<en-note\b[\s\S]*<\/en-note>/i.exec(body)?.[0] ?? '').replace(/<table\b[\s\S]*?<\/table>/gi, '').matchAll(/<div>\s*<b>\s*(?:<span\b[^>]*>)?([^<]+)(?:<\/span>)?\s*<\/b>\s*<\/div>/gi)) headings.add(inner(m[1]!));
  // A Canva Websites page has no heading tags: its title, section headings and FAQ questions are text-box `<p>`s set at 22px or more
  // (`font-size` in the p's inline style) whose every span is `font-weight:700`.
  for (const m of body.matchAll(/<p\b[^>]*style="[^"]*font-size:\s*(\d+(?:\.\d+)?)px[^"]*"[^>]*>([\s\S]*?)<\/p>/gi)) {
    const spans = [...m[2]!.matchAll(/<span\b[^>]*style="([^"]*)"/gi)];
    if (Number(m[1]) >= 22 && spans.length && spans.every((sp) => /font-weight:\s*700/i.test(sp[1]!))) headings.add(inner(m[2]!));
  }
  // A public Notion page saved from the browser: some headings are no heading tag but a `<div role="heading" aria-level="2">` (or "3") leaf, and a
  // toggle block's question is the leaf inside its `role="button" aria-expanded` div, over the hidden toggle children (the FAQ).
  for (const m of body.matchAll(/<div\b[^>]*role="heading"[^>]*aria-level="[1-4]"[^>]*>([\s\S]*?)<\/div>/gi)) headings.add(inner(m[1]!));
  for (const m of body.matchAll(/class="[^"]*\bnotion-toggle-block\b[^"]*"[^>]*>[\s\S]*?role="button"[^>]*aria-expanded="(?:true|false)"[^>]*>[\s\S]*?<div\b[^>]*data-content-editable-leaf="true"[^>]*>([\s\S]*?)<\/div>/gi)) headings.add(inner(m[1]!));
  return { text: collapse(decode(body.replace(/<[^>]+>/g, ' '))), headings };
}

// A Word "Plain Text" save is Windows-1252: read it as latin1 (its ASCII evidence and headings read the same; 0x91-0x96 stay unmapped).
function textArticle(path: string, enc: BufferEncoding = 'utf8'): Article {
  const raw = readFileSync(path, enc);
  // A Mailchimp plain-text e-mail writes its headings as "** HEADING" lines: the heading is the text after "** ".
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  return { text: collapse(raw), headings: new Set([...lines, ...lines.flatMap((l) => /^\*\* (.+)$/.exec(l)?.[1] ?? [])]), lines: lines.map(collapse) };
}

/**
 * Markdown: headings are the `#` lines without their hashes, and an FAQ page's bold question standing alone on its line
 * (`**How long does a session last?**`) without its marks; the text drops front matter, link targets and emphasis marks.
 */
function mdArticle(path: string): Article {
  const raw = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  // pandoc (`-t markdown`) writes a heading's attributes after it: `## Signs {#signs .unnumbered}`; the heading is the text before them.
  // MkDocs (attr_list) writes it with spaces inside the braces: `## Cutting down { #cutting-down }`.
  const heading = (l: string) => /^#{1,6}\s+(.*?)(?:\s+\{\s*[#.][^}]*\})?$/.exec(l)?.[1]?.trim() ?? /^(?:\*\*|__)([^*_]+\?)(?:\*\*|__)$/.exec(l)?.[1]?.trim();
  const lines = raw.split('\n');
  const headings = new Set(lines.map((l) => heading(l.trim())).filter((h): h is string => !!h));
  // A Notion toggle block exports as a bullet (its title) followed by its hidden content indented by 4 spaces: the title heads that content.
  lines.forEach((l, i) => {
    const m = /^[-*]\s+(.*\S)\s*$/.exec(l);
    const next = lines.slice(i + 1).find((n) => n.trim());
    if (m && next && /^ {4}\S/.test(next)) headings.add(m[1]!.trim());
  });
  // A GitHub README may write a top section's heading setext-style, its text line underlined by `===` (h1) or `---` (h2); a line of
  // dashes after a blank line is a rule, and one after a list item, quote, table row or HTML line does not make a heading.
  lines.forEach((l, i) => {
    const prev = lines[i - 1]?.trim();
    if (/^ {0,3}(?:={3,}|-{3,})\s*$/.test(l) && prev && !/^(?:[-*+>|<#]|\d+\.\s)/.test(prev)) headings.add(prev);
  });
  // A Hugo page's FAQ is `{{% details title="What is a flashback?" %}}` shortcodes: the title heads the answer inside.
  for (const m of raw.matchAll(/\{\{[<%]\s*details\s+title="([^"]+)"/g)) headings.add(m[1]!.trim());
  // An MkDocs Material FAQ is collapsible admonitions, `??? question "Can alcohol cause depression?"`: the title heads the 4-space-indented answer.
  for (const m of raw.matchAll(/^\?{3}\+?\s+\w+\s+"([^"]+)"/gm)) headings.add(m[1]!.trim());
  // An Obsidian callout's title heads its `> ` lines (`> [!faq]- Is it normal?` → "Is it normal?"; `-`/`+` fold it).
  for (const m of raw.matchAll(/^>\s*\[![\w-]+\][-+]?[ \t]+(.*\S)[ \t]*$/gm)) headings.add(m[1]!.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1').trim());
  // A Logseq page is all `- ` blocks (tab-indented children): a heading is a block written `- ## What helps` (an FAQ question `- ### Can stress stop IVF?`) at any depth.
  for (const m of raw.matchAll(/^[ \t]*-[ \t]+#{1,6}[ \t]+(.*\S)[ \t]*$/gm)) headings.add(m[1]!.trim());
  // A Docusaurus (MDX) FAQ is `<details><summary>Question?</summary>` blocks: the summary heads the Markdown answer below it.
  for (const m of raw.matchAll(/<summary>([^<]+)<\/summary>/g)) headings.add(m[1]!.trim());
  // Notion's callouts are inline `<aside>` blocks (their text is article text) and its to-do items carry `[ ]` / `[x]` boxes.
  // MkDocs Material: an admonition's marker (`!!! note "…"`, `??? question "…"`) and a content tab's `=== "…"` drop to their titles; the
  // 4-space-indented content under them is text like any other.
  // Logseq: a heading block `- ## …` drops both markers; its `key:: value` property lines, ((uuid)) refs and {{query}}/{{embed}} macros stay as text.
  // Obsidian: a wikilink reads as its shown text (`[[CBT|cognitive behavioural therapy]]` → the text after `|`), a callout's `[!type]-` marker is dropped.
  // Docusaurus: an admonition's `:::tip Try this` line reads as its title, a bare `:::note` / `:::` fence as nothing.
  const text = raw.replace(/^\s*:::\w*[ \t]*(.*)$/gm, '$1').replace(/<\/?aside>/g, ' ').replace(/^\s*(?:!{3}|\?{3}\+?)\s+\w+\s+"([^"]*)"\s*$/gm, '$1').replace(/^\s*={3}\s+"([^"]*)"\s*$/gm, '$1').replace(/!?\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1').replace(/^(>\s*)\[![\w-]+\][-+]?/gm, '$1').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '').replace(/^\s*-[ \t]+#{1,6}[ \t]+/gm, '').replace(/^\s*(#{1,6}|>|[-*]|\d+\.)\s+/gm, '').replace(/^\s*\[[ xX]\]\s+/gm, '');
  return { text: collapse(text), headings, lines: lines.map(collapse) };
}

/** Keeps only the listed lines as headings (a pasted page's headings are plain lines like any other). */
function listedHeadings(art: Article, list: string[]): Article {
  for (const h of list) if (!art.headings.has(h)) throw new Error(`listed heading is not a line of the page: "${h}"`);
  return { ...art, headings: new Set(list) };
}

const articles: Record<string, Article> = {
  seasonal: htmlArticle(join(here, 'seasonal/article.html')),
  // A Sphinx (Read the Docs theme) page saved from the browser: <head> with meta, theme CSS and the documentation_options/jQuery/doctools scripts,
  // the wy-nav-side sidebar (project name, version, search form, toctree captions and links), "Docs »" breadcrumbs with "Edit on GitHub", then
  // div.document / div[itemprop=articleBody] holding nested div.section elements whose h1-h3 end with an `a.headerlink` "¶" (read by the rule above),
  // paragraphs keeping the reST source's line breaks, note/warning admonitions (p.admonition-title), `ul.simple` lists after colon lead-ins,
  // a `dl.simple` of terms (each <dt> a heading), the FAQ as h3 sections, Previous/Next footer buttons, © Copyright and "Built with Sphinx".
  'psychosis-signs': htmlArticle(join(here, 'psychosis-signs/article.html')),
  'sleep-anxiety': textArticle(join(here, 'sleep-anxiety/article.txt')),
  // A Mailchimp campaign saved from the browser ("View this email in your browser"): the template's <style> block with media queries, the hidden
  // mcnPreviewText span, nested role="presentation" layout tables, the copy in mcnTextContent tds (h1-h3, and some headings set in the editor as
  // <p><strong><span style="font-size:18px">…</span></strong></p>, read by the Mailchimp rule above), lists in cells, image, divider, boxed text,
  // button, follow and footer blocks.
  'sleep-paralysis': htmlArticle(join(here, 'sleep-paralysis/article.html')),
  seed: textArticle('/work/shared/seed/article.txt'),
  'seed-2': textArticle('/work/shared/seed/article.txt'),
  'seed-3': textArticle('/work/shared/seed/article.txt'),
  grief: mdArticle(join(here, 'grief/article.md')),
  // A Tumblr text post saved from the browser: meta/OG head and theme CSS, the theme header (avatar, blog title as <h1>, description, nav links),
  // the post in <article class="post text"> with its <h2> title, body headings as <h2>/<h3> and bold <p><b>…</b></p> lines (the FAQ questions too),
  // a <blockquote> reader ask ("anonymous asked: …") answered below it, a <!-- more --> break, the post footer (date, note count, #tag links),
  // the notes list (likes, reblogs with added comments), pagination, the Tumblr controls iframe and the theme credit. htmlArticle reads the bold paragraphs as headings.
  'pet-loss': htmlArticle(join(here, 'pet-loss/article.html')),
  perinatal: htmlArticle(join(here, 'perinatal/article.html')),
  // A SharePoint Online modern page (NHS trust intranet) saved from the browser: <head> with SharePoint meta, script bundles and the inline
  // _spPageContextInfo JSON; the Microsoft 365 suite bar ("Search this site"), app bar, site header with hub and site <nav>s, the page title
  // <h1>, a Hero web part, Rich Text Editor web parts in div.CanvasSection (h2/h3, <ul>/<ol>, an ms-rteTable ladder), a Quick links web part,
  // the FAQ as collapsible sections (each title a `<span role="heading" data-automation-id="CollapsibleLayer-Title">`, read by the rule above),
  // page details (Page owner, Last modified), the Like · Comment · Save for later bar with two comments, and the footer.
  'driving-anxiety': htmlArticle(join(here, 'driving-anxiety/article.html')),
  burnout: textArticle(join(here, 'burnout/article.txt')),
  panic: htmlArticle(join(here, 'panic/article.html')),
  // An Obsidian vault note uploaded as-is: YAML front matter (aliases, tags, created/updated, cssclass), `![[imposter-cycle.png]]`, `[[…|…]]` links,
  // callouts (`> [!note]`, `> [!tip] Try this week`, a folded `> [!warning]-` with a title), `#tags`, `==highlights==`, a `- [ ]` task list,
  // `[^n]` footnotes, a dataview code block, an H3 FAQ and a "## Related" list. mdArticle reads it unchanged (callout titles are headings).
  'imposter-syndrome': mdArticle(join(here, 'imposter-syndrome/article.md')),
  loneliness: htmlArticle(join(here, 'loneliness/article.html')),
  // A pinned "staff guide" topic on a Discourse forum saved from the browser: Discourse meta, preload links and the data-preloaded JSON (the post's
  // cooked HTML again, escaped) in <head>, the d-header (logo, Sign Up, Log In, search), the h1 topic title with the pinned status and "Pinned" badge,
  // the category badge and tag list, then article#post_1 (topic-avatar with staff flair, names with the "Staff" title, date link) whose div.cooked
  // holds the guide: h2/h3 with Discourse's empty `a.anchor` links before the text, lists, an `aside.quote` quoting a member, an md-table and the
  // FAQ as [details] blocks (<details><summary>question</summary>), then the post controls, the topic map (created, last reply, replies, views,
  // users, links as h4/spans), four member replies (article#post_2…5), the Suggested Topics table and the footer. htmlArticle reads it unchanged
  // (<summary> and h1-h4 count; the chrome's "Suggested Topics", "created" and "last reply" count too but no case cites them).
  'carer-guilt-forum': htmlArticle(join(here, 'carer-guilt-forum/article.html')),
  bipolar: textArticle(join(here, 'bipolar/article.txt')),
  // A Word leaflet (NHS-style Talking Therapies service) copied with Ctrl+A / Ctrl+C and pasted into a .txt file (UTF-8, CRLF): the Word header
  // ("Talking Therapies Service – Patient Information") and footer ("Page 2 of 5") repeated where page breaks fell, between paragraphs; a contents
  // list with tab-separated page numbers; numbered headings ("1. What is caffeine?", "2.1 Coffee and tea") and FAQ questions as bare lines;
  // bullets as "•\t", "o\t" and "§\t"; a numbered "1.\t" list; a drinks table as tab-separated rows; footnote markers as bare digits glued to
  // words and the footnotes at the end; a Notes section of underscore lines, the other-formats boilerplate and "Leaflet ref: WB-042 | Review date:
  // March 2027". Every line would count as a heading for textArticle, so this set's headings are listed (each must be a line of the file).
  'caffeine-anxiety': listedHeadings(textArticle(join(here, 'caffeine-anxiety/article.txt')), ['Caffeine, Anxiety and Mood', '1. What is caffeine?',
    '2. How much caffeine is in common drinks?', '2.1 Coffee and tea', '2.2 Energy drinks, cola and chocolate', '3. How caffeine affects anxiety',
    '3.1 Caffeine and panic attacks', '4. Caffeine, sleep and mood', '5. How much is safe?', '6. Who is more sensitive to caffeine?', '7. Caffeine withdrawal',
    '7.1 How long does caffeine withdrawal last?', '8. Cutting down step by step', '9. Energy drinks and young people', '10. Caffeine and medicines',
    '11. Frequently asked questions', 'Is decaf completely caffeine-free?', 'Can caffeine cause depression?', 'Will I feel more tired when I cut down?',
    'Are caffeine tablets or powders safe?', '12. When to get help', 'Notes']),
  // The bipolar brochure again (a byte-identical copy) for the second wording set.
  'therapy-faq': mdArticle(join(here, 'therapy-faq/article.md')),
  // A Ghost (Casper) post saved from the browser: gh-content with Koenig cards (callout, toggle FAQ, bookmark), a members-only upgrade CTA.
  'shift-work-mood': htmlArticle(join(here, 'shift-work-mood/article.html')),
  'older-adults': htmlArticle(join(here, 'older-adults/article.html')),
  // A Google Docs "Download → Plain text" export: BOM, CRLF, one paragraph per line, numbered headings as lines, tab-separated table rows.
  'adhd-adults': textArticle(join(here, 'adhd-adults/article.txt')),
  'self-harm-support': htmlArticle(join(here, 'self-harm-support/article.html')),
  // A Notion page exported as Markdown & CSV: property lines, `#` blocks inside the page, `<aside>` callouts, toggles as indented bullets.
  'work-stress': mdArticle(join(here, 'work-stress/article.md')),
  // A GitHub README (a peer-support network's repository) downloaded raw: shields.io badge lines, a centred <p align="center"><img> logo,
  // `> [!NOTE]` / `> [!IMPORTANT]` alerts, an anchor-link contents list, two top sections with setext headings (`===` / `---` underlines, read by
  // the rule above) among ATX ## / ### ones, a pipe table, a task list, a fenced phone-tree block, `<br>`, `<kbd>`, `:warning:` shortcodes,
  // `<!-- TODO -->` comments, reference links (`[text][1]` and `[1]: https://…` lines), a `<details><summary>` FAQ, Contributing and License.
  'first-responders-ptsd': mdArticle(join(here, 'first-responders-ptsd/article.md')),
  // A hand-built charity page (HTML 4.01, whole-page table layout, <font> headings, `<b>Q: …</b>` FAQ).
  'eating-worries': htmlArticle(join(here, 'eating-worries/article.html')),
  // A Mailchimp newsletter's plain-text version: "** " headings, 60-dash separators, underlined sub-headings, hard wraps, footer.
  'winter-wellbeing': textArticle(join(here, 'winter-wellbeing/article.txt')),
  // A Wix page saved from the browser: rich-text elements (`font_N` classes, wixGuard spacers), bold `font_5` paragraphs as headings, the FAQ app.
  'teen-depression': htmlArticle(join(here, 'teen-depression/article.html')),
  // An iPhone Notes handout shared as plain text (Share → Copy, pasted into a .txt file): the title as the first line, emoji heading markers
  // ("🎨 Why hobbies help"), some headings in ALL CAPS, "•", indented "◦" and "- " bullets, "◯"/"✅" checklist items, "1)" steps, lines holding
  // only "—", bare URLs, curly quotes, one or two blank lines between sections, the FAQ questions as bare lines, a "📞 Useful numbers" list, the
  // pasted signature block and "Sent from my iPhone". Every line would count as a heading, so only the listed ones do (each must be a line of the file).
  'hobbies-mood': listedHeadings(textArticle(join(here, 'hobbies-mood/article.txt')), ['Hobbies, Creativity and Your Mood', '🎨 Why hobbies help',
    '🌊 WHAT IS “FLOW”?', '🎵 Music', '🌱 Gardening', '🧶 Crafts and making things', '👥 GROUP HOBBIES AND LONELINESS', '🔋 Starting when you have no energy',
    '🎯 Perfectionism and hobbies', '🤝 SOCIAL PRESCRIBING – HOW TO GET REFERRED', '💷 Cost and free options', '✅ Checklist before your first group', '❓ FAQ',
    'Do I need to be creative or “arty”?', 'How long before I feel a difference?', 'Can hobbies cure depression?', 'What if I start something and don’t like it?',
    'Is it OK to do a hobby on my own?', '🚩 WHEN A HOBBY IS NOT ENOUGH', '📞 Useful numbers']),
  // A Ghost (Casper) post saved from the browser: gh-content with Koenig cards (callout, header, toggle FAQ, bookmark, product, button).
  'exercise-mood': htmlArticle(join(here, 'exercise-mood/article.html')),
  // A Word document converted with `pandoc -f docx -t markdown`: heading attributes, `\'` escapes, `[…]{.underline}`, footnotes, a grid table, 72-column wraps.
  'postnatal-dads': mdArticle(join(here, 'postnatal-dads/article.md')),
  // A Google Doc downloaded as "Web page (.html, zipped)": one line, generated `.cN` classes, runs split into spans, bold by class, Title/Subtitle paragraphs, `lst-kix_` lists, a comment.
  'social-anxiety': htmlArticle(join(here, 'social-anxiety/article.html')),
  // A Framer site page (small charity) saved from the browser: <head> with the Framer generator and search-index meta, modulepreload links and the
  // inline SSR <style> of generated framer-xxxxxxx classes and text-style presets; the hydrate-v2 #main root holding nested `div.framer-…`
  // containers named by data-framer-name (Nav twice, as desktop and mobile ssr-variants, its links in divs, no <nav>; Hero; Sidebar "On this page";
  // Section; Newsletter form; Footer link columns), text in RichTextContainer divs of h1/h2/h3/p/ul.framer-text, the FAQ as Framer accordion
  // components ("FAQ Item": a Question div holding a <p>, read as a heading by the rule above, and an Answer div with display:none or opacity:0),
  // and the "Made in Framer" badge.
  'long-covid-mood': htmlArticle(join(here, 'long-covid-mood/article.html')),
  // An Intercom Help Center article (Next.js theme) saved from the browser: __NEXT_DATA__ JSON, interblocks divs, FAQ questions as bold paragraphs.
  'supporting-someone': htmlArticle(join(here, 'supporting-someone/article.html')),
  // A public Notion page (notion.site) saved from the browser: Notion meta and OG tags, CONFIG and asset scripts, the topbar (breadcrumb, Search,
  // Duplicate, "Get Notion free"), cover image and emoji icon, the title as the h1 in div.notion-page-block, a "Last edited" property row, then the
  // page as nested div.notion-…-block elements: text in data-content-editable-leaf divs with `font-weight:600` spans, headings as h2 in
  // notion-header-block or as `div role="heading" aria-level="2"/"3"` (read by the rule above), "•" bulleted and pseudo-numbered list blocks,
  // callouts, a divider, a table block, the FAQ as toggle blocks (the question in the `role="button" aria-expanded="false"` div, answers hidden).
  'bdd-mood': htmlArticle(join(here, 'bdd-mood/article.html')),
  // A Zendesk Guide (Copenhagen) article page saved from the browser: HC settings script, breadcrumbs, section sidebar, `h_01…` heading ids,
  // `font-weight: 400` spans and &nbsp;, a bordered editor table, a callout, FAQ as h3, then votes, related articles and comments.
  'antidepressant-questions': htmlArticle(join(here, 'antidepressant-questions/article.html')),
  // A Squarespace 7.1 page saved from the browser: fluid-engine fe-blocks of html blocks, quote/button/image blocks, the FAQ as an accordion block.
  'health-anxiety': htmlArticle(join(here, 'health-anxiety/article.html')),
  // A Hugo content file: YAML front matter, `{#id}` heading attributes, `{.lead}`, shortcodes (figure, alert, youtube, ref), the FAQ as `details` shortcodes.
  'trauma-ptsd': mdArticle(join(here, 'trauma-ptsd/article.md')),
  // A charity page copied from the browser (Ctrl+A, Ctrl+C): skip link, cookie banner, nav items as lines, breadcrumb, "On this page",
  // headings as bare lines among single-newline paragraphs, a tab-separated table, feedback, related pages, newsletter, footer.
  // Every line of a text file counts as a heading for textArticle, so this set's headings are listed (each must be a line of the page).
  ocd: listedHeadings(textArticle(join(here, 'ocd/article.txt')), ['OCD: Understanding Obsessions and Compulsions', 'What is OCD?', 'Obsessions and compulsions',
    'Common types of OCD', 'OCD or everyday tidiness and worry?', 'What causes OCD?', 'OCD and depression', 'Treatment: ERP and CBT', 'Medication', 'Self-help',
    'Supporting someone with OCD', 'Frequently asked questions', 'Does having intrusive thoughts mean I will act on them?', 'Can children have OCD?',
    'Can OCD go away on its own?', 'Is OCD a type of anxiety?']),
  // A WordPress post (GeneratePress, Rank Math, Easy Table of Contents) saved from the browser: Rank Math JSON-LD, ez-toc box, `ez-toc-section` spans in headings,
  // a Details block, a table block, the FAQ as a Rank Math FAQ block (`h3.rank-math-question`), then post nav, author box, a comment and the sidebar.
  'menopause-mood': htmlArticle(join(here, 'menopause-mood/article.html')),
  // A LinkedIn article saved from the browser: LinkedIn meta, Article JSON-LD and many static.licdn.com CSS links; the guest nav <header> (search,
  // Join now, Sign in); <main> with a cover image, the h1.pulse-title, the author card (h3 name, h4 headline, "Published …", "+ Follow"), the body in
  // div.article-main__content (h2/h3, <strong> lead-ins, lists, a blockquote, an h3 FAQ), reactions, 3 comments, "More articles by this author" (h2,
  // h3 cards), the "Others also viewed" <aside> (h2, h3 cards), "Explore topics" and the footer. htmlArticle already counts h1-h4.
  'heart-attack-anxiety': htmlArticle(join(here, 'heart-attack-anxiety/article.html')),
  // A Mailchimp campaign's HTML as saved from the archive page ("View this email in your browser"): MSO conditional comments, the template's big
  // <style> block, bodyTable/templateContainer layout tables, hidden mcnPreviewText, mcnTextContent tds with h1-h3, boxed text, button, follow and footer blocks.
  'anger-irritability': htmlArticle(join(here, 'anger-irritability/article.html')),
  // A Word document saved as "Plain Text (*.txt)", default encoding: Windows-1252 bytes, CRLF, one line per paragraph, headings as bare lines,
  // bullets as "\x95\t", numbered items as "1.\t", a table as tab-separated rows; read as latin1, headings listed (every line would count).
  'exam-stress': listedHeadings(textArticle(join(here, 'exam-stress/article.txt'), 'latin1'), ['Exam Stress and Student Mental Health', 'What does exam stress look like?',
    'Why exams feel so stressful', 'Sleep and revision', 'Perfectionism and high standards', 'Panic in the exam room', 'Talking to your teachers or tutors',
    'A note for parents and carers', 'Stress, anxiety or depression?', 'Getting help from your GP or student services', 'Frequently asked questions',
    'Is it normal to cry before an exam?', 'Should I revise all night before a big exam?', 'What if I miss an exam because I am unwell?',
    'Will telling my tutor about my stress go on my record?']),
  // A staff-wellbeing bulletin e-mailed from Outlook and saved by a recipient with File → Save As → HTML: Word markup (xmlns:o/w/m, the Word 15
  // Generator meta, <!--[if gte mso 9]> document-property and settings XML, the big <style> of MsoNormal / MsoListParagraph(CxSp…) classes and the
  // @list definitions), lines wrapped at about 76 characters inside tags and text alike; then div.WordSection1 with the message header as a
  // MsoNormalTable (bold From:/Sent:/To:/Cc:/Subject:/Attachments: labels), a banner table with a VML/<img> logo, the body with the title and
  // most headings as bold 14pt paragraphs (`<p class=MsoNormal><b><span style='font-size:14.0pt'>`), some as <h2> from the Heading 2 style,
  // sub-headings as bold 12pt paragraphs, bullets as MsoListParagraphCxSp… paragraphs with `<![if !supportLists]>` Symbol "·" markers,
  // `<o:p>&nbsp;</o:p>` spacer paragraphs and a few ".&nbsp; " double spaces, the FAQ as bold question paragraphs over their answers, the
  // signature block (name, title, phone, link, logo) and the confidentiality footer in a para-border div. htmlArticle reads it unchanged (the
  // bold-paragraph rule takes the bold headings and questions; the header cells sit in a table, so they are not headings).
  'workplace-bullying': htmlArticle(join(here, 'workplace-bullying/article.html')),
  // A WordPress post's raw content from the classic editor's Text tab: a fragment (no <html>/<body>), paragraphs as blank-line-separated text
  // without <p> (wpautop adds them on display), <h2>/<h3> headings, [caption]/[embed]/[contact-form-7] shortcodes, <!--more-->, an &nbsp; spacer.
  // htmlArticle reads it unchanged (it needs no <p> to see text); RAW below keeps each fragment on one line of the file, free of tags and entities.
  'mens-mental-health': htmlArticle(join(here, 'mens-mental-health/article.html')),
  // A Webflow CMS blog post saved from the browser: data-wf-page/site, WebFont.load, w-nav navbar, blog-hero with category pill and text-blocks,
  // the body in a `w-richtext` div (figure, blockquote), the FAQ as dropdown components (`div.faq-question` toggles over `nav.w-dropdown-list`), w-dyn-list, w-form.
  'money-worries': htmlArticle(join(here, 'money-worries/article.html')),
  // A Moodle 4.1 (Boost) page resource in a school's staff-training course, saved from the browser: <head> with the theme CSS, M.cfg / YUI_config
  // and the require.js config; the navbar (site name, Home / Dashboard / My courses, the notifications popover with its h3, the user menu), the
  // course index drawer (div.drawer-left: sections and activities with completion marks), the block drawer (Upcoming events and Recent activity
  // blocks, h5/h6 titles), breadcrumb, the h1 page title, the activity header (Completion requirements, "Done: View", Mark as done, the intro),
  // then div[role=main] > div.generalbox holding the Atto editor's text (<p dir="ltr" style="text-align: left;">, h3 sections, h4 sub-sections,
  // <strong> lead-ins, &quot;), an alert-info "Key points" box with an h4, a generaltable, the FAQ as <details><summary>, "Last modified",
  // the activity navigation (◄ Previous activity, Jump to… select, Next activity ►) and the footer. htmlArticle reads it unchanged.
  'selective-mutism': htmlArticle(join(here, 'selective-mutism/article.html')),
  // An Obsidian vault note (published with Obsidian Publish): YAML front matter (tags, aliases, publish, cssclasses), `[[wikilinks]]` with `|` aliases,
  // inline `#tags`, `![[image.png|400]]` and `![[Note#Heading]]` embeds, callouts (`> [!note] Title`), a folded `> [!faq]-` FAQ, `==highlights==`, `%%comments%%`, tasks.
  'self-esteem': mdArticle(join(here, 'self-esteem/article.md')),
  // A Logseq page (file graph, pages/*.md) as exported: page properties at the top (title::, tags::, alias::, type::, status::, public::), then every
  // block a `- ` bullet with tab-indented children; headings as `- ## …` blocks, the FAQ as `- ### Question?` blocks over child answers (read by the
  // Logseq rule above), block property lines (`collapsed:: true`, `id:: 64f1…`), raw ((uuid)) block refs, an {{embed}} and a {{query}} macro,
  // TODO/DONE blocks (one with a :LOGBOOK: drawer), [[page links]] and #tags, colon lead-in lists as nested blocks.
  'infertility-mood': mdArticle(join(here, 'infertility-mood/article.md')),
  // A Substack post saved from the browser: OG/ld+json head, modulepreloads, window._preloads JSON holding the body again, the navbar, post-header
  // (h1 title, h3 subtitle, byline, like/comment/restack counts), body markup with h2 anchor widgets, captioned image, pullquote, footnotes,
  // subscription widgets, a Share button, an h3 FAQ, then comments, the "Ready for more?" box and the footer.
  'body-image': htmlArticle(join(here, 'body-image/article.html')),
  // One chapter of an EPUB e-book (EPUB 3, XHTML) as a site owner extracts it from OEBPS/Text/: the XML declaration and <!DOCTYPE html>, a <head>
  // with only <title> and the ../Styles/stylesheet.css link, <body epub:type="bodymatter"> holding <section epub:type="chapter" id="ch04"> with
  // h1.chapter-title (its span.chapter-number "Chapter 4" read into the heading), a blockquote.epigraph, <p class="noindent"> and <p> paragraphs,
  // h2/h3 sections, two <aside epub:type="sidebar" class="box"> boxes titled by h4.box-title ("Try this: …", "Case example: …"), <ul>/<ol> lists
  // after colon lead-ins, a captioned table, noteref links and self-closing pagebreak spans inside sentences, an h3 FAQ, and the footnotes as
  // <aside epub:type="footnote"> at the end. htmlArticle reads it unchanged (h1-h4 count).
  'autism-anxiety-adults': htmlArticle(join(here, 'autism-anxiety-adults/article.html')),
  // An MkDocs Material page: front matter (title, description, tags, hide), `{ #id }` heading attributes, admonitions (`!!! note "…"`) and
  // collapsible `??? question "…"` FAQ items over 4-space-indented content, content tabs (`=== "…"`), a grid-cards div, a `--8<--` snippet,
  // icon shortcodes, a table, footnotes and `*[GP]:` abbreviations.
  'alcohol-mood': mdArticle(join(here, 'alcohol-mood/article.md')),
  // A Jimdo Creator page saved from the browser: <head> with Jimdo meta and assets.jimdo.com CSS/JS, a cookie-consent banner, div#cc-inner > div.jtpl-main
  // with the jtpl-navigation <ul>, then div#content_area of j-module divs: j-header (h1-h3, the FAQ questions as h3), j-text (<p>, <ul>), j-imageSubtitle,
  // j-hr, j-spacing, j-callToAction, j-formnew and j-gallery; the jtpl-sidebar ("Latest news", address) and the jtpl-footer. htmlArticle reads it unchanged.
  'fear-of-flying': htmlArticle(join(here, 'fear-of-flying/article.html')),
  // A charity leaflet (two pages per sheet) run through poppler's `pdftotext` (default mode): form feeds between pages, a running header and a
  // page-number footer on each page, hard wraps, hyphenated line ends, ligatures (U+FB01/U+FB02), bullets alone on their line, a dotted-leader
  // Contents list, a "Did you know?" box after its page's text. Every line would count as a heading, so only the listed ones do.
  'chronic-pain': listedHeadings(textArticle(join(here, 'chronic-pain/article.txt')), ['What is chronic pain?', 'HOW PAIN AND LOW MOOD AFFECT EACH OTHER',
    'Signs of depression when you live with pain', 'Sleep and pain', 'PACING YOUR ACTIVITY', 'Pain and anxiety', 'Talking Treatments', 'MEDICINES',
    'Pain Management Programmes', 'Talking to your doctor', 'Support for family and friends', 'FREQUENTLY ASKED QUESTIONS',
    'Does having depression mean my pain is not real?', 'Will treating my depression get rid of my pain?', 'Should I rest until the pain goes away?',
    'Can I get help if I have had pain for many years?', 'Did you know?']),
  // A Blogger post (Simple theme) saved from the browser: widget CSS bundle and _WidgetManager scripts, header-outer h1, date-header, the title as an
  // h3.post-title, a post-body with no <p> (text runs split by <br /><br />, bold lines as headings, a separator image), post footer, comments, pager, sidebar widgets.
  'carers-wellbeing': htmlArticle(join(here, 'carers-wellbeing/article.html')),
  // An AMP news-site article saved from the browser: `<html ⚡>`, the AMP runtime and custom-element scripts, amp-boilerplate styles, amp-custom CSS,
  // NewsArticle JSON-LD, an amp-sidebar nav, a header with a hamburger and amp-img logo, byline, responsive amp-img with figcaption, an
  // `<aside class="callout">` "Key facts" box (h3 + list), the FAQ as an amp-accordion (`<section><h4>question</h4><div>answer</div></section>`),
  // amp-social-share buttons, Related links, an amp-analytics JSON config and the footer. htmlArticle already counts h4, so the accordion questions are headings.
  'long-term-illness': htmlArticle(join(here, 'long-term-illness/article.html')),
  // A Confluence page's "Export to HTML": breadcrumbs, the "Space : Title" h1, page metadata, then the wiki-content div with a toc-macro (and its
  // inline <style>), h1 sections, info/note/warning macro panels, a confluenceTable in a table-wrap, status lozenges and the FAQ as expand macros
  // (`expand-control-text` titles over `expand-content` divs), then the Attachments section and the "Document generated by Confluence" footer.
  'return-to-work': htmlArticle(join(here, 'return-to-work/article.html')),
  // A charity factsheet PDF (two-column A4 leaflet) run through poppler's `pdftotext -layout`: every body line holds the left column's text, a run
  // of spaces, then the right column's text (sentences run down each column, not across), with headings in one column; the title, a "Key facts"
  // box, the FAQ and a "Useful numbers" box span both columns; a running header ("Living well with dementia  |  Factsheet 12"), a "Page 2 of 4"
  // footer, form feeds between pages, hyphenated line ends and "•" bullets inside the columns. A heading is one cell of a line (the text between
  // runs of 3+ spaces) and only the listed ones count; the cells are the article's lines, so (ONE_LINE) a fragment must lie inside one column of one line.
  'dementia-diagnosis': ((art: Article): Article => {
    const cells = readFileSync(join(here, 'dementia-diagnosis/article.txt'), 'utf8').split('\n').flatMap((l) => l.trim().split(/ {3,}/)).map(collapse).filter(Boolean);
    return listedHeadings({ ...art, headings: new Set(cells), lines: cells }, ['Low mood and anxiety after a dementia diagnosis', 'Key facts',
      'About this factsheet', 'Common feelings after a diagnosis', 'Telling other people', 'Telling family and friends', 'Telling children and grandchildren',
      'Is it depression or dementia?', 'Anxiety and worry', 'Staying active and connected', 'Memory aids that can help', 'Driving and work', 'Driving', 'Work',
      'Planning ahead', 'Support groups and peer support', 'Talking therapies adapted for memory problems', 'Frequently asked questions',
      'Is it normal to feel relieved after a diagnosis?', 'Can low mood make my memory worse?', 'Will I have to stop working straight away?',
      'Am I too old to try talking therapy?', 'When to get help', 'Useful numbers']);
  })(textArticle(join(here, 'dementia-diagnosis/article.txt'))),
  // A WordPress page built with Divi, saved from the browser: et-divi-customizer-global and module-design CSS, #main-header with logo and top-menu-nav,
  // the body in et_pb_section / et_pb_row / et_pb_column wrappers of text modules, a blurb (h4.et_pb_module_header), a 1_2 + 1_2 row, a promo (CTA)
  // module, a divider, the FAQ as toggle modules (h5.et_pb_toggle_title over et_pb_toggle_content), then #main-footer widgets and #footer-bottom.
  'child-anxiety': htmlArticle(join(here, 'child-anxiety/article.html')),
  // A Freshdesk solutions article saved from the browser: portal CSS and window.portal scripts, banner, help-center search, breadcrumb, the title
  // as an <h2 class="heading">, the body in <article class="article-body"> (h3/h4 headings, <p dir="ltr"> and <div dir="ltr"> paragraphs), vote, related articles.
  'gambling-mood': htmlArticle(join(here, 'gambling-mood/article.html')),
  // A Docusaurus docs page (MDX): front matter, imports, JSX components, `:::` admonitions, Tabs, `<details><summary>` FAQ, `{#id}` headings.
  mindfulness: mdArticle(join(here, 'mindfulness/article.md')),
  // A WordPress page (Kadence theme, Kadence Blocks) saved from the browser: Yoast meta and schema graph, Kadence global CSS variables and the
  // kadence-blocks inline CSS, the Kadence header (logo, primary nav, "Get support" button, mobile drawer), an entry hero with the h1 and breadcrumbs,
  // then div.entry-content.single-content: wp-block-heading h2s, an info box (h3.kt-blocks-info-box-title over its text), kt-adv-heading h3s,
  // a Tabs block (tab titles in span.kt-title-text, repeated as mobile accordion titles, panels after the first hidden), a Row Layout of two
  // columns, a Spacer, the Accordion FAQ (questions in span.kt-blocks-accordion-title inside the header buttons, answers in hidden panels),
  // then the share bar, author box, related posts (h3s) and footer widgets. The Kadence rule above reads the tab and accordion titles as headings.
  'suicide-bereavement': htmlArticle(join(here, 'suicide-bereavement/article.html')),
  // A Joomla 4 article page (Cassiopeia) saved from the browser: template.min.css, joomla-script-options JSON, container-header with navbar-brand and
  // mod-menu, breadcrumbs, the com-content-article item-page (h1 headline, article-info dl), the articleBody (alert-info note, table-striped, an
  // unrendered {loadmodule} tag, hr#system-readmore), the FAQ as a Bootstrap 5 accordion (accordion-button questions), pagenav, mod-articlesnews, footer.
  phobias: htmlArticle(join(here, 'phobias/article.html')),
  // The same Joomla page, with a second blind wording set.
  // A Notion page exported with Export → HTML: the long Notion stylesheet, an <article class="page sans"> with the page icon, an h1.page-title and a
  // properties table (Created, Tags), then the page body on one line, every block with its uuid id (one <ul>/<ol> per list item, a callout <figure>,
  // a simple-table, a to-do list) and the FAQ as toggle blocks (<ul class="toggle"><details><summary>), whose <summary> htmlArticle counts as a heading.
  perfectionism: htmlArticle(join(here, 'perfectionism/article.html')),
  'food-mood': htmlArticle(join(here, 'food-mood/article.html')),
  // A MediaWiki 1.41 page (Vector 2022) saved from the browser: RLCONF/RLSTATE scripts, load.php CSS, vector-header with search, #mw-panel sidebar,
  // tabs, #siteSub, a hatnote, an infobox table, the toc div, h2/h3 headings as `mw-headline` spans followed by "[edit]" `mw-editsection` links,
  // `<sup class="reference">` marks, a thumb, the FAQ as h3s, See also, the reflist, a navbox, catlinks, the NewPP limit report comment and the footer.
  hoarding: htmlArticle(join(here, 'hoarding/article.html')),
  // A new Google Sites page published and saved from the browser: _at_config / AF_initDataCallback scripts, gstatic atari CSS links, the header <nav>
  // of page tabs, `section.yaqOZd` blocks of nested jsname divs, text boxes whose every run is a `span.C9DxTc` (bold by inline style), h1-h3 headings
  // holding an empty anchor div, an image with caption, a button, a divider, and the FAQ as a collapsible text group (an h3 in a role=button div over
  // a display:none answer div), then the Report abuse / Page details footer. htmlArticle already counts the collapsible h3 questions as headings.
  'volunteering-wellbeing': htmlArticle(join(here, 'volunteering-wellbeing/article.html')),
  // A Medium post saved from the browser: fela CSS-in-JS <style> blocks with generated class names, the top bar (logo, Write, Sign up, Sign in),
  // the storyTitle h1 and pw-subtitle-paragraph h2, byline and clap/response counts, body paragraphs as p.pw-post-body-paragraph, section
  // headings as body h1 ("big") and h2, an h3 FAQ, figure, blockquote and separator; then tag chips, the author box, "More from" and
  // "Recommended from Medium" cards (h2 titles) and the footer. htmlArticle already counts h1-h3.
  'nature-mood': htmlArticle(join(here, 'nature-mood/article.html')),
  // A guide forwarded in Outlook and saved as plain text (CRLF): the forward's header block (From/Sent/To/Cc/Subject: FW:), a short note, the
  // "________________________________" separator and the original's header block, then the guide: headings as bare lines (most numbered "1. …"),
  // one line per paragraph, bullets as "*\t", "-  " and "•\t" lines, a numbered list as "1.\t", a table as tab-separated rows, the FAQ as question
  // lines each followed by its answer line; then the signature block, a "[cid:image001.png@…]" logo line, the legal disclaimer and the print notice.
  // Every line would count as a heading for textArticle, so this set's headings are listed (each must be a line of the file).
  'colleague-support': listedHeadings(textArticle(join(here, 'colleague-support/article.txt')), ['Supporting a Colleague With Depression', '1. Spotting the signs',
    '2. Starting a private conversation', 'What to say and what to avoid', '3. Confidentiality', '4. Reasonable adjustments', '5. Workload and deadlines',
    '6. Keeping in touch during sick leave', '7. Returning to work', 'How to support a phased return step by step', '8. Looking after yourself',
    '9. When to involve HR or occupational health', 'Urgent help', 'Frequently asked questions', 'Should I tell my manager that I think a colleague is depressed?',
    "What if my colleague doesn't want to talk?", 'Can a manager ask an employee if they have depression?', 'Is it okay to joke around with a colleague who is depressed?']),
  // A Weebly page saved from the browser: cdn2.editmysite.com CSS/JS and the _W.configDomain script, wsite-header with the wsite-menu-default nav,
  // `#wsite-content` holding h2.wsite-content-title titles (text in <font size="5">, some with <strong> or <font color>), `div.paragraph` text elements
  // whose paragraphs are `<br /><br />`-separated runs (no <p>), a wsite-multicol layout table of two text columns, a wsite-image with caption, spacers,
  // a styled-hr divider, the FAQ as bold `<strong>Question?</strong><br />` lines inside one paragraph div, a wsite-form-container and wsite-footer.
  'tinnitus-mood': htmlArticle(join(here, 'tinnitus-mood/article.html')),
  // A Help Scout Docs article saved from the browser: launch-….css from the Docs CDN and a custom-colour <style>, the #mainNav navbar, #docsSearch
  // ("How can we help?" h1 and the search form), article#fullArticle (h1.title, print link, h2/h3 body, callout-blue / callout-yellow divs, a table,
  // an h3 FAQ), the articleFoot (Contact Us, last-updated time), #rateArticle emoji buttons, the Related Articles sidebar and the footer. htmlArticle reads it unchanged.
  'online-therapy': htmlArticle(join(here, 'online-therapy/article.html')),
  // A WordPress post (Astra) built with Spectra blocks: advanced-heading h2s, an info box's h3 title, the how-to block's h3, and the FAQ block's questions as spans.
  'insomnia-mood': htmlArticle(join(here, 'insomnia-mood/article.html')),
  // A second wording set for the same WordPress page (a byte-identical copy).
  // A Wagtail (Django) charity page saved from the browser: skip link, cookie banner, site-header with primary-nav and "Get help now", breadcrumb,
  // page-header (h1 title, intro standfirst), the "On this page" nav, then StreamField blocks (block-heading h2s, block-paragraph rich-text,
  // block-quote, block-callout h3, block-image figure, block-accordion whose h3 holds the question in an accordion__trigger button over a hidden
  // panel, block-related-links), page-meta review dates, the feedback form and site-footer. htmlArticle counts h1-h3, so the questions are headings.
  'postnatal-anxiety': htmlArticle(join(here, 'postnatal-anxiety/article.html')),
  // A HubSpot CMS blog post saved from the browser: hubspotusercontent template_assets CSS, the site_header module (logo, nav.menu, CTA button),
  // article.blog-post (h1 over the hs_cos_wrapper_name span, author and timestamp), the post_body rich_text span (h2/h3, lists, <!--more-->, an
  // hs-cta-wrapper with hbspt.cta.load, blockquote, table, an h3 FAQ), topic tags, Related posts cards (h3), comments, the subscribe form, footer,
  // the forms and _hsq analytics scripts. htmlArticle reads it unchanged (h1-h3 already count; the chrome's Related posts, Comments and Subscribe count too but no case cites them).
  'social-media-mood': htmlArticle(join(here, 'social-media-mood/article.html')),
  // A LibreOffice Writer document saved as "HTML Document (Writer)": HTML 4.0 Transitional, western/cjk/ctl heading styles, the title as a centred bold
  // <p> in <font size="5">, FAQ questions as bold-only paragraphs (both headings by the bold-paragraph rule above), <br/> spacers, sdfootnote anchors, lines wrapped.
  'cancer-low-mood': htmlArticle(join(here, 'cancer-low-mood/article.html')),
  // A GitBook (2024) public page saved from the browser: Next.js head and __NEXT_DATA__ JSON, the top bar with "Ask or search…", the TOC <aside>,
  // the page header (h1 + description p), h2 blocks whose anchor link div comes before the heading text div, a hint-info block, tabs (the second
  // tabpanel hidden), a table drawn as role=table/row/cell divs, the FAQ as expandable <details><summary> blocks, then Previous/Next, "Last updated",
  // "Was this helpful?" and the "On this page" outline. htmlArticle reads it unchanged (h2 text after the empty anchor svg; <summary> counts).
  'teen-sleep': htmlArticle(join(here, 'teen-sleep/article.html')),
  // A Kajabi course lesson saved from the browser: kajabi-assets CSS/JS and the Kajabi.currentSiteUser script, the product-topbar (Back to course,
  // course title, progress bar), the left syllabus of modules and lessons (checkmarks, "5 min"), then panel--lesson (h1.panel__title) with a
  // kjb-video-responsive Vimeo iframe, a `<details class="transcript">` repeating part of the lesson, the lesson-body (h2/h3, lists, blockquote,
  // a callout--info box, an h3 FAQ), the downloads list, and the panel__footer (Previous Lesson, Complete & Continue, an empty comments form).
  // htmlArticle reads it unchanged (h1-h4 and <summary> count; the chrome's "Comments" and "Downloads" count too but no case cites them).
  'redundancy-mood': htmlArticle(join(here, 'redundancy-mood/article.html')),
  // A WordPress page built with Beaver Builder (bb-theme), saved from the browser: the fl-builder-layout-123 CSS, the fl-page-header nav, the
  // fl-builder-content of fl-row / fl-col-group / fl-col wrappers around modules (heading h1-h3 `span.fl-heading-text`, rich-text, a callout
  // h3.fl-callout-title, a testimonials module, a two-column row, a button), the FAQ as an accordion module (`a.fl-accordion-button-label`
  // questions over role=tabpanel `fl-accordion-content` divs, read as headings by the rule above), then the footer widgets.
  'eco-anxiety': htmlArticle(join(here, 'eco-anxiety/article.html')),
  // An Evernote note exported with File → Export → HTML (Evernote Mac 10): exporter-version/created/updated/author/source meta, the en-note CSS, a
  // max-width wrapper with the h1.noteTitle and a notebook/tags line, then <en-note class="peso"> with one <div> per line (blank lines as <div><br/></div>),
  // h2/h3 headings and some headings as bold 18px spans in a <div>, lists as <ul><li><div>, a --en-todo checklist, an --en-highlight span, an
  // --en-table table with colgroup, an <hr/>, and the FAQ as <div><b>question</b></div> lines over answer divs. htmlArticle reads the bold divs as headings.
  'breakup-mood': htmlArticle(join(here, 'breakup-mood/article.html')),
  // A Canva Websites one-page site saved from the browser: meta/OG head, Canva's CSS and script bundles, a <nav> of anchor links, then `div._8yEPA`
  // holding one <section> per page whose children are absolutely positioned elements (translate(…px, …px)): text boxes (`JuQXsw` > `p.cBdFnw` >
  // `span.OYPEnA`), <img>s and decorative SVGs; no heading tags (headings are 22px+ bold paragraphs, read by the Canva rule above), two-column
  // text as two positioned boxes (left then right), the FAQ as 24px bold questions over 16px answers, and the "Made with Canva" footer.
  'self-care-basics': htmlArticle(join(here, 'self-care-basics/article.html')),
};
const sets: Array<[string, string, ArticleCase[]]> = [
  ['seasonal', 'test', seasonalTest], ['seasonal', 'dev', seasonalDev],
  ['psychosis-signs', 'test', psychosisTest], ['psychosis-signs', 'dev', psychosisDev],
  ['sleep-anxiety', 'test', sleepTest], ['sleep-anxiety', 'dev', sleepDev],
  ['sleep-paralysis', 'test', paralysisTest], ['sleep-paralysis', 'dev', paralysisDev],
  ['seed', 'test', seedTest], ['seed', 'dev', seedDev],
  ['seed-2', 'test', seed2Test], ['seed-2', 'dev', seed2Dev],
  ['seed-3', 'test', seed3Test], ['seed-3', 'dev', seed3Dev],
  ['grief', 'test', griefTest], ['grief', 'dev', griefDev],
  ['pet-loss', 'test', petLossTest], ['pet-loss', 'dev', petLossDev],
  ['grief-2', 'test', grief2Test], ['grief-2', 'dev', grief2Dev],
  ['perinatal', 'test', perinatalTest], ['perinatal', 'dev', perinatalDev],
  ['driving-anxiety', 'test', drivingTest], ['driving-anxiety', 'dev', drivingDev],
  ['burnout', 'test', burnoutTest], ['burnout', 'dev', burnoutDev],
  ['panic', 'test', panicTest], ['panic', 'dev', panicDev],
  ['imposter-syndrome', 'test', imposterTest], ['imposter-syndrome', 'dev', imposterDev],
  ['loneliness', 'test', lonelyTest], ['loneliness', 'dev', lonelyDev],
  ['carer-guilt-forum', 'test', carerGuiltTest], ['carer-guilt-forum', 'dev', carerGuiltDev],
  ['bipolar', 'test', bipolarTest], ['bipolar', 'dev', bipolarDev],
  ['caffeine-anxiety', 'test', caffeineTest], ['caffeine-anxiety', 'dev', caffeineDev],
  ['bipolar-2', 'test', bipolar2Test], ['bipolar-2', 'dev', bipolar2Dev],
  ['therapy-faq', 'test', therapyTest], ['therapy-faq', 'dev', therapyDev],
  ['shift-work-mood', 'test', shiftTest], ['shift-work-mood', 'dev', shiftDev],
  ['older-adults', 'test', olderTest], ['older-adults', 'dev', olderDev],
  ['adhd-adults', 'test', adhdTest], ['adhd-adults', 'dev', adhdDev],
  ['self-harm-support', 'test', selfHarmTest], ['self-harm-support', 'dev', selfHarmDev],
  ['work-stress', 'test', workTest], ['work-stress', 'dev', workDev],
  ['first-responders-ptsd', 'test', respondersTest], ['first-responders-ptsd', 'dev', respondersDev],
  ['eating-worries', 'test', eatingTest], ['eating-worries', 'dev', eatingDev],
  ['winter-wellbeing', 'test', winterTest], ['winter-wellbeing', 'dev', winterDev],
  ['teen-depression', 'test', teenTest], ['teen-depression', 'dev', teenDev],
  ['hobbies-mood', 'test', hobbiesTest], ['hobbies-mood', 'dev', hobbiesDev],
  ['exercise-mood', 'test', exerciseTest], ['exercise-mood', 'dev', exerciseDev],
  ['postnatal-dads', 'test', dadsTest], ['postnatal-dads', 'dev', dadsDev],
  ['social-anxiety', 'test', socialTest], ['social-anxiety', 'dev', socialDev],
  ['long-covid-mood', 'test', longCovidTest], ['long-covid-mood', 'dev', longCovidDev],
  ['supporting-someone', 'test', supportTest], ['supporting-someone', 'dev', supportDev],
  ['bdd-mood', 'test', bddTest], ['bdd-mood', 'dev', bddDev],
  ['antidepressant-questions', 'test', antidepTest], ['antidepressant-questions', 'dev', antidepDev],
  ['health-anxiety', 'test', healthTest], ['health-anxiety', 'dev', healthDev],
  ['trauma-ptsd', 'test', traumaTest], ['trauma-ptsd', 'dev', traumaDev],
  ['ocd', 'test', ocdTest], ['ocd', 'dev', ocdDev],
  ['ocd-2', 'test', ocd2Test], ['ocd-2', 'dev', ocd2Dev],
  ['menopause-mood', 'test', menoTest], ['menopause-mood', 'dev', menoDev],
  ['heart-attack-anxiety', 'test', heartAnxietyTest], ['heart-attack-anxiety', 'dev', heartAnxietyDev],
  ['anger-irritability', 'test', angerTest], ['anger-irritability', 'dev', angerDev],
  ['exam-stress', 'test', examTest], ['exam-stress', 'dev', examDev],
  ['workplace-bullying', 'test', bullyingTest], ['workplace-bullying', 'dev', bullyingDev],
  ['mens-mental-health', 'test', mensTest], ['mens-mental-health', 'dev', mensDev],
  ['money-worries', 'test', moneyTest], ['money-worries', 'dev', moneyDev],
  ['selective-mutism', 'test', mutismTest], ['selective-mutism', 'dev', mutismDev],
  ['money-worries-2', 'test', money2Test], ['money-worries-2', 'dev', money2Dev],
  ['body-image', 'test', bodyTest], ['body-image', 'dev', bodyDev],
  ['autism-anxiety-adults', 'test', autismAnxietyTest], ['autism-anxiety-adults', 'dev', autismAnxietyDev],
  ['alcohol-mood', 'test', alcoholTest], ['alcohol-mood', 'dev', alcoholDev],
  ['fear-of-flying', 'test', flyingTest], ['fear-of-flying', 'dev', flyingDev],
  ['chronic-pain', 'test', painTest], ['chronic-pain', 'dev', painDev],
  ['self-esteem', 'test', esteemTest], ['self-esteem', 'dev', esteemDev],
  ['infertility-mood', 'test', infertilityTest], ['infertility-mood', 'dev', infertilityDev],
  ['carers-wellbeing', 'test', carersTest], ['carers-wellbeing', 'dev', carersDev],
  ['long-term-illness', 'test', illnessTest], ['long-term-illness', 'dev', illnessDev],
  ['return-to-work', 'test', returnTest], ['return-to-work', 'dev', returnDev],
  ['dementia-diagnosis', 'test', dementiaTest], ['dementia-diagnosis', 'dev', dementiaDev],
  ['child-anxiety', 'test', childTest], ['child-anxiety', 'dev', childDev],
  ['gambling-mood', 'test', gamblingTest], ['gambling-mood', 'dev', gamblingDev],
  ['mindfulness', 'test', mindfulTest], ['mindfulness', 'dev', mindfulDev],
  ['suicide-bereavement', 'test', suicideBereavementTest], ['suicide-bereavement', 'dev', suicideBereavementDev],
  ['phobias', 'test', phobiasTest], ['phobias', 'dev', phobiasDev],
  ['phobias-2', 'test', phobias2Test], ['phobias-2', 'dev', phobias2Dev],
  ['perfectionism', 'test', perfectTest], ['perfectionism', 'dev', perfectDev],
  ['food-mood', 'test', foodTest], ['food-mood', 'dev', foodDev],
  ['food-mood-2', 'test', food2Test], ['food-mood-2', 'dev', food2Dev],
  ['hoarding', 'test', hoardingTest], ['hoarding', 'dev', hoardingDev],
  ['volunteering-wellbeing', 'test', volunteerTest], ['volunteering-wellbeing', 'dev', volunteerDev],
  ['nature-mood', 'test', natureTest], ['nature-mood', 'dev', natureDev],
  ['colleague-support', 'test', colleagueTest], ['colleague-support', 'dev', colleagueDev],
  ['tinnitus-mood', 'test', tinnitusTest], ['tinnitus-mood', 'dev', tinnitusDev],
  ['online-therapy', 'test', onlineTest], ['online-therapy', 'dev', onlineDev],
  ['insomnia-mood', 'test', insomniaTest], ['insomnia-mood', 'dev', insomniaDev],
  ['insomnia-mood-2', 'test', insomnia2Test], ['insomnia-mood-2', 'dev', insomnia2Dev],
  ['postnatal-anxiety', 'test', pnAnxietyTest], ['postnatal-anxiety', 'dev', pnAnxietyDev],
  ['social-media-mood', 'test', socialMediaTest], ['social-media-mood', 'dev', socialMediaDev],
  ['cancer-low-mood', 'test', cancerTest], ['cancer-low-mood', 'dev', cancerDev],
  ['teen-sleep', 'test', teenSleepTest], ['teen-sleep', 'dev', teenSleepDev],
  ['redundancy-mood', 'test', redundancyTest], ['redundancy-mood', 'dev', redundancyDev],
  ['eco-anxiety', 'test', ecoTest], ['eco-anxiety', 'dev', ecoDev],
  ['breakup-mood', 'test', breakupTest], ['breakup-mood', 'dev', breakupDev],
  ['self-care-basics', 'test', selfCareTest], ['self-care-basics', 'dev', selfCareDev],
  ['teen-depression-2', 'test', teen2Test], ['teen-depression-2', 'dev', teen2Dev],
];

const ONE_LINE = new Set(['winter-wellbeing', 'postnatal-dads', 'ocd', 'exam-stress', 'chronic-pain', 'colleague-support', 'caffeine-anxiety']);
// An iPhone Notes handout holds one paragraph or list item per line: a fragment must not cross a line.
ONE_LINE.add('hobbies-mood');
// A `pdftotext -layout` two-column leaflet: a fragment must lie inside one column of one line (its lines are the column cells).
ONE_LINE.add('dementia-diagnosis');
// A pandoc export: a fragment must hold none of pandoc's escapes or markup (`\'`, `[…]{.underline}`, `[^1]`, `*`, table `|`).
const NO_MARKUP = new Set(['postnatal-dads']);
// A Google Docs export splits runs into spans and writes quotes as entities: a fragment must lie inside one span, as it is in the raw file.
// A classic-editor post's fragments must lie on one line of the raw text, as the site owner pasted it (no tag, shortcode or entity inside).
// A Substack post: a fragment must lie inside one line of the saved page, with no tag or entity inside it.
// A Blogger post: likewise (its runs are split only by <br />, so a fragment must not cross one).
// A Freshdesk article: likewise (some paragraphs are split by <br>, so a fragment must not cross one).
const RAW: Record<string, string> = {
  'social-anxiety': readFileSync(join(here, 'social-anxiety/article.html'), 'utf8'),
  // A Framer page: React's SSR writes ' " and & as &#x27;, &quot; and &amp;, and links sit inside sentences, so a fragment lies in the raw file with no tag or entity inside.
  'long-covid-mood': readFileSync(join(here, 'long-covid-mood/article.html'), 'utf8'),
  'mens-mental-health': readFileSync(join(here, 'mens-mental-health/article.html'), 'utf8'),
  'body-image': readFileSync(join(here, 'body-image/article.html'), 'utf8'),
  'carers-wellbeing': readFileSync(join(here, 'carers-wellbeing/article.html'), 'utf8'),
  // An AMP article: likewise, each fragment lies in one line of the saved page with no tag or entity inside.
  'long-term-illness': readFileSync(join(here, 'long-term-illness/article.html'), 'utf8'),
  // A Divi page: wptexturize writes quotes as entities, so a fragment must lie in the raw file with no tag or entity inside.
  'child-anxiety': readFileSync(join(here, 'child-anxiety/article.html'), 'utf8'),
  'gambling-mood': readFileSync(join(here, 'gambling-mood/article.html'), 'utf8'),
  // A Joomla article: TinyMCE writes some quotes as entities, so likewise a fragment lies in the raw file with no tag or entity inside.
  phobias: readFileSync(join(here, 'phobias/article.html'), 'utf8'),
  // A Notion HTML export escapes ' and " as &#x27; and &quot;: a fragment must lie in the raw file with no tag or entity inside.
  perfectionism: readFileSync(join(here, 'perfectionism/article.html'), 'utf8'),
  'food-mood': readFileSync(join(here, 'food-mood/article.html'), 'utf8'),
  // A MediaWiki page: reference marks (`<sup class="reference">…[1]…</sup>`) sit inside sentences, so a fragment must lie in the raw file with no tag or entity inside.
  hoarding: readFileSync(join(here, 'hoarding/article.html'), 'utf8'),
  // A Google Sites page puts every run in its own span and writes ' as &#39;: a fragment must lie inside one span, with no entity inside.
  'volunteering-wellbeing': readFileSync(join(here, 'volunteering-wellbeing/article.html'), 'utf8'),
  // A Medium post: paragraphs carry <strong>/<em> runs and curly quotes, so a fragment lies in the raw file with no tag or entity inside.
  'nature-mood': readFileSync(join(here, 'nature-mood/article.html'), 'utf8'),
  // A LinkedIn article: the server render writes ' " & as &#39;, &quot; and &amp; and the body has <strong> lead-ins, so a fragment lies in the raw file with no tag or entity inside.
  'heart-attack-anxiety': readFileSync(join(here, 'heart-attack-anxiety/article.html'), 'utf8'),
  // A Discourse topic: the cooked post has <strong> lead-ins, links and typographer quotes (’ “ ”) and writes & as &amp;, so a fragment lies in the raw file with no tag or entity inside.
  'carer-guilt-forum': readFileSync(join(here, 'carer-guilt-forum/article.html'), 'utf8'),
  // A Weebly page: a text element's paragraphs are runs split by <br />, with <strong> lead-ins, so a fragment lies in the raw file with no tag or entity inside.
  'tinnitus-mood': readFileSync(join(here, 'tinnitus-mood/article.html'), 'utf8'),
  // A Jimdo page: the text module's editor writes &nbsp; and &ndash; in the copy and the header modules sit between text modules, so a fragment lies in the raw file with no tag or entity inside.
  'fear-of-flying': readFileSync(join(here, 'fear-of-flying/article.html'), 'utf8'),
  // A WordPress post: wptexturize writes apostrophes and quotes as &#8217;/&#8220;, so a fragment lies in the raw file with no tag or entity inside.
  'insomnia-mood': readFileSync(join(here, 'insomnia-mood/article.html'), 'utf8'),
  // A Wagtail page: rich-text paragraphs hold links and entities (&amp;), so a fragment lies in the raw file with no tag or entity inside.
  'postnatal-anxiety': readFileSync(join(here, 'postnatal-anxiety/article.html'), 'utf8'),
  // A HubSpot post: list items carry <strong> lead-ins and the rich text writes &nbsp;, so a fragment lies in the raw file with no tag or entity inside.
  'social-media-mood': readFileSync(join(here, 'social-media-mood/article.html'), 'utf8'),
  // A LibreOffice Writer HTML export wraps paragraph text into lines and puts a footnote anchor inside a sentence: a fragment lies in one line of the raw file.
  'cancer-low-mood': readFileSync(join(here, 'cancer-low-mood/article.html'), 'utf8'),
  // An EPUB chapter: noteref links and pagebreak spans sit inside sentences, so a fragment lies in the raw file with no tag or entity inside.
  'autism-anxiety-adults': readFileSync(join(here, 'autism-anxiety-adults/article.html'), 'utf8'),
  // A GitBook page: React writes ' as &#x27;, so a fragment lies in the raw file with no tag or entity inside.
  'teen-sleep': readFileSync(join(here, 'teen-sleep/article.html'), 'utf8'),
  // A Kajabi lesson: the editor writes &nbsp;, &mdash; and &amp; in the text, so a fragment lies in the raw file with no tag or entity inside.
  'redundancy-mood': readFileSync(join(here, 'redundancy-mood/article.html'), 'utf8'),
  // A Beaver Builder page: wptexturize writes quotes as &#8217;/&#8220; and the rich text has <strong> lead-ins, so a fragment lies in the raw file with no tag or entity inside.
  'eco-anxiety': readFileSync(join(here, 'eco-anxiety/article.html'), 'utf8'),
  // A Kadence page: wptexturize writes quotes as &#8217;/&#8220; and the info box text holds &amp;, so a fragment lies in the raw file with no tag or entity inside.
  'suicide-bereavement': readFileSync(join(here, 'suicide-bereavement/article.html'), 'utf8'),
  // An Evernote export writes &nbsp; and wraps a highlight in a span: a fragment lies in the raw file with no tag or entity inside.
  'breakup-mood': readFileSync(join(here, 'breakup-mood/article.html'), 'utf8'),
  // A Canva page: every run is its own span in a positioned text box, so a fragment lies inside one span of the raw file with no tag or entity inside.
  'self-care-basics': readFileSync(join(here, 'self-care-basics/article.html'), 'utf8'),
  // A Mailchimp campaign's HTML: the editor writes &rsquo;, &ldquo; and &rdquo; in the copy, so a fragment lies in the raw file with no tag or entity inside.
  'sleep-paralysis': readFileSync(join(here, 'sleep-paralysis/article.html'), 'utf8'),
  // An Outlook e-mail saved as HTML (Word markup): Word wraps the text at about 76 characters and writes &nbsp; and &amp; in it, so a fragment lies in one line of the raw file with no tag or entity inside.
  'workplace-bullying': readFileSync(join(here, 'workplace-bullying/article.html'), 'utf8'),
  // A Tumblr text post: paragraphs hold <i> runs, t.umblr.com redirect links and &nbsp;, so a fragment lies in the raw file with no tag or entity inside.
  'pet-loss': readFileSync(join(here, 'pet-loss/article.html'), 'utf8'),
  // A SharePoint modern page: the rich text editor writes &quot;, &amp; and &nbsp; and <strong> runs, so a fragment lies in the raw file with no tag or entity inside.
  'driving-anxiety': readFileSync(join(here, 'driving-anxiety/article.html'), 'utf8'),
  // A public Notion page saved from the browser: text runs are split by `font-weight:600` spans and & is written &amp;, so a fragment lies in the raw file with no tag or entity inside.
  'bdd-mood': readFileSync(join(here, 'bdd-mood/article.html'), 'utf8'),
  // A Moodle page resource: the Atto editor writes &quot; and <strong> lead-ins in the text, so a fragment lies in the raw file with no tag or entity inside.
  'selective-mutism': readFileSync(join(here, 'selective-mutism/article.html'), 'utf8'),
  // A Logseq page: [[page links]], #tags and ((uuid)) refs sit among the blocks, so a fragment lies in the raw file with no link bracket inside.
  'infertility-mood': readFileSync(join(here, 'infertility-mood/article.md'), 'utf8'),
};
let problems = 0;
const fail = (where: string, msg: string) => { problems++; console.log(`FAIL ${where}: ${msg}`); };
const allQs = new Map<string, string>();
/** A set of new questions on a page another set holds names it in its page.json: it is checked against that page. */
const pageOf = (name: string): string => {
  const file = join(here, name, 'page.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { page: string }).page : name;
};

for (const [set, half, cases] of sets) {
  const name = pageOf(set);
  const art = articles[name]!;
  const where = `${set}/${half}`;
  const byStyle: Record<string, [number, number]> = {};
  for (const c of cases) {
    const key = `${set}|${c.before?.join(' / ') ?? ''}|${c.q.toLowerCase()}`;
    if (allQs.has(key)) fail(where, `duplicate question (also in ${allQs.get(key)}): ${c.q}`);
    allQs.set(key, where);
    const slot = (byStyle[c.style] ??= [0, 0]);
    slot[c.expect === 'answer' ? 0 : 1]++;
    if (c.expect === 'answer') {
      if (!c.headings?.length) fail(where, `no headings: ${c.q}`);
      if (!c.evidence?.length) fail(where, `no evidence: ${c.q}`);
      for (const h of c.headings ?? []) if (!art.headings.has(h)) fail(where, `heading not in article: "${h}"`);
      for (const e of c.evidence ?? []) {
        const n = e.trim().split(/\s+/).length;
        if (n < 5 || n > 12) fail(where, `evidence length ${n} words: "${e}"`);
        if (NO_MARKUP.has(name) && /[\\{}[\]|*^]/.test(e)) fail(where, `evidence holds markup or an escape: "${e}"`);
        if (!art.text.includes(collapse(e))) fail(where, `evidence not verbatim: "${e}"`);
        // A hard-wrapped page (the Mailchimp newsletter) must keep every fragment inside one line of the file.
        else if (ONE_LINE.has(name) && !art.lines?.some((l) => l.includes(collapse(e)))) fail(where, `evidence crosses a line break: "${e}"`);
        else if (RAW[name] !== undefined && !RAW[name]!.includes(e)) fail(where, `evidence crosses a span or an entity: "${e}"`);
      }
      if (c.style === 'out-of-scope') fail(where, `answer with style out-of-scope: ${c.q}`);
    } else if (c.headings || c.evidence) fail(where, `fallback with headings/evidence: ${c.q}`);
  }
  const inScope = cases.filter((c) => c.expect === 'answer').length;
  const out = cases.length - inScope;
  const sections = new Set(cases.flatMap((c) => c.headings ?? []));
  console.log(`\n${where}: ${cases.length} cases, ${inScope} answer, ${out} fallback, ${sections.size} headings covered, ${cases.filter((c) => c.before).length} follow-ups`);
  console.log('  ' + Object.entries(byStyle).sort().map(([s, [a, f]]) => `${s} ${a}${f ? `+${f}fb` : ''}`).join(', '));
  const missing = ['plain', 'paraphrase', 'short', 'typo', 'phonetic', 'emoji-filler', 'caregiver', 'yes-no', 'comparison', 'two-part', 'non-native', 'long-personal', 'out-of-scope'].filter((s) => !byStyle[s]);
  if (missing.length) fail(where, `missing styles: ${missing.join(', ')}`);
  const min = name === 'seed' ? [60, 20] : [24, 12];
  if (inScope < min[0]! || out < min[1]!) fail(where, `too few cases (${inScope}/${out}, need ${min[0]}/${min[1]})`);
}
console.log(problems ? `\n${problems} problem(s)` : '\nall checks passed');
process.exitCode = problems ? 1 : 0;
