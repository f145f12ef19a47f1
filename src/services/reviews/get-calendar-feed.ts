import { isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { actorForAccount } from '../accounts/actor-for-account';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { calendarDisplayName } from './calendar-display-name';
import { hashFeedToken, isFeedTokenShaped } from './feed-token';
import { writeCalendar, type CalendarEvent } from './icalendar';
import type { CalendarReviewRow } from './ports';

/** Held reviews stay in the calendar this long, so a worker can look back on them. */
export const HELD_REVIEWS_MONTHS = 12;

const NOT_FOUND = 'There is no calendar at this address. Get a new address from Tandem.';

/**
 * The calendar (RFC 5545 text) behind a worker's secret address: the reviews of the people in
 * their caseload today. The token is the credential, as calendar apps cannot sign in; each fetch
 * is audited as the worker's.
 */
export async function getCalendarFeed(deps: ServiceDeps, input: { token: string }): Promise<string> {
  if (!isFeedTokenShaped(input.token)) throw new AppError('not_found', NOT_FOUND);
  return deps.uow.run(async (repositories) => {
    const feed = await repositories.calendarFeeds.findByTokenHash(hashFeedToken(input.token));
    const account = feed ? await repositories.accounts.findById(feed.accountId) : null;
    if (!feed || !account || account.disabledAt || account.workerId !== feed.workerId)
      throw new AppError('not_found', NOT_FOUND);
    const now = deps.now();
    const today = isoDate(now);
    const rows = await repositories.calendarFeeds.reviewsForCaseload(
      feed.workerId,
      today,
      monthsBefore(today, HELD_REVIEWS_MONTHS),
    );
    await repositories.calendarFeeds.markUsed(account.id, now);
    await recordAudit(repositories, await actorForAccount(repositories, account), now, {
      action: 'calendar.feed.read',
      detail: { reviews: rows.length },
    });
    return writeCalendar({
      name: 'Tandem: care plan reviews',
      now,
      events: rows.map((row) => reviewEvent(row, today)),
    });
  });
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const onDay = (day: string) => longDate.format(new Date(`${day}T00:00:00Z`));

function reviewEvent(row: CalendarReviewRow, today: string): CalendarEvent {
  const name = calendarDisplayName(row.personName, row.preferredName);
  if (row.heldOn) {
    return {
      uid: `review-${row.reviewId}@tandem`,
      date: row.heldOn,
      summary: `Care plan review held: ${name}`,
      description: `Review with ${name}, held on ${onDay(row.heldOn)}.`,
    };
  }
  const overdue = row.dueOn < today ? ' (overdue)' : '';
  return {
    uid: `review-${row.reviewId}@tandem`,
    date: row.dueOn < today ? today : row.dueOn,
    summary: `Care plan review due${overdue}: ${name}`,
    description: `Review of the care plan with ${name}, due on ${onDay(row.dueOn)}. Their plan, in their words, is the agenda.`,
  };
}
