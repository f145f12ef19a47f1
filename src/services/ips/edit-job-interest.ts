import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import {
  checkJobInterestWords,
  openJobInterest,
  staleJobInterest,
  type JobInterestWordsInput,
} from './job-interest-checks';
import type { JobInterestView } from './ports';

export interface EditJobInterestInput extends JobInterestWordsInput {
  personId: string;
  interestId: string;
  /** The revision the editor started from. */
  baseRevision: number;
}

/**
 * Corrects a job interest's words: the kind of job, the employer and why it appeals. Whoever may
 * add one may correct it (the person their own, the care team); a correction over someone else's
 * change is refused with 409 and the interest as it now stands. The status is left as it is.
 */
export async function editJobInterest(
  deps: ServiceDeps,
  input: EditJobInterestInput,
  actor: Actor,
): Promise<JobInterestView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'write_vocational_profile', now);
    const current = await openJobInterest(r, { ...input, personId: person.id });
    const { words, employerLabel } = await checkJobInterestWords(r, input);
    const { employerLabel: _label, ...stored } = current;
    const interest = { ...stored, ...words, revision: input.baseRevision + 1 };
    if (!(await r.ips.updateJobInterest(interest))) throw staleJobInterest(current);
    const changed = (Object.keys(words) as (keyof typeof words)[]).filter((key) => words[key] !== stored[key]);
    await recordAudit(r, actor, now, {
      action: 'ips.job_interest.edit',
      personId: person.id,
      basis,
      detail: { jobInterestId: interest.id, changed },
    });
    return { ...interest, employerLabel };
  });
}
