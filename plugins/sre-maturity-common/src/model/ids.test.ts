import { isValidSlug, parseCriterionId } from './ids';

describe('isValidSlug', () => {
  it.each(['on-call', 'observability', 'room-to-improve', 'slo2'])(
    'accepts %s',
    value => expect(isValidSlug(value)).toBe(true),
  );

  it.each(['On-Call', 'on_call', '-x', 'x-', 'a--b', 'a.b', ''])(
    'rejects %j',
    value => expect(isValidSlug(value)).toBe(false),
  );
});

describe('parseCriterionId', () => {
  it('splits an id into area, phase and slug', () => {
    expect(
      parseCriterionId('observability.walk.error-budgets-tracked'),
    ).toEqual({
      areaId: 'observability',
      phase: 'walk',
      slug: 'error-budgets-tracked',
    });
  });

  it.each([
    'observability.sprint.x',
    'observability.walk',
    'observability.walk.X',
    'a.b.walk.x',
    'walk.x',
  ])('rejects %j', id => expect(parseCriterionId(id)).toBeUndefined());
});
