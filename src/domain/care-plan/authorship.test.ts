import { describe, expect, it } from 'vitest';
import { decideSectionEdit } from './authorship';

describe('decideSectionEdit', () => {
  it('lets the person change any part of their plan directly', () => {
    expect(decideSectionEdit({ authorKind: 'worker', isAcceptedByPerson: false }, 'person')).toBe('apply');
    expect(decideSectionEdit({ authorKind: 'person', isAcceptedByPerson: false }, 'person')).toBe('apply');
  });

  it('turns a worker’s change to the person’s words into a proposal', () => {
    expect(decideSectionEdit({ authorKind: 'person', isAcceptedByPerson: false }, 'worker')).toBe('propose');
  });

  it('treats text the person accepted from a worker as the person’s too', () => {
    expect(decideSectionEdit({ authorKind: 'worker', isAcceptedByPerson: true }, 'worker')).toBe('propose');
  });

  it('lets a worker write an empty section or change what workers wrote', () => {
    expect(decideSectionEdit(null, 'worker')).toBe('apply');
    expect(decideSectionEdit({ authorKind: 'worker', isAcceptedByPerson: false }, 'worker')).toBe('apply');
  });
});
