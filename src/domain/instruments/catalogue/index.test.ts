import { describe, expect, it } from 'vitest';
import { definitionIssues } from '../validate-definition';
import { findCatalogueInstrument, INSTRUMENT_CATALOGUE } from './index';

describe('the instrument catalogue', () => {
  it.each(INSTRUMENT_CATALOGUE.map((definition) => [definition.id, definition] as const))(
    '%s is a consistent definition',
    (_, definition) => {
      expect(definitionIssues(definition)).toEqual([]);
    },
  );

  it('has one entry per id and version', () => {
    const keys = INSTRUMENT_CATALOGUE.map((definition) => `${definition.id}@${definition.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(findCatalogueInstrument('srs', '1.0.0')?.title).toMatch(/Session Rating Scale/);
    expect(findCatalogueInstrument('srs', '0.9')).toBeUndefined();
  });

  it('ships no wording for licensed instruments, only neutral labels', () => {
    const licensed = INSTRUMENT_CATALOGUE.filter((definition) => definition.wordingMode === 'supplied-by-service');
    expect(licensed.map((definition) => definition.id)).toEqual([
      'star-p',
      'star-c',
      'wai-sr',
      'srs',
      'qpr-15',
      'ips-25',
      'recovery-college-fidelity',
    ]);
    // IPS-25's labels are Tandem's own few words per item (a reviewer needs to tell 25 items apart), never the scale's text.
    // The college's fidelity self-assessment has Tandem's own short labels and red-amber-green anchors;
    // its criteria are the college's wording.
    for (const definition of licensed.filter((d) => d.id !== 'recovery-college-fidelity')) {
      const isNeutral = (label: string) =>
        definition.id === 'ips-25' ? label.split(' ').length <= 6 : /^Item \d+$/.test(label);
      expect(definition.items.every((item) => item.text === undefined && isNeutral(item.label))).toBe(true);
      expect(definition.scales.every((scale) => scale.kind === 'yes-no' || scale.anchors.length === 0)).toBe(true);
    }
  });

  it('ships wording for every item of its own instruments', () => {
    const own = INSTRUMENT_CATALOGUE.filter((definition) => definition.wordingMode === 'included');
    expect(own.flatMap((definition) => definition.items).every((item) => (item.text ?? '').length > 0)).toBe(true);
  });

  it('labels every unvalidated instrument as such', () => {
    for (const definition of INSTRUMENT_CATALOGUE.filter((candidate) => !candidate.isValidated)) {
      expect(definition.description).toMatch(/^Not a validated instrument/);
    }
    expect(
      INSTRUMENT_CATALOGUE.filter((definition) => !definition.isValidated).map((definition) => definition.id),
    ).toEqual([
      'tandem-meeting-feedback-person',
      'tandem-meeting-feedback-worker',
      'dialog-ratings',
      'recovery-college-fidelity',
      'tandem-meeting-feedback-carer',
    ]);
  });
});
