import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from './progress';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) };
};

describe('progress of long commands', () => {
  it('says done of total, the share and the time left at the pace so far', () => {
    expect(progressLine('Loading people', 2_500, 10_000, 30_000)).toBe(
      'Loading people: 2,500 / 10,000 (25%), about 2 min left',
    );
    expect(progressLine('Loading people', 900, 1_000, 9_000)).toBe('Loading people: 900 / 1,000 (90%), about 1 s left');
    expect(progressLine('Loading people', 0, 1_000, 0)).toBe('Loading people: 0 / 1,000 (0%)');
    expect(progressLine('Loading people', 1_000, 1_000, 9_000)).toBe('Loading people: 1,000 / 1,000 (100%), done');
  });

  it('rewrites one line in place on a terminal and ends it when finished', () => {
    const out = stream(true);
    let clock = 0;
    const progress = createProgress({ label: 'Work', total: 4, stream: out, now: () => clock });
    for (const done of [1, 2, 3, 4]) {
      clock += 1_000;
      progress.update(done);
    }
    progress.finish();
    expect(out.written).toHaveLength(5);
    expect(out.written[0]).toBe('\r\x1b[2KWork: 1 / 4 (25%), about 3 s left');
    expect(out.written.at(-1)).toBe('\n');
  });

  it('writes plain lines, at most one every 5 seconds and the last one, when not on a terminal', () => {
    const out = stream(false);
    let clock = 0;
    const progress = createProgress({ label: 'Work', total: 10, stream: out, now: () => clock });
    for (let done = 1; done <= 10; done += 1) {
      clock += 1_000;
      progress.update(done);
    }
    progress.finish();
    expect(out.written).toEqual([
      'Work: 1 / 10 (10%), about 9 s left\n',
      'Work: 6 / 10 (60%), about 4 s left\n',
      'Work: 10 / 10 (100%), done\n',
    ]);
    expect(out.written.join('')).not.toContain('\r');
  });
});
