/** A search parameter as the CapabilityStatement states it; the routes accept exactly these. */
export interface ServedSearchParameter {
  name: string;
  type: 'token' | 'reference' | 'date' | 'string' | 'uri';
  documentation: string;
}

/** One resource type /fhir/R4 serves: its interactions and search parameters, the one list routes and metadata share. */
export interface ServedResource {
  type: string;
  documentation: string;
  interaction: ('read' | 'vread' | 'search-type' | 'create' | 'update' | 'history-instance')[];
  conditionalCreate?: boolean;
  conditionalUpdate?: boolean;
  updateCreate?: boolean;
  versioning?: 'versioned';
  searchInclude?: string[];
  searchRevInclude?: string[];
  searchParam?: ServedSearchParameter[];
}

const search = (name: string, type: ServedSearchParameter['type'], documentation: string): ServedSearchParameter => ({
  name,
  type,
  documentation,
});
const patientSearch = [
  search('patient', 'reference', 'The person (Patient/ID or ID); subject is the same.'),
  search('subject', 'reference', 'The person (Patient/ID or ID).'),
];
const lastUpdated = search('_lastUpdated', 'date', 'When the version came into force, with the prefixes of date.');

/** What /fhir/R4 serves, in the order the CapabilityStatement lists it. */
export const SERVED_RESOURCES: readonly ServedResource[] = [
  {
    type: 'Patient',
    interaction: ['read', 'search-type'],
    searchParam: [
      search('_id', 'token', 'The person\u2019s id.'),
      search(
        'identifier',
        'token',
        'An NHS number (https://fhir.nhs.uk/Id/nhs-number|…) or the service\u2019s own number.',
      ),
      search('name', 'string', 'Every word given, in the name or preferred name; staff only.'),
    ],
    documentation:
      'Searches return only people the account may open; each one returned is a read in their audit trail.',
  },
  {
    type: 'CareTeam',
    documentation: 'One care team per person, with the same id as the person; every membership, current and past.',
    interaction: ['read', 'search-type'],
    searchInclude: ['CareTeam:participant'],
    searchParam: patientSearch,
  },
  {
    type: 'Encounter',
    documentation: 'Contacts with the person, newest first; notes stay in Tandem.',
    interaction: ['search-type'],
    searchParam: [
      ...patientSearch,
      search('date', 'date', 'When the contact started, with the prefixes eq, ge, gt, le, lt.'),
    ],
  },
  {
    type: 'Practitioner',
    documentation: 'Members of staff, for staff: name, profession, and whether they still work in the service.',
    interaction: ['read'],
  },
  {
    type: 'AuditEvent',
    documentation:
      'Who opened the person\u2019s record, in plain words, for the person themselves only; repeated looks by one person at one thing on one day are one event.',
    interaction: ['search-type'],
    searchParam: patientSearch,
  },
  {
    type: 'Questionnaire',
    documentation:
      'The instruments Tandem scores, with licensed wording where the service has loaded it, and those administrators imported (create: a Questionnaire as Tandem exports them; an imported one\u2019s id is <instrument>-<version>). A version never changes: the same version again with the same content answers 200, with other content 409; a new version is stored beside the old.',
    interaction: ['read', 'search-type', 'create'],
    searchParam: [search('_id', 'token', 'The instrument\u2019s id.'), search('url', 'uri', 'The canonical URL.')],
  },
  {
    type: 'CarePlan',
    documentation:
      'The care plan (care-plan-<person id>), the safety plan (safety-plan-<person id>), the risk and safety formulation (risk-formulation-<person id>) and the positive risk-taking plan (positive-risk-plan-<person id>) as they are in force: each version both sides agreed (a safety plan the person keeps as theirs is in force as written). Each section is a note; the person\u2019s own words carry the persons-own-words extension. The version is Tandem\u2019s plan version; _history lists every version that was in force, newest first. No risk score or category of risk is kept or sent.',
    interaction: ['read', 'vread', 'search-type', 'history-instance'],
    versioning: 'versioned',
    searchRevInclude: ['Provenance:target'],
    searchParam: [
      ...patientSearch,
      search(
        'category',
        'token',
        'care-plan, safety-plan, risk-formulation or positive-risk-taking-plan (https://tandem.invalid/fhir/CodeSystem/plan-kind).',
      ),
      search('status', 'token', 'active, or completed once the person is discharged.'),
      lastUpdated,
    ],
  },
  {
    type: 'Goal',
    documentation:
      'The goals in the agreed care plan (goal-<person id>): its section on what matters and goals, in the words of whoever wrote it.',
    interaction: ['read', 'search-type'],
    searchParam: [
      ...patientSearch,
      search('lifecycle-status', 'token', 'active, or completed once the person is discharged.'),
      lastUpdated,
    ],
  },
  {
    type: 'RelatedPerson',
    documentation:
      'The person\u2019s carers (carer-<id>), for the person, their care team and administrators, as the app shows who may see what.',
    interaction: ['read', 'search-type'],
    searchParam: patientSearch,
  },
  {
    type: 'Consent',
    documentation:
      'What the person lets each carer see (consent-<id>): a permit for the carer with each shared part of the record as a code of https://tandem.invalid/fhir/CodeSystem/carer-share-scope; inactive when nothing is shared.',
    interaction: ['read', 'search-type'],
    searchParam: [...patientSearch, search('status', 'token', 'active or inactive.')],
  },
  {
    type: 'PractitionerRole',
    documentation: 'A member of staff in their profession, with the same id as the Practitioner; for staff.',
    interaction: ['read', 'search-type'],
    searchParam: [search('practitioner', 'reference', 'The member of staff (Practitioner/ID or ID).')],
  },
  {
    type: 'QuestionnaireResponse',
    documentation:
      'A sent response (response-<id>: meeting ratings, outcome measures, and feedback to whoever may see that answer), with its scores, version 1 for ever; and the person\u2019s own answers in progress (draft-<id>, for the person alone), versioned by their draft. Create: the person answers a questionnaire they may fill in (status completed sends it, in-progress keeps a draft); answers they have begun are changed with update, which needs If-Match (428 without it, 412 when stale). Only the latest version is kept for vread. An Idempotency-Key header makes a retried create safe.',
    interaction: ['read', 'vread', 'search-type', 'create', 'update'],
    versioning: 'versioned',
    updateCreate: false,
    conditionalCreate: false,
    conditionalUpdate: false,
    searchParam: [
      ...patientSearch,
      search('_id', 'token', 'The response\u2019s id; several separated by commas.'),
      search('questionnaire', 'reference', 'The canonical URL of the Questionnaire, with |version or without.'),
      search(
        'authored',
        'date',
        'When the answers were sent (or, in progress, last saved), with the prefixes of date.',
      ),
      search('status', 'token', 'completed, or in-progress for the person\u2019s own answers in progress.'),
      lastUpdated,
    ],
  },
  {
    type: 'Observation',
    documentation:
      'IPS jobs, education and training starts (ips-job-<id>), for whoever may see the person\u2019s IPS record (a carer only with IPS shared): social history; a paid job is LOINC 11341-5 beside https://tandem.invalid/fhir/CodeSystem/ips-employment; the title is the value; employer, competitive, hours a week, pay an hour and why it ended are components; the period is the start and end. An amended status means it was changed after it was first recorded.',
    interaction: ['read', 'search-type'],
    searchParam: [
      ...patientSearch,
      search('_id', 'token', 'The observation\u2019s id.'),
      search('date', 'date', 'The period of the job or course overlaps, with the prefixes eq, ge, gt, le, lt.'),
      search('status', 'token', 'final, or amended once changed.'),
      search('code', 'token', 'paid-job, education or training (ips-employment), or http://loinc.org|11341-5.'),
      search('_lastUpdated', 'date', 'When the job was recorded or last changed, with the prefixes of date.'),
    ],
  },
  {
    type: 'EpisodeOfCare',
    documentation:
      'Recovery College enrolments (college-enrolment-<id>): for the student, and for their care team only while the student shares their college life; otherwise the search is empty, as in the app. The college-enrolment-status extension keeps Tandem\u2019s own status.',
    interaction: ['read', 'search-type'],
    searchParam: [
      ...patientSearch,
      search('_id', 'token', 'The episode\u2019s id.'),
      search(
        'date',
        'date',
        'The course\u2019s sessions (or the time until it was given up) overlap, with the prefixes eq, ge, gt, le, lt.',
      ),
      search('status', 'token', 'waitlist, planned, active, finished or cancelled.'),
      search(
        '_lastUpdated',
        'date',
        'When the place was asked for or its status last changed, with the prefixes of date.',
      ),
    ],
  },
];

/** The parameters a search of this resource type accepts, as the CapabilityStatement states them. */
export function searchParameterNames(type: string): string[] {
  const resource = SERVED_RESOURCES.find((r) => r.type === type);
  if (!resource) throw new Error(`${type} is not a resource Tandem serves.`);
  return [
    ...(resource.searchParam ?? []).map((p) => p.name),
    ...(resource.searchInclude ? ['_include'] : []),
    ...(resource.searchRevInclude ? ['_revinclude'] : []),
  ];
}

/** What /fhir/R4 serves, and nothing more: a client can trust it to plan its requests. */
export function capabilityStatement(options: { version: string; baseUrl: string; now: Date }) {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: options.now.toISOString(),
    kind: 'instance',
    software: { name: 'Tandem', version: options.version },
    implementation: { description: 'Tandem care coordination', url: options.baseUrl },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Every read is checked against Tandem\u2019s access policy and recorded in the person\u2019s audit trail. Sign in to Tandem first; the session cookie authorises the requests. Unknown search parameters are refused (400) unless the request says Prefer: handling=lenient.',
        security: { cors: false, description: 'Tandem session cookie (the same sign-in as the web app).' },
        resource: SERVED_RESOURCES.map(({ interaction, ...resource }) => ({
          ...resource,
          interaction: interaction.map((code) => ({ code })),
        })),
        // FHIR Bulk Data export (decision 0044): researchers, and team managers for their own team.
        operation: [
          {
            name: 'export',
            definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export',
            documentation:
              'Asynchronous (Prefer: respond-async), pseudonymised NDJSON of Patient, CareTeam and Encounter, at system level and for a Group (a team, GET Group/ID/$export); _type and _since. Files are kept 24 hours.',
          },
        ],
      },
    ],
  };
}
