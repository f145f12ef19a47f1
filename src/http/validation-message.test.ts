import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues } from './validation-message';

describe('describeIssue', () => {
  it('names the field as the form labels it, in a sentence', () => {
    expect(
      describeIssue({
        context: 'body',
        instancePath: '/text',
        keyword: 'too_big',
        message: 'At most 10,000 characters.',
      }),
    ).toEqual({
      field: 'body.text',
      label: 'Text',
      message: 'Text: at most 10,000 characters.',
      reason: 'At most 10,000 characters.',
    });
    expect(
      describeIssue({
        context: 'body',
        instancePath: '/dateOfBirth',
        keyword: 'invalid_format',
        message: 'Use a date in the form YYYY-MM-DD.',
      }).message,
    ).toBe('Date of birth: use a date in the form YYYY-MM-DD.');
  });

  it('prefers the label the route’s own form gives the field, and drops the code name from the reason', () => {
    const labelOf = (path: readonly string[]) => (path.join('.') === 'name' ? 'Site name' : undefined);
    expect(
      describeIssue(
        { context: 'body', instancePath: '/name', keyword: 'too_small', message: 'Name is required.' },
        labelOf,
      ),
    ).toEqual({
      field: 'body.name',
      label: 'Site name',
      message: 'Site name: this is required.',
      reason: 'This is required.',
    });
    expect(
      describeIssue(
        { context: 'body', instancePath: '/phone', keyword: 'custom', message: 'Phone is required.' },
        labelOf,
      ).message,
    ).toBe('Phone is required.');
  });

  it('says a malformed id in the address is a broken link', () => {
    const problem = describeIssue({
      context: 'params',
      instancePath: '/id',
      keyword: 'invalid_format',
      message: 'That is not a valid id.',
    });
    expect(problem.message).toMatch(/^The address of this page is not right/);
    expect(problem.message).not.toContain('params');
  });

  it('replaces zod’s own wording with words for people', () => {
    expect(
      describeIssue({
        context: 'body',
        instancePath: '/whatChanged',
        keyword: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
      }).message,
    ).toBe('What changed: this is missing.');
    expect(
      describeIssue({
        context: 'body',
        instancePath: '/attendees/0/name',
        keyword: 'too_big',
        message: 'Too big: expected string to have <=200 characters',
        params: { maximum: 200, origin: 'string' },
      }).message,
    ).toBe('Name: at most 200 characters.');
    expect(
      describeIssue({
        context: 'body',
        instancePath: '/mode',
        keyword: 'invalid_value',
        message: 'Invalid option: expected one of "home"|"clinic"',
      }).message,
    ).toBe('Where or how: choose one of the options offered.');
  });

  it('makes a field it has no label for readable, and says each problem once', () => {
    expect(
      describeIssue({ context: 'query', instancePath: '/someNewField', keyword: 'custom', message: 'Wrong' }).message,
    ).toBe('Some new field: wrong.');
    const both = describeIssues([
      { context: 'params', instancePath: '/id', keyword: 'x', message: 'That is not a valid id.' },
      { context: 'params', instancePath: '/section', keyword: 'x', message: 'Bad.' },
    ]);
    expect(both.fields).toHaveLength(2);
    expect(both.message.match(/address/g)).toHaveLength(1);
  });
});
