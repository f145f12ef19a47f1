import type { SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import { documentKindRules, type DocumentKind } from '../../domain/care-plan/document-kind';
import { AppError } from '../../domain/errors/app-error';
import type { Repositories } from '../ports';
import type { CarePlanRecord } from './ports';

/**
 * The sections of a person's plan: those it was started with, so that a later change to the
 * service's template never rewrites a plan already agreed; else the template, else the defaults.
 */
export async function sectionDefinitionsFor(
  repositories: Repositories,
  plan: CarePlanRecord | null,
  kind: DocumentKind = plan?.kind ?? 'care_plan',
): Promise<SectionDefinition[]> {
  if (plan) return plan.sections;
  return (await repositories.documents(kind).findTemplate()) ?? [...documentKindRules(kind).defaultSections];
}

/** The section with that key, or 404 naming the sections there are. */
export function requireSection(sections: readonly SectionDefinition[], key: string): SectionDefinition {
  const section = sections.find((s) => s.key === key);
  if (!section) {
    throw new AppError(
      'not_found',
      `This plan has no section "${key}". Its sections are: ${sections.map((s) => s.key).join(', ')}.`,
      {
        field: 'section',
      },
    );
  }
  return section;
}

/** 404 unless the plan has reached that version (0 is the empty plan before anything was written). */
export function requireVersion(version: number, currentVersion: number): void {
  if (!Number.isInteger(version) || version < 0 || version > currentVersion) {
    throw new AppError('not_found', `This plan has no version ${version}; its latest is ${currentVersion}.`, {
      field: 'version',
      currentVersion,
    });
  }
}
