import { testModel } from '../../../testing/fixtures';
import { draftFromAnswer } from './answerDrafts';
import { parseServerFieldErrors, validateDraft } from './fieldErrors';

describe('validateDraft', () => {
  const now = new Date('2025-06-01T00:00:00Z');

  it('accepts a complete answer', () => {
    expect(
      validateDraft(
        testModel,
        'on-call.crawl.schedule',
        { ...draftFromAnswer(), status: 'met', evidenceUrl: 'https://x.io' },
        now,
      ),
    ).toEqual({});
  });

  it('names the fields that are wrong', () => {
    expect(
      validateDraft(
        testModel,
        'on-call.crawl.schedule',
        {
          status: 'not-applicable',
          note: '',
          evidenceUrl: 'ftp://files',
          reason: '  ',
          expiresAt: '2025-05-31',
        },
        now,
      ),
    ).toEqual({
      reason: 'is required when the criterion is not applicable',
      evidenceUrl: 'must be an http(s) URL',
      expiresAt: 'must not be in the past',
    });
  });
});

describe('parseServerFieldErrors', () => {
  it('maps each message to the criterion sent at its index', () => {
    expect(
      parseServerFieldErrors(
        'answers[1].reason: is required when the criterion is not applicable; answers[0].evidenceUrl: must be an http(s) URL',
        ['a.crawl.x', 'a.walk.y'],
      ),
    ).toEqual({
      byCriterion: {
        'a.walk.y': {
          reason: 'is required when the criterion is not applicable',
        },
        'a.crawl.x': { evidenceUrl: 'must be an http(s) URL' },
      },
      unmatched: [],
    });
  });

  it('keeps messages it cannot place', () => {
    expect(
      parseServerFieldErrors('answers[5].note: too long; revision: stale', [
        'a.crawl.x',
      ]),
    ).toEqual({
      byCriterion: {},
      unmatched: ['answers[5].note: too long; revision: stale'],
    });
    expect(parseServerFieldErrors('Bad request', ['a'])).toEqual({
      byCriterion: {},
      unmatched: ['Bad request'],
    });
  });
});
