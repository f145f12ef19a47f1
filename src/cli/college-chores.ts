import { passOnLapsedOffers } from '../services/college/pass-on-lapsed-offers';
import { queueSessionReminders } from '../services/college/queue-session-reminders';
import type { ServiceDeps } from '../services/ports';
import { repeatEvery, type Repeating } from '../services/repeat-every';

/** How often a server passes on lapsed offers of places and queues session reminders. */
export const COLLEGE_CHORES_INTERVAL_MS = 60_000;

/**
 * The Recovery College's timed work, in every server process: offers unanswered for 48 hours pass to
 * the next student waiting, and students are reminded of tomorrow's sessions. Both are safe to run in
 * several processes at once (the course lock and the reminder claim see to it).
 */
export function startCollegeChores(
  services: ServiceDeps,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): Repeating {
  return repeatEvery(
    options.intervalMs ?? COLLEGE_CHORES_INTERVAL_MS,
    () => passOnLapsedOffers(services).then(() => queueSessionReminders(services)),
    options.onError,
  );
}
