import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// A minimal backend for working on the plugin: `yarn start` in this package
// serves it on port 7007 with mocked auth (every request is the mock user)
// and a mock catalog of two components. Then, for example:
//
//   curl localhost:7007/api/sre-maturity/assessments/component/default/payments
//   curl -X POST localhost:7007/api/sre-maturity/sync
//   curl 'localhost:7007/api/sre-maturity/scorecard?orderBy=score&order=desc'

const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments',
          title: 'Payments',
          tags: ['java'],
          annotations: {
            'pagerduty.com/service-id': 'P123456',
            'sre-maturity.io/target-phase': 'walk',
          },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'web', tags: ['react'] },
        spec: { type: 'website', lifecycle: 'experimental', owner: 'team-b' },
      },
    ],
  }),
);
backend.add(import('../src'));

backend.start();
