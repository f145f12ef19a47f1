import '../questionnaires.css';
import '../../meetings/meetings.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import type { OpenQuestionnaireDto } from '../../../../shared/api/questionnaires.responses';
import type { QuestionnaireAnswersBody } from '../../../../shared/api/questionnaires.schema';
import type { Me } from '../../../../shared/api/sessions.responses';
import { isApiRequestError } from '../../../api-client/api-request-error';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { RatingScaleGroup } from '../../../ui/fields/rating-scale-group';
import { TextField } from '../../../ui/fields/text-field';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useSaveQuestionnaireDraft, useSendQuestionnaire } from '../api/use-questionnaire-changes';
import { useQuestionnaires } from '../api/use-questionnaires';
import { clearDeviceDraft, readDeviceDraft, writeDeviceDraft } from '../device-drafts';

type Answers = QuestionnaireAnswersBody['answers'];

const YES_NO = ['yes', 'no'] as const;
const YES_NO_LABELS = { yes: 'Yes', no: 'No' } as const;

/** The person fills in one questionnaire, at any screen size; every answer is kept as they go. */
export function QuestionnairePage({ me }: { me: Me }) {
  const { personId = '', invitationId = '' } = useParams();
  const questionnaires = useQuestionnaires(personId);
  const open = questionnaires.data?.open.find((o) => o.id === invitationId);
  usePageTitle(open ? open.definition.title : 'Questionnaire');
  const [sent, setSent] = useState<{ isScored: boolean } | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="notice notice--success" ref={sentRef} tabIndex={-1}>
        <h1>Thank you</h1>
        <p>
          {sent.isScored
            ? 'Your answers are sent. Your care team can see your score, and you can see how it changes on My page.'
            : 'Your answers are sent. This questionnaire has no score: your care team can read your answers, and so can you on My page.'}
        </p>
        <p>
          <AppLink to="/my-page">Back to My page</AppLink>
        </p>
      </div>
    );
  }
  if (questionnaires.isPending) return <LoadingMessage what="your questionnaire" />;
  if (questionnaires.isError) return <ErrorMessage error={questionnaires.error} />;
  if (!open) {
    return (
      <>
        <h1>Questionnaire</h1>
        <p>This questionnaire is not waiting for you any more: it may have been sent already.</p>
        <p>
          <AppLink to="/my-page">Back to My page</AppLink>
        </p>
      </>
    );
  }
  return (
    <QuestionnaireForm
      key={open.id}
      open={open}
      personId={personId}
      accountId={me.accountId}
      onSent={() => setSent({ isScored: open.definition.scores.length > 0 })}
    />
  );
}

function startingAnswers(open: OpenQuestionnaireDto, accountId: string): { answers: Answers; revision: number } {
  const onDevice = readDeviceDraft(accountId, open.id);
  // What this device holds is newer unless the server saved past it (another device); then the server wins.
  if (onDevice && onDevice.revision >= open.revision) return { answers: onDevice.answers, revision: open.revision };
  return { answers: open.draft?.answers ?? [], revision: open.revision };
}

function QuestionnaireForm({
  open,
  personId,
  accountId,
  onSent,
}: {
  open: OpenQuestionnaireDto;
  personId: string;
  accountId: string;
  onSent: () => void;
}) {
  const start = startingAnswers(open, accountId);
  const [answers, setAnswers] = useState<Answers>(start.answers);
  const revision = useRef(start.revision);
  const pending = useRef<Answers | null>(null);
  const saveDraft = useSaveQuestionnaireDraft(personId, open.id);
  const send = useSendQuestionnaire(personId, open.id);
  const { definition } = open;
  const scales = new Map(definition.scales.map((scale) => [scale.id, scale]));
  const valueOf = (itemId: string) => answers.find((a) => a.itemId === itemId)?.value;

  const saveToServer = (next: Answers) => {
    if (saveDraft.isPending) {
      pending.current = next;
      return;
    }
    saveDraft.mutate(
      { answers: next, revision: revision.current },
      {
        onSuccess: (saved) => {
          revision.current = saved.revision;
          writeDeviceDraft(accountId, open.id, { answers: next, revision: saved.revision });
          const queued = pending.current;
          pending.current = null;
          if (queued) saveToServer(queued);
        },
      },
    );
  };

  const answer = (itemId: string, value: number | boolean) => {
    const next = [...answers.filter((a) => a.itemId !== itemId), { itemId, value }];
    setAnswers(next);
    writeDeviceDraft(accountId, open.id, { answers: next, revision: revision.current });
    saveToServer(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    send.mutate(
      { answers, revision: revision.current },
      {
        onSuccess: () => {
          clearDeviceDraft(accountId, open.id);
          onSent();
        },
      },
    );
  };

  const isConflict = (error: unknown) => isApiRequestError(error) && error.status === 409;
  return (
    <>
      <h1>{definition.title}</h1>
      <p className="lead">
        There are {definition.items.length} statements. Choose the answer closest to how things are for you. Your
        answers are kept as you go, on this device and with Tandem, so you can stop and come back; you can change any
        answer until you send them.
      </p>
      <form onSubmit={submit} className="form questionnaire-form" noValidate>
        {definition.items.map((item, index) => {
          const scale = scales.get(item.scaleId);
          const value = valueOf(item.id);
          const legend = `${index + 1}. ${item.text ?? item.label}${item.required ? ' (needs an answer)' : ''}`;
          if (scale?.kind === 'likert') {
            return (
              <RatingScaleGroup
                key={item.id}
                legend={legend}
                name={item.id}
                min={scale.min}
                max={scale.max}
                anchors={scale.anchors}
                value={typeof value === 'number' ? value : null}
                onChange={(next) => answer(item.id, next)}
              />
            );
          }
          if (scale?.kind === 'line') {
            return (
              <TextField
                key={item.id}
                label={legend}
                hint={`A number from ${scale.min} to ${scale.max}.`}
                type="number"
                inputMode="decimal"
                min={scale.min}
                max={scale.max}
                step={scale.step}
                value={typeof value === 'number' ? String(value) : ''}
                onChange={(event) => event.target.value !== '' && answer(item.id, Number(event.target.value))}
              />
            );
          }
          if (scale?.kind === 'yes-no') {
            return (
              <ChoiceGroup
                key={item.id}
                legend={legend}
                name={item.id}
                options={YES_NO}
                labels={YES_NO_LABELS}
                value={typeof value === 'boolean' ? (value ? 'yes' : 'no') : null}
                onChange={(next) => answer(item.id, next === 'yes')}
              />
            );
          }
          return null;
        })}
        <p role="status" className="muted">
          {answers.length} of {definition.items.length} answered.
          {saveDraft.isPending ? ' Saving…' : saveDraft.isSuccess ? ' Your answers so far are saved.' : ''}
        </p>
        {saveDraft.isError && (
          <ErrorMessage
            error={saveDraft.error}
            title={isConflict(saveDraft.error) ? 'Changed elsewhere' : 'Not saved yet'}
          />
        )}
        {send.isError && <ErrorMessage error={send.error} />}
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send my answers'}
        </button>
      </form>
    </>
  );
}
