import {
  describeEntityFacts,
  describeSelector,
  describeSelectors,
} from './describeApplicability';

describe('describeSelector', () => {
  it('says each list of a selector', () => {
    expect(
      describeSelector({
        kinds: ['Component'],
        types: ['service', 'website'],
        lifecycles: ['production'],
        tiers: ['1', '2', '3'],
      }),
    ).toBe(
      'Component, of type service or website, in lifecycle production, of tier 1, 2 or 3',
    );
    expect(
      describeSelector({ kinds: ['Component'], exceptTypes: ['library'] }),
    ).toBe('Component, not of type library');
    expect(describeSelector({ types: ['database'] })).toBe(
      'Any entity, of type database',
    );
    expect(describeSelector({})).toBe('Every entity');
  });

  it('joins selectors, any of which is enough', () => {
    expect(
      describeSelectors([
        { kinds: ['Component'], types: ['service'] },
        { kinds: ['Resource'], types: ['database'] },
      ]),
    ).toBe('Component, of type service; Resource, of type database');
    expect(describeSelectors(undefined)).toBe('Every entity');
    expect(describeSelectors([])).toBe('Every entity');
  });
});

describe('describeEntityFacts', () => {
  it('names what applicability looks at', () => {
    expect(
      describeEntityFacts({
        entityRef: 'component:default/ui-kit',
        kind: 'Component',
        namespace: 'default',
        name: 'ui-kit',
        type: 'library',
        lifecycle: 'production',
        tags: [],
      }),
    ).toBe('Component, type library, lifecycle production');
    expect(
      describeEntityFacts({
        entityRef: 'api:default/pay',
        kind: 'API',
        namespace: 'default',
        name: 'pay',
        tier: '1',
        tags: [],
      }),
    ).toBe('API, tier 1');
  });
});
