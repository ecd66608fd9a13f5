import { levelRank } from './levels';

describe('levelRank', () => {
  it('orders the levels from not-started to run', () => {
    expect(
      (['not-started', 'crawl', 'walk', 'run'] as const).map(levelRank),
    ).toEqual([0, 1, 2, 3]);
  });
});
