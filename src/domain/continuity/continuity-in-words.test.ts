import { describe, expect, it } from 'vitest';
import { continuityInWords } from './continuity-in-words';
import { sameWorkerShare } from './same-worker-share';

describe('sameWorkerShare', () => {
  it('counts the contacts the most often seen worker was at, a joint visit once', () => {
    const contacts = [['a'], ['a', 'b'], ['b'], ['a'], ['c']].map((workerIds) => ({ workerIds }));
    expect(sameWorkerShare(contacts)).toEqual({ contacts: 5, withSameWorker: 3 });
  });

  it('leaves out contacts with no worker and gives 0 of 0 for none', () => {
    expect(sameWorkerShare([{ workerIds: [] }, { workerIds: ['a'] }])).toEqual({ contacts: 1, withSameWorker: 1 });
    expect(sameWorkerShare([])).toEqual({ contacts: 0, withSameWorker: 0 });
  });

  it('does not count a worker twice at one contact', () => {
    expect(sameWorkerShare([{ workerIds: ['a', 'a'] }, { workerIds: ['b'] }])).toEqual({
      contacts: 2,
      withSameWorker: 1,
    });
  });
});

describe('continuityInWords', () => {
  it('speaks to the person: "2 care coordinators…" and "You saw the same worker at 8 of your last 10 contacts."', () => {
    expect(
      continuityInWords({ careCoordinators: 2, months: 12, lastContacts: { contacts: 10, withSameWorker: 8 } }, true),
    ).toEqual(['2 care coordinators in the last 12 months.', 'You saw the same worker at 8 of your last 10 contacts.']);
  });

  it('speaks about the person to anyone else', () => {
    expect(
      continuityInWords({ careCoordinators: 1, months: 12, lastContacts: { contacts: 4, withSameWorker: 4 } }, false),
    ).toEqual(['1 care coordinator in the last 12 months.', 'The same worker was at all of the last 4 contacts.']);
  });

  it('says plainly when there was no coordinator and no or one contact', () => {
    expect(
      continuityInWords({ careCoordinators: 0, months: 12, lastContacts: { contacts: 0, withSameWorker: 0 } }, true),
    ).toEqual(['No care coordinator in the last 12 months.', 'You have no contacts recorded yet.']);
    expect(
      continuityInWords({ careCoordinators: 1, months: 1, lastContacts: { contacts: 1, withSameWorker: 1 } }, false),
    ).toEqual(['1 care coordinator in the last month.', '1 contact so far.']);
  });
});
