/** A person on the worker's caseload, by the names they may be written as. */
export interface CaseloadName {
  name: string;
  preferredName: string | null;
}

// Short words such as "Al" or "Jo" are also ordinary words or initials: only names of three
// letters or more are looked for, which keeps the warning useful rather than constant.
const MIN_NAME_LETTERS = 3;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names from a worker's caseload that appear in a text, as whole words in any case: each
 * full name, preferred name, and each part of a name. Used to warn, not to refuse: a reflection is
 * not part of anyone's record, so it should not name people.
 *
 * @example caseloadNamesIn('Sam and I walked', [{ name: 'Sam Okafor', preferredName: null }]) // ['Sam']
 */
export function caseloadNamesIn(text: string, caseload: readonly CaseloadName[]): string[] {
  const words = new Set<string>();
  for (const person of caseload) {
    for (const full of [person.name, person.preferredName]) {
      if (!full) continue;
      for (const part of full.split(/\s+/)) if ([...part].length >= MIN_NAME_LETTERS) words.add(part);
    }
  }
  const found: string[] = [];
  for (const word of words) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
    const match = pattern.exec(text);
    if (match) found.push(match[0]);
  }
  return found;
}
