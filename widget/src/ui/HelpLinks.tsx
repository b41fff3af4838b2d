import type { HelpContact } from '../types.ts';

/** Tap-to-call / tap-to-text links from the site's crisis data, separated by " · ". */
export function HelpLinks({ contacts }: { contacts: readonly HelpContact[] }) {
  return (
    <>
      {contacts.map((c, i) => (
        <>
          {i > 0 && ' · '}
          <a href={c.href}>{c.label}</a>
        </>
      ))}
    </>
  );
}
