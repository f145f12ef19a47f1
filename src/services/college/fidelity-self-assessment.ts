import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { buildResponse } from '../../domain/instruments/build-response';
import {
  RECOVERY_COLLEGE_FIDELITY_COMPONENTS,
  recoveryCollegeFidelity,
} from '../../domain/instruments/catalogue/recovery-college-fidelity';
import { scoreResponse } from '../../domain/instruments/score-response';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { FidelityAssessmentRecord } from './college-admin-ports';
import { requireCollegeAccess } from './require-college-access';

export interface RecordFidelityAssessmentInput {
  assessedOn: string;
  assessors: string;
  /** One rating 0–2 per component, in the instrument's order. */
  ratings: number[];
  notes: string;
}

/**
 * Records the college's fidelity self-assessment: the ratings are checked and totalled by the
 * instrument engine against `recovery-college-fidelity`, as any other instrument response is.
 */
export async function recordFidelityAssessment(
  deps: ServiceDeps,
  input: RecordFidelityAssessmentInput,
  actor: Actor,
): Promise<FidelityAssessmentRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const now = deps.now();
    if (input.assessedOn > isoDate(now))
      throw new AppError('bad_request', 'A self-assessment cannot be dated in the future.', { field: 'assessedOn' });
    if (input.ratings.length !== RECOVERY_COLLEGE_FIDELITY_COMPONENTS.length)
      throw new AppError('bad_request', 'Rate every one of the seven components.', { field: 'ratings' });
    const response = buildResponse(
      recoveryCollegeFidelity,
      Object.fromEntries(recoveryCollegeFidelity.items.map((item, index) => [item.id, input.ratings[index] ?? -1])),
    );
    const total = scoreResponse(recoveryCollegeFidelity, response).scores.find((s) => s.scoreId === 'total')?.value;
    if (total === null || total === undefined)
      throw new AppError('bad_request', 'Rate every one of the seven components.', { field: 'ratings' });
    const assessment: FidelityAssessmentRecord = {
      id: newId(),
      assessedOn: input.assessedOn,
      assessors: input.assessors.trim(),
      instrumentVersion: recoveryCollegeFidelity.version,
      ratings: input.ratings,
      total,
      notes: input.notes.trim(),
      recordedByAccountId: actor.accountId,
    };
    await repositories.collegeAdmin.createFidelityAssessment(assessment);
    await recordAudit(repositories, actor, now, {
      action: 'college.fidelity.create',
      detail: { assessmentId: assessment.id },
    });
    return assessment;
  });
}

/** The college's fidelity self-assessments, the latest first, for the people who run it. */
export async function listFidelityAssessments(deps: ServiceDeps, actor: Actor): Promise<FidelityAssessmentRecord[]> {
  return deps.uow.read(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    return repositories.collegeAdmin.listFidelityAssessments();
  });
}
