import { safeUrl } from '../api.ts';
import type { ReplySource } from '../types.ts';

/**
 * Source links to the article anchors, resolved against the API origin; non-http URLs are dropped.
 * A page on another site opens in a new tab, so the conversation stays where it is; a page of this
 * site opens in place (the conversation follows, see storage.ts), and one on the page the visitor is
 * already on scrolls there (Panel's `follow`).
 */
export function Sources({ sources, label, base }: { sources: ReplySource[]; label: string; base: string }) {
  const links = sources
    .map((s) => ({ title: String(s?.title || s?.url || ''), href: safeUrl(String(s?.url ?? ''), base) }))
    .filter((s): s is { title: string; href: string } => !!s.href && !!s.title);
  if (!links.length) return null;
  return (
    <p class="sources">
      <span>{label} </span>
      {links.map((s, i) => (
        <span key={s.href}>
          {i > 0 && ' · '}
          {new URL(s.href).origin === location.origin ? <a href={s.href}>{s.title}</a> : <a href={s.href} target="_blank" rel="noopener">{s.title}</a>}
        </span>
      ))}
    </p>
  );
}
