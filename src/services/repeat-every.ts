/** Turns of background work that can be stopped; `stop` waits for the round under way. */
export interface Repeating {
  stop(): Promise<void>;
}

/**
 * Runs `round` every `intervalMs` in the background, never two rounds at once: a turn that comes
 * while the last round still runs is skipped. A failed round goes to `onError` and the turns go on.
 * The timer does not keep the process alive.
 *
 * @example const chores = repeatEvery(60_000, () => passOnLapsedOffers(services), log);
 */
export function repeatEvery(
  intervalMs: number,
  round: () => Promise<unknown>,
  onError: (error: unknown) => void,
): Repeating {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = round()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
