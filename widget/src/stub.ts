/**
 * The one-line queue stub README shows (the Intercom/Crisp pattern): before widget.js has loaded,
 * `FaqChat('open')`, `FaqChat('ask', text)` or `FaqChat('on', 'message', fn)` are queued in
 * `FaqChat.q` as `arguments` objects; the loader replays them in order once the page is idle.
 * Kept here so the tests run exactly what site owners paste.
 */
export const STUB = 'window.FaqChat=window.FaqChat||function(){(FaqChat.q=FaqChat.q||[]).push(arguments)};';
