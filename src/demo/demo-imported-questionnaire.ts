import { createHash } from 'node:crypto';
import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import { buildResponse, scoreResponse, type InstrumentDefinition } from '../domain/instruments';
import { recordAudit } from '../services/audit/record-audit';
import type { ServiceDeps } from '../services/ports';
import { dayOf, isoOfDay, msOfDay } from './demo-calendar';

/** A stable id for the n-th record of a family: the same seed gives the same ids. */
function demoId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`imported-questionnaire:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The demo service's own short questionnaire, as its administrator would import it from the
 * service's FHIR server (ADR 0053): written by the service, so its wording comes with it.
 */
export const DEMO_IMPORTED_INSTRUMENT: InstrumentDefinition = {
  id: 'how-this-week-went',
  canonicalUrl: 'https://forms.example.org/fhir/Questionnaire/how-this-week-went',
  version: '1.0.0',
  title: 'How this week went',
  description: 'Four questions the service asks every four weeks, written with its peer workers.',
  licence: 'Written by the demo service; free to use.',
  isValidated: false,
  wordingMode: 'included',
  scales: [
    {
      kind: 'likert',
      id: 'days',
      min: 0,
      max: 4,
      anchors: [
        { value: 0, label: 'Not at all' },
        { value: 2, label: 'About half the days' },
        { value: 4, label: 'Every day' },
      ],
      nonScoredOptions: [],
    },
    { kind: 'yes-no', id: 'yes-no', nonScoredOptions: [] },
  ],
  items: [
    {
      id: 'got-up',
      label: 'Got up',
      text: 'I got up at a time I was happy with',
      scaleId: 'days',
      reverseKeyed: false,
    },
    { id: 'ate-well', label: 'Ate well', text: 'I ate a proper meal', scaleId: 'days', reverseKeyed: false },
    { id: 'saw-someone', label: 'Saw someone', text: 'I saw someone I like', scaleId: 'days', reverseKeyed: false },
    {
      id: 'talk-next',
      label: 'Talk next time',
      text: 'I would like to talk about this week at our next meeting',
      scaleId: 'yes-no',
      reverseKeyed: false,
      required: true,
    },
  ],
  subscales: [],
  scores: [
    {
      id: 'week-total',
      label: 'This week',
      method: 'sum',
      source: { kind: 'items', itemIds: ['got-up', 'ate-well', 'saw-someone'] },
      missing: { kind: 'max-count', count: 1 },
      thresholds: [],
    },
  ],
};

/** Answers four, eight and twelve weeks ago: a week getting better. */
const ANSWERS = [
  { weeksAgo: 12, values: { 'got-up': 1, 'ate-well': 2, 'saw-someone': 0, 'talk-next': true } },
  { weeksAgo: 8, values: { 'got-up': 2, 'ate-well': 2, 'saw-someone': 1, 'talk-next': false } },
  { weeksAgo: 4, values: { 'got-up': 3, 'ate-well': 3, 'saw-someone': 2, 'talk-next': true } },
] as const;

/**
 * The imported questionnaire, and one person on the demo worker's caseload (not the demo person, whose
 * page other walkthroughs describe) asked for it every 28 days: three answers so far and the next one
 * waiting. Written once the demo accounts exist; only the import when they do not.
 */
export async function loadDemoImportedQuestionnaire(deps: ServiceDeps, options: { seed: number; today: Date }) {
  const today = dayOf(options.today);
  const id = (family: string, n: number) => demoId(options.seed, family, n);
  const definition = DEMO_IMPORTED_INSTRUMENT;
  await deps.uow.run(async (r) => {
    await r.instruments.saveImported({
      definition,
      importedAt: new Date(msOfDay(today - 90, 9 * 60)),
      importedByAccountId: null,
    });
    await recordAudit(r, SYSTEM_ACTOR, options.today, {
      action: 'instrument.import',
      detail: { instrumentId: definition.id, version: definition.version, items: definition.items.length },
    });
    // Offered to people, as an administrator would have chosen (ADR 0053): importing alone does not.
    await r.instruments.saveOffer(
      {
        instrumentId: definition.id,
        offered: true,
        changedAt: new Date(msOfDay(today - 90, 9 * 60)),
        changedByAccountId: null,
      },
      0,
    );
    const workerAccount = await r.accounts.findByUsername('demo-worker');
    const personAccount = await r.accounts.findByUsername('demo-person');
    if (!workerAccount?.workerId) return;
    const caseload = await r.careTeams.caseload(workerAccount.workerId, isoOfDay(today), isoOfDay(today - 365));
    const personId = caseload
      .map((row) => row.personId)
      .filter((candidate) => candidate !== personAccount?.personId)
      .sort()[0];
    if (!personId) return;
    const answeredAt = (weeksAgo: number) => new Date(msOfDay(today - weeksAgo * 7, 10 * 60 + 30));
    await r.questionnaires.saveSchedule({
      personId,
      instrumentId: definition.id,
      everyDays: 28,
      setByAccountId: workerAccount.id,
      setAt: answeredAt(13),
      stoppedAt: null,
      stoppedByAccountId: null,
    });
    await r.instruments.createResponses(
      ANSWERS.map(({ weeksAgo, values }, n) => {
        const response = buildResponse(definition, values);
        return {
          id: id('response', n),
          personId,
          instrumentId: definition.id,
          version: definition.version,
          purpose: 'outcome_measure' as const,
          meetingId: null,
          answers: [...response.answers],
          scores: [...scoreResponse(definition, response).scores],
          completedAt: answeredAt(weeksAgo),
          recordedByAccountId: null,
        };
      }),
    );
    await r.questionnaires.createInvitation({
      personId,
      id: id('invitation', 0),
      instrumentId: definition.id,
      version: definition.version,
      dueOn: isoOfDay(today),
      origin: 'care_team',
      createdByAccountId: workerAccount.id,
      createdAt: answeredAt(4),
      draftAnswers: [],
      revision: 0,
      draftSavedAt: null,
      emailId: null,
      responseId: null,
      completedAt: null,
    });
  });
}
