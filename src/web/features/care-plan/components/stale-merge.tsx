import { useEffect, useId, useRef } from 'react';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { CARE_PLAN_LIMITS } from '../../../../shared/api/care-plan.schema';

interface StaleMergeProps {
  draft: string;
  currentText: string;
  onDraftChange: (text: string) => void;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  isSaving: boolean;
}

/** Someone saved first: their text beside the user's draft, so the user merges and nothing typed is lost. */
export function StaleMerge({ draft, currentText, onDraftChange, onUseTheirs, onKeepMine, isSaving }: StaleMergeProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The user pressed Save and the page changed under them: take them to the explanation.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="merge notice notice--warning" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Someone else changed this section while you were writing
      </h3>
      <p>Your text has not been lost. Compare the two, change your text if you want to, then choose.</p>
      <div className="merge__columns">
        <div>
          <TextAreaField
            label="Your text"
            rows={8}
            maxLength={CARE_PLAN_LIMITS.maxSectionCharacters}
            value={draft}
            onChange={(event) => onDraftChange(event.target.value)}
          />
        </div>
        <div className="field">
          <p className="field__label" id={`${headingId}-theirs`}>
            The text saved now (read only)
          </p>
          <p className="merge__theirs pre-wrap" aria-labelledby={`${headingId}-theirs`}>
            {currentText || '(empty)'}
          </p>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onKeepMine} disabled={isSaving}>
          Keep mine and save
        </button>
        <button type="button" className="button button--secondary" onClick={onUseTheirs} disabled={isSaving}>
          Use theirs
        </button>
      </div>
    </div>
  );
}
