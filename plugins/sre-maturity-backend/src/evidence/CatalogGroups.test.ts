import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogGroups } from './CatalogGroups';

const entity = (kind: string, name: string, namespace?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, ...(namespace && { namespace }) },
  spec: {},
});

describe('CatalogGroups', () => {
  const entities = [
    entity('Group', 'Team-Payments', 'Pay'),
    entity('Group', 'sre'),
    entity('User', 'jane'),
    entity('Component', 'payments'),
  ];

  it('lists the refs of the Group entities, lower case', async () => {
    const groups = new CatalogGroups({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
    });
    expect([...(await groups.groupRefs())].sort()).toEqual([
      'group:default/sre',
      'group:pay/team-payments',
    ]);
  });

  it('reads the catalog once per ten minutes, not per caller', async () => {
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    let now = 0;
    const groups = new CatalogGroups({
      catalog,
      auth: mockServices.auth(),
      now: () => now,
    });

    await Promise.all([groups.groupRefs(), groups.groupRefs()]);
    now += 9 * 60 * 1000;
    await groups.groupRefs();
    expect(queryEntities).toHaveBeenCalledTimes(1);

    now += 2 * 60 * 1000;
    await groups.groupRefs();
    expect(queryEntities).toHaveBeenCalledTimes(2);
  });
});
