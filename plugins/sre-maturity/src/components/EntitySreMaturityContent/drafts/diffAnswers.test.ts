import { makeAnswer, makeAssessment } from '../../../testing/fixtures';
import { diffAnswers } from './diffAnswers';

describe('diffAnswers', () => {
  it('lists answers added, changed and cleared since the base', () => {
    const kept = makeAnswer('observability.crawl.alerts');
    const changedBefore = makeAnswer('on-call.crawl.schedule', {
      status: 'not-met',
    });
    const changedAfter = makeAnswer('on-call.crawl.schedule', {
      status: 'met',
      answeredBy: 'user:default/bob',
      answeredAt: '2025-05-31T09:00:00Z',
    });
    const cleared = makeAnswer('observability.walk.slos');
    const added = makeAnswer('on-call.walk.escalation', {
      answeredBy: 'user:default/bob',
    });

    const base = makeAssessment({ answers: [kept, changedBefore, cleared] });
    const current = makeAssessment({
      answers: [kept, changedAfter, added],
      revision: 9,
    });

    expect(diffAnswers(base, current)).toEqual([
      {
        criterionId: 'on-call.crawl.schedule',
        before: changedBefore,
        after: changedAfter,
      },
      { criterionId: 'on-call.walk.escalation', after: added },
      { criterionId: 'observability.walk.slos', before: cleared },
    ]);
  });

  it('finds nothing between equal assessments', () => {
    const answers = [makeAnswer('observability.crawl.alerts')];
    expect(
      diffAnswers(makeAssessment({ answers }), makeAssessment({ answers })),
    ).toEqual([]);
  });
});
