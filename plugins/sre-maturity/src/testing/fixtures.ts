import {
  Answer,
  assessEntity,
  EntityFacts,
  Evidence,
  MaturityModel,
  MaturityTargets,
} from '@sre-maturity/backstage-plugin-common';
import { Entity } from '@backstage/catalog-model';
import { EntityAssessment, ModelResponse } from '../api';

/** Two areas, enough to show progression, evidence and every source. */
export const testModel: MaturityModel = {
  areas: [
    {
      id: 'observability',
      title: 'Observability',
      description: 'Knowing how the service behaves.',
      phases: [
        {
          id: 'crawl',
          summary: 'Basic monitoring.',
          criteria: [
            {
              id: 'observability.crawl.dashboards',
              title: 'Service dashboards exist',
              description: 'Dashboards show the key signals.',
              guidance: 'Create a dashboard with latency, traffic and errors.',
              source: 'seed',
              evidence: { annotations: ['grafana/dashboard-selector'] },
            },
            {
              id: 'observability.crawl.alerts',
              title: 'Alerts on symptoms',
              description: 'Alerts fire on user-facing symptoms.',
              guidance: 'Alert on error rate and latency, not on CPU.',
              source: 'extended',
            },
          ],
        },
        {
          id: 'walk',
          summary: 'Service levels.',
          criteria: [
            {
              id: 'observability.walk.slos',
              title: 'SLOs defined',
              description: 'The service has SLOs.',
              guidance: 'Agree SLOs with the product owner.',
              source: 'seed',
              evidence: { annotations: ['sre-maturity.io/slo'] },
            },
          ],
        },
        {
          id: 'run',
          summary: 'Error budgets.',
          criteria: [
            {
              id: 'observability.run.error-budgets',
              title: 'Error budgets tracked',
              description: 'Error budgets are tracked and acted on.',
              guidance: 'Adopt an error budget policy.',
              source: 'seed',
              evidence: {
                annotations: ['sre-maturity.io/error-budget-policy'],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'on-call',
      title: 'On Call',
      description: 'Someone answers when it breaks.',
      phases: [
        {
          id: 'crawl',
          summary: 'A schedule.',
          criteria: [
            {
              id: 'on-call.crawl.schedule',
              title: 'On-call schedule',
              description: 'There is an on-call schedule.',
              guidance: 'Set up a rotation.',
              source: 'seed',
              evidence: {
                annotations: ['pagerduty.com/service-id'],
                linkTypes: ['on-call'],
              },
            },
          ],
        },
        {
          id: 'walk',
          summary: 'Escalations.',
          criteria: [
            {
              id: 'on-call.walk.escalation',
              title: 'Escalation path',
              description: 'Escalation is documented.',
              guidance: 'Write down who to call next.',
              source: 'extended',
              evidence: { annotations: ['sre-maturity.io/escalation'] },
            },
          ],
        },
        {
          id: 'run',
          summary: 'Reviews.',
          criteria: [
            {
              id: 'on-call.run.reviews',
              title: 'On-call load reviewed',
              description: 'On-call load is reviewed.',
              guidance: 'Review pages weekly.',
              source: 'extended',
            },
          ],
        },
      ],
    },
  ],
};

/**
 * The test model with operational criteria for running services only: all
 * of On Call, and Observability's alerts. For a library, On Call does not
 * apply and Observability keeps its dashboards.
 */
export const servicesOnlyModel: MaturityModel = {
  areas: testModel.areas.map(area => ({
    ...area,
    phases: area.phases.map(phase => ({
      ...phase,
      criteria: phase.criteria.map(criterion =>
        area.id === 'on-call' || criterion.id === 'observability.crawl.alerts'
          ? {
              ...criterion,
              appliesTo: [
                { kinds: ['Component'], types: ['service', 'website'] },
              ],
            }
          : criterion,
      ),
    })),
  })),
};

/** What `appliesTo` looks at in a library. */
export const libraryFacts = { kind: 'Component', type: 'library' };

export const testModelResponse: ModelResponse = {
  model: testModel,
  staleAfterDays: 180,
};

export const testEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'grafana/dashboard-selector': 'payments' },
  },
  spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
};

export const testEntityRef = 'component:default/payments-api';

export const NOW = new Date('2025-06-01T12:00:00Z');

export function makeAnswer(
  criterionId: string,
  fields: Partial<Answer> = {},
): Answer {
  return {
    criterionId,
    status: 'met',
    answeredBy: 'user:default/alice',
    answeredAt: '2025-05-20T10:00:00Z',
    ...fields,
  };
}

/** An assessment as the backend computes it, from answers and evidence. */
export function makeAssessment(
  options: {
    answers?: Answer[];
    evidence?: Evidence[];
    targets?: MaturityTargets;
    revision?: number;
    /** The model to assess against; the test model by default. */
    model?: MaturityModel;
    /** What `appliesTo` looks at; a Component of type service by default. */
    facts?: EntityFacts;
  } = {},
): EntityAssessment {
  const {
    answers = [],
    evidence = [
      {
        criterionId: 'observability.crawl.dashboards',
        provider: 'annotation',
        key: 'grafana/dashboard-selector',
        value: 'payments',
      },
    ],
    targets = { overall: 'walk', areas: {} },
    revision = answers.length,
    model = testModel,
    facts = { kind: 'Component', type: 'service' },
  } = options;
  return {
    entity: {
      entityRef: testEntityRef,
      kind: facts.kind,
      namespace: 'default',
      name: 'payments-api',
      owner: 'group:default/team-payments',
      ...(facts.type && { type: facts.type }),
      tags: [],
    },
    revision,
    exempt: false,
    targets,
    assessment: assessEntity({
      model,
      entity: facts,
      answers,
      evidence,
      targets,
      now: NOW,
    }),
    warnings: [],
    evidenceSources: [],
  };
}
