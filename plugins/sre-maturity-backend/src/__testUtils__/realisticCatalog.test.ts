import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import {
  changeRealisticCatalog,
  generateRealisticCatalog,
} from './realisticCatalog';

// The policies and kind validators a catalog applies to every entity it
// reads from a location.
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const kindValidators = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
];

async function recognizedByBuiltinKinds(entity: Entity): Promise<boolean> {
  for (const validator of kindValidators) {
    if (await validator.check(entity)) {
      return true;
    }
  }
  return false;
}

describe('generateRealisticCatalog', () => {
  const catalog = generateRealisticCatalog();
  const { entities, expected } = catalog;

  it('is the same for the same seed, and sized as asked', () => {
    expect(generateRealisticCatalog()).toEqual(catalog);
    expect(generateRealisticCatalog({ seed: 2 })).not.toEqual(catalog);
    expect(entities).toHaveLength(2000);
    expect(generateRealisticCatalog({ entities: 5000 }).entities).toHaveLength(
      5000,
    );
    expect(expected.size).toBe(entities.length);
    expect([...expected.keys()]).toEqual(entities.map(stringifyEntityRef));
  });

  it('has only entities a catalog accepts, foreign kinds aside', async () => {
    const builtin = generateRealisticCatalog({ foreignKinds: false });
    for (const entity of builtin.entities) {
      await expect(policy.enforce(entity)).resolves.toBeDefined();
      expect(await recognizedByBuiltinKinds(entity)).toBe(true);
    }
    for (const entity of entities) {
      await expect(policy.enforce(entity)).resolves.toBeDefined();
    }
  });

  it('has the oddities of real catalogs', () => {
    const names = entities.map(e => e.metadata.name);
    const titles = entities.flatMap(e => e.metadata.title ?? []);
    const annotations = entities.flatMap(e =>
      Object.entries(e.metadata.annotations ?? {}),
    );
    const facts = [...expected.values()];
    const kinds = new Set(entities.map(e => e.kind));

    expect(names.some(n => n.includes('.'))).toBe(true);
    expect(names.some(n => n.includes('_'))).toBe(true);
    expect(names.some(n => /[A-Z]/.test(n))).toBe(true);
    expect(names.some(n => n.length === 63)).toBe(true);
    expect(
      new Set(entities.map(e => e.metadata.namespace)).size,
    ).toBeGreaterThanOrEqual(4);
    expect(titles.some(t => /[^ -~]/.test(t))).toBe(true);
    expect(titles.some(t => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(titles.some(t => t.length > 255)).toBe(true);
    for (const kind of [
      'Component',
      'API',
      'Resource',
      'System',
      'Domain',
      'User',
      'Group',
      'Location',
      'Template',
      'Database',
      'Widget',
    ]) {
      expect(kinds).toContain(kind);
    }
    const owners = entities.flatMap(e =>
      typeof e.spec?.owner === 'string' ? [e.spec.owner] : [],
    );
    expect(owners.some(o => o.startsWith('user:'))).toBe(true);
    expect(owners.some(o => o.includes('@'))).toBe(true);
    expect(owners.some(o => o.startsWith('gone-'))).toBe(true);
    expect(owners.some(o => /^Group:/.test(o))).toBe(true);
    for (const field of ['owner', 'type', 'lifecycle']) {
      expect(
        entities.some(
          e => !['User', 'Group'].includes(e.kind) && !e.spec?.[field],
        ),
      ).toBe(true);
    }
    expect(facts.some(f => f.lifecycle === 'PRD')).toBe(true);
    expect(facts.some(f => f.tags.length >= 30)).toBe(true);
    expect(
      entities.some(
        e => Object.keys(e.metadata.annotations ?? {}).length >= 24,
      ),
    ).toBe(true);
    expect(annotations.some(([, v]) => v === 'YOUR_PROJECT_SLUG')).toBe(true);
    expect(annotations.some(([, v]) => v === '<value>')).toBe(true);
    expect(annotations.some(([k]) => k.startsWith('sre-maturity.io/'))).toBe(
      true,
    );
    expect(facts.some(f => f.exempt)).toBe(true);
    expect(
      annotations.some(
        ([k, v]) => k === 'sre-maturity.io/exempt' && v === 'false',
      ),
    ).toBe(true);
    expect(
      annotations.some(
        ([k, v]) => k === 'sre-maturity.io/target-phase' && v === 'sprint',
      ),
    ).toBe(true);
  });

  it('declares dependencies and APIs on a share of the components, some to entities that are gone', () => {
    const components = entities.filter(e => e.kind === 'Component');
    const declaring = (field: string) =>
      components.filter(e => Array.isArray(e.spec?.[field])).length /
      components.length;
    expect(declaring('dependsOn')).toBeGreaterThan(0.25);
    expect(declaring('dependsOn')).toBeLessThan(0.45);
    expect(declaring('consumesApis')).toBeGreaterThan(0.1);
    expect(declaring('providesApis')).toBeGreaterThan(0.2);
    const targets = components.flatMap(e => e.spec?.dependsOn as string[]);
    expect(targets.some(t => t?.startsWith('component:default/gone-'))).toBe(
      true,
    );
  });

  it('changes a share of the entities the sync keeps', () => {
    const excludeKinds = ['User', 'Group', 'Domain'];
    const {
      catalog: { entities: after, expected: afterExpected },
      changed,
    } = changeRealisticCatalog(catalog, { share: 0.07, excludeKinds });
    expect(after).toHaveLength(entities.length);
    expect(changed.size).toBeGreaterThan(100);
    expect(changed.size).toBeLessThan(180);
    const differ = after.filter(
      (entity, i) => JSON.stringify(entity) !== JSON.stringify(entities[i]),
    );
    expect(differ.map(stringifyEntityRef)).toEqual([...changed]);
    expect(differ.filter(e => excludeKinds.includes(e.kind))).toEqual([]);
    for (const ref of changed) {
      expect(afterExpected.get(ref)).not.toEqual(expected.get(ref));
    }
  });
});
