import '../college.css';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useFormResult } from '../../../hooks/use-form-result';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useMarkAttendance } from '../api/college-mutations';
import { useRegister } from '../api/college-queries';
import { SessionDeliveryForm } from '../components/session-delivery-form';

/** A session's register: a large tick box per student, made for marking on a phone in the room. */
export function RegisterPage() {
  usePageTitle('Register');
  const { sessionId = '' } = useParams();
  const register = useRegister(sessionId);
  const mark = useMarkAttendance(sessionId);
  const result = useFormResult();
  const [touched, setTouched] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const marks = (register.data?.students ?? []).map((s) => ({
      studentId: s.studentId,
      attended: form.get(s.studentId) === 'on',
    }));
    mark.mutate(marks, {
      onSuccess: ({ students }) => {
        const came = students.filter((s) => s.attended).length;
        result.succeeded(`Register saved: ${came} of ${students.length} came.`);
        setTouched(false);
      },
    });
  };

  return (
    <>
      <h1>Register{register.data ? `: ${register.data.session.courseTitle}` : ''}</h1>
      {register.isPending && <LoadingMessage what="the register" />}
      {register.isError && <ErrorMessage error={register.error} />}
      {register.data && (
        <>
          <p className="lead">
            {formatDateTime(register.data.session.startsAt)},{' '}
            {register.data.session.isOnline ? `online (${register.data.session.place})` : register.data.session.place}
          </p>
          {register.data.students.length === 0 ? (
            <p className="empty-state">No one has a place on this course yet.</p>
          ) : (
            <form className="form card" onSubmit={onSubmit} onChange={() => setTouched(true)}>
              <fieldset className="fieldset">
                <legend className="fieldset__legend">Who came?</legend>
                {register.data.students.map((student) => (
                  <label key={student.studentId} className="checkbox register-line">
                    <input type="checkbox" name={student.studentId} defaultChecked={student.attended === true} />{' '}
                    {student.name}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="button" disabled={mark.isPending}>
                {mark.isPending ? 'Saving…' : 'Save the register'}
              </button>
              {touched && <p className="muted">Not saved yet.</p>}
            </form>
          )}
          {mark.isError && <ErrorMessage error={mark.error} title="The register was not saved" />}
          {result.success && (
            <p className="notice notice--success" ref={result.feedbackRef} tabIndex={-1}>
              {result.success}
            </p>
          )}
          <SessionDeliveryForm sessionId={sessionId} />
        </>
      )}
    </>
  );
}
