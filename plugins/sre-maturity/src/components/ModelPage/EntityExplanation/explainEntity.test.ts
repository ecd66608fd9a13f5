import {
  makeAnswer,
  makeAssessment,
  testModel,
} from '../../../testing/fixtures';
import { explainEntity } from './explainEntity';

function summary(assessment = makeAssessment()) {
  return explainEntity(testModel, assessment.assessment).map(a => [
    a.view.area.id,
    a.nextPhase,
    a.open.map(c => c.criterion.id),
  ]);
}

describe('explainEntity', () => {
  it('lists the Crawl criteria that keep an area Not started', () => {
    // The dashboards criterion is met from the catalog.
    expect(summary()).toEqual([
      ['observability', 'crawl', ['observability.crawl.alerts']],
      ['on-call', 'crawl', ['on-call.crawl.schedule']],
    ]);
  });

  it('lists the next phase for an area past Crawl, and leaves out what is not applicable', () => {
    const assessment = makeAssessment({
      answers: [
        makeAnswer('observability.crawl.alerts', {
          status: 'not-applicable',
          reason: 'No traffic',
        }),
        makeAnswer('on-call.crawl.schedule', { status: 'not-met' }),
      ],
    });
    expect(summary(assessment)).toEqual([
      ['observability', 'walk', ['observability.walk.slos']],
      ['on-call', 'crawl', ['on-call.crawl.schedule']],
    ]);
  });

  it('has nothing open once Run is reached', () => {
    const assessment = makeAssessment({
      answers: [
        'observability.crawl.alerts',
        'observability.walk.slos',
        'observability.run.error-budgets',
      ].map(id => makeAnswer(id)),
    });
    expect(summary(assessment)[0]).toEqual(['observability', undefined, []]);
  });
});
