import { ACTION_OWNER_LABELS, ACTION_OWNERS, MEETING_LIMITS } from '../../../../shared/api/meetings.schema';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import type { DraftAction } from '../meeting-draft';
import { TextField } from '../../../ui/fields/text-field';

interface MeetingActionsStepProps {
  actions: DraftAction[];
  onChange: (actions: DraftAction[]) => void;
  errors: Record<number, { description?: string; ownerName?: string; owner?: string }>;
  /** Called with the new action's key so the page can move focus to it. */
  onAdded: (key: number) => void;
}

/** What each side will do before next time: these open the next meeting. */
export function MeetingActionsStep({ actions, onChange, errors, onAdded }: MeetingActionsStepProps) {
  const update = (key: number, patch: Partial<DraftAction>) =>
    onChange(actions.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const add = () => {
    const key = Math.max(0, ...actions.map((a) => a.key)) + 1;
    onChange([...actions, { key, owner: null, ownerName: '', description: '', dueOn: '' }]);
    onAdded(key);
  };
  return (
    <>
      {actions.length === 0 && <p>No actions yet.</p>}
      <ol className="meeting-actions">
        {actions.map((action, index) => {
          const error = errors[action.key] ?? {};
          return (
            <li key={action.key} className="card meeting-action">
              <h3 id={`action-heading-${action.key}`} tabIndex={-1}>
                Action {index + 1}
              </h3>
              <ChoiceGroup
                legend={`Action ${index + 1}: who will do it`}
                name={`action-owner-${action.key}`}
                options={ACTION_OWNERS}
                labels={ACTION_OWNER_LABELS}
                value={action.owner}
                onChange={(owner) => update(action.key, { owner })}
                error={error.owner}
              />
              {action.owner === 'other' && (
                <TextField
                  label={`Action ${index + 1}: their name`}
                  value={action.ownerName}
                  maxLength={MEETING_LIMITS.maxOwnerNameLength}
                  onChange={(event) => update(action.key, { ownerName: event.target.value })}
                  error={error.ownerName}
                />
              )}
              <TextField
                label={`Action ${index + 1}: what will be done`}
                value={action.description}
                maxLength={MEETING_LIMITS.maxActionDescriptionLength}
                onChange={(event) => update(action.key, { description: event.target.value })}
                error={error.description}
              />
              <TextField
                label={`Action ${index + 1}: by when`}
                type="date"
                isOptional
                value={action.dueOn}
                onChange={(event) => update(action.key, { dueOn: event.target.value })}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange(actions.filter((a) => a.key !== action.key))}
              >
                Remove action {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      {actions.length < MEETING_LIMITS.maxActions && (
        <button type="button" className="button button--secondary" onClick={add}>
          Add an action
        </button>
      )}
    </>
  );
}
