import { z } from 'zod';

// Control characters that no one means to type: C0 controls except tab, line feed and carriage
// return, DEL, and the C1 controls. PostgreSQL cannot store U+0000 at all, and the rest would only
// hide text from the people who read it, so every text the API accepts refuses them here, once.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNWANTED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The code point of the first unwanted control character in `value`, as U+XXXX, or null. */
export function firstControlCharacter(value: string): string | null {
  const match = UNWANTED_CONTROL.exec(value);
  if (!match) return null;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A string from a request: any text a person can type (tabs and line breaks included), but no
 * invisible control characters. Every request schema builds its strings from this.
 *
 * @example
 * const body = z.object({ note: text().max(2_000) });
 */
export function text(): z.ZodString {
  return z.string().check((context) => {
    const found = firstControlCharacter(context.value);
    if (found) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `Contains an invisible control character (${found}) that cannot be saved; remove it and try again.`,
      });
    }
  });
}
