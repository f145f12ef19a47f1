import type { CarePlanResponse } from '../../../../shared/api/care-plan.responses';
import { CarePlanSectionCard } from './care-plan-section-card';
import { PendingProposals } from './pending-proposals';

interface DocumentSectionsProps {
  personId: string;
  document: CarePlanResponse;
  isSelf: boolean;
  /** How many messages in a section's discussion the reader has not seen; none when left out. */
  newMessages?: (sectionKey: string) => number;
}

/** A co-produced document's changes waiting for an answer, then its sections in order, each one editable where the reader may write. */
export function DocumentSections({ personId, document, isSelf, newMessages }: DocumentSectionsProps) {
  return (
    <>
      <PendingProposals personId={personId} plan={document} isSelf={isSelf} />
      {document.sections.map((section) => (
        <CarePlanSectionCard
          key={section.key}
          personId={personId}
          section={section}
          otherPersonName={isSelf ? null : document.personName}
          canWrite={document.access.canWrite}
          newMessages={newMessages?.(section.key)}
        />
      ))}
    </>
  );
}
