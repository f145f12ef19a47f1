import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { pdfGlyphCount, pdfText } from '../../../test/support/pdf-text';
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
    expect(log[0]).toMatchObject({
      action: 'care_plan.export',
      basis: 'care_team',
      detail: { version: 2, format: 'pdf' },
    });
  });

  it('prints Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari and emoji, with right-to-left text shaped and in display order', async () => {
    const world = await createFactories(t).careTeamWorld();
    const save = (sectionKey: string, text: string) =>
      saveCarePlanSection(t.deps, { personId: world.person.id, sectionKey, text, baseVersion: 0 }, world.personActor);
    await save('what_helps', 'Ελπίδα και Надежда. नमस्ते क्षमा 😀 👍');
    await save('agreed_support', 'مرحبا بك في البيت\nשלום עולם');

    const { pdf } = await exportCarePlanPdf(t.deps, { personId: world.person.id }, world.coordinatorActor);

    const text = pdfText(pdf);
    expect(text).not.toContain('\u0000'); // the missing-glyph box
    expect(text).not.toContain('\uFFFD');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Ελπίδα και Надежда. नमस्ते क्षमा 😀 👍');
    // Drawn from left to right: the last word read is the leftmost, each word's letters right to left.
    expect(flat).toContain('تيبلا يف كب ابحرم');
    expect(flat).toContain('םלוע םולש');
    // Shaped: beh (ب) joins on both sides in بك and البيت, so it is drawn with more than one form;
    // ksha (क्ष) is one conjunct glyph, not three characters side by side.
    expect(pdfGlyphCount(pdf, 'ب')).toBeGreaterThanOrEqual(2);
    expect(pdfGlyphCount(pdf, 'क्ष')).toBe(1);
  });

  it('refuses a worker outside the care team', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(exportCarePlanPdf(t.deps, { personId: world.person.id }, world.strangerActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
