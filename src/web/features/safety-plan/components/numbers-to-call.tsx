import { phoneLinks } from '../phone-links';

/**
 * Every phone number in the plan's "people I can ask" and "professionals" sections, as big links
 * to call, at the top of the plan: in a crisis, one tap, no scrolling.
 */
export function NumbersToCall({ sections }: { sections: readonly { key: string; text: string }[] }) {
  const numbers = sections
    .filter((section) => section.key === 'people_to_ask' || section.key === 'professionals')
    .flatMap((section) =>
      section.text.split('\n').flatMap((line) => {
        const parts = phoneLinks(line);
        // Who the number is for: the words just before it on its line ("Crisis team, day and night").
        return parts.flatMap((part, index) => {
          if (part.kind !== 'phone') return [];
          const before = parts[index - 1];
          const words = before?.kind === 'text' ? (before.text.split(/[.;]\s/).at(-1) ?? '') : '';
          return [{ href: part.href, number: part.text, label: words.replace(/[\s:,(-]+$/, '').trim() }];
        });
      }),
    );
  if (numbers.length === 0) return null;
  return (
    <section className="section" aria-labelledby="numbers-to-call-heading">
      <h2 id="numbers-to-call-heading">Numbers to call</h2>
      <ul className="plain-list numbers-to-call">
        {numbers.map((entry) => (
          <li key={`${entry.href}-${entry.label}`}>
            <a className="button button--secondary numbers-to-call__link" href={entry.href}>
              Call {entry.number}
            </a>{' '}
            <span className="muted">{entry.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
