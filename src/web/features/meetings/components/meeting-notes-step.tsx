import {
  MEETING_LIMITS,
  MEETING_STEP_LABELS,
  MEETING_STEPS,
  type MeetingStep,
} from '../../../../shared/api/meetings.schema';
import type { RatedAreaDto } from '../../../../shared/api/meetings.responses';
import { emptyNotes, type AreaNotes } from '../meeting-draft';
import { TextAreaField } from '../../../ui/fields/text-area-field';

// Prompts for each of the four steps, in plain words, so either person can hold the device.
const STEP_HINTS: Record<MeetingStep, string> = {
  understanding: 'Why is it like this? What is already going well?',
  lookingForward: 'What would be better? What is the smallest change that would help?',
  exploringOptions: 'What could you do, what could the worker do, what could others do?',
  agreeingActions: 'What have you agreed, in a few words?',
};

interface MeetingNotesStepProps {
  areas: RatedAreaDto[];
  notes: Record<string, AreaNotes>;
  onChange: (areaId: string, notes: AreaNotes) => void;
}

/** Four short notes for each chosen area, one per step of the conversation. */
export function MeetingNotesStep({ areas, notes, onChange }: MeetingNotesStepProps) {
  if (areas.length === 0) return <p>No areas were chosen. Go back to choose some, or go on to actions.</p>;
  return (
    <>
      {areas.map((area) => {
        const current = notes[area.id] ?? emptyNotes();
        return (
          <section key={area.id} className="card meeting-area" aria-labelledby={`area-notes-${area.id}`}>
            <h3 id={`area-notes-${area.id}`}>{area.label}</h3>
            {MEETING_STEPS.map((step) => (
              <TextAreaField
                key={step}
                label={`${area.label}: ${MEETING_STEP_LABELS[step].toLowerCase()}`}
                hint={STEP_HINTS[step]}
                isOptional
                rows={2}
                maxLength={MEETING_LIMITS.maxStepNoteLength}
                value={current[step]}
                onChange={(event) => onChange(area.id, { ...current, [step]: event.target.value })}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
