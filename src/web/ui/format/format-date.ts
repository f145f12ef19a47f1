const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const localDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "4 Mar 2026". A calendar date (YYYY-MM-DD) is shown as written, whatever the viewer's time zone;
 * an instant is shown as the date it falls on where the viewer is.
 */
export function formatDate(value: string): string {
  const isCalendarDate = CALENDAR_DATE.test(value);
  const date = new Date(isCalendarDate ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return isCalendarDate ? calendarDate.format(date) : localDate.format(date);
}

/** "4 Mar 2026, 14:05" for an instant, in the viewer's time zone. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateTime.format(date);
}
