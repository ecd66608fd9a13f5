import { makeAnswer } from '../../../testing/fixtures';
import { draftFromAnswer, isSameAsAnswer, toAnswerInput } from './answerDrafts';

describe('answerDrafts', () => {
  it('shows no answer as an empty, unanswered draft', () => {
    expect(draftFromAnswer()).toEqual({
      status: 'unanswered',
      note: '',
      evidenceUrl: '',
      reason: '',
      expiresAt: '',
    });
  });

  it('trims fields and leaves empty ones out', () => {
    expect(
      toAnswerInput('a.crawl.x', {
        status: 'met',
        note: '  on it ',
        evidenceUrl: ' ',
        reason: 'ignored unless not applicable',
        expiresAt: '2030-01-01',
      }),
    ).toEqual({ criterionId: 'a.crawl.x', status: 'met', note: 'on it' });
  });

  it('keeps reason and expiry for not applicable', () => {
    expect(
      toAnswerInput('a.crawl.x', {
        status: 'not-applicable',
        note: '',
        evidenceUrl: 'https://wiki/x',
        reason: ' batch job ',
        expiresAt: '2030-01-01',
      }),
    ).toEqual({
      criterionId: 'a.crawl.x',
      status: 'not-applicable',
      evidenceUrl: 'https://wiki/x',
      reason: 'batch job',
      expiresAt: '2030-01-01',
    });
  });

  it('sends only the status to clear an answer', () => {
    expect(
      toAnswerInput('a.crawl.x', { ...draftFromAnswer(), note: 'gone' }),
    ).toEqual({ criterionId: 'a.crawl.x', status: 'unanswered' });
  });

  it('tells when a draft changes nothing', () => {
    const answer = makeAnswer('a.crawl.x', { note: 'yes' });
    expect(isSameAsAnswer(draftFromAnswer(answer), answer)).toBe(true);
    expect(
      isSameAsAnswer({ ...draftFromAnswer(answer), note: 'yes ' }, answer),
    ).toBe(true);
    expect(
      isSameAsAnswer({ ...draftFromAnswer(answer), status: 'not-met' }, answer),
    ).toBe(false);
    expect(isSameAsAnswer(draftFromAnswer(), undefined)).toBe(true);
    expect(isSameAsAnswer(draftFromAnswer(answer), undefined)).toBe(false);
  });
});
