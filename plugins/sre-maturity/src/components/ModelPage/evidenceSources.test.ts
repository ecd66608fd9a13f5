import { testModel } from '../../testing/fixtures';
import { listEvidenceSources } from './evidenceSources';

describe('listEvidenceSources', () => {
  it('lists each annotation and link type with the criteria it counts for', () => {
    expect(
      listEvidenceSources(testModel).map(source => [
        source.kind,
        source.key,
        source.criteria.map(criterion => criterion.id),
      ]),
    ).toEqual([
      [
        'annotation',
        'grafana/dashboard-selector',
        ['observability.crawl.dashboards'],
      ],
      ['annotation', 'pagerduty.com/service-id', ['on-call.crawl.schedule']],
      [
        'annotation',
        'sre-maturity.io/error-budget-policy',
        ['observability.run.error-budgets'],
      ],
      ['annotation', 'sre-maturity.io/escalation', ['on-call.walk.escalation']],
      ['annotation', 'sre-maturity.io/slo', ['observability.walk.slos']],
      ['link', 'on-call', ['on-call.crawl.schedule']],
    ]);
  });

  it('gathers the criteria that share an annotation', () => {
    const model = structuredClone(testModel);
    model.areas[1].phases[2].criteria[0].evidence = {
      annotations: ['pagerduty.com/service-id'],
    };
    const pagerDuty = listEvidenceSources(model).find(
      source => source.key === 'pagerduty.com/service-id',
    );
    expect(pagerDuty?.criteria.map(c => [c.id, c.areaId, c.phase])).toEqual([
      ['on-call.crawl.schedule', 'on-call', 'crawl'],
      ['on-call.run.reviews', 'on-call', 'run'],
    ]);
  });

  it('lists TechDocs, relations and repository files after the annotations and links', () => {
    const model = structuredClone(testModel);
    const [dashboards, alerts] = model.areas[0].phases[0].criteria;
    dashboards.evidence = {
      techDocs: true,
      relations: ['ownerIsGroup'],
      files: [
        { glob: 'dashboards/**', label: 'Dashboards as code' },
        {
          glob: 'dashboards/**',
          contains: 'grafana',
          label: 'Grafana dashboards',
        },
      ],
    };
    alerts.evidence = {
      files: [{ glob: 'dashboards/**', label: 'Dashboards as code' }],
    };
    const sources = listEvidenceSources(model).filter(
      source => !['annotation', 'link'].includes(source.kind),
    );
    expect(
      sources.map(source => [
        source.kind,
        source.criteria.map(criterion => criterion.id),
      ]),
    ).toEqual([
      ['techDocs', ['observability.crawl.dashboards']],
      ['relation', ['observability.crawl.dashboards']],
      [
        'file',
        ['observability.crawl.dashboards', 'observability.crawl.alerts'],
      ],
      ['file', ['observability.crawl.dashboards']],
    ]);
  });
});
