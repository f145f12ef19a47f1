/** A run of a section's text: words as written, or a phone number to call. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'phone'; text: string; href: string };

// Candidates: a digit, then digits, spaces, brackets, dots or dashes, ending in a digit; a leading + kept.
const CANDIDATE = /\+?\(?\d[\d ().-]*\d/g;

/**
 * Whether a run of digits is a phone number worth a link: a full national or international number
 * (10 to 15 digits), an emergency or non-emergency number (999, 112, 111, 101), or a 116 helpline
 * (116 123, Samaritans). Dates, years and times are none of these, so they stay text.
 */
function isPhoneNumber(digits: string, raw: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return false;
  if (digits.length >= 10 && digits.length <= 15) return true;
  if (['999', '112', '111', '101'].includes(digits)) return true;
  return /^116\d{3}$/.test(digits);
}

/**
 * Splits text into words and phone numbers, so that each number becomes a `tel:` link: one tap to
 * call from the safety plan, even offline.
 *
 * @example phoneLinks('Call 116 123') // [{kind:'text',text:'Call '},{kind:'phone',text:'116 123',href:'tel:116123'}]
 */
export function phoneLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0];
    const digits = raw.replace(/\D/g, '');
    if (!isPhoneNumber(digits, raw)) continue;
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const isInternational = raw.trim().startsWith('+');
    // "+44 (0)7700…": the bracketed 0 is dialled only from inside the country.
    const dialled = isInternational ? `+${raw.replace('(0)', '').replace(/\D/g, '')}` : digits;
    parts.push({ kind: 'phone', text: raw, href: `tel:${dialled}` });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
