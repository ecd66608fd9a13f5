import { facetOptions } from './facetOptions';

describe('facetOptions', () => {
  it('adds selected values the facet does not list, with no entities', () => {
    expect(
      facetOptions(
        'tag',
        [
          { value: 'go', count: 4 },
          { value: 'java', count: 2 },
        ],
        ['java', 'rust'],
      ),
    ).toEqual([
      { value: 'go', count: 4 },
      { value: 'java', count: 2 },
      { value: 'rust', count: 0 },
    ]);
  });

  it('orders levels from not started to run', () => {
    expect(
      facetOptions(
        'phase',
        [
          { value: 'walk', count: 9 },
          { value: 'not-started', count: 5 },
          { value: 'crawl', count: 1 },
        ],
        ['run'],
      ).map(o => o.value),
    ).toEqual(['not-started', 'crawl', 'walk', 'run']);
  });
});
