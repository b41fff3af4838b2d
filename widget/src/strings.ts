/*
 * Every user-facing string of the widget, in one place. A site owner overrides any of them with the
 * `data-strings` attribute (JSON) on the script tag, or `data-title` / `data-greeting` for the two
 * most common ones; missing keys fall back to these defaults.
 *
 * @example <script async src="https://HOST/widget.js" data-lang="es"
 *   data-strings='{"openChat":"Abrir chat","closeChat":"Cerrar chat"}'></script>
 */
/** The few strings the loader needs before the panel loads (launcher, cannot-load notice). */
export const LAUNCHER_STRINGS = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unavailable: "The chat can't load right now.",
};

export const STRINGS = {
  ...LAUNCHER_STRINGS,
  title: 'Questions about this article',
  retry: 'Try again',
  greeting: "Hi! I'm an automated assistant. I answer questions with information from this site's article.",
  disclaimer: "I'm not a doctor, and nothing here is medical advice.",
  inputLabel: 'Ask a question',
  placeholder: 'Ask a question…',
  send: 'Send',
  clear: 'Clear conversation',
  cleared: 'Conversation cleared.',
  you: 'You:',
  bot: 'Assistant:',
  typing: 'The assistant is typing…',
  starters: 'Suggested questions',
  suggestions: 'Related questions',
  clarify: 'Did you mean:',
  sources: 'Source:',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  thanks: 'Thanks for the feedback.',
  crisisTitle: 'You deserve support right now',
  errorNetwork: "I couldn't reach the server. Your message is still here; try again when you're ready.",
  errorRate: "You're sending messages quickly. Please wait a moment, then try again.",
  errorServer: 'Something went wrong on our side. Please try again in a moment.',
  offline: "You're offline. Messages will send once you're connected again.",
  footer: 'Not medical advice. In crisis?',
};

export type Strings = typeof STRINGS;
export type LauncherStrings = typeof LAUNCHER_STRINGS;

/** Languages written right to left; `data-lang` with one of these turns the widget to `dir="rtl"`. */
export const RTL_LANGS = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;
