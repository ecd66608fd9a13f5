import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { screen } from '@testing-library/react';
import plugin from './alpha';
import { sreMaturityApiRef, SreMaturityClient } from './api';
import { makeAssessment, testEntity } from './testing/fixtures';
import { mockSreMaturityApi } from './testing/mockSreMaturityApi';
import { fakeSreMaturityApi } from './components/ScorecardPage/testData';
import { groupMaturity } from './testing/campaignFixtures';

const config = mockApis.config({
  data: { sreMaturity: { excludeKinds: ['Resource'] } },
});

// The first render loads the lazy components, which takes a while in jest.
const LAZY_LOAD = { timeout: 15_000 };
jest.setTimeout(30_000);

function withKind(kind: string) {
  return { ...testEntity, kind };
}

describe('sre-maturity plugin (new frontend system)', () => {
  it('provides the API with the client', () => {
    const tester = createExtensionTester(
      plugin.getExtension('api:sre-maturity'),
    );
    const factory = tester.get(ApiBlueprint.dataRefs.factory);

    expect(factory.api.id).toBe(sreMaturityApiRef.id);
    expect(
      factory.factory({
        discoveryApi: mockApis.discovery(),
        fetchApi: { fetch: jest.fn() },
      }),
    ).toBeInstanceOf(SreMaturityClient);
  });

  it('provides the scorecard page at /sre-maturity', () => {
    const tester = createExtensionTester(
      plugin.getExtension('page:sre-maturity'),
    );

    expect(tester.get(coreExtensionData.routePath)).toBe('/sre-maturity');
    expect(tester.get(coreExtensionData.title)).toBe('SRE Maturity');
  });

  describe('entity content', () => {
    const content = plugin.getExtension('entity-content:sre-maturity');

    it('is the SRE Maturity tab, only for kinds not excluded by config, exempt entities included', () => {
      const tester = createExtensionTester(content, { apis: [config] });
      const filter = tester.get(
        EntityContentBlueprint.dataRefs.filterFunction,
      )!;

      expect(tester.get(coreExtensionData.routePath)).toBe('sre-maturity');
      expect(filter(withKind('Component'))).toBe(true);
      expect(filter(withKind('Resource'))).toBe(false);
      // Not even when config assesses groups: their tab is the roll-up.
      expect(filter(withKind('Group'))).toBe(false);
      expect(
        filter({
          ...testEntity,
          metadata: {
            ...testEntity.metadata,
            annotations: { 'sre-maturity.io/exempt': 'Retired' },
          },
        }),
      ).toBe(true);
    });

    it('uses the default excluded kinds without config', () => {
      const tester = createExtensionTester(content);
      const filter = tester.get(
        EntityContentBlueprint.dataRefs.filterFunction,
      )!;

      expect(filter(withKind('Group'))).toBe(false);
      expect(filter(withKind('Component'))).toBe(true);
    });

    it('renders the tab', async () => {
      const api = mockSreMaturityApi();
      const tester = createExtensionTester(content);
      renderInTestApp(
        <EntityProvider entity={testEntity}>
          {tester.reactElement()}
        </EntityProvider>,
        {
          apis: [[sreMaturityApiRef, api], mockApis.permission()],
        },
      );

      expect(
        await screen.findByText('Overall phase', undefined, LAZY_LOAD),
      ).toBeInTheDocument();
      expect(api.getAssessment).toHaveBeenCalledWith(
        'component:default/payments-api',
      );
    });
  });

  describe('entity card', () => {
    const card = plugin.getExtension('entity-card:sre-maturity');

    it('is filtered like the tab', () => {
      const tester = createExtensionTester(card, { apis: [config] });
      const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

      expect(filter(withKind('Component'))).toBe(true);
      expect(filter(withKind('Resource'))).toBe(false);
    });

    it('renders the card with a link to the tab', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue(makeAssessment());
      const tester = createExtensionTester(card);
      renderInTestApp(
        <EntityProvider entity={testEntity}>
          {tester.reactElement()}
        </EntityProvider>,
        {
          apis: [[sreMaturityApiRef, api]],
          mountedRoutes: {
            '/catalog/:namespace/:kind/:name':
              convertLegacyRouteRef(entityRouteRef),
          },
        },
      );

      expect(
        await screen.findByText('Overall: Not started', undefined, LAZY_LOAD),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: /Open the assessment/ }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/component/payments-api/sre-maturity',
      );
    });
  });

  describe('system card', () => {
    const card = plugin.getExtension('entity-card:sre-maturity/system');

    it('is only for systems', () => {
      const tester = createExtensionTester(card);
      const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

      expect(filter(withKind('System'))).toBe(true);
      expect(filter(withKind('Component'))).toBe(false);
    });

    it("renders the roll-up of the system's entities", async () => {
      const api = fakeSreMaturityApi();
      const tester = createExtensionTester(card);
      renderInTestApp(
        <EntityProvider entity={withKind('System')}>
          {tester.reactElement()}
        </EntityProvider>,
        {
          apis: [[sreMaturityApiRef, api]],
          mountedRoutes: {
            '/catalog/:namespace/:kind/:name':
              convertLegacyRouteRef(entityRouteRef),
          },
        },
      );

      expect(
        await screen.findByRole('list', { name: 'Lowest scores' }, LAZY_LOAD),
      ).toBeInTheDocument();
      expect(api.getScorecardAreas).toHaveBeenCalledWith({
        system: ['system:default/payments-api'],
      });
    });
  });

  describe('group tab and card', () => {
    const group = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments', namespace: 'default' },
      spec: { type: 'team', children: [] },
    };

    it('are only for groups, the tab at the same path as an entity tab', () => {
      const tab = createExtensionTester(
        plugin.getExtension('entity-content:sre-maturity/group'),
      );
      const card = createExtensionTester(
        plugin.getExtension('entity-card:sre-maturity/group'),
      );

      expect(tab.get(coreExtensionData.routePath)).toBe('sre-maturity');
      const tabFilter = tab.get(
        EntityContentBlueprint.dataRefs.filterFunction,
      )!;
      const cardFilter = card.get(EntityCardBlueprint.dataRefs.filterFunction)!;
      for (const filter of [tabFilter, cardFilter]) {
        expect(filter(group)).toBe(true);
        expect(filter(withKind('Component'))).toBe(false);
      }
    });

    it('renders the roll-up tab', async () => {
      const api = fakeSreMaturityApi();
      api.getGroupMaturity.mockResolvedValue(groupMaturity);
      const tester = createExtensionTester(
        plugin.getExtension('entity-content:sre-maturity/group'),
      );
      renderInTestApp(
        <EntityProvider entity={group}>{tester.reactElement()}</EntityProvider>,
        {
          apis: [[sreMaturityApiRef, api]],
          mountedRoutes: {
            '/catalog/:namespace/:kind/:name':
              convertLegacyRouteRef(entityRouteRef),
          },
        },
      );

      expect(
        await screen.findByRole(
          'table',
          { name: 'SRE maturity per Team' },
          LAZY_LOAD,
        ),
      ).toBeInTheDocument();
    });
  });
});
