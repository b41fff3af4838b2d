/**
 * Questions read from headings, for suggestions and starters when the site owner wrote none for a
 * section: a question heading as it stands, a heading the article defines as "What is …?", any other
 * heading as "Tell me about …". Headings that only place a section (Introduction, Conclusion) give none.
 */
const PLACE = /^(?:introduction|intro|overview|conclusion|conclusions|in conclusion|summary|final thoughts|takeaways?|key takeaways|the bottom line|bottom line|references|sources|resources|faqs?|frequently asked questions)$/i;
const ASKS = /^(?:how|what|why|when|who|which|where|can|could|is|are|does|do|should|will)\b/i;

/** A heading that only places its section (Introduction, Conclusion, FAQs) and names no subject. */
export function placesOnly(title: string): boolean {
  return PLACE.test(title.trim().replace(/[.:;]+$/, ''));
}

/**
 * @example headingQuestion('Signs and Symptoms') // 'Tell me about signs and symptoms'
 * @example headingQuestion('Who Gets SAD?') // 'Who Gets SAD?'
 */
export function headingQuestion(title: string, defined = false): string | null {
  const t = title.trim().replace(/[.:;]+$/, '');
  if (t === '' || PLACE.test(t)) return null;
  if (/\?$/.test(t)) return t;
  if (ASKS.test(t)) return `${t}?`;
  // A heading the article defines ("Light therapy is a …") is asked what it is.
  if (defined) return `What is ${lowerWords(t)}?`;
  return `Tell me about ${lowerWords(t)}`;
}

/** Title case to sentence case, abbreviations ("SAD", "CBT-I") kept. */
function lowerWords(t: string): string {
  const first = /^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
  return first.replace(/\b(\p{Lu})(\p{Ll}+)\b/gu, (w, a: string, b: string) => a.toLowerCase() + b);
}
