import { makeAnswer, makeAssessment } from '../../testing/fixtures';
import { metAutomatically } from './metAutomatically';

describe('metAutomatically', () => {
  it('counts the criteria evidence meets, per source', () => {
    const { assessment } = makeAssessment({
      evidence: [
        {
          criterionId: 'observability.crawl.dashboards',
          provider: 'annotation',
          key: 'grafana/dashboard-selector',
          value: 'payments',
        },
        {
          criterionId: 'observability.crawl.dashboards',
          provider: 'repository',
          key: 'dashboards/payments.json',
          value: 'Dashboard as code',
        },
        {
          criterionId: 'observability.crawl.alerts',
          provider: 'repository',
          key: 'alerts/rules.yaml',
          value: 'Prometheus rules',
        },
        // An answer decides this one, so evidence does not meet it.
        {
          criterionId: 'on-call.crawl.schedule',
          provider: 'repository',
          key: 'oncall.yaml',
          value: 'Rota',
        },
      ],
      answers: [makeAnswer('on-call.crawl.schedule', { status: 'not-met' })],
    });
    expect(metAutomatically(assessment)).toEqual([
      { source: 'repository', count: 2 },
      { source: 'catalog', count: 1 },
    ]);
  });

  it('is empty when evidence meets nothing', () => {
    expect(
      metAutomatically(makeAssessment({ evidence: [] }).assessment),
    ).toEqual([]);
  });
});
