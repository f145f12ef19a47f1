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

  it('makes any worker’s change to a section in the person’s voice a proposal, even before it is written', () => {
    expect(decideSectionEdit(null, 'worker', 'person')).toBe('propose');
    expect(decideSectionEdit({ authorKind: 'worker', isAcceptedByPerson: false }, 'worker', 'person')).toBe('propose');
    expect(decideSectionEdit(null, 'person', 'person')).toBe('apply');
  });

  it('keeps the team’s words for workers to write; the person answers in their own section', () => {
    expect(decideSectionEdit(null, 'worker', 'team')).toBe('apply');
    expect(decideSectionEdit({ authorKind: 'worker', isAcceptedByPerson: false }, 'person', 'team')).toBe('refuse');
  });
});
