import { AppError } from '../../domain/errors/app-error';
import type { Repositories } from '../ports';
import type { JobInterestView } from './ports';
import { requireEmployer } from './employers';

/** What someone writes about a job interest: the kind of job, an employer, why it appeals. */
export interface JobInterestWordsInput {
  jobKind: string;
  /** One of the service's employer records, or … */
  employerId?: string | null;
  /** … an employer's name, or neither when it is a kind of job only. */
  employerName?: string | null;
  why?: string;
}

/**
 * Checks and tidies an interest's words, for adding one and for correcting one alike: a kind of
 * job, and an employer from the records or by name but not both.
 */
export async function checkJobInterestWords(r: Repositories, input: JobInterestWordsInput) {
  const named = input.employerName?.trim() ? input.employerName.trim() : null;
  if (input.employerId && named)
    throw new AppError('bad_request', 'Choose an employer from the list or type a name, not both.', {
      field: 'employerName',
    });
  const employer = input.employerId ? await requireEmployer(r, input.employerId) : null;
  const jobKind = input.jobKind.trim();
  if (jobKind === '') throw new AppError('bad_request', 'Say what kind of job.', { field: 'jobKind' });
  return {
    words: {
      jobKind,
      employerId: employer?.id ?? null,
      employerName: employer ? null : named,
      why: (input.why ?? '').trim(),
    },
    employerLabel: employer?.name ?? named,
  };
}

/**
 * The interest a change is about, as it now stands, if the changer saw this revision: otherwise a
 * 404, or a 409 carrying the interest as it now stands, so nobody changes what they have not seen.
 */
export async function openJobInterest(
  r: Repositories,
  input: { personId: string; interestId: string; baseRevision: number },
): Promise<JobInterestView> {
  const current = await r.ips.findJobInterest(input.personId, input.interestId);
  if (!current) throw new AppError('not_found', 'There is no such job interest in this person’s record.');
  if (current.revision !== input.baseRevision) throw staleJobInterest(current);
  return current;
}

/** The 409 for a change over someone else's, with the interest as it now stands. */
export const staleJobInterest = (current: JobInterestView) =>
  new AppError('conflict', 'Someone changed this after you opened it. Here it is as it now stands.', { current });
