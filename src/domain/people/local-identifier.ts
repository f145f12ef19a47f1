/**
 * How a service numbers the people it serves. `nhs_number`: the 10-digit NHS number of England and
 * Wales, whose last digit is a modulus 11 check digit (NHS Data Dictionary, "NHS Number"). `local`:
 * the service's own reference, letters, digits and dashes.
 */
export const LOCAL_IDENTIFIER_SCHEMES = ['nhs_number', 'local'] as const;
export type LocalIdentifierScheme = (typeof LOCAL_IDENTIFIER_SCHEMES)[number];

export const LOCAL_IDENTIFIER_LABELS: Record<LocalIdentifierScheme, string> = {
  nhs_number: 'NHS number',
  local: 'Service number',
};

export type IdentifierCheck = { valid: true; value: string } | { valid: false; message: string };

/**
 * Checks an identifier against the scheme and returns it in its stored form (NHS numbers as ten
 * digits, without spaces; local numbers upper-cased).
 *
 * @example checkLocalIdentifier('nhs_number', '943 476 5919') // { valid: true, value: '9434765919' }
 */
export function checkLocalIdentifier(scheme: LocalIdentifierScheme, raw: string): IdentifierCheck {
  if (scheme === 'local') {
    const value = raw.trim().toUpperCase();
    return /^[A-Z0-9][A-Z0-9-]{0,29}$/.test(value)
      ? { valid: true, value }
      : { valid: false, message: 'A service number is up to 30 letters, digits and dashes.' };
  }
  const value = raw.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(value)) return { valid: false, message: 'An NHS number has 10 digits.' };
  if (nhsCheckDigit(value.slice(0, 9)) !== Number(value[9])) {
    return { valid: false, message: 'That NHS number is not valid: check the digits (the last one is a check digit).' };
  }
  return { valid: true, value };
}

/**
 * The NHS number check digit: weights 10 down to 2 on the first nine digits, 11 minus the sum
 * modulo 11; 11 becomes 0, and 10 means no valid number has those nine digits.
 */
export function nhsCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check;
}

/** An identifier as people read it: NHS numbers in groups of 3, 3 and 4. */
export function formatLocalIdentifier(scheme: LocalIdentifierScheme, value: string): string {
  return scheme === 'nhs_number' && value.length === 10
    ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`
    : value;
}
