import {
  makeAnswer,
  makeAssessment,
  testModel,
} from '../../../testing/fixtures';
import { buildAreaViews } from './buildAreaViews';
import { buildCatalogSnippet } from './catalogSnippet';

describe('buildCatalogSnippet', () => {
  it('suggests an annotation per criterion lacking evidence', () => {
    const { assessment } = makeAssessment({
      answers: [makeAnswer('on-call.walk.escalation')],
    });

    expect(buildCatalogSnippet(buildAreaViews(testModel, assessment))).toBe(
      [
        'metadata:',
        '  annotations:',
        '    # Observability / Walk: SLOs defined',
        '    sre-maturity.io/slo: https://slo.example.com/services/payments',
        '    # Observability / Run: Error budgets tracked',
        '    sre-maturity.io/error-budget-policy: https://wiki.example.com/payments/error-budget-policy',
        '    # On Call / Crawl: On-call schedule',
        '    pagerduty.com/service-id: <value>',
        '',
      ].join('\n'),
    );
  });

  it('suggests a link where the rule only takes links, naming alternatives', () => {
    const model = {
      areas: [
        {
          ...testModel.areas[1],
          phases: testModel.areas[1].phases.map(phase =>
            phase.id === 'crawl'
              ? {
                  ...phase,
                  criteria: [
                    {
                      ...phase.criteria[0],
                      evidence: { linkTypes: ['on-call', 'rota'] },
                    },
                  ],
                }
              : { ...phase, criteria: [] },
          ),
        },
      ],
    };
    const { assessment } = makeAssessment({ evidence: [] });

    expect(buildCatalogSnippet(buildAreaViews(model, assessment))).toBe(
      [
        'metadata:',
        '  links:',
        '    # On Call / Crawl: On-call schedule',
        '    # (or: rota)',
        '    - url: https://example.com/on-call',
        '      title: on-call',
        '      type: on-call',
        '',
      ].join('\n'),
    );
  });

  it('is undefined when every criterion with a rule is satisfied or evidenced', () => {
    const answers = testModel.areas.flatMap(area =>
      area.phases.flatMap(phase => phase.criteria.map(c => makeAnswer(c.id))),
    );
    const { assessment } = makeAssessment({ answers });

    expect(
      buildCatalogSnippet(buildAreaViews(testModel, assessment)),
    ).toBeUndefined();
  });
});
