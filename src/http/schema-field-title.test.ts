import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldTitle } from './schema-field-title';

describe('fieldTitle', () => {
  const body = z.object({
    text: z.string().max(10).meta({ title: 'Your message' }),
    note: z.string().meta({ title: 'Why it ended' }).nullish(),
    contacts: z.array(z.object({ name: z.string().meta({ title: 'Crisis contact name' }), phone: z.string() })),
    plain: z.string(),
  });

  it('finds the title the request schema gives a field, through optional, nullable and arrays', () => {
    expect(fieldTitle(body, ['text'])).toBe('Your message');
    expect(fieldTitle(body, ['note'])).toBe('Why it ended');
    expect(fieldTitle(body, ['contacts', '0', 'name'])).toBe('Crisis contact name');
  });

  it('gives nothing for a field without a title or not in the schema', () => {
    expect(fieldTitle(body, ['plain'])).toBeUndefined();
    expect(fieldTitle(body, ['contacts', '0', 'phone'])).toBeUndefined();
    expect(fieldTitle(body, ['missing'])).toBeUndefined();
    expect(fieldTitle(undefined, ['text'])).toBeUndefined();
  });
});
