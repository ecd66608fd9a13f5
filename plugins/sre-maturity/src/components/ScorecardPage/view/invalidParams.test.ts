import { findInvalidParams, invalidParamsMessage } from './invalidParams';

const AREAS = ['observability', 'releasing'];

describe('findInvalidParams', () => {
  it('accepts a valid link', () => {
    expect(
      findInvalidParams(
        new URLSearchParams(
          'owner=x&phase=walk&stale=true&orderBy=releasing&order=desc&page=2&pageSize=50',
        ),
        AREAS,
      ),
    ).toEqual([]);
    expect(
      findInvalidParams(
        new URLSearchParams('groupBy=owner&orderBy=averageScore'),
        AREAS,
      ),
    ).toEqual([]);
  });

  it('finds an unknown sort column and an area the model no longer has', () => {
    expect(
      findInvalidParams(new URLSearchParams('orderBy=bogus'), AREAS),
    ).toEqual([{ name: 'orderBy', value: 'bogus' }]);
    expect(
      findInvalidParams(new URLSearchParams('orderBy=security'), AREAS),
    ).toEqual([{ name: 'orderBy', value: 'security' }]);
    expect(
      findInvalidParams(
        new URLSearchParams('groupBy=system&orderBy=score'),
        AREAS,
      ),
    ).toEqual([{ name: 'orderBy', value: 'score' }]);
  });

  it('finds the malformed values the view ignores', () => {
    expect(
      findInvalidParams(
        new URLSearchParams(
          'phase=fly&phase=run&pageSize=7&order=up&groupBy=tag',
        ),
        AREAS,
      ),
    ).toEqual([
      { name: 'phase', value: 'fly' },
      { name: 'pageSize', value: '7' },
      { name: 'order', value: 'up' },
      { name: 'groupBy', value: 'tag' },
    ]);
  });
});

describe('invalidParamsMessage', () => {
  it('names what was reset', () => {
    expect(invalidParamsMessage([{ name: 'orderBy', value: 'bogus' }])).toBe(
      "This link's sort column “bogus” was not valid and has been reset.",
    );
    expect(
      invalidParamsMessage([
        { name: 'phase', value: 'fly' },
        { name: 'pageSize', value: '7' },
        { name: 'order', value: 'up' },
      ]),
    ).toBe(
      "This link's phase “fly”, page size “7” and sort order “up” were not valid and have been reset.",
    );
  });
});
