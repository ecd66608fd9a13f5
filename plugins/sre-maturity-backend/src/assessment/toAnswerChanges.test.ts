import { testModel } from '../__testUtils__/fixtures';
import { InvalidAnswersError } from './InvalidAnswersError';
import { toAnswerChanges } from './toAnswerChanges';

const now = new Date('2025-06-30T12:00:00Z');

describe('toAnswerChanges', () => {
  it('turns inputs into answers by the actor, or clears', () => {
    expect(
      toAnswerChanges({
        model: testModel,
        answers: [
          {
            criterionId: 'alpha.crawl.paged',
            status: 'not-applicable',
            reason: ' No pager ',
            note: '',
            expiresAt: '2025-12-31',
          },
          { criterionId: 'beta.crawl.owned', status: 'unanswered' },
        ],
        actor: 'user:default/jane',
        now,
      }),
    ).toEqual([
      {
        criterionId: 'alpha.crawl.paged',
        answer: {
          criterionId: 'alpha.crawl.paged',
          status: 'not-applicable',
          reason: 'No pager',
          note: undefined,
          evidenceUrl: undefined,
          expiresAt: '2025-12-31',
          answeredBy: 'user:default/jane',
          answeredAt: now.toISOString(),
        },
      },
      { criterionId: 'beta.crawl.owned' },
    ]);
  });

  it('names every bad field in one error', () => {
    expect(() =>
      toAnswerChanges({
        model: testModel,
        answers: [
          { criterionId: 'alpha.crawl.paged', status: 'met' },
          { criterionId: 'alpha.crawl.paged', status: 'not-applicable' },
        ],
        actor: 'user:default/jane',
        now,
      }),
    ).toThrow(
      /answers\[1\]\.reason: .*; answers\[1\]\.criterionId: .*already answered/,
    );
  });

  it('lists each bad field with the criterion and the answer field', () => {
    let thrown: unknown;
    try {
      toAnswerChanges({
        model: testModel,
        answers: [
          { criterionId: 'alpha.crawl.paged', status: 'met' },
          { criterionId: 'alpha.walk.measured', status: 'not-applicable' },
        ],
        actor: 'user:default/jane',
        now,
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidAnswersError);
    expect(thrown).toMatchObject({
      name: 'InputError',
      message:
        'answers[1].reason: is required when the criterion is not applicable',
      fields: [
        {
          field: 'answers[1].reason',
          message: 'is required when the criterion is not applicable',
          criterionId: 'alpha.walk.measured',
          answerField: 'reason',
        },
      ],
    });
  });
});
