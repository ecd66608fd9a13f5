import { filtersEntities } from './scorecardSql';
import { EntityFilter, ScorecardSelection } from './types';

const selection = (filter: EntityFilter): ScorecardSelection => ({
  filter,
  visibility: { type: 'all' },
  staleBefore: new Date(),
});

describe('filtersEntities', () => {
  // applicability is not a filter here: the tag table carries it too.
  const every: Required<Omit<EntityFilter, 'applicability'>> = {
    owner: ['group:default/a'],
    system: ['system:default/s'],
    kind: ['Component'],
    type: ['service'],
    lifecycle: ['production'],
    tag: ['java'],
    phase: ['crawl'],
    stale: false,
    belowTarget: false,
    q: 'pay',
  };

  it.each(Object.keys(every) as Array<keyof typeof every>)(
    'sees the %s filter',
    key => {
      expect(filtersEntities(selection({ [key]: every[key] }))).toBe(true);
    },
  );

  it('leaves out the facets it is told to, and empty filters', () => {
    expect(filtersEntities(selection({}))).toBe(false);
    expect(filtersEntities(selection({ owner: [], tag: [] }))).toBe(false);
    expect(filtersEntities(selection({ tag: ['java'] }), ['tag'])).toBe(false);
    expect(
      filtersEntities(selection({ tag: ['java'], kind: ['API'] }), ['tag']),
    ).toBe(true);
    expect(filtersEntities(selection({ phase: ['run'] }), ['phase'])).toBe(
      false,
    );
  });
});
