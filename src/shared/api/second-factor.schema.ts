import { z } from 'zod';
import { text } from './text.schema';

// A second factor for staff: the code from an authenticator app, recovery codes, which roles must use it.

const code = text()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, 'Enter the six digits the authenticator app shows.');

export const confirmSecondFactorBody = z.object({ code });

export const secondFactorSignInBody = z
  .object({
    challenge: text().min(1).max(128),
    code: code.optional(),
    recoveryCode: text()
      .trim()
      .regex(/^[A-Za-z2-7]{5}[\s-]?[A-Za-z2-7]{5}$/, 'A recovery code is ten letters and digits, such as abcde-23456.')
      .optional(),
  })
  .refine((body) => Boolean(body.code) !== Boolean(body.recoveryCode), {
    message: 'Enter either the code from your authenticator app or one recovery code.',
    path: ['code'],
  });

export const secondFactorRoleParams = z.object({
  role: z.enum(['worker', 'team_manager', 'researcher', 'admin'], {
    error: 'A second factor can be required of workers, team managers, researchers or administrators.',
  }),
});

export const secondFactorRequirementBody = z.object({ isRequired: z.boolean() });

/** An administrator removing someone's second factor says why (a lost phone…): kept in the audit. */
export const removeSecondFactorBody = z.object({
  reason: text()
    .trim()
    .min(3, 'Say why, such as “lost their phone and recovery codes”.')
    .max(500, 'At most 500 characters.')
    .meta({ title: 'Why it is removed' }),
});

export type RemoveSecondFactorBody = z.infer<typeof removeSecondFactorBody>;
export type SecondFactorSignInBody = z.infer<typeof secondFactorSignInBody>;
export type ConfirmSecondFactorBody = z.infer<typeof confirmSecondFactorBody>;
