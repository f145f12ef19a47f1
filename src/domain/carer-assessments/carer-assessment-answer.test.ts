import { describe, expect, it } from 'vitest';
import { carerAssessmentAnswerProblem } from './carer-assessment-answer';

const TODAY = '2026-12-03';

describe('answering a carer’s request for an assessment', () => {
  it('accepts, arranges on a day from today, or declines with a reason', () => {
    expect(carerAssessmentAnswerProblem('requested', { answer: 'accepted' }, TODAY)).toBeNull();
    expect(carerAssessmentAnswerProblem('requested', { answer: 'arranged', arrangedOn: TODAY }, TODAY)).toBeNull();
    expect(
      carerAssessmentAnswerProblem('accepted', { answer: 'declined', declineReason: 'The council assesses.' }, TODAY),
    ).toBeNull();
  });

  it('asks for the day when arranging, and refuses a day in the past or more than a year ahead', () => {
    expect(carerAssessmentAnswerProblem('requested', { answer: 'arranged' }, TODAY)?.field).toBe('arrangedOn');
    expect(
      carerAssessmentAnswerProblem('requested', { answer: 'arranged', arrangedOn: '2026-12-02' }, TODAY)?.message,
    ).toBe('The day arranged cannot be in the past.');
    expect(
      carerAssessmentAnswerProblem('requested', { answer: 'arranged', arrangedOn: '2027-12-05' }, TODAY)?.field,
    ).toBe('arrangedOn');
    expect(
      carerAssessmentAnswerProblem('requested', { answer: 'arranged', arrangedOn: '2027-12-05' }, TODAY)?.message,
    ).toBe('Arrange the assessment within a year.');
  });

  it('needs a reason to decline', () => {
    expect(carerAssessmentAnswerProblem('requested', { answer: 'declined', declineReason: '  ' }, TODAY)).toEqual({
      field: 'declineReason',
      message: 'Say why, in words the carer will read.',
    });
  });

  it('leaves a settled request as it is, and does not accept twice', () => {
    expect(carerAssessmentAnswerProblem('arranged', { answer: 'declined', declineReason: 'x' }, TODAY)?.message).toBe(
      'This request was already arranged. The carer can ask again.',
    );
    expect(carerAssessmentAnswerProblem('declined', { answer: 'accepted' }, TODAY)?.field).toBe('answer');
    expect(carerAssessmentAnswerProblem('accepted', { answer: 'accepted' }, TODAY)?.field).toBe('answer');
  });
});
