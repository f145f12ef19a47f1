import { describe, expect, it } from 'vitest';
import { OutputSpool } from './output-spool';

describe('OutputSpool', () => {
  it('gives back everything held, in order, whether it stayed in memory or went to a file', () => {
    for (const memoryBytes of [64, 1 << 20]) {
      const spool = new OutputSpool(memoryBytes);
      const lines = Array.from({ length: 500 }, (_, index) => `{"person_id":"p-${index}-é😀","contacts":${index}}\n`);
      lines.forEach((line) => spool.write(line));
      spool.write(`${'x'.repeat(100)}\n`);
      const chunks: string[] = [];
      spool.drainTo((chunk) => chunks.push(chunk));
      expect(chunks.join('')).toBe(`${lines.join('')}${'x'.repeat(100)}\n`);
    }
  });

  it('gives back nothing once discarded', () => {
    const spool = new OutputSpool(16);
    spool.write('a line longer than the buffer\n');
    spool.discard();
    const chunks: string[] = [];
    spool.drainTo((chunk) => chunks.push(chunk));
    expect(chunks).toEqual([]);
  });
});
