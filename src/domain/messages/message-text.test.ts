import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, messageTextProblem, normaliseMessageText } from './message-text';

describe('messageTextProblem', () => {
  it('accepts plain text up to the limit, counting characters as people see them', () => {
    expect(messageTextProblem('Can we move Thursday to the afternoon? <3')).toBeNull();
    expect(messageTextProblem('é'.normalize('NFD').repeat(MESSAGE_LIMITS.maxCharacters))).toBeNull();
  });

  it('refuses an empty message, one over 4,000 characters and one with HTML tags', () => {
    expect(messageTextProblem('   \n ')).toBe('Write a message first.');
    expect(messageTextProblem('x'.repeat(4_001))).toContain('at most 4,000 characters; this one has 4,001');
    expect(messageTextProblem('Hello <script>alert(1)</script>')).toContain('plain text');
    expect(messageTextProblem('see <a href="x">this</a>')).toContain('plain text');
  });

  it('keeps line breaks as one kind and trims the ends', () => {
    expect(normaliseMessageText('  one\r\ntwo\rthree \n')).toBe('one\ntwo\nthree');
  });
});
