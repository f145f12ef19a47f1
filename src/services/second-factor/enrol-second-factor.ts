import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/accounts/actor';
import { isStaffRole } from '../../domain/accounts/staff-sign-in';
import { fromBase32, matchTotp, otpauthUri, toBase32 } from '../../domain/accounts/totp';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { openTotpSecret, sealTotpSecret } from './totp-secret';

/** The name authenticator apps list the code under. */
const ISSUER = 'Tandem';

const requireStaff = (actor: Actor): void => {
  if (!isStaffRole(actor.role)) {
    throw new AppError('forbidden', 'A second factor is for staff accounts that sign in with a password.');
  }
};

/**
 * Starts setting up a second factor: a new 160-bit secret (RFC 4226 §4 recommends at least that),
 * not yet in force, and the otpauth address for the QR code. Starting again replaces an unfinished one.
 */
export async function startSecondFactorEnrolment(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ secret: string; otpauthUri: string }> {
  requireStaff(actor);
  const secret = randomBytes(20);
  await deps.uow.run(async (r) => {
    if ((await r.secondFactors.find(actor.accountId))?.confirmedAt) {
      throw new AppError(
        'conflict',
        'You already use a code from an authenticator app. Remove it first to set up another.',
      );
    }
    await r.secondFactors.saveUnconfirmed(
      actor.accountId,
      sealTotpSecret(deps, actor.accountId, toBase32(secret)),
      deps.now(),
    );
  });
  return { secret: toBase32(secret), otpauthUri: otpauthUri({ issuer: ISSUER, accountName: actor.username, secret }) };
}

/**
 * Puts the second factor in force once the first code from the app is right, and returns the
 * recovery codes: shown this once, kept only as hashes.
 */
export async function confirmSecondFactor(
  deps: ServiceDeps,
  input: { code: string },
  actor: Actor,
): Promise<{ recoveryCodes: string[] }> {
  requireStaff(actor);
  const now = deps.now();
  return deps.uow.run(async (r) => {
    const factor = await r.secondFactors.find(actor.accountId);
    if (!factor) throw new AppError('bad_request', 'Start setting up the authenticator app first.');
    if (factor.confirmedAt) throw new AppError('conflict', 'Your authenticator app is set up already.');
    const step = matchTotp(fromBase32(openTotpSecret(deps, factor)), input.code, now, null);
    if (step === null) {
      throw new AppError(
        'bad_request',
        'That code is not the one the app shows now. Check the app and try the new code.',
        {
          field: 'code',
        },
      );
    }
    await r.secondFactors.confirm(actor.accountId, step, now);
    const recoveryCodes = newRecoveryCodes();
    await r.secondFactors.replaceRecoveryCodes(actor.accountId, recoveryCodes.map(hashRecoveryCode));
    await r.secondFactors.clearMustEnrol(actor.accountId);
    await recordAudit(r, actor, now, { action: 'second_factor.enrol', detail: {} });
    return { recoveryCodes };
  });
}

/** Whether the account uses a second factor, must, and how many recovery codes are left. */
export async function getSecondFactorStatus(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ isEnrolled: boolean; isRequired: boolean; recoveryCodesLeft: number; canEnrol: boolean }> {
  return deps.uow.read(async (r) => {
    const factor = await r.secondFactors.find(actor.accountId);
    const isEnrolled = Boolean(factor?.confirmedAt);
    return {
      isEnrolled,
      isRequired: isStaffRole(actor.role) && (await r.secondFactors.requiredRoles()).includes(actor.role),
      recoveryCodesLeft: isEnrolled ? await r.secondFactors.countUnusedRecoveryCodes(actor.accountId) : 0,
      canEnrol: isStaffRole(actor.role),
    };
  });
}
