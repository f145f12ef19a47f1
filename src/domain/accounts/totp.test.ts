import { describe, expect, it } from 'vitest';
import { fromBase32, hotp, matchTotp, otpauthUri, toBase32, totp, totpStep } from './totp';

// RFC 4226 Appendix D: the secret "12345678901234567890" and HOTP values for counters 0 to 9.
const RFC4226_SECRET = Buffer.from('12345678901234567890');
const RFC4226_VALUES = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
];

// RFC 6238 Appendix B: 8-digit TOTP values, with a 20-, 32- and 64-byte secret for SHA-1, SHA-256, SHA-512.
const RFC6238_SECRETS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const RFC6238_VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('HOTP and TOTP', () => {
  it('gives the HOTP values of RFC 4226 Appendix D', () => {
    RFC4226_VALUES.forEach((value, counter) => expect(hotp(RFC4226_SECRET, counter)).toBe(value));
  });

  it.each(RFC6238_VECTORS)('gives the TOTP values of RFC 6238 Appendix B at %i s', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(RFC6238_SECRETS.sha1, at, 8, 'sha1')).toBe(sha1);
    expect(totp(RFC6238_SECRETS.sha256, at, 8, 'sha256')).toBe(sha256);
    expect(totp(RFC6238_SECRETS.sha512, at, 8, 'sha512')).toBe(sha512);
  });

  it('accepts the code of the step before and after now, and no further', () => {
    const now = new Date('2026-06-15T10:00:15Z');
    const step = totpStep(now);
    const codeAt = (offset: number) => hotp(RFC4226_SECRET, step + offset);
    expect(matchTotp(RFC4226_SECRET, codeAt(0), now, null)).toBe(step);
    expect(matchTotp(RFC4226_SECRET, codeAt(-1), now, null)).toBe(step - 1);
    expect(matchTotp(RFC4226_SECRET, codeAt(1), now, null)).toBe(step + 1);
    expect(matchTotp(RFC4226_SECRET, codeAt(-2), now, null)).toBeNull();
    expect(matchTotp(RFC4226_SECRET, codeAt(2), now, null)).toBeNull();
  });

  it('never accepts a code of a step already used, or of one before it', () => {
    const now = new Date('2026-06-15T10:00:15Z');
    const step = totpStep(now);
    expect(matchTotp(RFC4226_SECRET, hotp(RFC4226_SECRET, step), now, step)).toBeNull();
    expect(matchTotp(RFC4226_SECRET, hotp(RFC4226_SECRET, step - 1), now, step)).toBeNull();
    expect(matchTotp(RFC4226_SECRET, hotp(RFC4226_SECRET, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses anything but six digits, and takes spaces typed inside them', () => {
    const now = new Date('2026-06-15T10:00:15Z');
    const code = totp(RFC4226_SECRET, now);
    expect(matchTotp(RFC4226_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(totpStep(now));
    expect(matchTotp(RFC4226_SECRET, 'abcdef', now, null)).toBeNull();
    expect(matchTotp(RFC4226_SECRET, code.slice(1), now, null)).toBeNull();
  });

  it('writes and reads base32 as RFC 4648 does', () => {
    expect(toBase32(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(fromBase32('MZXW6YTBOI').toString()).toBe('foobar');
    expect(fromBase32(toBase32(RFC6238_SECRETS.sha512)).equals(RFC6238_SECRETS.sha512)).toBe(true);
  });

  it('makes the otpauth address authenticator apps read', () => {
    const uri = otpauthUri({ issuer: 'Tandem', accountName: 'alex.worker', secret: Buffer.from('foobar') });
    expect(uri).toBe(
      'otpauth://totp/Tandem:alex.worker?secret=MZXW6YTBOI&issuer=Tandem&algorithm=SHA1&digits=6&period=30',
    );
  });
});
