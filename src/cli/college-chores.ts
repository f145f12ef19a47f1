import { passOnLapsedOffers } from '../services/college/pass-on-lapsed-offers';
import { queueSessionReminders } from '../services/college/queue-session-reminders';
import type { ServiceDeps } from '../services/ports';

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
): { stop: () => Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = passOnLapsedOffers(services)
      .then(() => queueSessionReminders(services))
      .catch(options.onError)
      .finally(() => {
        running = null;
      });
  }, options.intervalMs ?? COLLEGE_CHORES_INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
