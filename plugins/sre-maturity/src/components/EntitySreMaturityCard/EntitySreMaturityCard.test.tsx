import {
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sreMaturityApiRef } from '../../api';
import { makeEntityCampaign } from '../../testing/campaignFixtures';
import {
  libraryFacts,
  makeAnswer,
  makeAssessment,
  servicesOnlyModel,
  testEntity,
} from '../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../testing/mockSreMaturityApi';
import { EntitySreMaturityCard } from './EntitySreMaturityCard';

async function renderCard(api: ReturnType<typeof mockSreMaturityApi>) {
  await renderInTestApp(
    <TestApiProvider apis={[[sreMaturityApiRef, api]]}>
      <EntityProvider entity={testEntity}>
        <EntitySreMaturityCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('EntitySreMaturityCard', () => {
  it('shows the overall phase, progress toward the next one, the next step and a link to the tab', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({
        answers: [
          makeAnswer('observability.crawl.alerts', {
            answeredAt: '2024-01-01T00:00:00Z',
          }),
        ],
      }),
    );
    await renderCard(api);

    expect(await screen.findByText('Overall: Not started')).toBeInTheDocument();
    // Instead of a chip per area: how far toward the next overall phase,
    // and the one step that helps most.
    expect(
      screen.getByRole('progressbar', {
        name: 'Toward Crawl: 2 of 3 criteria, 1 of 2 areas there',
      }),
    ).toHaveAttribute('aria-valuenow', '67');
    expect(screen.getByText(/^Most useful next step:/).textContent).toBe(
      'Most useful next step: On-call schedule (On Call, toward Crawl), can be met from catalog-info.yaml',
    );
    expect(
      screen.queryByRole('list', { name: 'Areas' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Score 29 / 100')).toBeInTheDocument();
    expect(screen.getByText('Target Walk: 2 phases to go')).toBeInTheDocument();
    expect(
      screen.getByText('1 answer is due for re-assessment.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the assessment/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/sre-maturity',
    );
  });

  it('says what evidence met and which source could not be read', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue({
      ...makeAssessment({
        evidence: [
          {
            criterionId: 'observability.crawl.dashboards',
            provider: 'annotation',
            key: 'grafana/dashboard-selector',
            value: 'payments',
          },
          {
            criterionId: 'observability.crawl.alerts',
            provider: 'repository',
            key: 'alerts/rules.yaml',
            value: 'Prometheus rules',
          },
        ],
      }),
      evidenceSources: [
        {
          provider: 'repository',
          status: 'unreadable',
          source: 'https://git.example.org/acme/payments-api',
          checkedAt: '2025-06-01T10:00:00Z',
          readAt: '2025-05-30T10:00:00Z',
          message: 'NotFoundError: 404',
        },
      ],
    });
    await renderCard(api);

    expect(
      await screen.findByText(
        'Met automatically: 1 from the catalog, 1 from the repository',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Could not read the repository/).textContent).toBe(
      'Could not read the repository https://git.example.org/acme/payments-api: NotFoundError: 404. What it would show is not known.',
    );
  });

  it('lists the campaigns the entity is in, with what it still needs', async () => {
    const api = mockSreMaturityApi();
    api.getEntityCampaigns.mockResolvedValue({ items: [makeEntityCampaign()] });
    await renderCard(api);

    const campaigns = await screen.findByRole('region', { name: 'Campaigns' });
    expect(
      within(campaigns).getByText('Payments to Walk in On Call'),
    ).toBeInTheDocument();
    expect(
      within(campaigns).getByText(
        'On Call: Not started, needs Walk (On-call schedule)',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing in the model applies, with no progress to urge', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({
        model: {
          ...servicesOnlyModel,
          appliesTo: [{ kinds: ['Component'], types: ['service'] }],
        },
        facts: libraryFacts,
      }),
    );
    await renderCard(api);

    expect(
      await screen.findByText(
        'No criterion of the model applies to this entity (Component, type library).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText('Not assessed yet.')).not.toBeInTheDocument();
  });

  it('names the area whose own target sets the gap', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({
        targets: { overall: 'walk', areas: { 'on-call': 'run' } },
      }),
    );
    await renderCard(api);

    expect(
      await screen.findByText(
        'Target Walk: 2 phases to go · On Call targets Run: 3 phases to go',
      ),
    ).toBeInTheDocument();
  });

  it('says when the entity has no target', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({ targets: { areas: {} } }),
    );
    await renderCard(api);

    expect(await screen.findByText('No target set')).toBeInTheDocument();
  });

  it('says when the entity is not assessed yet', async () => {
    await renderCard(mockSreMaturityApi());

    expect(await screen.findByText('Not assessed yet.')).toBeInTheDocument();
  });

  it('shows a failure', async () => {
    const api = mockSreMaturityApi();
    api.getModel.mockRejectedValue(
      await makeResponseError(
        401,
        'AuthenticationError',
        'Missing credentials',
      ),
    );
    await renderCard(api);

    expect(
      (await screen.findAllByText(/Missing credentials/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows the server message of a failure with a Retry that loads again', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockRejectedValueOnce(
      await makeResponseError(500, 'Error', 'Database unavailable'),
    );
    await renderCard(api);

    expect(
      await screen.findByText('Database unavailable', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Not assessed yet.')).toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledTimes(2);
  });

  it('shows the exemption and its reason, and urges no next step', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue({
      ...makeAssessment(),
      exempt: true,
      exemptReason: 'Vendor-managed SaaS, not operated by us',
    });
    await renderCard(api);

    expect(
      await screen.findByText('Exempt from the SRE maturity scorecards'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Reason: Vendor-managed SaaS, not operated by us'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Most useful next step/)).not.toBeInTheDocument();
    expect(screen.queryByText('Not assessed yet.')).not.toBeInTheDocument();
  });
});
