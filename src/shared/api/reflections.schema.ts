import { z } from 'zod';
import { REFLECTION_LIMITS, REFLECTION_THEMES, WOULD_DO_AGAIN } from '../../domain/reflections/reflection-prompts';
import { isoDate } from './common.schema';
import { text } from './text.schema';

export { REFLECTION_LIMITS };

// The reflective log and supervision, parsed before they reach a service.

const answer = (max: number) => text().max(max, `At most ${max.toLocaleString('en-GB')} characters.`);

export const writeReflectionBody = z.object({
  theme: z.enum(REFLECTION_THEMES, { error: 'Choose what the reflection is about.' }),
  whatIShared: answer(REFLECTION_LIMITS.maxAnswerCharacters),
  why: answer(REFLECTION_LIMITS.maxAnswerCharacters),
  whatHappened: answer(REFLECTION_LIMITS.maxAnswerCharacters),
  wouldDoAgain: z.enum(WOULD_DO_AGAIN, { error: 'Choose whether you would do it again.' }),
  wouldDoAgainNote: answer(REFLECTION_LIMITS.maxAnswerCharacters).nullish(),
  keepNames: z.boolean().optional(),
});

export const replyToReflectionBody = z.object({
  text: answer(REFLECTION_LIMITS.maxReplyCharacters).meta({ title: 'Your reply' }),
});

export const supervisionSessionBody = z.object({
  heldOn: isoDate,
  note: answer(REFLECTION_LIMITS.maxNoteCharacters).nullish().meta({ title: 'Note' }),
  reflectionIds: z.array(z.uuid({ error: 'That is not a valid reflection.' })).max(50),
});

export const workerParams = z.object({ workerId: z.uuid({ error: 'That is not a valid worker.' }) });

export type WriteReflectionBody = z.infer<typeof writeReflectionBody>;
export type SupervisionSessionBody = z.infer<typeof supervisionSessionBody>;
