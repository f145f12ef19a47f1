import { createHmac, timingSafeEqual } from 'node:crypto';

// One-time codes from an authenticator app: HOTP (RFC 4226) over the 30-second step of the time
// (TOTP, RFC 6238). Small enough to write here and check against the RFCs' own test vectors.

/** Seconds in one step (RFC 6238 §4.1, the default every authenticator app uses). */
export const TOTP_STEP_SECONDS = 30;
/** Steps either side of now that still count, for a phone's clock a little out (RFC 6238 §5.2). */
export const TOTP_WINDOW = 1;
export const TOTP_DIGITS = 6;

type Hash = 'sha1' | 'sha256' | 'sha512';

/** The HOTP value of `counter` under `secret` (RFC 4226 §5.3: dynamic truncation). */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS, hash: Hash = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(hash, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, '0');
}

/** The 30-second step an instant falls in. */
export const totpStep = (at: Date): number => Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);

/** The code an authenticator shows at `at`. */
export const totp = (secret: Buffer, at: Date, digits = TOTP_DIGITS, hash: Hash = 'sha1'): string =>
  hotp(secret, totpStep(at), digits, hash);

/**
 * The step whose code `code` is, within one step either side of `at`, and later than
 * `lastUsedStep` (a code, once accepted, is never accepted again, nor any earlier one); null when
 * none matches.
 */
export function matchTotp(secret: Buffer, code: string, at: Date, lastUsedStep: number | null): number | null {
  const typed = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed)) return null;
  const now = totpStep(at);
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(typed))) return step;
  }
  return null;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, the form authenticator apps take secrets in. */
export function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function fromBase32(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('Not a base32 secret.');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The `otpauth://` address an authenticator app reads from the QR code (Key Uri Format). */
export function otpauthUri(options: { issuer: string; accountName: string; secret: Buffer }): string {
  const label = `${encodeURIComponent(options.issuer)}:${encodeURIComponent(options.accountName)}`;
  const query = new URLSearchParams({
    secret: toBase32(options.secret),
    issuer: options.issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
