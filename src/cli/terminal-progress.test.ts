import { describe, expect, it, vi } from 'vitest';
import { createTerminalProgress } from './terminal-progress';

const streamOf = (isTTY: boolean) => {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream, writes };
};

describe('createTerminalProgress', () => {
  it('draws the pass and share read on one line of a terminal, at most five times a second, and clears it at the end', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const { stream, writes } = streamOf(true);
      const progress = createTerminalProgress('Reading contacts.csv', 200 * 1_048_576, stream);
      progress.update({ pass: 1, bytes: 50 * 1_048_576 });
      progress.update({ pass: 1, bytes: 60 * 1_048_576 });
      vi.advanceTimersByTime(250);
      progress.update({ pass: 2, bytes: 100 * 1_048_576 });
      progress.done();
      expect(writes).toEqual([
        '\rReading contacts.csv: pass 1, 25% of 200 MiB',
        '\rReading contacts.csv: pass 2, 50% of 200 MiB',
        '\r\u001b[2K',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes nothing when standard error is not a terminal', () => {
    const { stream, writes } = streamOf(false);
    const progress = createTerminalProgress('Reading contacts.csv', 100, stream);
    progress.update({ pass: 1, bytes: 50 });
    progress.done();
    expect(writes).toEqual([]);
  });
});
