/**
 * "ok", "k", "cool", "got it", "👍": a visitor acknowledging a reply asks nothing, so the report
 * does not list it as an unanswered question (the engine answers it with a fallback, which is
 * still counted per day).
 */

const ACK_WORDS =
  'ok|okay|okey|okie|k|kk|kay|cool|great|nice|good|fine|perfect|awesome|amazing|excellent|super|sweet|neat|wow|' +
  'alright|right|sure|yes|yeah|yep|yup|ya|no|nope|nah|hmm+|hm+|mm+|oh|ah|aha|ahh|ooh|lol|haha+|ha|' +
  'thanks?|thank you|thx|ty|cheers|noted|understood|understand|gotcha|got it|i see|makes sense|that makes sense|' +
  'fair enough|sounds good|good to know|no problem|interesting|i understand|will do|true|indeed|exactly|same|me too|so|well|then|and|again';

const ACK = new RegExp(`^(?:(?:${ACK_WORDS})\\b\\s*)+$`, 'u');

/**
 * True when a message is nothing but an acknowledgement (or only punctuation and emoji).
 *
 * @example isAcknowledgement('ok cool 👍') // true
 * @example isAcknowledgement('ok, can I drive after?') // false
 */
export function isAcknowledgement(text: string): boolean {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' || ACK.test(words);
}
