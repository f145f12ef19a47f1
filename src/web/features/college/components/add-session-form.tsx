import { useState } from 'react';
import type { CollegeRoomDto } from '../../../../shared/api/college-admin.responses';
import { TRAINER_EXPERIENCE_LABELS, type CollegeSetupResponse } from '../../../../shared/api/college.responses';
import type { AddSessionBody } from '../../../../shared/api/college.schema';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { CollegeForm } from './college-form';

/** The instant of a day and a time on this device's clock, or an empty string for the server to refuse. */
const localInstant = (day: string, time: string): string => {
  const at = new Date(`${day}T${time}`);
  return Number.isNaN(at.getTime()) ? '' : at.toISOString();
};

/** Adds a session: when, in one of the college's rooms or online, and its trainers of both kinds. */
export function AddSessionForm({
  courseId,
  rooms,
  trainers,
}: {
  courseId: string;
  rooms: readonly CollegeRoomDto[];
  trainers: CollegeSetupResponse['trainers'];
}) {
  const [where, setWhere] = useState<'room' | 'online'>(rooms.length > 0 ? 'room' : 'online');
  return (
    <CollegeForm<AddSessionBody>
      path={`/college/courses/${courseId}/sessions`}
      title="Add a session"
      submitLabel="Add the session"
      successMessage="Session added."
      toBody={(form) => {
        const day = formRequired(form, 'day');
        const roomId = where === 'room' ? formText(form, 'roomId') : null;
        const room = rooms.find((r) => r.id === roomId);
        return {
          startsAt: localInstant(day, formRequired(form, 'from')),
          endsAt: localInstant(day, formRequired(form, 'to')),
          place: room ? `${room.name}, ${room.address}` : formRequired(form, 'place'),
          isOnline: where === 'online',
          roomId,
          trainerIds: form.getAll('trainerIds').filter((id): id is string => typeof id === 'string'),
        };
      }}
    >
      <TextField label="Day" name="day" type="date" required />
      <div className="college-time-pair">
        <TextField label="From" name="from" type="time" required />
        <TextField label="To" name="to" type="time" required />
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Where</legend>
        <label className="checkbox">
          <input type="radio" name="where" checked={where === 'room'} onChange={() => setWhere('room')} /> In one of the
          college’s rooms
        </label>
        <label className="checkbox">
          <input type="radio" name="where" checked={where === 'online'} onChange={() => setWhere('online')} /> Online
        </label>
      </fieldset>
      {where === 'room' ? (
        <SelectField
          label="Room"
          name="roomId"
          required
          placeholder="Choose a room"
          options={rooms.map((room) => ({ value: room.id, label: `${room.name} (holds ${room.capacity})` }))}
        />
      ) : (
        <TextField
          label="How to join"
          name="place"
          required
          maxLength={300}
          hint="For example: a video call; the link is emailed the day before."
        />
      )}
      {(['peer', 'practitioner'] as const).map((experience) => (
        <fieldset className="fieldset" key={experience}>
          <legend className="fieldset__legend">
            {experience === 'peer' ? 'Peer trainers' : 'Practitioner trainers'} (
            {TRAINER_EXPERIENCE_LABELS[experience].toLowerCase()})
          </legend>
          {trainers
            .filter((trainer) => trainer.experience === experience)
            .map((trainer) => (
              <label className="checkbox" key={trainer.id}>
                <input type="checkbox" name="trainerIds" value={trainer.id} /> {trainer.firstName} {trainer.lastName}
              </label>
            ))}
        </fieldset>
      ))}
    </CollegeForm>
  );
}
