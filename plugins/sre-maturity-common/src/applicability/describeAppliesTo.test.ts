import { describeAppliesTo, describeSelector } from './describeAppliesTo';

describe('describeSelector', () => {
  it('names each list it gives', () => {
    expect(describeSelector({ kinds: ['Component'], types: ['library'] })).toBe(
      'Component of type library',
    );
    expect(
      describeSelector({
        kinds: ['Component', 'System'],
        exceptTypes: ['library', 'sdk', 'cli'],
        lifecycles: ['production'],
        tiers: ['1', '2'],
      }),
    ).toBe(
      'Component or System of any type but library, sdk or cli in lifecycle production of tier 1 or 2',
    );
    expect(describeSelector({})).toBe('Any entity');
  });
});

describe('describeAppliesTo', () => {
  it('joins the selectors, and says when there are none', () => {
    expect(describeAppliesTo(undefined)).toBe('Every entity');
    expect(describeAppliesTo([])).toBe('No entity');
    expect(
      describeAppliesTo([{ kinds: ['Resource'] }, { kinds: ['API'] }]),
    ).toBe('Resource; API');
  });
});
