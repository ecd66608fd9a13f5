import { whyNotEvidence } from '@sre-maturity/backstage-plugin-common';
import {
  makeAnswer,
  makeAssessment,
  testModel,
} from '../../../testing/fixtures';
import { buildAreaViews } from './buildAreaViews';
import { buildCatalogSnippet } from './catalogSnippet';

const WALK = { overall: 'walk' as const, areas: {} };

describe('buildCatalogSnippet', () => {
  it('suggests an annotation per criterion lacking evidence, with placeholders for values', () => {
    const { assessment } = makeAssessment({
      answers: [makeAnswer('on-call.walk.escalation')],
    });

    expect(
      buildCatalogSnippet(buildAreaViews(testModel, assessment), WALK),
    ).toBe(
      [
        'metadata:',
        '  annotations:',
        '    # Observability / Walk: SLOs defined',
        '    sre-maturity.io/slo: "<your SLO dashboard URL>"',
        '    # Observability / Run: Error budgets tracked',
        '    sre-maturity.io/error-budget-policy: "<your error budget policy URL>"',
        '    # On Call / Crawl: On-call schedule',
        '    pagerduty.com/service-id: "<your pagerduty.com/service-id value>"',
        '',
      ].join('\n'),
    );
  });

  it('offers no example URL of the sample team', () => {
    const { assessment } = makeAssessment();
    const snippet = buildCatalogSnippet(
      buildAreaViews(testModel, assessment),
      WALK,
    )!;

    expect(snippet).not.toMatch(/example\.com|https?:/);
  });

  it('offers values that, pasted unchanged, do not count as evidence', () => {
    const { assessment } = makeAssessment();
    const snippet = buildCatalogSnippet(
      buildAreaViews(testModel, assessment),
      WALK,
    )!;
    const values = [...snippet.matchAll(/^ +(?:- url|\S+): "(.*)"$/gm)].map(
      match => match[1],
    );

    expect(values).toContain('<your escalation path URL>');
    for (const value of values) {
      expect([value, whyNotEvidence(value)]).toEqual([
        value,
        'it is a placeholder, to be replaced with the real value',
      ]);
    }
  });

  it('suggests the target phase when the entity has none', () => {
    const answers = testModel.areas.flatMap(area =>
      area.phases.flatMap(phase => phase.criteria.map(c => makeAnswer(c.id))),
    );
    const { assessment } = makeAssessment({ answers });

    expect(
      buildCatalogSnippet(buildAreaViews(testModel, assessment), { areas: {} }),
    ).toBe(
      [
        'metadata:',
        '  annotations:',
        '    # The phase to aim for, which the gap is measured to',
        '    sre-maturity.io/target-phase: "<crawl, walk or run>"',
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

    expect(buildCatalogSnippet(buildAreaViews(model, assessment), WALK)).toBe(
      [
        'metadata:',
        '  links:',
        '    # On Call / Crawl: On-call schedule',
        '    # (or: rota)',
        '    - url: "<your on-call URL>"',
        '      title: on-call',
        '      type: on-call',
        '',
      ].join('\n'),
    );
  });

  it('is undefined when every criterion with a rule is satisfied or evidenced and a target is set', () => {
    const answers = testModel.areas.flatMap(area =>
      area.phases.flatMap(phase => phase.criteria.map(c => makeAnswer(c.id))),
    );
    const { assessment } = makeAssessment({ answers });

    expect(
      buildCatalogSnippet(buildAreaViews(testModel, assessment), WALK),
    ).toBeUndefined();
  });
});
