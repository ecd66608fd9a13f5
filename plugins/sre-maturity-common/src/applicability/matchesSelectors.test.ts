import { matchesSelectors } from './matchesSelectors';

const service = { kind: 'Component', type: 'service', lifecycle: 'production' };

describe('matchesSelectors', () => {
  it('matches every entity without selectors, and none with an empty list', () => {
    expect(matchesSelectors(undefined, service)).toBe(true);
    expect(matchesSelectors([], service)).toBe(false);
    expect(matchesSelectors([{}], service)).toBe(true);
  });

  it('needs every list of a selector to contain the value, case-insensitively', () => {
    expect(
      matchesSelectors([{ kinds: ['component'], types: ['Service'] }], service),
    ).toBe(true);
    expect(
      matchesSelectors(
        [{ kinds: ['Component'], lifecycles: ['experimental'] }],
        service,
      ),
    ).toBe(false);
  });

  it('matches when any selector does', () => {
    expect(
      matchesSelectors(
        [{ kinds: ['Resource'] }, { types: ['service'] }],
        service,
      ),
    ).toBe(true);
  });

  it('does not match an entity without the field a list names', () => {
    expect(matchesSelectors([{ tiers: ['1'] }], service)).toBe(false);
    expect(
      matchesSelectors([{ tiers: ['1'] }], { ...service, tier: '1' }),
    ).toBe(true);
  });

  it('matches types not excepted, and entities without a type', () => {
    const selector = { kinds: ['Component'], exceptTypes: ['Library'] };
    expect(matchesSelectors([selector], service)).toBe(true);
    expect(
      matchesSelectors([selector], { kind: 'Component', type: 'library' }),
    ).toBe(false);
    expect(matchesSelectors([selector], { kind: 'Component' })).toBe(true);
  });
});
