import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from './ports';

/** argon2id parameters: OWASP's second recommended set (19 MiB, 2 passes, 1 lane). */
const PRODUCTION = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes passwords with argon2id. `cost: 'low'` is for tests and bulk demo loads only: it is
 * still argon2id, with the minimum work factor, so those runs stay fast.
 */
export function createArgon2Hasher(cost: 'production' | 'low' = 'production'): PasswordHasher {
  const options = cost === 'production' ? PRODUCTION : { memoryCost: 1024, timeCost: 1, parallelism: 1 };
  return {
    hash: (password) => hash(password, { ...options, algorithm: 2 }),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
