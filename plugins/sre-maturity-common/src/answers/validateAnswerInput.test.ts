import { makeModel } from '../testing/makeModel';
import {
  ANSWER_TEXT_MAX_LENGTH,
  validateAnswerInput,
  validateAnswerInputs,
} from './validateAnswerInput';

const model = makeModel({ a: [2, 1, 1] });
const now = new Date('2025-06-15T12:00:00Z');

function check(input: unknown) {
  return validateAnswerInput(model, input, 2, now);
}

describe('validateAnswerInput', () => {
  it.each([
    { criterionId: 'a.crawl.c0', status: 'met' },
    { criterionId: 'a.crawl.c0', status: 'unanswered' },
    {
      criterionId: 'a.crawl.c0',
      status: 'not-met',
      note: 'Working on it',
      evidenceUrl: 'https://example.com/ticket/1',
    },
    {
      criterionId: 'a.walk.c0',
      status: 'not-applicable',
      reason: 'Batch job without users',
      expiresAt: '2025-06-15',
      note: null,
      evidenceUrl: '',
    },
  ])('accepts %j', input => {
    expect(check(input)).toEqual([]);
  });

  it('rejects a non-object', () => {
    expect(check('met')).toEqual([
      { field: 'answers[2]', message: 'must be an object' },
    ]);
    expect(check(null)).toHaveLength(1);
    expect(check([])).toHaveLength(1);
  });

  it('rejects a missing or unknown criterion', () => {
    expect(check({ status: 'met' })).toEqual([
      {
        field: 'answers[2].criterionId',
        message: 'is required',
        answerField: 'criterionId',
      },
    ]);
    expect(check({ criterionId: 'a.crawl.nope', status: 'met' })).toEqual([
      {
        field: 'answers[2].criterionId',
        message: 'unknown criterion "a.crawl.nope"',
        criterionId: 'a.crawl.nope',
        answerField: 'criterionId',
      },
    ]);
  });

  it('rejects a bad status', () => {
    expect(check({ criterionId: 'a.crawl.c0', status: 'done' })).toEqual([
      {
        field: 'answers[2].status',
        message: 'must be one of met, not-met, not-applicable, unanswered',
        criterionId: 'a.crawl.c0',
        answerField: 'status',
      },
    ]);
  });

  it('requires a reason for not-applicable', () => {
    for (const reason of [undefined, '', '  ']) {
      expect(
        check({ criterionId: 'a.crawl.c0', status: 'not-applicable', reason }),
      ).toEqual([
        {
          field: 'answers[2].reason',
          message: 'is required when the criterion is not applicable',
          criterionId: 'a.crawl.c0',
          answerField: 'reason',
        },
      ]);
    }
  });

  it('limits the length of notes and reasons', () => {
    const long = 'x'.repeat(ANSWER_TEXT_MAX_LENGTH + 1);
    expect(
      check({
        criterionId: 'a.crawl.c0',
        status: 'not-applicable',
        note: long,
        reason: long,
      }),
    ).toEqual([
      {
        field: 'answers[2].note',
        message: 'must be at most 2000 characters',
        criterionId: 'a.crawl.c0',
        answerField: 'note',
      },
      {
        field: 'answers[2].reason',
        message: 'must be at most 2000 characters',
        criterionId: 'a.crawl.c0',
        answerField: 'reason',
      },
    ]);
    expect(
      check({
        criterionId: 'a.crawl.c0',
        status: 'met',
        note: 'x'.repeat(ANSWER_TEXT_MAX_LENGTH),
      }),
    ).toEqual([]);
  });

  it('rejects texts that are not strings', () => {
    expect(
      check({ criterionId: 'a.crawl.c0', status: 'met', note: 5 }),
    ).toEqual([
      {
        field: 'answers[2].note',
        message: 'must be a string',
        criterionId: 'a.crawl.c0',
        answerField: 'note',
      },
    ]);
  });

  it.each(['example.com', 'mailto:payments@example.com', 42])(
    'rejects the evidence URL %j',
    evidenceUrl => {
      expect(
        check({ criterionId: 'a.crawl.c0', status: 'met', evidenceUrl }),
      ).toEqual([
        {
          field: 'answers[2].evidenceUrl',
          message: 'must be an http(s) URL',
          criterionId: 'a.crawl.c0',
          answerField: 'evidenceUrl',
        },
      ]);
    },
  );

  it('limits the length of the evidence URL', () => {
    expect(
      check({
        criterionId: 'a.crawl.c0',
        status: 'met',
        evidenceUrl: `https://example.com/${'x'.repeat(2000)}`,
      }),
    ).toEqual([
      {
        field: 'answers[2].evidenceUrl',
        message: 'must be at most 2000 characters',
        criterionId: 'a.crawl.c0',
        answerField: 'evidenceUrl',
      },
    ]);
  });

  it.each(['2025-02-30', '15.06.2025', '2025-6-1', '2025-06-15T00:00:00Z', 7])(
    'rejects the expiry date %j',
    expiresAt => {
      expect(
        check({
          criterionId: 'a.crawl.c0',
          status: 'not-applicable',
          reason: 'r',
          expiresAt,
        }),
      ).toEqual([
        {
          field: 'answers[2].expiresAt',
          message: 'must be a date (YYYY-MM-DD)',
          criterionId: 'a.crawl.c0',
          answerField: 'expiresAt',
        },
      ]);
    },
  );

  it('rejects an expiry date in the past', () => {
    expect(
      check({
        criterionId: 'a.crawl.c0',
        status: 'not-applicable',
        reason: 'r',
        expiresAt: '2025-06-14',
      }),
    ).toEqual([
      {
        field: 'answers[2].expiresAt',
        message: 'must not be in the past',
        criterionId: 'a.crawl.c0',
        answerField: 'expiresAt',
      },
    ]);
  });

  it('allows an expiry date only for not-applicable', () => {
    expect(
      check({
        criterionId: 'a.crawl.c0',
        status: 'met',
        expiresAt: '2026-01-01',
      }),
    ).toEqual([
      {
        field: 'answers[2].expiresAt',
        message: 'is only allowed when the criterion is not applicable',
        criterionId: 'a.crawl.c0',
        answerField: 'expiresAt',
      },
    ]);
  });
});

describe('validateAnswerInputs', () => {
  it('accepts a list of valid answers', () => {
    expect(
      validateAnswerInputs(model, [
        { criterionId: 'a.crawl.c0', status: 'met' },
        { criterionId: 'a.crawl.c1', status: 'unanswered' },
      ]),
    ).toEqual([]);
  });

  it.each([undefined, {}, []])('rejects %j as the list', inputs => {
    expect(validateAnswerInputs(model, inputs)).toEqual([
      { field: 'answers', message: 'must be a non-empty array' },
    ]);
  });

  it('reports each answer by index and rejects two answers to one criterion', () => {
    expect(
      validateAnswerInputs(
        model,
        [
          { criterionId: 'a.crawl.c0', status: 'met' },
          { criterionId: 'a.crawl.c1', status: 'maybe' },
          { criterionId: 'a.crawl.c0', status: 'not-met' },
        ],
        now,
      ),
    ).toEqual([
      {
        field: 'answers[1].status',
        message: 'must be one of met, not-met, not-applicable, unanswered',
        criterionId: 'a.crawl.c1',
        answerField: 'status',
      },
      {
        field: 'answers[2].criterionId',
        message: '"a.crawl.c0" is already answered at answers[0]',
        criterionId: 'a.crawl.c0',
        answerField: 'criterionId',
      },
    ]);
  });
});
