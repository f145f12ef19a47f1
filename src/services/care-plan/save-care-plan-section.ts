import type { Actor } from '../../domain/accounts/actor';
import { decideSectionEdit } from '../../domain/care-plan/authorship';
import { documentKindRules } from '../../domain/care-plan/document-kind';
import {
  characterCount,
  normaliseSectionText,
  type SectionDefinition,
} from '../../domain/care-plan/care-plan-sections';
import { isStaleSave } from '../../domain/care-plan/stale-save';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import { editorOf, type Editor } from './care-plan-editor';
import { proposalView, sectionView, type ProposalView, type SectionView } from './care-plan-view';
import { appendVersion, authorshipOf, currentRevision, lockPlanOf } from './plan-writes';
import type { CarePlanProposalRecord, CarePlanRecord, CarePlanVersionRecord } from './ports';
import { requireSection } from './section-definitions';
import { documentOf, type DocumentInput } from './document-of';

export interface SaveCarePlanSectionInput extends DocumentInput {
  personId: string;
  sectionKey: string;
  text: string;
  /** The version the editor started from: the section's `version` (or the plan's) when they opened it. */
  baseVersion: number;
}

export type SaveCarePlanSectionResult =
  | { outcome: 'saved' | 'unchanged'; planVersion: number; section: SectionView }
  | { outcome: 'proposed'; planVersion: number; proposal: ProposalView };

/**
 * Saves one section as a new version of the plan. A save based on an out-of-date version is
 * refused (409, with the section as it now reads) rather than overwriting someone else's words;
 * a worker's change to words the person wrote or accepted becomes a proposal for the person.
 */
export async function saveCarePlanSection(
  deps: ServiceDeps,
  input: SaveCarePlanSectionInput,
  actor: Actor,
): Promise<SaveCarePlanSectionResult> {
  const text = checkedText(input.text, documentKindRules(input.kind ?? 'care_plan').maxSectionCharacters);
  return deps.uow.run(async (repositories) => {
    const { kind, rules } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.writeAction, now);
    const plan = await lockPlanOf(repositories, person.id, now, kind);
    const definition = requireSection(plan.sections, input.sectionKey);
    const current = await currentRevision(repositories, plan, definition.key);
    // Words the section already reads overwrite nothing, however old the version they started from:
    // a save sent twice (a double click) is answered as saved, not as a conflict with oneself.
    if ((current?.text ?? '') === text)
      return { outcome: 'unchanged', planVersion: plan.currentVersion, section: sectionView(definition, current) };
    refuseIfStale(plan, definition.key, current, input.baseVersion);
    const editor = await editorOf(repositories, actor, person.id, now);
    const audit = (action: string, detail: Record<string, unknown>) =>
      recordAudit(repositories, actor, now, {
        action,
        personId: person.id,
        basis,
        detail: { section: definition.key, ...detail },
      });
    const decision = decideSectionEdit(authorshipOf(current), editor.kind, definition.voice);
    if (decision === 'refuse') {
      throw new AppError(
        'forbidden',
        `“${definition.title}” is in your care team’s words. Say what you think in your own section, or in the discussion beside it.`,
        { field: 'section' },
      );
    }
    if (decision === 'propose') {
      const waiting = await samePendingProposal(repositories, { plan, definition, current, editor, text });
      if (waiting) return { outcome: 'proposed', planVersion: plan.currentVersion, proposal: waiting };
      const proposal = await propose(repositories, { plan, definition, current, editor, text, now });
      await audit(`${kind}.proposal.create`, { proposalId: proposal.id });
      return { outcome: 'proposed', planVersion: plan.currentVersion, proposal };
    }
    const version = await appendVersion(repositories, { plan, sectionKey: definition.key, text, author: editor, now });
    await audit(`${kind}.section.save`, { version: version.version });
    return { outcome: 'saved', planVersion: version.version, section: sectionView(definition, version) };
  });
}

function checkedText(raw: string, max: number): string {
  const text = normaliseSectionText(raw);
  const length = characterCount(text);
  if (length > max) {
    throw new AppError(
      'bad_request',
      `A section can be at most ${max.toLocaleString('en-GB')} characters; this is ${length.toLocaleString('en-GB')}. A shorter plan is more likely to be read.`,
      { field: 'text', maxCharacters: max, characters: length },
    );
  }
  return text;
}

function refuseIfStale(
  plan: CarePlanRecord,
  sectionKey: string,
  current: CarePlanVersionRecord | null,
  baseVersion: number,
): void {
  const sectionVersion = current?.version ?? 0;
  if (!isStaleSave({ baseVersion, sectionVersion, planVersion: plan.currentVersion })) return;
  throw new AppError(
    'conflict',
    current
      ? `${current.authorName} changed this section after you opened it. Nothing was saved: read their version, then make your change to it.`
      : 'This plan has changed since you opened it. Nothing was saved: open it again, then make your change.',
    {
      section: sectionKey,
      currentText: current?.text ?? '',
      currentVersion: sectionVersion,
      planVersion: plan.currentVersion,
    },
  );
}

interface ProposalOptions {
  plan: CarePlanRecord;
  definition: SectionDefinition;
  current: CarePlanVersionRecord | null;
  editor: Editor;
  text: string;
}

/** The proposal this editor already made of these words to this version of the section (a change sent twice). */
async function samePendingProposal(
  repositories: Repositories,
  { plan, definition, current, editor, text }: ProposalOptions,
): Promise<ProposalView | null> {
  const pending = await repositories.documents(plan.kind).listProposals(plan.personId, 'pending');
  const same = pending.find(
    (p) =>
      p.sectionKey === definition.key &&
      p.baseVersion === (current?.version ?? 0) &&
      p.proposedByAccountId === editor.accountId &&
      p.text === text,
  );
  return same ? proposalView(same, definition.title, current?.text ?? '') : null;
}

async function propose(repositories: Repositories, options: ProposalOptions & { now: Date }): Promise<ProposalView> {
  const { plan, definition, current, editor, now } = options;
  const proposal: CarePlanProposalRecord = {
    personId: plan.personId,
    id: newId(),
    sectionKey: definition.key,
    baseVersion: current?.version ?? 0,
    text: options.text,
    proposedByAccountId: editor.accountId,
    proposerName: editor.name,
    proposerRole: editor.role,
    proposedAt: now,
    status: 'pending',
    decidedByAccountId: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    appliedVersion: null,
  };
  await repositories.documents(plan.kind).createProposal(proposal);
  return proposalView(proposal, definition.title, current?.text ?? '');
}
