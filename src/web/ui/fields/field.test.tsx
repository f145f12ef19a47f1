import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';

/** The control's attributes by name, read from server-rendered markup. */
function controlAttributes(html: string, tag: 'input' | 'textarea' | 'select'): Record<string, string> {
  const element = new RegExp(`<${tag}([^>]*)>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...element.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
}

const idsIn = (html: string, className: string): string[] =>
  [...html.matchAll(new RegExp(`class="${className}" id="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');

describe('fields', () => {
  it('ties the label, the hint and the error to a text input', () => {
    const html = renderToStaticMarkup(
      <TextField label="Name" hint="As you like to be called" error="Enter a name." name="name" />,
    );
    const input = controlAttributes(html, 'input');
    expect(html).toContain(`<label class="field__label" for="${input.id}">Name</label>`);
    expect(input['aria-describedby']?.split(' ')).toEqual([
      ...idsIn(html, 'field__hint'),
      ...idsIn(html, 'field__error'),
    ]);
    expect(input['aria-invalid']).toBe('true');
    expect(input.name).toBe('name');
    expect(html).toContain('field--error');
  });

  it('leaves a field without hint or error undescribed and valid', () => {
    const html = renderToStaticMarkup(<TextAreaField label="Notes" isOptional />);
    const textarea = controlAttributes(html, 'textarea');
    expect(textarea['aria-describedby']).toBeUndefined();
    expect(textarea['aria-invalid']).toBeUndefined();
    expect(textarea.rows).toBe('3');
    expect(html).toContain('<span class="field__optional"> (optional)</span>');
    expect(html).not.toContain('field--error');
  });

  it('describes a select by its hint and offers the placeholder first', () => {
    const html = renderToStaticMarkup(
      <SelectField
        label="Team"
        hint="Only teams at this site"
        placeholder="Choose a team"
        options={[{ value: 't1', label: 'North' }]}
      />,
    );
    const select = controlAttributes(html, 'select');
    expect(html).toContain(`for="${select.id}"`);
    expect(select['aria-describedby']).toBe(idsIn(html, 'field__hint')[0]);
    expect(html).toMatch(/<option value="">Choose a team<\/option><option value="t1">North<\/option>/);
  });

  it('shows how many characters a limited field holds, out of its limit, tied to the control', () => {
    const html = renderToStaticMarkup(
      <TextAreaField label="Your message" hint="Kind words" maxLength={4000} value={'x'.repeat(1234)} readOnly />,
    );
    const textarea = controlAttributes(html, 'textarea');
    const countId = /<p id="([^"]+)" class="field__count">1,234 of 4,000 characters<\/p>/.exec(html)?.[1];
    expect(countId).toBeDefined();
    expect(textarea['aria-describedby']?.split(' ')).toEqual([...idsIn(html, 'field__hint'), countId]);
    expect(textarea.maxLength).toBe('4000');
  });

  it('counts a field the form does not hold from its first value, and marks the last tenth', () => {
    const html = renderToStaticMarkup(<TextField label="Phone" maxLength={40} defaultValue={'0'.repeat(38)} />);
    expect(html).toContain('class="field__count field__count--near">38 of 40 characters</p>');
    const full = renderToStaticMarkup(<TextField label="Phone" maxLength={40} defaultValue={'0'.repeat(40)} />);
    expect(full).toContain('40 of 40 characters<span>: that is the most it takes</span>');
  });

  it('shows no count on a field without a limit', () => {
    expect(renderToStaticMarkup(<TextField label="When" type="date" />)).not.toContain('field__count');
  });
});
