import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Seals secrets Tandem must be able to read back (authenticator secrets, the provider's ID token
 * kept for signing out) with AES-256-GCM under a key from the environment (TANDEM_SECRET_KEY), so
 * a copy of the database without the key does not give them away (ADR 0048).
 *
 * A sealed value reads `tandem.v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url parts); the key id is
 * the start of the key's SHA-256, so Tandem knows which values a new key must seal again. The
 * context (what the value is and whose) is authenticated with it: a value copied to another row
 * does not open.
 */
export interface SecretBox {
  seal(plain: string, context: string): string;
  /** Throws when the value was sealed under another key, for another context, or changed. */
  open(sealed: string, context: string): string;
  /** Whether a stored value is sealed under the current key (false: in clear, or under an earlier key). */
  isCurrent(stored: string): boolean;
  /** Whether a stored value is sealed at all. */
  isSealed(stored: string): boolean;
}

const PREFIX = 'tandem.v1.';

/** The key Tandem uses in development when TANDEM_SECRET_KEY is not set: published, so it protects nothing. */
export const DEVELOPMENT_SECRET_KEY = createHash('sha256').update('tandem development secret key').digest();

export const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('base64url').slice(0, 8);

/** A secret box over the current key; `earlier` keys only open values not yet sealed again. */
export function createSecretBox(key: Buffer, earlier: readonly Buffer[] = []): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes.');
  const current = keyId(key);
  const keys = new Map<string, Buffer>([...earlier.map((k) => [keyId(k), k] as const), [current, key]]);
  const b64 = (buffer: Buffer) => buffer.toString('base64url');
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${current}.${b64(iv)}.${b64(body)}.${b64(cipher.getAuthTag())}`;
    },
    open(sealed, context) {
      if (!sealed.startsWith(PREFIX)) throw new Error('This value is not sealed.');
      const [id = '', iv = '', body = '', tag = ''] = sealed.slice(PREFIX.length).split('.');
      const withKey = keys.get(id);
      if (!withKey) throw new Error('This value was sealed under a key Tandem does not have.');
      const decipher = createDecipheriv('aes-256-gcm', withKey, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    isCurrent: (stored) => stored.startsWith(`${PREFIX}${current}.`),
    isSealed: (stored) => stored.startsWith(PREFIX),
  };
}
