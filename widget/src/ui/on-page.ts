/**
 * A click on a link to a section of the page the visitor is already on (same origin and path, with
 * an anchor that exists here): scroll there and highlight the section for a moment, instead of
 * reloading the page. Returns true when it did (the click's default is then prevented). Modified
 * clicks (new tab, new window) are left to the browser.
 */
export function showOnPage(e: MouseEvent): boolean {
  const a = (e.target as Element).closest?.('a');
  if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const url = new URL(a.href, location.href);
  const target = url.origin === location.origin && url.pathname === location.pathname && url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (!target) return false;
  e.preventDefault();
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  // Web Animations, not a class or style attribute: nothing is left on the host page, and a strict CSP allows it.
  target.animate?.([{ backgroundColor: '#ffd54f80', boxShadow: '0 0 0 6px #ffd54f80' }, {}], { duration: 2600, easing: 'ease-in' });
  return true;
}
