import { z } from 'zod';
import { text } from './text.schema';
import { CARE_PLAN_LIMITS, SECTION_KEY_PATTERN } from '../../domain/care-plan/care-plan-sections';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import { PROPOSAL_STATUSES } from '../../domain/care-plan/proposal-status';
import { hardCap, uuidOf } from './common.schema';

// Bodies, queries and path parameters of the care plan API. Lengths are counted as people count
// characters by the services, which say exactly what is too long; the bounds here only stop absurd
// payloads before they reach them.

const version = z
  .number({ error: 'Give the version as a whole number.' })
  .int('Versions are whole numbers.')
  .min(0, 'Versions start at 0.');
const queryVersion = z.coerce
  .number({ error: 'Give the version as a whole number.' })
  .int('Versions are whole numbers.')
  .min(0, 'Versions start at 0.');

export { CARE_PLAN_LIMITS, SECTION_KEY_PATTERN, PROPOSAL_STATUSES };

/**
 * Where each kind of co-produced document lives under a person: /people/:id/<path>. Every kind has
 * the same routes (sections, proposals, versions, compare, signatures, discussion, PDF).
 */
export const DOCUMENT_PATHS: Readonly<Record<DocumentKind, string>> = {
  care_plan: 'care-plan',
  risk_formulation: 'risk-formulation',
  positive_risk_plan: 'positive-risk-plan',
  safety_plan: 'safety-plan',
};

export const sectionKey = text().regex(SECTION_KEY_PATTERN, {
  error: 'A section is named in lower-case letters, digits and _, such as about_me.',
});

export const personSectionParams = z.object({ id: uuidOf('person id'), section: sectionKey });

export const proposalParams = z.object({ id: uuidOf('person id'), proposalId: uuidOf('proposal id') });

const pageLimit = z.coerce
  .number({ error: 'Give the limit as a whole number.' })
  .int()
  .min(1, 'Ask for at least one.')
  .max(100, 'At most 100 at a time.');
/** A page of versions, newest first: those before `beforeVersion` (the last one shown). */
export const versionsQuery = z.object({ beforeVersion: queryVersion.optional(), limit: pageLimit.optional() });
/** A page of a section's messages, oldest first: those after `afterId` (the last one shown). */
export const messagesQuery = z.object({ afterId: uuidOf('message id').optional(), limit: pageLimit.optional() });

export const carePlanQuery = z.object({ version: queryVersion.optional() });

export const compareVersionsQuery = z.object({ from: queryVersion, to: queryVersion });

export const proposalsQuery = z.object({
  status: z.enum(PROPOSAL_STATUSES, { error: `Status is one of: ${PROPOSAL_STATUSES.join(', ')}.` }).optional(),
});

export const saveSectionBody = z.object({
  text: hardCap(CARE_PLAN_LIMITS.maxSectionCharacters).meta({ title: 'The section’s text' }),
  /** The `version` of the section (or plan) the editor started from. */
  baseVersion: version,
});

export const declineProposalBody = z.object({
  note: hardCap(CARE_PLAN_LIMITS.maxDecisionNoteCharacters).nullish().meta({ title: 'A note for your care team' }),
});

export const signCarePlanBody = z.object({ version });

export const postMessageBody = z.object({
  text: hardCap(CARE_PLAN_LIMITS.maxMessageCharacters).meta({ title: 'Your message' }),
});

export const carePlanTemplateBody = z.object({
  sections: z
    .array(
      z.object({
        key: sectionKey,
        title: text().max(
          CARE_PLAN_LIMITS.maxTitleCharacters,
          `A title is at most ${CARE_PLAN_LIMITS.maxTitleCharacters} characters.`,
        ),
        prompt: text().max(
          CARE_PLAN_LIMITS.maxPromptCharacters,
          `A prompt is at most ${CARE_PLAN_LIMITS.maxPromptCharacters} characters.`,
        ),
      }),
    )
    .min(1, 'A plan needs at least one section.')
    .max(CARE_PLAN_LIMITS.maxSections, `A plan has at most ${CARE_PLAN_LIMITS.maxSections} sections.`),
});

export type SaveSectionBody = z.infer<typeof saveSectionBody>;
export type DeclineProposalBody = z.infer<typeof declineProposalBody>;
export type SignCarePlanBody = z.infer<typeof signCarePlanBody>;
export type PostMessageBody = z.infer<typeof postMessageBody>;
export type CarePlanTemplateBody = z.infer<typeof carePlanTemplateBody>;
