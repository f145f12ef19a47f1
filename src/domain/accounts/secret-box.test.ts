import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box';

describe('secret box', () => {
  const key = randomBytes(32);

  it('seals a secret so that it reads back only with the same key and context', () => {
    const box = createSecretBox(key);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'second_factor:a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^tandem\.v1\./);
    expect(box.open(sealed, 'second_factor:a')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'second_factor:b')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'second_factor:a')).toThrow();
  });

  it('never seals the same secret the same way twice', () => {
    const box = createSecretBox(key);
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
  });

  it('refuses a sealed value that was changed', () => {
    const box = createSecretBox(key);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'c');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow();
  });

  it('opens values sealed under an earlier key, and tells which ones a new key must seal again', () => {
    const earlier = createSecretBox(key);
    const sealedBefore = earlier.seal('old secret', 'c');
    const now = createSecretBox(randomBytes(32), [key]);
    expect(now.open(sealedBefore, 'c')).toBe('old secret');
    expect(now.isCurrent(sealedBefore)).toBe(false);
    expect(now.isCurrent(now.seal('new', 'c'))).toBe(true);
    expect(now.isSealed('JBSWY3DPEHPK3PXP')).toBe(false);
  });
});
