import { makeAssessment, testModel } from '../../../testing/fixtures';
import { buildAreaViews } from './buildAreaViews';

describe('buildAreaViews', () => {
  it('pairs every criterion of the model with its result, in model order', () => {
    const views = buildAreaViews(testModel, makeAssessment().assessment);

    expect(views.map(v => v.area.id)).toEqual(['observability', 'on-call']);
    expect(
      views[0].phases.map(p => [
        p.phase.id,
        p.criteria.map(c => [c.criterion.id, c.result.status]),
      ]),
    ).toEqual([
      [
        'crawl',
        [
          ['observability.crawl.dashboards', 'met'],
          ['observability.crawl.alerts', 'unknown'],
        ],
      ],
      ['walk', [['observability.walk.slos', 'unknown']]],
      ['run', [['observability.run.error-budgets', 'unknown']]],
    ]);
  });

  it('leaves out areas and criteria the assessment does not have', () => {
    const { assessment } = makeAssessment();
    const partial = {
      ...assessment,
      areas: [
        {
          ...assessment.areas[0],
          criteria: assessment.areas[0].criteria.slice(1),
        },
      ],
    };

    const views = buildAreaViews(testModel, partial);

    expect(views).toHaveLength(1);
    expect(views[0].phases[0].criteria.map(c => c.criterion.id)).toEqual([
      'observability.crawl.alerts',
    ]);
  });
});
