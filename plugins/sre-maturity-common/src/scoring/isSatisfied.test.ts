import { isSatisfied } from './isSatisfied';

describe('isSatisfied', () => {
  it('counts met and not-applicable criteria, not unmet or unknown ones', () => {
    expect(
      (['met', 'not-applicable', 'not-met', 'unknown'] as const).map(status =>
        isSatisfied({ status }),
      ),
    ).toEqual([true, true, false, false]);
  });
});
