/**
 * The name a review shows under in a worker's calendar: the name the person goes by and the
 * initial of their surname ("Sam T."). Calendar apps copy events to other companies' servers,
 * so the feed says no more than a worker needs to recognise whose review it is.
 */
export function calendarDisplayName(name: string, preferredName: string | null): string {
  const parts = name.trim().split(/\s+/);
  const first = preferredName?.trim() || parts[0] || name;
  const surname = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return surname ? `${first} ${[...surname][0]}.` : first;
}
