import type { Actor } from '../../domain/accounts/actor';
import { agreementState, type SignerKind } from '../../domain/care-plan/agreement';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import { AppError, isAppError } from '../../domain/errors/app-error';
import { type PersonAccess, requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { SectionView } from './care-plan-view';
import { documentOf } from './document-of';
import { loadCarePlanView } from './load-care-plan-view';
import type { CarePlanSignatureRecord } from './ports';

/**
 * The documents other systems receive: every co-produced document, each as its agreed versions (the
 * risk formulation and the positive risk-taking plan as they are written, with no score; ADR 0047).
 */
export type DocumentInForceKind = DocumentKind;

export interface PlanSignature {
  signerKind: SignerKind;
  name: string;
  signedAt: Date;
  /** The care coordinator who signed; null for the person's own signature. */
  workerId: string | null;
}

/** A version of a plan that was in force, as other systems receive it. */
export interface PlanInForce {
  kind: DocumentInForceKind;
  personId: string;
  personName: string;
  isDischarged: boolean;
  version: number;
  /** Every version that has been in force, oldest first: the plan's history as other systems see it. */
  versionsInForce: number[];
  /** When this version came into force: its last signature, or when it was written if it needs none. */
  inForceFrom: Date;
  sections: SectionView[];
  signatures: PlanSignature[];
}

export interface GetPlanInForceInput {
  personId: string;
  kind: DocumentInForceKind;
  /** A version that was in force; the latest when left out. */
  version?: number;
}

/**
 * A plan as it is in force, for other systems: the latest version both sides agreed (a draft is not
 * the plan yet), or a safety plan as the person wrote it when they chose that their team need not
 * agree it. Null when no version is in force yet; 404 for a version that never was. One read, audited.
 */
export async function getPlanInForce(
  deps: ServiceDeps,
  input: GetPlanInForceInput,
  actor: Actor,
): Promise<PlanInForce | null> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, now, access, signatures, inForce } = await openInForce(repositories, deps, input, actor);
    const version = input.version ?? inForce.at(-1);
    if (input.version !== undefined && !inForce.includes(input.version)) {
      throw new AppError(
        'not_found',
        `Version ${input.version} of this ${rules.noun} was never agreed, so it was never in force.`,
      );
    }
    await recordAudit(repositories, actor, now, {
      action: `${kind}.read`,
      personId: access.person.id,
      basis: access.basis,
      detail: { version: version ?? null, inForce: true },
    });
    if (version === undefined) return null;
    return loadVersionInForce(repositories, access, actor, { kind: input.kind, version, now, inForce, signatures });
  });
}

/**
 * Every version of a plan that has been in force, newest first, for a FHIR history: one read, audited
 * once. An empty list when none has been agreed yet.
 */
export async function getPlanHistory(
  deps: ServiceDeps,
  input: Omit<GetPlanInForceInput, 'version'>,
  actor: Actor,
): Promise<PlanInForce[]> {
  return deps.uow.run(async (repositories) => {
    const { kind, now, access, signatures, inForce } = await openInForce(repositories, deps, input, actor);
    await recordAudit(repositories, actor, now, {
      action: `${kind}.read`,
      personId: access.person.id,
      basis: access.basis,
      detail: { versions: inForce, inForce: true },
    });
    const versions: PlanInForce[] = [];
    for (const version of [...inForce].reverse()) {
      versions.push(
        await loadVersionInForce(repositories, access, actor, { kind: input.kind, version, now, inForce, signatures }),
      );
    }
    return versions;
  });
}

/**
 * A search of a person's plans of several kinds, for other systems: the latest version in force of
 * each kind the reader may see, those `matches` keeps, in one transaction and **one** audit event
 * naming the plans it returned, so "who opened my record" shows one look, not one per kind. A kind
 * the reader may not see is left out, as the app leaves it out; when they may see none, the refusal
 * stands.
 */
export async function searchPlansInForce(
  deps: ServiceDeps,
  input: {
    personId: string;
    kinds: readonly DocumentInForceKind[];
    matches?: (plan: PlanInForce) => boolean;
  },
  actor: Actor,
): Promise<PlanInForce[]> {
  return deps.uow.run(async (repositories) => {
    const plans: PlanInForce[] = [];
    let refusal: unknown = null;
    let opened: Awaited<ReturnType<typeof openInForce>> | null = null;
    for (const kind of input.kinds) {
      try {
        const found = await openInForce(repositories, deps, { personId: input.personId, kind }, actor);
        opened ??= found;
        const { access, now, inForce, signatures } = found;
        const version = inForce.at(-1);
        if (version === undefined) continue;
        const plan = await loadVersionInForce(repositories, access, actor, { kind, version, now, inForce, signatures });
        if (!input.matches || input.matches(plan)) plans.push(plan);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'forbidden') throw error;
        refusal = error;
      }
    }
    // No kind asked for (a category Tandem does not have): nothing was read, so nothing to audit.
    if (!opened) {
      if (refusal) throw refusal;
      return [];
    }
    await recordAudit(repositories, actor, opened.now, {
      action: PLAN_SEARCH_ACTION,
      personId: opened.access.person.id,
      basis: opened.access.basis,
      detail: { plans: plans.map((plan) => ({ kind: plan.kind, version: plan.version })), inForce: true },
    });
    return plans;
  });
}

/** The audit action of a search over the person's plans: one event per search, naming what it returned. */
export const PLAN_SEARCH_ACTION = 'plans.search';

/** One version that was in force, with the signatures that put it there. Access has been checked; the caller audits. */
async function loadVersionInForce(
  repositories: Repositories,
  access: PersonAccess,
  actor: Actor,
  options: {
    kind: DocumentInForceKind;
    version: number;
    now: Date;
    inForce: number[];
    signatures: readonly CarePlanSignatureRecord[];
  },
): Promise<PlanInForce> {
  const { kind, version, now } = options;
  const view = await loadCarePlanView(repositories, access, actor, { version, now, kind });
  // In the order they were given; the person first when both signed at once.
  const signed = options.signatures
    .filter((s) => s.version === version)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime() || (a.signerKind === 'person' ? -1 : 1));
  const written = view.sections.flatMap((s) => (s.writtenAt ? [s.writtenAt.getTime()] : []));
  const times = signed.length > 0 ? signed.map((s) => s.signedAt.getTime()) : written;
  return {
    kind,
    personId: access.person.id,
    personName: view.personName,
    isDischarged: access.person.dischargedOn !== null,
    version,
    versionsInForce: options.inForce,
    inForceFrom: new Date(Math.max(0, ...times)),
    sections: view.sections,
    signatures: signed.map((s) => ({
      signerKind: s.signerKind,
      name: s.signerName,
      signedAt: s.signedAt,
      workerId: s.workerId,
    })),
  };
}

/** The agreed versions; every version of a safety plan whose person chose that the team need not agree it. */
async function versionsInForce(
  repositories: Repositories,
  kind: DocumentInForceKind,
  personId: string,
  currentVersion: number,
  signatures: readonly CarePlanSignatureRecord[],
): Promise<number[]> {
  if (kind === 'safety_plan' && !(await repositories.safetyPlans.findPreference(personId))?.teamMustAgree) {
    return Array.from({ length: currentVersion }, (_, i) => i + 1);
  }
  const byVersion = new Map<number, SignerKind[]>();
  for (const s of signatures) byVersion.set(s.version, [...(byVersion.get(s.version) ?? []), s.signerKind]);
  return [...byVersion]
    .filter(([, signers]) => agreementState(signers) === 'agreed')
    .map(([version]) => version)
    .sort((a, b) => a - b);
}

/** What both reads of a plan in force start from: the reader's access, the signatures, and the versions agreed. */
async function openInForce(
  repositories: Repositories,
  deps: ServiceDeps,
  input: Omit<GetPlanInForceInput, 'version'>,
  actor: Actor,
) {
  const { kind, rules, documents } = documentOf(repositories, input.kind);
  const now = deps.now();
  const access = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
  const plan = await documents.findPlan(access.person.id);
  const signatures = await documents.listSignatures(access.person.id);
  const inForce = await versionsInForce(
    repositories,
    input.kind,
    access.person.id,
    plan?.currentVersion ?? 0,
    signatures,
  );
  return { kind, rules, now, access, signatures, inForce };
}
