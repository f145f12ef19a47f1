/** What /fhir/R4 serves, and nothing more: a client can trust it to plan its requests. */
export function capabilityStatement(options: { version: string; baseUrl: string; now: Date }) {
  const search = (name: string, type: string, documentation: string) => ({ name, type, documentation });
  const patientSearch = [
    search('patient', 'reference', 'The person (Patient/ID or ID); subject is the same.'),
    search('subject', 'reference', 'The person (Patient/ID or ID).'),
  ];
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
          'Every read is checked against Tandem\u2019s access policy and recorded in the person\u2019s audit trail. Sign in to Tandem first; the session cookie authorises the requests.',
        security: { cors: false, description: 'Tandem session cookie (the same sign-in as the web app).' },
        resource: [
          {
            type: 'Patient',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
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
            documentation:
              'One care team per person, with the same id as the person; every membership, current and past.',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchInclude: ['CareTeam:participant'],
            searchParam: patientSearch,
          },
          {
            type: 'Encounter',
            documentation: 'Contacts with the person, newest first; notes stay in Tandem.',
            interaction: [{ code: 'search-type' }],
            searchParam: [
              ...patientSearch,
              search('date', 'date', 'When the contact started, with the prefixes eq, ge, gt, le, lt.'),
            ],
          },
          {
            type: 'Practitioner',
            documentation: 'Members of staff, for staff: name, profession, and whether they still work in the service.',
            interaction: [{ code: 'read' }],
          },
          {
            type: 'AuditEvent',
            documentation:
              'Who opened the person\u2019s record, in plain words, for the person themselves only; repeated looks by one person at one thing on one day are one event.',
            interaction: [{ code: 'search-type' }],
            searchParam: patientSearch,
          },
          {
            type: 'Questionnaire',
            documentation: 'The instruments Tandem scores, with licensed wording where the service has loaded it.',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              search('_id', 'token', 'The instrument\u2019s id.'),
              search('url', 'uri', 'The canonical URL.'),
            ],
          },
        ],
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
