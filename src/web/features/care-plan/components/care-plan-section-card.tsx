import { useRef, useState } from 'react';
import type { CarePlanSectionDto } from '../../../../shared/api/care-plan.responses';
import { AuthorLine } from './author-line';
import { SectionDiscussion } from './section-discussion';
import { SectionEditor } from './section-editor';
import { useStoredDraft } from '../use-stored-draft';
import { useDocumentPath } from '../document-path';

interface CarePlanSectionCardProps {
  personId: string;
  section: CarePlanSectionDto;
  /** "Jo", or null when the person reads their own plan. */
  otherPersonName: string | null;
  canWrite: boolean;
}

/** One section: its text, who wrote it, the person's own words marked as theirs, editing and discussion. */
export function CarePlanSectionCard({ personId, section, otherPersonName, canWrite }: CarePlanSectionCardProps) {
  const { draft, setDraft, clearDraft } = useStoredDraft(`${useDocumentPath()}.${personId}.${section.key}`);
  // A draft left from before a reload reopens the editor, so the text is in front of the user again.
  const [isEditing, setIsEditing] = useState(draft !== null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `section-${section.key}`;
  const close = () => {
    setIsEditing(false);
    // Return focus to where editing started, so keyboard users do not land at the top of the page.
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  return (
    <section className="card plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.isPersonsOwnWords && (
        <p className="own-words-label">{otherPersonName ? `In ${otherPersonName}’s own words` : 'In your own words'}</p>
      )}
      {isEditing ? (
        <SectionEditor
          personId={personId}
          section={section}
          otherPersonName={otherPersonName}
          draft={draft ?? { text: section.text, baseVersion: section.version }}
          onDraftChange={setDraft}
          onSaved={(message) => {
            clearDraft();
            setSavedMessage(message);
            close();
          }}
          onCancel={() => {
            clearDraft();
            close();
          }}
        />
      ) : (
        <>
          {section.text ? (
            <blockquote
              className={`plan-section__text pre-wrap ${section.isPersonsOwnWords ? 'plan-section__text--own-words' : ''}`}
            >
              {section.text}
            </blockquote>
          ) : (
            <p className="muted">{section.prompt || 'Nothing written here yet.'}</p>
          )}
          <AuthorLine author={section.writtenBy} at={section.writtenAt} />
          {section.includesChangeBy && (
            <AuthorLine author={section.includesChangeBy} at={null} verb="Includes a change proposed by" />
          )}
          {section.acceptedBy && <p className="muted small">Accepted by {section.acceptedBy.name}</p>}
          {section.pendingProposals > 0 && (
            <p className="small">
              {section.pendingProposals === 1 ? '1 proposed change' : `${section.pendingProposals} proposed changes`}{' '}
              waiting for {otherPersonName ?? 'you'} to decide.
            </p>
          )}
          {savedMessage && (
            // Not a live region itself: the app-wide announcer has already read it out.
            <p className="notice notice--success">{savedMessage}</p>
          )}
          {canWrite && (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSavedMessage(null);
                setIsEditing(true);
              }}
            >
              Edit<span className="visually-hidden"> {section.title}</span>
            </button>
          )}
        </>
      )}
      <SectionDiscussion
        personId={personId}
        sectionKey={section.key}
        sectionTitle={section.title}
        messageCount={section.messages}
      />
    </section>
  );
}
