import {
  ACTION_OUTCOME_LABELS,
  ACTION_OUTCOMES,
  ACTION_OWNER_LABELS,
  type ActionOutcome,
} from '../../../../shared/api/meetings.schema';
import type { OpenActionDto } from '../../../../shared/api/meetings.responses';
import { formatDate } from '../../../ui/format/format-date';
import { ChoiceGroup } from '../../../ui/fields/choice-group';

interface MeetingReviewStepProps {
  actions: OpenActionDto[];
  reviews: Record<string, ActionOutcome>;
  onChange: (actionId: string, outcome: ActionOutcome) => void;
  error?: string;
}

/** The meeting opens with what was agreed last time, so nothing agreed is quietly dropped. */
export function MeetingReviewStep({ actions, reviews, onChange, error }: MeetingReviewStepProps) {
  if (actions.length === 0) return <p>Nothing was left open from last time. Go on to the ratings.</p>;
  return (
    <>
      <p>Mark each action agreed last time as done or not done.</p>
      {actions.map((action) => {
        const owner =
          action.owner === 'other' && action.ownerName ? action.ownerName : ACTION_OWNER_LABELS[action.owner];
        return (
          <ChoiceGroup
            key={action.id}
            legend={`${action.description} (${owner}${action.dueOn ? `, due ${formatDate(action.dueOn)}` : ''})`}
            name={`review-${action.id}`}
            options={ACTION_OUTCOMES}
            labels={ACTION_OUTCOME_LABELS}
            value={reviews[action.id] ?? null}
            onChange={(outcome) => onChange(action.id, outcome)}
            error={error && !reviews[action.id] ? error : undefined}
          />
        );
      })}
    </>
  );
}
