import {
  EMPTY_FILTERS,
  hasActiveFilters,
  openGroup,
  pageWithin,
  readScorecardView,
  ScorecardView,
  toExportQuery,
  toGroupsQuery,
  toExemptQuery,
  toScorecardFilter,
  toScorecardQuery,
  withExempt,
  withFilters,
  withGroupBy,
  withSort,
  writeScorecardView,
} from './scorecardView';

const defaultView: ScorecardView = {
  filters: EMPTY_FILTERS,
  order: 'asc',
  page: 0,
  pageSize: 25,
};

describe('readScorecardView', () => {
  it('reads an empty query string as the default view', () => {
    expect(readScorecardView(new URLSearchParams())).toEqual(defaultView);
  });

  it('reads repeated filters, flags, sort and a one-based page', () => {
    const view = readScorecardView(
      new URLSearchParams(
        'owner=group:default/team-a&owner=group:default/team-b&tag=java&phase=walk' +
          '&stale=true&belowTarget=true&q=pay&orderBy=observability&order=desc' +
          '&page=3&pageSize=50',
      ),
    );
    expect(view).toEqual({
      filters: {
        ...EMPTY_FILTERS,
        owner: ['group:default/team-a', 'group:default/team-b'],
        tag: ['java'],
        phase: ['walk'],
        stale: true,
        belowTarget: true,
        q: 'pay',
      },
      orderBy: 'observability',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
  });

  it('ignores malformed values', () => {
    const view = readScorecardView(
      new URLSearchParams(
        'phase=fly&phase=run&page=-2&pageSize=7&order=up&groupBy=tag&stale=yes&kind=',
      ),
    );
    expect(view).toEqual({
      ...defaultView,
      filters: { ...EMPTY_FILTERS, phase: ['run'] },
    });
  });

  it('drops an entity column as the sort of a grouped view', () => {
    expect(
      readScorecardView(new URLSearchParams('groupBy=owner&orderBy=score')),
    ).toEqual({ ...defaultView, groupBy: 'owner' });
    expect(
      readScorecardView(
        new URLSearchParams('groupBy=system&orderBy=averageScore'),
      ),
    ).toEqual({ ...defaultView, groupBy: 'system', orderBy: 'averageScore' });
  });
});

describe('writeScorecardView', () => {
  it('leaves defaults out', () => {
    expect(writeScorecardView(defaultView).toString()).toBe('');
  });

  it('round-trips a view', () => {
    const view: ScorecardView = {
      filters: {
        ...EMPTY_FILTERS,
        system: ['payments'],
        kind: ['Component', 'API'],
        lifecycle: ['production'],
        type: ['service'],
        stale: true,
        q: 'checkout api',
      },
      groupBy: 'system',
      orderBy: 'entities',
      order: 'desc',
      page: 4,
      pageSize: 100,
    };
    expect(readScorecardView(writeScorecardView(view))).toEqual(view);
  });

  it('round-trips the exempt list', () => {
    const view: ScorecardView = { ...defaultView, exempt: true, page: 1 };
    expect(writeScorecardView(view).toString()).toBe('exempt=true&page=2');
    expect(readScorecardView(writeScorecardView(view))).toEqual(view);
  });
});

describe('view changes', () => {
  const paged: ScorecardView = { ...defaultView, page: 3 };

  it('starts again from the first page when filters change', () => {
    expect(withFilters(paged, { kind: ['Component'] })).toEqual({
      ...defaultView,
      filters: { ...EMPTY_FILTERS, kind: ['Component'] },
    });
  });

  it('sorts a new column ascending and flips the sorted one', () => {
    const byScore = withSort(paged, 'score');
    expect(byScore).toEqual({ ...defaultView, orderBy: 'score' });
    expect(withSort(byScore, 'score').order).toBe('desc');
    expect(withSort(withSort(byScore, 'score'), 'score').order).toBe('asc');
    expect(withSort({ ...byScore, order: 'desc' }, 'gap').order).toBe('asc');
  });

  it('resets sort and page when grouping changes', () => {
    expect(
      withGroupBy({ ...paged, orderBy: 'score', order: 'desc' }, 'owner'),
    ).toEqual({ ...defaultView, groupBy: 'owner' });
  });

  it('lists the exempt entities from the first page, and leaves them for a grouping', () => {
    const grouped: ScorecardView = {
      ...paged,
      groupBy: 'owner',
      orderBy: 'entities',
    };
    const exempt = withExempt(grouped);
    expect(exempt).toEqual({ ...defaultView, exempt: true });
    expect(withGroupBy(exempt, undefined)).toEqual(defaultView);
  });

  it('asks for a page of exempt entities, or one row for their count', () => {
    expect(toExemptQuery({ ...paged, exempt: true })).toEqual({
      limit: 25,
      offset: 75,
    });
    expect(toExemptQuery(paged)).toEqual({ limit: 1 });
  });

  it('opens a group as the entity table filtered by it', () => {
    const grouped: ScorecardView = {
      ...defaultView,
      filters: { ...EMPTY_FILTERS, kind: ['Component'] },
      groupBy: 'owner',
      orderBy: 'averageScore',
      page: 2,
    };
    expect(openGroup(grouped, 'owner', 'group:default/team-a')).toEqual({
      ...defaultView,
      filters: {
        ...EMPTY_FILTERS,
        kind: ['Component'],
        owner: ['group:default/team-a'],
      },
    });
  });

  it('moves a view past the last page to the last page', () => {
    const view: ScorecardView = { ...defaultView, page: 4 };
    expect(pageWithin(view, 60)).toEqual({ ...view, page: 2 });
    expect(pageWithin(view, 0)).toEqual({ ...view, page: 0 });
    expect(pageWithin(view, 101)).toBe(undefined);
    expect(pageWithin(defaultView, 0)).toBe(undefined);
  });

  it('tells whether any filter is set', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, belowTarget: true })).toBe(
      true,
    );
    expect(hasActiveFilters({ ...EMPTY_FILTERS, tag: ['go'] })).toBe(true);
  });
});

describe('sub-groups of the owner filter', () => {
  it('round-trips the toggle in the URL and sends it with an owner only', () => {
    const view: ScorecardView = {
      ...defaultView,
      filters: {
        ...EMPTY_FILTERS,
        owner: ['group:default/payments'],
        includeSubgroups: true,
      },
    };
    expect(writeScorecardView(view).toString()).toBe(
      'owner=group%3Adefault%2Fpayments&includeSubgroups=true',
    );
    expect(readScorecardView(writeScorecardView(view))).toEqual(view);
    expect(toScorecardFilter(view.filters)).toEqual({
      owner: ['group:default/payments'],
      includeSubgroups: true,
    });
    // Without an owner the toggle means nothing, and is no filter.
    const noOwner = { ...EMPTY_FILTERS, includeSubgroups: true };
    expect(toScorecardFilter(noOwner)).toEqual({});
    expect(hasActiveFilters(noOwner)).toBe(false);
  });
});

describe('queries', () => {
  const view: ScorecardView = {
    filters: {
      ...EMPTY_FILTERS,
      owner: ['group:default/team-a'],
      phase: ['crawl', 'walk'],
      belowTarget: true,
      q: '  pay ',
    },
    orderBy: 'observability',
    order: 'desc',
    page: 2,
    pageSize: 50,
  };

  it('asks for the page of entities the view shows', () => {
    expect(toScorecardQuery(view)).toEqual({
      owner: ['group:default/team-a'],
      phase: ['crawl', 'walk'],
      belowTarget: true,
      q: 'pay',
      orderBy: 'observability',
      order: 'desc',
      limit: 50,
      offset: 100,
    });
    expect(toScorecardQuery(defaultView)).toEqual({
      orderBy: undefined,
      order: 'asc',
      limit: 25,
      offset: 0,
    });
  });

  it('exports every row, sorted as the entity table', () => {
    const filter = {
      owner: ['group:default/team-a'],
      phase: ['crawl', 'walk'],
      belowTarget: true,
      q: 'pay',
    };
    expect(toExportQuery(view)).toEqual({
      ...filter,
      orderBy: 'observability',
      order: 'desc',
    });
    expect(
      toExportQuery({ ...view, groupBy: 'owner', orderBy: 'entities' }),
    ).toEqual(filter);
  });

  it('asks for the page of groups the view shows', () => {
    expect(
      toGroupsQuery(
        { ...view, groupBy: 'system', orderBy: 'entities' },
        'system',
      ),
    ).toEqual({
      owner: ['group:default/team-a'],
      phase: ['crawl', 'walk'],
      belowTarget: true,
      q: 'pay',
      by: 'system',
      orderBy: 'entities',
      order: 'desc',
      limit: 50,
      offset: 100,
    });
    expect(toGroupsQuery(view, 'owner').orderBy).toBeUndefined();
  });

  it('keeps what the model applies to in the URL and the query, the default left out', () => {
    const none = readScorecardView(new URLSearchParams('applicability=none'));
    expect(none.filters.applicability).toBe('none');
    expect(hasActiveFilters(none.filters)).toBe(true);
    expect(writeScorecardView(none).toString()).toBe('applicability=none');
    expect(toScorecardFilter(none.filters)).toEqual({ applicability: 'none' });

    const odd = readScorecardView(new URLSearchParams('applicability=some'));
    expect(odd.filters.applicability).toBe('applicable');
    expect(writeScorecardView(odd).toString()).toBe('');
    expect(toScorecardFilter(odd.filters)).toEqual({});
  });
});
