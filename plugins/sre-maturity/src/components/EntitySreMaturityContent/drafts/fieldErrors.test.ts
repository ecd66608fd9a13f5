import { FieldError } from '@sre-maturity/backstage-plugin-common';
import { testModel } from '../../../testing/fixtures';
import { draftFromAnswer } from './answerDrafts';
import { serverFieldErrors, validateDraft } from './fieldErrors';

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

describe('serverFieldErrors', () => {
  const body = (message: string, fields?: FieldError[]) => ({
    error: { name: 'InputError', message, ...(fields && { fields }) },
    response: { statusCode: 400 },
  });

  it('maps each problem to the criterion sent', () => {
    expect(
      serverFieldErrors(
        body('answers[1].reason: …; answers[0].evidenceUrl: …', [
          {
            field: 'answers[1].reason',
            message: 'is required when the criterion is not applicable',
            criterionId: 'a.walk.y',
            answerField: 'reason',
          },
          {
            field: 'answers[0].evidenceUrl',
            message: 'must be an http(s) URL',
            criterionId: 'a.crawl.x',
            answerField: 'evidenceUrl',
          },
        ]),
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

  it('keeps problems it cannot place', () => {
    expect(
      serverFieldErrors(
        body('answers[5].note: too long; answers: must be a non-empty array', [
          {
            field: 'answers[5].note',
            message: 'too long',
            criterionId: 'a.walk.z',
            answerField: 'note',
          },
          { field: 'answers', message: 'must be a non-empty array' },
        ]),
        ['a.crawl.x'],
      ),
    ).toEqual({
      byCriterion: {},
      unmatched: [
        'answers[5].note: too long',
        'answers: must be a non-empty array',
      ],
    });
    expect(serverFieldErrors(body('Bad request'), ['a'])).toEqual({
      byCriterion: {},
      unmatched: ['Bad request'],
    });
  });
});
