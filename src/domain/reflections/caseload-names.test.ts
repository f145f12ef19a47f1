import { describe, expect, it } from 'vitest';
import { caseloadNamesIn } from './caseload-names';

const caseload = [
  { name: 'Samira Okafor', preferredName: 'Sam' },
  { name: 'Jo Évanié', preferredName: null },
];

describe('caseloadNamesIn', () => {
  it('finds a first name, a surname or a preferred name as a whole word, in any case', () => {
    expect(caseloadNamesIn('I told samira about my own dog', caseload)).toEqual(['samira']);
    expect(caseloadNamesIn('Mrs OKAFOR asked', caseload)).toEqual(['OKAFOR']);
    expect(caseloadNamesIn('Walked with Sam to the job centre', caseload)).toEqual(['Sam']);
    expect(caseloadNamesIn('évanié was there', caseload)).toEqual(['évanié']);
  });

  it('does not warn about a name inside another word, or about names too short to tell from words', () => {
    expect(caseloadNamesIn('Sample size, same as before, samosa', caseload)).toEqual([]);
    expect(caseloadNamesIn('Jo said hello', caseload)).toEqual([]);
    expect(caseloadNamesIn('I shared that I have a dog', caseload)).toEqual([]);
  });
});
