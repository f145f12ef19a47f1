import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { pdfText } from '../../../test/support/pdf-text';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { exportCarePlanPdf } from './export-care-plan-pdf';
import { saveCarePlanSection } from './save-care-plan-section';
import { signCarePlan } from './sign-care-plan';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('exportCarePlanPdf', () => {
  it('makes a PDF that opens with the person’s own words, marks who wrote each part, and prints markup as text', async () => {
    const world = await createFactories(t).careTeamWorld();
    const save = (sectionKey: string, text: string, actor: typeof world.personActor) =>
      saveCarePlanSection(t.deps, { personId: world.person.id, sectionKey, text, baseVersion: 0 }, actor);
    await save('agreed_support', 'Alex phones every Monday.', world.coordinatorActor);
    await save('what_helps', 'Music helps. <script>alert("hi")</script> does not.', world.personActor);
    await signCarePlan(t.deps, { personId: world.person.id, version: 2 }, world.personActor);

    const { pdf, fileName } = await exportCarePlanPdf(t.deps, { personId: world.person.id }, world.coordinatorActor);

    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(fileName).toBe('care-plan-version-2.pdf');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Care plan for Sam Taylor');
    expect(text).toContain('<script>alert("hi")</script>');
    expect(text.indexOf('Music helps.')).toBeLessThan(text.indexOf('Alex phones every Monday.'));
    expect(text).toContain(`Written by ${world.personActor.displayName}, in their own words, on 15 June 2026.`);
    expect(text).toContain(`Written by ${world.coordinatorActor.displayName} (care coordinator) on 15 June 2026.`);
    expect(text).toContain('Not yet agreed by both');
    expect(text).toContain('Not written yet: About me;');
    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 1 });
    expect(log[0]).toMatchObject({ action: 'care_plan.export', basis: 'care_team', detail: { version: 2, format: 'pdf' } });
  });

  it('refuses a worker outside the care team', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(exportCarePlanPdf(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
