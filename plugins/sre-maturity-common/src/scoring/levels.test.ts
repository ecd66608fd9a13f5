import {
  emptyLevelCounts,
  levelOfRank,
  levelRank,
  MATURITY_LEVELS,
} from './levels';

describe('levelRank', () => {
  it('orders the levels from not-started to run', () => {
    expect(
      (['not-started', 'crawl', 'walk', 'run'] as const).map(levelRank),
    ).toEqual([0, 1, 2, 3]);
  });
});

describe('levelOfRank', () => {
  it('reverses levelRank', () => {
    expect(MATURITY_LEVELS.map(level => levelOfRank(levelRank(level)))).toEqual(
      MATURITY_LEVELS,
    );
  });

  it('reads an unknown rank as not-started', () => {
    expect([-1, 4, 1.5].map(levelOfRank)).toEqual([
      'not-started',
      'not-started',
      'not-started',
    ]);
  });
});

describe('emptyLevelCounts', () => {
  it('counts zero at every level, in a new object each time', () => {
    const counts = emptyLevelCounts();
    expect(Object.keys(counts)).toEqual(MATURITY_LEVELS);
    expect(Object.values(counts)).toEqual([0, 0, 0, 0]);
    expect(emptyLevelCounts()).not.toBe(counts);
  });
});
