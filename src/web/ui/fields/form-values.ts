/** Reads one text value from a submitted form: trimmed, or null when blank. */
export function formText(form: FormData, name: string): string | null {
  const value = form.get(name);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Reads a required text value; an empty string when missing, so the server can say what is wrong. */
export function formRequired(form: FormData, name: string): string {
  return formText(form, name) ?? '';
}
