import { useState } from 'react';
import type { ProposalDto } from '../../../../shared/api/care-plan.responses';
import { useDecideProposal } from '../api/use-care-plan-changes';
import { AuthorLine } from './author-line';
import { DiffText } from './diff-text';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { CARE_PLAN_LIMITS } from '../../../../shared/api/care-plan.schema';

/** A worker's proposed change to the person's words, shown as a diff, for the person to accept or decline. */
export function ProposalCard({
  personId,
  proposal,
  canDecide,
}: {
  personId: string;
  proposal: ProposalDto;
  canDecide: boolean;
}) {
  const { accept, decline } = useDecideProposal(personId, proposal.id);
  const [note, setNote] = useState('');
  const announce = useAnnounce();
  const isBusy = accept.isPending || decline.isPending;
  const error = accept.error ?? decline.error;
  const headingId = `proposal-${proposal.id}`;
  return (
    <article className="card proposal" aria-labelledby={headingId}>
      <h3 id={headingId}>Change to “{proposal.sectionTitle}”</h3>
      <AuthorLine author={proposal.proposedBy} at={proposal.proposedAt} verb="Proposed by" />
      <p className="small">Underlined words would be added; struck-through words would be removed.</p>
      {proposal.changes ? <DiffText segments={proposal.changes} /> : <p className="pre-wrap">{proposal.text}</p>}
      {error && <ErrorMessage error={error} title="Not done" />}
      {canDecide && (
        <>
          <TextAreaField
            label="A note for your care team"
            isOptional
            maxLength={CARE_PLAN_LIMITS.maxDecisionNoteCharacters}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={isBusy}
              onClick={() =>
                accept.mutate(undefined, {
                  onSuccess: () => announce(`Change to “${proposal.sectionTitle}” accepted.`),
                })
              }
            >
              Accept<span className="visually-hidden"> the change to {proposal.sectionTitle}</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={isBusy}
              onClick={() =>
                decline.mutate(
                  { note: note.trim() || null },
                  {
                    onSuccess: () =>
                      announce(`Change to “${proposal.sectionTitle}” declined. Your words stay as they are.`),
                  },
                )
              }
            >
              Decline<span className="visually-hidden"> the change to {proposal.sectionTitle}</span>
            </button>
          </div>
        </>
      )}
    </article>
  );
}
