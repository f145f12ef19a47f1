import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstControlCharacter, text } from './text.schema';

describe('request text', () => {
  const body = z.object({ note: text().max(20) });

  it('refuses NUL and other invisible control characters, naming the character', () => {
    for (const bad of ['a\u0000b', 'bell\u0007', 'esc\u001b[2J', 'del\u007f', 'c1\u0085']) {
      const result = body.safeParse({ note: bad });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['note'],
        message: expect.stringMatching(/control character \(U\+00[0-9A-F]{2}\)/),
      });
    }
  });

  it('accepts tabs, line breaks and every script people write in', () => {
    for (const good of ['line one\nline two', 'tab\there\r\n', 'Siân – ffôn 📞', 'مرحبا', '']) {
      expect(body.safeParse({ note: good }).success, JSON.stringify(good)).toBe(true);
    }
  });

  it('names the first control character as a code point', () => {
    expect(firstControlCharacter('ok')).toBeNull();
    expect(firstControlCharacter('a\u0000\u0001')).toBe('U+0000');
  });
});
