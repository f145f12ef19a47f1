import { describe, expect, it } from 'vitest';
import { phoneLinks } from './phone-links';

const phones = (text: string) => phoneLinks(text).filter((part) => part.kind === 'phone');

describe('phone numbers in a safety plan become links to call', () => {
  it('links national, international, emergency and helpline numbers', () => {
    expect(phoneLinks('Call 116 123 any time.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', text: '116 123', href: 'tel:116123' },
      { kind: 'text', text: ' any time.' },
    ]);
    expect(phones('Crisis team 0300 123 4567 or 999')).toEqual([
      { kind: 'phone', text: '0300 123 4567', href: 'tel:03001234567' },
      { kind: 'phone', text: '999', href: 'tel:999' },
    ]);
    expect(phones('Mum: +44 (0)7700 900123.')[0]).toEqual({
      kind: 'phone',
      text: '+44 (0)7700 900123',
      href: 'tel:+447700900123',
    });
  });

  it('leaves dates, years, times and counts as words', () => {
    expect(phones('Since 2019, on 2026-06-15 at 14.30, for 3 days; 1 2 walks')).toEqual([]);
    expect(phoneLinks('No numbers here')).toEqual([{ kind: 'text', text: 'No numbers here' }]);
  });
});
