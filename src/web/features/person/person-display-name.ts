/** The name to call someone by: their preferred name, with their full name when it differs. */
export function personDisplayName(person: { name: string; preferredName: string | null }): string {
  const preferred = person.preferredName?.trim();
  if (!preferred || preferred === person.name) return person.name;
  return `${preferred} (${person.name})`;
}
