import { safeUrl } from '../api.ts';
import type { ReplySource } from '../types.ts';

/** Source links to the article anchors, resolved against the API origin; non-http URLs are dropped. */
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
          <a href={s.href}>{s.title}</a>
        </span>
      ))}
    </p>
  );
}
