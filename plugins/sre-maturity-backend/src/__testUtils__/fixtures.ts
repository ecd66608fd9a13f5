import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  MaturityModel,
  readSreMaturityConfig,
} from '@sre-maturity/backstage-plugin-common';

// A small model for tests, configured the way an installer would: two areas
// with one or two criteria per phase.

function phase(summary: string, ...criteria: JsonObject[]): JsonObject {
  return { summary, criteria };
}

function criterion(id: string, evidence?: JsonObject): JsonObject {
  return {
    id,
    title: `Criterion ${id}`,
    description: `Description of ${id}`,
    ...(evidence && { evidence }),
  };
}

export const testConfig: JsonObject = {
  sreMaturity: {
    staleAfter: { days: 30 },
    model: {
      replace: true,
      areas: [
        {
          id: 'alpha',
          title: 'Alpha',
          phases: {
            crawl: phase(
              'Crawl',
              criterion('paged', { annotations: ['pagerduty.com/service-id'] }),
              criterion('documented', { linkTypes: ['runbook'] }),
            ),
            walk: phase('Walk', criterion('measured')),
            run: phase('Run', criterion('automated')),
          },
        },
        {
          id: 'beta',
          title: 'Beta',
          phases: {
            crawl: phase('Crawl', criterion('owned')),
            walk: phase('Walk', criterion('tested')),
            run: phase('Run', criterion('chaos')),
          },
        },
      ],
    },
  },
};

export const testModel: MaturityModel = readSreMaturityConfig(
  new ConfigReader(testConfig),
).model;

/** The test model with area beta not applying to libraries. */
export const testModelWithoutBetaForLibraries: MaturityModel = {
  ...testModel,
  areas: testModel.areas.map(area => ({
    ...area,
    phases: area.phases.map(areaPhase => ({
      ...areaPhase,
      criteria: areaPhase.criteria.map(c =>
        area.id === 'beta'
          ? { ...c, appliesTo: [{ exceptTypes: ['library'] }] }
          : c,
      ),
    })),
  })),
};

export interface TestEntityOptions {
  kind?: string;
  namespace?: string;
  title?: string;
  owner?: string;
  system?: string;
  type?: string;
  lifecycle?: string;
  tags?: string[];
  annotations?: Record<string, string>;
  links?: Array<{ url: string; type?: string; title?: string }>;
}

/** A catalog entity, a service component by default. */
export function testEntity(
  name: string,
  options: TestEntityOptions = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: options.kind ?? 'Component',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      ...(options.title && { title: options.title }),
      ...(options.tags && { tags: options.tags }),
      ...(options.annotations && { annotations: options.annotations }),
      ...(options.links && { links: options.links }),
    },
    spec: {
      type: options.type ?? 'service',
      lifecycle: options.lifecycle ?? 'production',
      owner: options.owner ?? 'team-a',
      ...(options.system && { system: options.system }),
    },
  };
}
