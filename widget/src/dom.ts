/**
 * Adds CSS to a shadow root as a constructable stylesheet, which a strict `style-src 'self'` CSP
 * allows; browsers without them (Safari < 16.4) get a `<style>` element instead.
 */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** Runs `fn`, sending any error to the console instead of the host page's error handlers. */
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      report(error);
    }
  };
}

export function report(error: unknown): void {
  try {
    console.warn('faqchat:', error);
  } catch {
    // console may be missing or replaced by the host page; nothing else to do.
  }
}
