import '../college.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { COLLEGE_LIMITS, type CreateRoomBody } from '../../../../shared/api/college-admin.schema';
import { TRAINER_EXPERIENCE_LABELS } from '../../../../shared/api/college.responses';
import type { CreateCourseBody, CreateTermBody, UpdateTrainerBody } from '../../../../shared/api/college.schema';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { SimpleTable } from '../../../ui/simple-table';
import { useCollegeRooms, useCollegeSetup } from '../api/college-admin-queries';
import { CollegeForm } from '../components/college-form';
import { EditRecordForm } from '../components/edit-record-form';

const EXPERIENCE_OPTIONS = [
  { value: 'peer', label: `Peer trainer: ${TRAINER_EXPERIENCE_LABELS.peer.toLowerCase()}` },
  { value: 'practitioner', label: `Practitioner trainer: ${TRAINER_EXPERIENCE_LABELS.practitioner.toLowerCase()}` },
];

const numberOrNaN = (form: FormData, name: string) => Number(formRequired(form, name) || Number.NaN);

/** Running the Recovery College: its terms, rooms, trainers and courses, each with a form to add one. */
export function CollegeAdminPage() {
  usePageTitle('Run the Recovery College');
  const setup = useCollegeSetup();
  const rooms = useCollegeRooms();
  const [editingRoomId, setEditingRoomId] = useState<string | null>(null);
  const editingRoom = rooms.data?.rooms.find((room) => room.id === editingRoomId);
  const [editingTermId, setEditingTermId] = useState<string | null>(null);
  const editingTerm = setup.data?.terms.find((term) => term.id === editingTermId);
  const [editingTrainerId, setEditingTrainerId] = useState<string | null>(null);
  const editingTrainer = setup.data?.trainers.find((trainer) => trainer.id === editingTrainerId);
  if (hasStatus(setup.error, 403))
    return <ForbiddenNotice message="Only the college’s leads and administrators run the college." />;
  return (
    <>
      <h1>Run the Recovery College</h1>
      <p className="lead">
        Terms, rooms, trainers and courses. A course reaches the prospectus once it says who designed it and every
        session has a peer trainer and a practitioner trainer.{' '}
        <Link to="/college/figures">See the college’s figures</Link> or{' '}
        <Link to="/college/fidelity">assess its fidelity</Link>.
      </p>
      {setup.isPending && <LoadingMessage what="the college" />}
      {setup.isError && <ErrorMessage error={setup.error} />}
      {setup.data && (
        <>
          <section aria-labelledby="college-courses">
            <h2 id="college-courses">Courses</h2>
            <div className="admin-section">
              <div className="admin-section__list">
                <SimpleTable
                  caption="Courses"
                  rows={setup.data.courses}
                  rowKey={(course) => course.id}
                  filter={{ label: 'Find a course', text: (course) => `${course.title} ${course.termName}` }}
                  columns={[
                    {
                      header: 'Course',
                      cell: (course) => <Link to={`/college/manage/courses/${course.id}`}>{course.title}</Link>,
                    },
                    { header: 'Term', cell: (course) => course.termName },
                    { header: 'Status', cell: (course) => (course.status === 'published' ? 'Published' : 'Draft') },
                    { header: 'Sessions', cell: (course) => String(course.sessions.length) },
                    { header: 'Places left', cell: (course) => `${course.placesLeft} of ${course.capacity}` },
                  ]}
                  emptyText="There are no courses yet."
                />
              </div>
              <div className="admin-section__form">
                <CollegeForm<CreateCourseBody>
                  path="/college/courses"
                  title="Draft a course"
                  submitLabel="Draft the course"
                  successMessage="Course drafted. Open it to add sessions and publish it."
                  toBody={(form) => ({
                    termId: formRequired(form, 'termId'),
                    title: formRequired(form, 'title'),
                    summary: formRequired(form, 'summary'),
                    audience: formRequired(form, 'audience'),
                    accessibility: formText(form, 'accessibility') ?? '',
                    designedBy: formRequired(form, 'designedBy'),
                    capacity: numberOrNaN(form, 'capacity'),
                  })}
                >
                  <SelectField
                    label="Term"
                    name="termId"
                    required
                    placeholder="Choose a term"
                    options={setup.data.terms.map((term) => ({ value: term.id, label: term.name }))}
                  />
                  <TextField label="Title" name="title" required maxLength={COLLEGE_LIMITS.maxTitleLength} />
                  <TextAreaField
                    label="What you will learn"
                    name="summary"
                    required
                    maxLength={COLLEGE_LIMITS.maxTextLength}
                    rows={3}
                  />
                  <TextAreaField
                    label="Who it is for"
                    name="audience"
                    required
                    maxLength={COLLEGE_LIMITS.maxTextLength}
                    rows={2}
                  />
                  <TextAreaField
                    label="Who designed it"
                    name="designedBy"
                    required
                    hint="Co-production: name the people with lived and professional experience who shaped it."
                    maxLength={COLLEGE_LIMITS.maxTextLength}
                    rows={2}
                  />
                  <TextAreaField
                    label="Accessibility"
                    name="accessibility"
                    isOptional
                    maxLength={COLLEGE_LIMITS.maxTextLength}
                    rows={2}
                  />
                  <TextField
                    label="Places"
                    name="capacity"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={COLLEGE_LIMITS.maxCapacity}
                    required
                  />
                </CollegeForm>
              </div>
            </div>
          </section>

          <section aria-labelledby="college-terms">
            <h2 id="college-terms">Terms</h2>
            <div className="admin-section">
              <div className="admin-section__list">
                <SimpleTable
                  caption="Terms"
                  rows={setup.data.terms}
                  rowKey={(term) => term.id}
                  columns={[
                    { header: 'Term', cell: (term) => term.name },
                    { header: 'From', cell: (term) => formatDate(term.startsOn) },
                    { header: 'To', cell: (term) => formatDate(term.endsOn) },
                    {
                      header: 'Change',
                      cell: (term) => (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={`Change ${term.name}`}
                          onClick={() => setEditingTermId(term.id)}
                        >
                          Change
                        </button>
                      ),
                    },
                  ]}
                  emptyText="There are no terms yet."
                />
              </div>
              <div className="admin-section__form">
                {editingTerm && (
                  <EditRecordForm<CreateTermBody>
                    key={editingTerm.id}
                    path={`/college/terms/${editingTerm.id}`}
                    title={`Change ${editingTerm.name}`}
                    submitLabel="Save the term"
                    successMessage="Term saved."
                    record={editingTerm}
                    onClose={() => setEditingTermId(null)}
                    toFields={termFields}
                    describe={(theirs) => (
                      <p>
                        <strong>{theirs.name}</strong>: {formatDate(theirs.startsOn)} to {formatDate(theirs.endsOn)}
                      </p>
                    )}
                  >
                    {(values) => <TermFields values={values} />}
                  </EditRecordForm>
                )}
                <CollegeForm
                  path="/college/terms"
                  title="Add a term"
                  submitLabel="Add the term"
                  successMessage="Term added."
                  toBody={termFields}
                >
                  <TermFields />
                </CollegeForm>
              </div>
            </div>
          </section>

          <section aria-labelledby="college-rooms">
            <h2 id="college-rooms">Rooms</h2>
            <div className="admin-section">
              <div className="admin-section__list">
                {rooms.isError && <ErrorMessage error={rooms.error} />}
                <SimpleTable
                  caption="Rooms"
                  rows={rooms.data?.rooms ?? []}
                  rowKey={(room) => room.id}
                  columns={[
                    { header: 'Room', cell: (room) => room.name },
                    { header: 'Address', cell: (room) => room.address },
                    { header: 'Holds', cell: (room) => String(room.capacity) },
                    { header: 'Accessibility', cell: (room) => room.accessibility || '–' },
                    {
                      header: 'Change',
                      cell: (room) => (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={`Change ${room.name}`}
                          onClick={() => setEditingRoomId(room.id)}
                        >
                          Change
                        </button>
                      ),
                    },
                  ]}
                  emptyText="There are no rooms yet."
                />
              </div>
              <div className="admin-section__form">
                {editingRoom && (
                  <EditRecordForm<CreateRoomBody>
                    key={editingRoom.id}
                    path={`/college/rooms/${editingRoom.id}`}
                    title={`Change ${editingRoom.name}`}
                    submitLabel="Save the room"
                    successMessage="Room saved."
                    record={editingRoom}
                    onClose={() => setEditingRoomId(null)}
                    toFields={roomFields}
                    describe={(theirs) => (
                      <p>
                        <strong>{theirs.name}</strong>, {theirs.address}. Holds {theirs.capacity}.{' '}
                        {theirs.accessibility}
                      </p>
                    )}
                  >
                    {(values) => <RoomFields values={values} />}
                  </EditRecordForm>
                )}
                <CollegeForm<CreateRoomBody>
                  path="/college/rooms"
                  title="Add a room"
                  submitLabel="Add the room"
                  successMessage="Room added."
                  toBody={roomFields}
                >
                  <RoomFields />
                </CollegeForm>
              </div>
            </div>
          </section>

          <section aria-labelledby="college-trainers">
            <h2 id="college-trainers">Trainers</h2>
            <div className="admin-section">
              <div className="admin-section__list">
                <SimpleTable
                  caption="Trainers"
                  rows={setup.data.trainers}
                  rowKey={(trainer) => trainer.id}
                  filter={{ label: 'Find a trainer', text: (trainer) => `${trainer.firstName} ${trainer.lastName}` }}
                  columns={[
                    { header: 'Trainer', cell: (trainer) => `${trainer.firstName} ${trainer.lastName}` },
                    { header: 'Brings', cell: (trainer) => TRAINER_EXPERIENCE_LABELS[trainer.experience] },
                    { header: 'Leads the college', cell: (trainer) => (trainer.isLead ? 'Yes' : 'No') },
                    {
                      header: 'Change',
                      cell: (trainer) => (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={`Change ${trainer.firstName} ${trainer.lastName}`}
                          onClick={() => setEditingTrainerId(trainer.id)}
                        >
                          Change
                        </button>
                      ),
                    },
                  ]}
                  emptyText="There are no trainers yet."
                />
              </div>
              <div className="admin-section__form">
                {editingTrainer && (
                  <EditRecordForm<Omit<UpdateTrainerBody, 'version'>>
                    key={editingTrainer.id}
                    path={`/college/trainers/${editingTrainer.id}`}
                    title={`Change ${editingTrainer.firstName} ${editingTrainer.lastName}`}
                    submitLabel="Save the trainer"
                    successMessage="Trainer saved."
                    record={editingTrainer}
                    onClose={() => setEditingTrainerId(null)}
                    toFields={(form) => ({
                      firstName: formRequired(form, 'firstName'),
                      lastName: formRequired(form, 'lastName'),
                      experience: formRequired(form, 'experience') as UpdateTrainerBody['experience'],
                      isLead: form.get('isLead') === 'on',
                    })}
                    describe={(theirs) => (
                      <p>
                        <strong>
                          {theirs.firstName} {theirs.lastName}
                        </strong>
                        : {TRAINER_EXPERIENCE_LABELS[theirs.experience]}.{' '}
                        {theirs.isLead ? 'Leads the college.' : 'Does not lead the college.'}
                      </p>
                    )}
                  >
                    {(values) => (
                      <>
                        <TextField
                          label="First name"
                          name="firstName"
                          required
                          maxLength={60}
                          defaultValue={values.firstName}
                        />
                        <TextField
                          label="Last name"
                          name="lastName"
                          required
                          maxLength={60}
                          defaultValue={values.lastName}
                        />
                        <SelectField
                          label="Experience they bring"
                          name="experience"
                          required
                          options={EXPERIENCE_OPTIONS}
                          defaultValue={values.experience}
                        />
                        <label className="checkbox">
                          <input type="checkbox" name="isLead" defaultChecked={values.isLead} /> Leads the college (runs
                          courses, rooms and terms)
                        </label>
                      </>
                    )}
                  </EditRecordForm>
                )}
                <CollegeForm
                  path="/college/trainers"
                  title="Add a trainer"
                  submitLabel="Add the trainer"
                  successMessage="Trainer added."
                  toBody={(form) => ({
                    firstName: formRequired(form, 'firstName'),
                    lastName: formRequired(form, 'lastName'),
                    experience: formRequired(form, 'experience'),
                    username: formText(form, 'username'),
                    isLead: form.get('isLead') === 'on',
                  })}
                >
                  <TextField
                    label="First name"
                    name="firstName"
                    required
                    maxLength={60}
                    hint="Only the first name is shown to students."
                  />
                  <TextField label="Last name" name="lastName" required maxLength={60} />
                  <SelectField
                    label="Experience they bring"
                    name="experience"
                    required
                    placeholder="Choose one"
                    options={EXPERIENCE_OPTIONS}
                  />
                  <TextField
                    label="Username they sign in with"
                    name="username"
                    isOptional
                    maxLength={64}
                    hint="So they see their sessions and registers."
                  />
                  <label className="checkbox">
                    <input type="checkbox" name="isLead" /> Leads the college (runs courses, rooms and terms)
                  </label>
                </CollegeForm>
              </div>
            </div>
          </section>
        </>
      )}
    </>
  );
}

const roomFields = (form: FormData): CreateRoomBody => ({
  name: formRequired(form, 'name'),
  address: formRequired(form, 'address'),
  capacity: numberOrNaN(form, 'capacity'),
  accessibility: formText(form, 'accessibility') ?? '',
});

/** A room's fields, empty to add one or filled in to change one. */
function RoomFields({ values }: { values?: CreateRoomBody }) {
  return (
    <>
      <TextField label="Name" name="name" required maxLength={120} defaultValue={values?.name} />
      <TextField label="Address" name="address" required maxLength={300} defaultValue={values?.address} />
      <TextField
        label="How many people it holds"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        required
        defaultValue={values?.capacity}
      />
      <TextAreaField
        label="Accessibility"
        name="accessibility"
        isOptional
        hint="Step-free access, hearing loop, quiet room, nearest bus stop."
        maxLength={COLLEGE_LIMITS.maxTextLength}
        rows={2}
        defaultValue={values?.accessibility}
      />
    </>
  );
}

const termFields = (form: FormData): CreateTermBody => ({
  name: formRequired(form, 'name'),
  startsOn: formRequired(form, 'startsOn'),
  endsOn: formRequired(form, 'endsOn'),
});

/** A term's fields, empty to add one or filled in to change one. */
function TermFields({ values }: { values?: CreateTermBody }) {
  return (
    <>
      <TextField
        label="Name"
        name="name"
        required
        maxLength={80}
        hint="For example: Spring 2027."
        defaultValue={values?.name}
      />
      <TextField label="First day" name="startsOn" type="date" required defaultValue={values?.startsOn} />
      <TextField label="Last day" name="endsOn" type="date" required defaultValue={values?.endsOn} />
    </>
  );
}
