/**
 * Which language a message is in, when it is clearly not English: Spanish, French, German or
 * Portuguese, by the share of that language's stop words (cheap; no model). The bot answers in
 * the site's language and says so, with the crisis help line, in the visitor's.
 */
import type { NoticeLanguage } from '../site.ts';

const STOP: Record<NoticeLanguage, Set<string>> = {
  es: new Set('el la los las de del que y en un una por para con es se lo como mas pero sus le ya porque muy sin sobre tambien hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos esto mi antes algunos que unos yo otro otras otra el tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mis tu te ti tus ellas quiero puedo tengo estoy siento cuanto cuanta cuantos cuantas hola gracias sirve funciona dura efectos'.split(' ')),
  fr: new Set('le la les de des du que et en un une pour par avec ne pas est se ce qui dans sur au aux il elle je tu nous vous ils elles mon ma mes ton ta son sa leur plus mais ou donc comment combien pourquoi quoi bonjour merci suis veux peux est-ce cette ces aussi tres sans'.split(' ')),
  de: new Set('der das und ist nicht ich du er sie es wir ihr ein eine einen dem den des mit von zu auf fur im wie warum wann kann ich mich mir bin hallo danke auch aber oder sehr noch nur wirkt lange wie viel'.split(' ')),
  pt: new Set('os as de do da dos das que em um uma para por com nao se na no mais mas como eu voce ele ela nos isso isto esta estou quero posso tenho muito sem sobre ola obrigado obrigada quanto quanta funciona dura tempo'.split(' ')),
};
/** Common English words: a message that has a few of them is English, whatever else it has. */
const ENGLISH = new Set('the is are and to of how what does do i you it can my in for with long this that'.split(' '));

/** One of these words and the message is English enough to answer (most messages stop here). */
const OBVIOUSLY_ENGLISH = /\b(?:the|is|how|what|does|i|my|can|it|you|and|of|to|with|after|when|why|who)\b/i;

/**
 * @example detectLanguage('¿cuánto tiempo dura el efecto?') // 'es'
 * @example detectLanguage('how long does it last') // null
 */
export function detectLanguage(text: string): NoticeLanguage | null {
  if (OBVIOUSLY_ENGLISH.test(text)) return null;
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z]+/g);
  if (!words || words.length < 3) return null;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  let best: NoticeLanguage | null = null;
  let bestCount = 0;
  for (const lang of Object.keys(STOP) as NoticeLanguage[]) {
    const n = words.filter((w) => STOP[lang].has(w)).length;
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return best !== null && bestCount / words.length >= 0.3 && bestCount > english ? best : null;
}
