import { useId, useState } from 'react';
import { MEETING_LIMITS } from '../../../../shared/api/meetings.schema';
import type { RatedAreaDto } from '../../../../shared/api/meetings.responses';
import { useAnnounce } from '../../../ui/live-announcer';

interface MeetingAreasStepProps {
  areas: RatedAreaDto[];
  ratings: Record<string, number>;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

const MAX = MEETING_LIMITS.maxChosenAreas;

/** The person chooses what to talk about; a fourth choice is refused in words, not silently. */
export function MeetingAreasStep({ areas, ratings, chosen, onChange }: MeetingAreasStepProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const announce = useAnnounce();
  const hintId = useId();
  const toggle = (area: RatedAreaDto, isChecked: boolean) => {
    if (!isChecked) {
      setRefusal(null);
      onChange(chosen.filter((id) => id !== area.id));
      return;
    }
    if (chosen.length >= MAX) {
      const message = `You can choose up to ${MAX} areas. Untick one to choose ${area.label} instead.`;
      setRefusal(message);
      announce(message);
      return;
    }
    setRefusal(null);
    onChange([...chosen, area.id]);
  };
  return (
    <fieldset className="fieldset" aria-describedby={hintId}>
      <legend className="fieldset__legend">Which areas do you want to talk about today?</legend>
      <p className="field__hint" id={hintId}>
        Choose up to {MAX}. {chosen.length} of {MAX} chosen.
      </p>
      {refusal && (
        <p className="field__error" role="alert">
          {refusal}
        </p>
      )}
      <div className="checkbox-list">
        {areas.map((area) => (
          <label className="checkbox" key={area.id}>
            <input
              type="checkbox"
              checked={chosen.includes(area.id)}
              onChange={(event) => toggle(area, event.target.checked)}
            />
            <span>
              {area.label}
              {ratings[area.id] !== undefined && <span className="muted"> (rated {ratings[area.id]} of 7)</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
