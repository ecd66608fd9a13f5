import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { defaultModel } from '../model/defaultModel';
import { findCriterion } from '../model/listCriteria';
import { readSreMaturityConfig } from './readSreMaturityConfig';

function read(sreMaturity: object) {
  return readSreMaturityConfig(new ConfigReader({ sreMaturity }));
}

function errorOf(sreMaturity: object): Error {
  try {
    read(sreMaturity);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as Error;
  }
  throw new Error('expected readSreMaturityConfig to throw');
}

const costArea = {
  id: 'cost',
  title: 'Cost',
  phases: {
    crawl: {
      summary: 's',
      criteria: [{ id: 'known', title: 'Known', description: 'd' }],
    },
    walk: {
      summary: 's',
      criteria: [{ id: 'tracked', title: 'Tracked', description: 'd' }],
    },
    run: {
      summary: 's',
      criteria: [
        {
          id: 'cost.run.optimised',
          title: 'Optimised',
          description: 'd',
          guidance: 'g',
          evidence: { annotations: ['example.com/cost'], linkTypes: ['cost'] },
        },
      ],
    },
  },
};

describe('readSreMaturityConfig', () => {
  it('defaults to the default model, 180 days and non-runtime kinds', () => {
    expect(readSreMaturityConfig(new ConfigReader({}))).toEqual({
      model: defaultModel,
      staleAfterDays: 180,
      excludeKinds: ['User', 'Group', 'Location', 'Template', 'Domain'],
    });
  });

  it('reads excludeKinds', () => {
    expect(read({ excludeKinds: ['User'] }).excludeKinds).toEqual(['User']);
  });

  it.each([
    [{ days: 90 }, 90],
    [{ weeks: 2 }, 14],
    ['P30D', 30],
    ['12 hours', 0.5],
  ])('reads staleAfter %j as %d days', (staleAfter, days) => {
    expect(read({ staleAfter }).staleAfterDays).toBe(days);
  });

  it.each([[{ days: 0 }], ['soon'], [{ dayz: 3 }]])(
    'rejects staleAfter %j naming the key',
    staleAfter => {
      expect(errorOf({ staleAfter }).message).toContain('staleAfter');
    },
  );

  it('applies sreMaturity.model to the default model', () => {
    const { model } = read({
      model: {
        areas: [costArea],
        criteria: [
          { id: 'observability.walk.error-budgets-tracked', title: 'Budgets' },
          {
            id: 'paved-road',
            area: 'releasing',
            phase: 'walk',
            title: 'Paved road',
            description: 'd',
          },
        ],
        disabled: ['people-and-culture.crawl.retraining'],
      },
    });
    expect(model.areas.map(a => a.id)).toContain('cost');
    expect(findCriterion(model, 'cost.run.optimised')?.evidence).toEqual({
      annotations: ['example.com/cost'],
      linkTypes: ['cost'],
    });
    expect(
      findCriterion(model, 'observability.walk.error-budgets-tracked'),
    ).toMatchObject({
      title: 'Budgets',
      source: 'seed',
      evidence: { annotations: ['sre-maturity.io/error-budget-policy'] },
    });
    expect(findCriterion(model, 'releasing.walk.paved-road')?.source).toBe(
      'custom',
    );
    expect(
      findCriterion(model, 'people-and-culture.crawl.retraining'),
    ).toBeUndefined();
  });

  it('reads TechDocs and relations as evidence of a criterion', () => {
    const { model } = read({
      model: {
        criteria: [
          {
            id: 'failures.crawl.failure-modes-understood',
            evidence: { techDocs: true, relations: ['dependsOn'] },
          },
        ],
      },
    });
    expect(
      findCriterion(model, 'failures.crawl.failure-modes-understood')?.evidence,
    ).toEqual({ techDocs: true, relations: ['dependsOn'] });
  });

  it('reads repository file rules of a criterion', () => {
    const files = [
      { glob: 'ops/runbooks/**', label: 'Runbook' },
      {
        glob: 'deploy/*.yaml',
        contains: 'kind:\\s*Rollout',
        label: 'Argo Rollout',
      },
    ];
    const { model } = read({
      model: {
        criteria: [{ id: 'on-call.walk.runbooks', evidence: { files } }],
      },
    });
    expect(findCriterion(model, 'on-call.walk.runbooks')?.evidence).toEqual({
      files,
    });
  });

  it('reads what the model and each criterion apply to', () => {
    const services = { kinds: ['Component'], types: ['service'] };
    const { model } = read({
      model: {
        appliesTo: [{ kinds: ['Component', 'Resource'] }],
        areas: [
          {
            ...costArea,
            phases: {
              ...costArea.phases,
              crawl: {
                summary: 's',
                criteria: [
                  {
                    id: 'known',
                    title: 'Known',
                    description: 'd',
                    appliesTo: [
                      { tiers: ['1', '2'], lifecycles: ['production'] },
                    ],
                  },
                ],
              },
            },
          },
        ],
        criteria: [
          { id: 'on-call.crawl.on-call-schedule', appliesTo: [services] },
          { id: 'releasing.crawl.version-control', appliesTo: [{}] },
        ],
      },
    });
    expect(model.appliesTo).toEqual([{ kinds: ['Component', 'Resource'] }]);
    expect(findCriterion(model, 'cost.crawl.known')?.appliesTo).toEqual([
      { tiers: ['1', '2'], lifecycles: ['production'] },
    ]);
    expect(
      findCriterion(model, 'on-call.crawl.on-call-schedule')?.appliesTo,
    ).toEqual([services]);
    expect(
      findCriterion(model, 'releasing.crawl.version-control')?.appliesTo,
    ).toEqual([{}]);
    // Left alone where not configured.
    expect(findCriterion(model, 'on-call.walk.runbooks')?.appliesTo).toEqual(
      findCriterion(defaultModel, 'on-call.walk.runbooks')?.appliesTo,
    );
  });

  it('rejects appliesTo that names an unknown key or matches nothing', () => {
    expect(
      errorOf({
        model: {
          criteria: [
            {
              id: 'on-call.crawl.on-call-schedule',
              appliesTo: [{ kind: ['x'] }],
            },
          ],
        },
      }).message,
    ).toBe(
      'sreMaturity.model.criteria[0].appliesTo[0].kind: unknown key (expected one of kinds, types, exceptTypes, lifecycles, tiers)',
    );
    expect(errorOf({ model: { appliesTo: [] } }).message).toContain(
      'sreMaturity.model.appliesTo: must list at least one selector',
    );
    expect(
      errorOf({
        model: {
          criteria: [
            {
              id: 'on-call.crawl.on-call-schedule',
              appliesTo: [{ kinds: [] }, { types: ['service', ' '] }],
            },
          ],
        },
      }).message.split('\n'),
    ).toEqual([
      'sreMaturity.model.criteria[0].appliesTo[0].kinds: must list at least one value',
      'sreMaturity.model.criteria[0].appliesTo[1].types[1]: must not be empty',
    ]);
  });

  it('replaces the model', () => {
    const { model } = read({ model: { replace: true, areas: [costArea] } });
    expect(model.areas.map(a => a.id)).toEqual(['cost']);
  });

  it('rejects an invalid model naming the exact key', () => {
    expect(
      errorOf({
        model: {
          criteria: [
            { id: 'observability.walk.error-budgets-tracked', title: 'x' },
            { id: 'security.walk.source-scanning-in-ci', title: 'y' },
            {
              id: 'security.run.automated-policy-enforcement',
              evidence: { annotations: ['not a key!'] },
            },
          ],
        },
      }).message,
    ).toBe(
      'sreMaturity.model.criteria[2].evidence.annotations[0]: "not a key!" is not a valid annotation key',
    );
  });

  it.each([
    [{ model: { criterias: [] } }, 'sreMaturity.model.criterias: unknown key'],
    [
      { model: { criteria: [{ id: 'x.crawl.y', titel: 'T' }] } },
      'sreMaturity.model.criteria[0].titel: unknown key',
    ],
    [
      { model: { criteria: [{ id: 'y', area: 'x', phase: 'jog' }] } },
      'sreMaturity.model.criteria[0].phase: "jog" is not a phase',
    ],
    [
      { model: { criteria: [{ id: 3 }] } },
      "'sreMaturity.model.criteria[0].id'",
    ],
    [
      {
        model: {
          areas: [{ ...costArea, phases: { crawl: costArea.phases.crawl } }],
        },
      },
      "'sreMaturity.model.areas[0].phases.walk'",
    ],
    [
      {
        model: {
          areas: [
            {
              ...costArea,
              phases: {
                ...costArea.phases,
                run: {
                  summary: 's',
                  criteria: [
                    {
                      id: 'a',
                      title: 't',
                      description: 'd',
                      evidence: { annotation: [] },
                    },
                  ],
                },
              },
            },
          ],
        },
      },
      'sreMaturity.model.areas[0].phases.run.criteria[0].evidence.annotation: unknown key',
    ],
    [
      {
        model: {
          criteria: [
            {
              id: 'security.run.automated-policy-enforcement',
              evidence: { relations: ['ownerIsGroup', 'ownedBy'] },
            },
          ],
        },
      },
      'sreMaturity.model.criteria[0].evidence.relations[1]: "ownedBy" is not a relation (expected dependsOn, providesApis, consumesApis, ownerIsGroup)',
    ],
    [
      {
        model: {
          criteria: [
            {
              id: 'security.run.automated-policy-enforcement',
              evidence: { techDocs: 'maybe' },
            },
          ],
        },
      },
      "'sreMaturity.model.criteria[0].evidence.techDocs'",
    ],
    [
      {
        model: {
          criteria: [
            {
              id: 'on-call.walk.runbooks',
              evidence: { files: [{ glob: 'a', label: 'A', contain: 'x' }] },
            },
          ],
        },
      },
      'sreMaturity.model.criteria[0].evidence.files[0].contain: unknown key',
    ],
    [
      {
        model: {
          criteria: [
            {
              id: 'on-call.walk.runbooks',
              evidence: { files: [{ glob: 'a', label: 'A', contains: '(' }] },
            },
          ],
        },
      },
      'sreMaturity.model.criteria[0].evidence.files[0].contains: "(" is not a valid regular expression',
    ],
    [
      {
        model: {
          criteria: [
            {
              id: 'on-call.walk.runbooks',
              evidence: { files: [{ glob: 'a' }] },
            },
          ],
        },
      },
      "'sreMaturity.model.criteria[0].evidence.files[0].label'",
    ],
  ])('rejects %j naming the key', (sreMaturity, message) => {
    expect(errorOf(sreMaturity).message).toContain(message);
  });
});
