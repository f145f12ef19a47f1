/**
 * How wrong passwords slow sign-in down (ADR 0003). Counts are kept per username typed, known or
 * not, so an unknown username answers exactly as a known one.
 */
export const SIGN_IN_LIMITS = {
  /** Wrong passwords for one username from one address before that address is locked out of it. */
  perAddress: 5,
  /** Wrong passwords for one username from all addresses before only known devices may sign in as it. */
  perUsername: 20,
  /** Wrong passwords from one known device before it is forgotten. */
  perDevice: 5,
  /** How long a lock lasts, and how long wrong passwords are remembered. */
  lockMinutes: 15,
} as const;
