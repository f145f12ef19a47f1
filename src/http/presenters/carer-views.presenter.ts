import { meetingFeedbackCarer } from '../../domain/instruments';
import type { CarerViewLine, CarerViewsPage } from '../../services/carer-views/get-carer-views';
import type { CarerViewRecord } from '../../services/carer-views/ports';
import type { CarerViewDto, CarerViewsResponse } from '../../shared/api/carer-views.responses';

// Carers' views of meetings to the JSON of shared/api/carer-views.responses.ts.

export const presentCarerViewLine = (line: CarerViewLine): CarerViewDto => ({
  id: line.id,
  reviewId: line.reviewId,
  reviewHeldOn: line.reviewHeldOn,
  carerId: line.carerId,
  carerName: line.carerName,
  givenAt: line.givenAt.toISOString(),
  sharedWithPerson: line.sharedWithPerson,
  content: line.content && {
    answers: line.content.answers,
    score: line.content.score,
    comment: line.content.comment,
  },
});

export const presentCarerViews = (page: CarerViewsPage): CarerViewsResponse => ({
  reader: page.reader,
  views: page.views.map(presentCarerViewLine),
  invitations: page.invitations,
  instrument: { ...meetingFeedbackCarer, hasWording: true },
});

/** The carer's own view, just given. */
export const presentGivenCarerView = (view: CarerViewRecord, carerName: string): CarerViewDto =>
  presentCarerViewLine({
    id: view.id,
    reviewId: view.reviewId,
    reviewHeldOn: null,
    carerId: view.carerId,
    carerName,
    givenAt: view.givenAt,
    sharedWithPerson: view.sharedWithPerson,
    content: { answers: view.answers, score: view.score, comment: view.comment },
  });
