import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CARE_TEAM_ROLE_LABELS, type CareTeamRole } from '../../domain/care-team/care-team-role';
import { documentKindRules } from '../../domain/care-plan/document-kind';
import { personsWordsFirst } from '../../domain/care-plan/persons-words-first';
import type { AuthorView, CarePlanView, SectionView } from './care-plan-view';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const onDay = (at: Date | string) => longDate.format(typeof at === 'string' ? new Date(`${at}T00:00:00Z`) : at);

/**
 * The printable plan: short, in plain words, the person's own words first, and each part marked
 * with who wrote it. Every piece of user text goes in as a plain string, never as markup.
 */
export function carePlanDocument(plan: CarePlanView, printedAt: Date): TDocumentDefinitions {
  const written = personsWordsFirst(
    plan.sections.filter((s) => s.text !== '').map((s) => ({ ...s, authorKind: s.writtenBy?.kind ?? null })),
  );
  const unwritten = plan.sections.filter((s) => s.text === '').map((s) => s.title);
  const noun = documentKindRules(plan.kind).noun;
  const title = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} for ${plan.personName}`;
  return {
    info: { title, creator: 'Tandem' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { fontSize: 11, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      status: { fontSize: 10, color: '#333333' },
      heading: { fontSize: 14, bold: true, margin: [0, 16, 0, 4] },
      byline: { fontSize: 9, italics: true, color: '#555555', margin: [0, 4, 0, 0] },
    },
    content: [
      { text: title, style: 'title' },
      { text: agreementLine(plan), style: 'status' },
      { text: lengthLine(plan), style: 'status' },
      ...written.flatMap(sectionContent),
      ...(unwritten.length > 0
        ? [{ text: `Not written yet: ${unwritten.join('; ')}.`, style: 'byline', margin: [0, 16, 0, 0] } as Content]
        : []),
      ...(plan.nextReviewDue
        ? [{ text: `Next review due on ${onDay(plan.nextReviewDue)}.`, style: 'heading' } as Content]
        : []),
    ],
    footer: (page, pages) => ({
      text: `Printed on ${onDay(printedAt)} from Tandem. Page ${page} of ${pages}.`,
      fontSize: 8,
      color: '#555555',
      margin: [56, 24, 56, 0],
    }),
  };
}

function sectionContent(section: SectionView): Content[] {
  return [
    { text: section.title, style: 'heading', headlineLevel: 1 },
    { text: section.text },
    { text: byline(section), style: 'byline' },
  ];
}

/** "Written by Sam Taylor, in their own words, on 3 June 2026." or the worker's name, role and who accepted it. */
export function byline(section: SectionView): string {
  const author = section.writtenBy;
  if (!author || !section.writtenAt) return '';
  const when = onDay(section.writtenAt);
  if (author.kind === 'person') {
    const change = section.includesChangeBy
      ? ` It includes a change proposed by ${nameWithRole(section.includesChangeBy)}, which ${author.name} accepted.`
      : '';
    return `Written by ${author.name}, in their own words, on ${when}.${change}`;
  }
  const accepted = section.acceptedBy
    ? ` Accepted by ${section.acceptedBy.name} on ${onDay(section.acceptedBy.at)}.`
    : '';
  return `Written by ${nameWithRole(author)} on ${when}.${accepted}`;
}

function nameWithRole(author: AuthorView): string {
  const label = CARE_TEAM_ROLE_LABELS[author.role as CareTeamRole];
  return label ? `${author.name} (${label.toLowerCase()})` : author.name;
}

function agreementLine(plan: CarePlanView): string {
  const version = `Version ${plan.version}.`;
  if (plan.version === 0) return 'Nothing has been written in this plan yet.';
  if (plan.agreement.state === 'agreed') {
    const names = plan.agreement.signatures.map((s) => s.name).join(' and ');
    const last = Math.max(...plan.agreement.signatures.map((s) => s.signedAt.getTime()));
    return `${version} Agreed by ${names} on ${onDay(new Date(last))}.`;
  }
  const earlier = plan.latestAgreedVersion
    ? ` The last version both agreed is version ${plan.latestAgreedVersion}.`
    : '';
  return `${version} Not yet agreed by both ${plan.personName} and their care coordinator.${earlier}`;
}

function lengthLine(plan: CarePlanView): string {
  if (plan.wordCount === 0) return '';
  const minutes = plan.readingMinutes === 1 ? 'about 1 minute' : `about ${plan.readingMinutes} minutes`;
  return `${plan.wordCount} words: ${minutes} to read.`;
}
