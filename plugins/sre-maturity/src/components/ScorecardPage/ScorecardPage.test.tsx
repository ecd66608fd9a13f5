import { alertApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { ScorecardPage } from './ScorecardPage';
import { sreMaturityApiRef } from '../../api';
import {
  fakeSreMaturityApi,
  paymentsRow,
  scorecardFacets,
  scorecardPage,
  searchRow,
} from './testData';

function CurrentSearch() {
  return <output data-testid="search">{useLocation().search}</output>;
}

const currentSearch = () =>
  new URLSearchParams(screen.getByTestId('search').textContent ?? '');

async function renderPage(api = fakeSreMaturityApi(), route = '/sre-maturity') {
  const alertApi = { post: jest.fn(), alert$: jest.fn() };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [sreMaturityApiRef, api],
        [alertApiRef, alertApi],
      ]}
    >
      <ScorecardPage />
      <CurrentSearch />
    </TestApiProvider>,
    {
      routeEntries: [route],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return { api, alertApi };
}

// A page of MUI tables and charts renders slowly in jsdom on a busy machine.
jest.setTimeout(30_000);

const firstPage = { order: 'asc', limit: 25, offset: 0 };

describe('ScorecardPage', () => {
  it('shows one heatmap row per entity, linked to its SRE Maturity tab', async () => {
    const { api } = await renderPage();

    expect(
      await screen.findByRole('link', { name: 'Payments API' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/sre-maturity',
    );
    expect(screen.getByRole('link', { name: 'search' })).toHaveAttribute(
      'href',
      '/catalog/default/component/search/sre-maturity',
    );
    expect(
      screen.getByText('Observability: Walk, 40% to Run'),
    ).toBeInTheDocument();
    expect(screen.getByText('Releasing: Run')).toBeInTheDocument();
    expect(screen.getByText('Overall: Walk')).toBeInTheDocument();
    expect(
      screen.getByText('Observability: Not started, 25% to Crawl'),
    ).toBeInTheDocument();
    expect(screen.getByText('target Run')).toBeInTheDocument();
    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    expect(api.getScorecardRows).toHaveBeenCalledWith(firstPage);
    // After the rows are on screen.
    await waitFor(() => expect(api.getScorecardTrend).toHaveBeenCalledWith({}));
    expect(api.getScorecardAreas).toHaveBeenCalledWith({});
    expect(
      await screen.findByText(
        'Observability: 1 Not started, 0 Crawl, 1 Walk, 0 Run',
      ),
    ).toBeInTheDocument();
    expect(api.getScorecardGroups).not.toHaveBeenCalled();
    expect(
      screen.getByText('Entities', { selector: 'dt' }),
    ).toBeInTheDocument();
  });

  it('reads filters, sort and page from the URL', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(scorecardPage([], 30));
    await renderPage(
      api,
      '/sre-maturity?owner=group:default/team-a&tag=java&phase=walk&stale=true' +
        '&q=pay&orderBy=score&order=desc&page=2',
    );

    const filter = {
      owner: ['group:default/team-a'],
      tag: ['java'],
      phase: ['walk'],
      stale: true,
      q: 'pay',
    };
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenCalledWith({
        ...filter,
        orderBy: 'score',
        order: 'desc',
        limit: 25,
        offset: 25,
      }),
    );
    await waitFor(() =>
      expect(api.getScorecardTrend).toHaveBeenCalledWith(filter),
    );
    expect(api.getScorecardAreas).toHaveBeenCalledWith(filter);
    expect(api.getScorecardFacets).toHaveBeenCalledWith(filter);
    expect(
      await screen.findByRole('columnheader', { name: 'Score' }),
    ).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByLabelText('Search')).toHaveValue('pay');
    expect(screen.getByRole('checkbox', { name: /Stale only/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'team-a' })).toBeInTheDocument();
  });

  it('writes chosen filters to the URL and offers facet counts', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = await renderPage();

    await user.click(await screen.findByLabelText('Owner'));
    const option = screen.getByRole('option', { name: /team-b/ });
    expect(within(option).getByText('1')).toBeInTheDocument();
    await user.click(option);

    await waitFor(() =>
      expect(currentSearch().getAll('owner')).toEqual(['group:default/team-b']),
    );
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      ...firstPage,
      owner: ['group:default/team-b'],
    });

    await user.click(
      screen.getByRole('checkbox', { name: /Below target only/ }),
    );
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        ...firstPage,
        owner: ['group:default/team-b'],
        belowTarget: true,
      }),
    );
    expect(currentSearch().get('belowTarget')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentSearch().toString()).toBe(''));
  });

  it('shows n/a for an area that does not apply, and lists the entities nothing applies to on asking', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    const library = {
      ...searchRow,
      areas: {
        ...searchRow.areas,
        observability: {
          applicable: false,
          level: 'not-started' as const,
          progress: 0,
        },
      },
    };
    api.getScorecardRows.mockResolvedValue({
      ...scorecardPage([paymentsRow, library]),
      totals: { ...scorecardPage([]).totals, entities: 2, nothingApplies: 3 },
    });
    await renderPage(api);

    expect(
      await screen.findByText('Observability: does not apply'),
    ).toBeInTheDocument();
    expect(screen.getByText('n/a')).toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', { name: 'Nothing applies only (3)' }),
    );
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        ...firstPage,
        applicability: 'none',
      }),
    );
    expect(currentSearch().get('applicability')).toBe('none');
  });

  it("includes the owners' sub-groups when asked, once an owner is chosen", async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = await renderPage();

    const toggle = await screen.findByRole('checkbox', {
      name: 'Include sub-groups',
    });
    expect(toggle).toBeDisabled();
    await user.click(screen.getByLabelText('Owner'));
    await user.click(screen.getByRole('option', { name: /team-b/ }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toBeEnabled());
    await user.click(toggle);

    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        ...firstPage,
        owner: ['group:default/team-b'],
        includeSubgroups: true,
      }),
    );
    expect(currentSearch().get('includeSubgroups')).toBe('true');
    // The facets follow once the rows are on screen, which can take a while
    // on a busy machine.
    await waitFor(
      () =>
        expect(api.getScorecardFacets).toHaveBeenLastCalledWith({
          owner: ['group:default/team-b'],
          includeSubgroups: true,
        }),
      { timeout: 10_000 },
    );
  });

  it('searches once typing pauses', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = await renderPage();

    await user.type(await screen.findByLabelText('Search'), 'pay');
    await waitFor(() => expect(currentSearch().get('q')).toBe('pay'));
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      ...firstPage,
      q: 'pay',
    });
    expect(api.getScorecardRows).not.toHaveBeenCalledWith(
      expect.objectContaining({ q: 'pa' }),
    );
  });

  it('sorts and pages on the server', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(
      scorecardPage([paymentsRow, searchRow], 60),
    );
    await renderPage(api);

    await user.click(
      await screen.findByRole('button', { name: 'Observability' }),
    );
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        ...firstPage,
        orderBy: 'observability',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Observability' }));
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        ...firstPage,
        orderBy: 'observability',
        order: 'desc',
      }),
    );
    expect(
      screen.getByRole('columnheader', { name: 'Observability' }),
    ).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(api.getScorecardRows).toHaveBeenLastCalledWith({
        orderBy: 'observability',
        order: 'desc',
        limit: 25,
        offset: 25,
      }),
    );
    expect(currentSearch().toString()).toBe(
      'orderBy=observability&order=desc&page=2',
    );
    // Sorting and paging keep the filter: the summary is not asked again.
    expect(api.getScorecardTrend).toHaveBeenCalledTimes(1);
    expect(api.getScorecardAreas).toHaveBeenCalledTimes(1);
    expect(api.getScorecardFacets).toHaveBeenCalledTimes(1);
  });

  it("asks for the facet counts and the summary once a filter's rows are in", async () => {
    const api = fakeSreMaturityApi();
    let resolveRows: (
      page: ReturnType<typeof scorecardPage>,
    ) => void = () => {};
    api.getScorecardRows.mockReturnValue(
      new Promise(resolve => {
        resolveRows = resolve;
      }),
    );
    await renderPage(api);

    await waitFor(() => expect(api.getScorecardRows).toHaveBeenCalled());
    expect(api.getScorecardFacets).not.toHaveBeenCalled();
    expect(api.getScorecardTrend).not.toHaveBeenCalled();
    expect(api.getScorecardAreas).not.toHaveBeenCalled();

    resolveRows(scorecardPage([paymentsRow]));
    expect(
      await screen.findByRole('link', { name: 'Payments API' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.getScorecardAreas).toHaveBeenCalledWith({}));
    expect(api.getScorecardTrend).toHaveBeenCalledWith({});
    expect(api.getScorecardFacets).toHaveBeenCalledWith({});
  });

  it('offers filter values once their counts are in, and says when they failed', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    let resolveFacets: (counts: typeof scorecardFacets) => void = () => {};
    api.getScorecardFacets.mockReturnValue(
      new Promise(resolve => {
        resolveFacets = resolve;
      }),
    );
    // A selected value does not hide that the others are loading.
    await renderPage(api, '/sre-maturity?kind=Component');

    await user.click(await screen.findByRole('textbox', { name: 'Kind' }));
    expect(await screen.findByText('Loading values…')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    resolveFacets(scorecardFacets);
    const option = await screen.findByRole('option', { name: /Component/ });
    expect(option).toHaveTextContent('Component2');
    await user.keyboard('{Escape}');

    let failFacets: (error: Error) => void = () => {};
    api.getScorecardFacets.mockReturnValue(
      new Promise((_resolve, reject) => {
        failFacets = reject;
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: /Stale only/ }));
    // The counts are asked for only after the new rows are painted, which on
    // a loaded machine (CI runs tests in parallel) can take over a second.
    await waitFor(
      () =>
        expect(api.getScorecardFacets).toHaveBeenLastCalledWith({
          kind: ['Component'],
          stale: true,
        }),
      { timeout: 5000 },
    );
    failFacets(new Error('Database gone'));
    await user.click(screen.getByRole('textbox', { name: 'Kind' }));
    expect(
      await screen.findByText('Could not load the values: Database gone'),
    ).toBeInTheDocument();
  });

  it('groups by team and opens a group as the filtered table', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = await renderPage(undefined, '/sre-maturity?kind=Component');

    await user.click(await screen.findByRole('button', { name: 'By team' }));
    await waitFor(() =>
      expect(api.getScorecardGroups).toHaveBeenCalledWith({
        ...firstPage,
        kind: ['Component'],
        by: 'owner',
      }),
    );
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      kind: ['Component'],
      limit: 1,
    });
    expect(
      await screen.findByText(
        'Observability: 0 Not started, 1 Crawl, 2 Walk, 0 Run',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No owner')).toBeInTheDocument();
    expect(screen.getByText('65')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'team-a' }));
    await waitFor(() =>
      expect(currentSearch().toString()).toBe(
        'owner=group%3Adefault%2Fteam-a&kind=Component',
      ),
    );
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      ...firstPage,
      owner: ['group:default/team-a'],
      kind: ['Component'],
    });
    expect(
      await screen.findByRole('link', { name: 'Payments API' }),
    ).toBeInTheDocument();
  });

  it('lists the exempt entities, with their count on the toggle', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    api.getScorecardExempt.mockImplementation(async query => ({
      items: [
        {
          entity: {
            entityRef: 'component:default/legacy',
            kind: 'Component',
            namespace: 'default',
            name: 'legacy',
            owner: 'group:default/team-a',
            tags: [],
          },
          exemptReason: 'Retired next month',
        },
      ],
      totalItems: 1,
      limit: query?.limit ?? 50,
      offset: query?.offset ?? 0,
    }));
    await renderPage(api, '/sre-maturity?kind=Component&page=2');

    expect(api.getScorecardExempt).toHaveBeenCalledWith({ limit: 1 });
    await user.click(await screen.findByRole('button', { name: 'Exempt (1)' }));
    await waitFor(() =>
      expect(currentSearch().toString()).toBe('kind=Component&exempt=true'),
    );
    expect(api.getScorecardExempt).toHaveBeenLastCalledWith({
      limit: 25,
      offset: 0,
    });
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      kind: ['Component'],
      limit: 1,
    });
    expect(await screen.findByText('Retired next month')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'legacy' })).toHaveAttribute(
      'href',
      '/catalog/default/component/legacy/sre-maturity',
    );
    expect(
      screen.queryByRole('table', { name: 'SRE maturity per entity' }),
    ).not.toBeInTheDocument();
    // The export writes the scored scorecard, which this list is not.
    expect(
      screen.queryByRole('button', { name: 'Export CSV' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Entities' }));
    expect(
      await screen.findByRole('link', { name: 'Payments API' }),
    ).toBeInTheDocument();
  });

  it('sorts groups on the server', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = await renderPage(undefined, '/sre-maturity?groupBy=system');

    await user.click(
      await screen.findByRole('button', { name: 'Average score' }),
    );
    await waitFor(() =>
      expect(api.getScorecardGroups).toHaveBeenLastCalledWith({
        ...firstPage,
        by: 'system',
        orderBy: 'averageScore',
      }),
    );
    expect(
      screen.getByRole('columnheader', { name: 'System' }),
    ).toBeInTheDocument();
  });

  it('exports the current filter and sort as CSV', async () => {
    const user = userEvent.setup({ delay: null });
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const { api } = await renderPage(
      undefined,
      '/sre-maturity?system=checkout&orderBy=gap&order=desc',
    );

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.downloadExport).toHaveBeenCalledWith({
      system: ['checkout'],
      orderBy: 'gap',
      order: 'desc',
    });
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    // Named after the view and the day, not the server's fixed name.
    expect(click.mock.contexts[0]).toHaveAttribute(
      'download',
      expect.stringMatching(
        /^sre-maturity-scorecard-system-checkout-\d{4}-\d{2}-\d{2}\.csv$/,
      ),
    );
    click.mockRestore();
  });

  it('exports the groups of a roll-up, not its entities', async () => {
    const user = userEvent.setup({ delay: null });
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const { api } = await renderPage(undefined, '/sre-maturity?groupBy=owner');

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.downloadExport).not.toHaveBeenCalled();
    expect(api.getScorecardGroups).toHaveBeenLastCalledWith({
      by: 'owner',
      order: 'asc',
      limit: 500,
      offset: 0,
    });
    const csv = await createObjectURL.mock.calls[0][0].text();
    expect(csv.split('\r\n')[1]).toMatch(
      /^group:default\/team-a,team-a,3,65,.*,http:\/\/localhost\/sre-maturity\?owner=group%3Adefault%2Fteam-a$/,
    );
    expect(click.mock.contexts[0]).toHaveAttribute(
      'download',
      expect.stringMatching(
        /^sre-maturity-scorecard-by-team-\d{4}-\d{2}-\d{2}\.csv$/,
      ),
    );
    click.mockRestore();
  });

  it('reports a failed export', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    api.downloadExport.mockRejectedValue(new Error('boom'));
    const { alertApi } = await renderPage(api);

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'Could not export the scorecard: boom',
        severity: 'error',
      }),
    );
  });

  it('shows progress while loading', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockReturnValue(new Promise(() => {}));
    await renderPage(api);

    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells how to start when nothing is assessed yet', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(scorecardPage([]));
    await renderPage(api);

    expect(
      await screen.findByText('No entities assessed yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/SRE Maturity/, { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/after the next catalog sync/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
  });

  it('keeps the filters when nothing matches them', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(scorecardPage([]));
    await renderPage(api, '/sre-maturity?lifecycle=experimental');

    expect(
      await screen.findByText('No entities match these filters.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Clear filters' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('No entities assessed yet'),
    ).not.toBeInTheDocument();
  });

  it('moves a link past the last page to the last page', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockResolvedValue(
      scorecardPage([paymentsRow, searchRow], 30),
    );
    await renderPage(api, '/sre-maturity?page=5');

    await waitFor(() => expect(currentSearch().get('page')).toBe('2'));
    expect(api.getScorecardRows).toHaveBeenLastCalledWith({
      ...firstPage,
      offset: 25,
    });
  });

  it("resets an unknown sort column and says so, instead of the API's 400", async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockImplementation(async query => {
      if (query?.orderBy === 'bogus') {
        throw new Error('Request failed with 400 Bad Request');
      }
      return scorecardPage([paymentsRow, searchRow]);
    });
    await renderPage(api, '/sre-maturity?orderBy=bogus&order=desc');

    expect(
      await screen.findByText(
        "This link's sort column “bogus” was not valid and has been reset.",
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Payments API')).toBeInTheDocument();
    expect(currentSearch().get('orderBy')).toBeNull();
    expect(api.getScorecardRows).toHaveBeenLastCalledWith(firstPage);
  });

  it('resets a sort by an area the model no longer has, and other malformed values', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    await renderPage(api, '/sre-maturity?orderBy=security&pageSize=7');

    const notice = await screen.findByText(
      "This link's page size “7” and sort column “security” were not valid and have been reset.",
    );
    await waitFor(() => expect(currentSearch().toString()).toBe(''));
    await user.click(
      within(notice.closest('[role="alert"]') as HTMLElement).getByRole(
        'button',
        { name: 'Close' },
      ),
    );
    expect(notice).not.toBeInTheDocument();
  });

  it('offers the default view when the view fails to load', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockImplementation(async query => {
      if (query?.kind) {
        throw new Error('Request failed with 400 Bad Request');
      }
      return scorecardPage([paymentsRow, searchRow]);
    });
    await renderPage(api, '/sre-maturity?kind=Component');

    await user.click(
      await screen.findByRole('button', { name: 'Show the default view' }),
    );

    expect(await screen.findByText('Payments API')).toBeInTheDocument();
    expect(currentSearch().toString()).toBe('');
  });

  it('shows errors', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardRows.mockRejectedValue(new Error('The scorecard is down'));
    await renderPage(api);

    expect(
      await screen.findByText('Error: The scorecard is down'),
    ).toBeInTheDocument();
  });

  it('shows an error of the roll-ups in place of the table', async () => {
    const api = fakeSreMaturityApi();
    api.getScorecardGroups.mockRejectedValue(new Error('No roll-ups'));
    await renderPage(api, '/sre-maturity?groupBy=owner');

    expect(await screen.findByText('Error: No roll-ups')).toBeInTheDocument();
    expect(
      screen.getByText('Entities', { selector: 'dt' }),
    ).toBeInTheDocument();
  });
});
