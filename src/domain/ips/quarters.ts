/** A calendar quarter: its label ("2026 Q2") and its first and last days (ISO dates, both included). */
export interface Quarter {
  label: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar quarter that holds `day` (YYYY-MM-DD). */
export function quarterOf(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const index = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const firstMonth = index * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  return {
    label: `${year} Q${index + 1}`,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`,
  };
}

/** The `count` quarters up to and including the one that holds `day`, oldest first. */
export function quartersEndingWith(day: string, count: number): Quarter[] {
  const quarters: Quarter[] = [quarterOf(day)];
  while (quarters.length < count) {
    const first = quarters[0]!;
    const dayBefore = new Date(Date.parse(`${first.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    quarters.unshift(quarterOf(dayBefore));
  }
  return quarters;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
