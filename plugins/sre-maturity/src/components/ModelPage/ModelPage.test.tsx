import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  defaultModel,
  listCriteria,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { servicesOnlyModel } from '../../testing/fixtures';
import { mockSreMaturityApi } from '../../testing/mockSreMaturityApi';
import { ModelPage } from './ModelPage';

async function renderPage(model: MaturityModel = defaultModel) {
  const api = mockSreMaturityApi();
  api.getModel.mockResolvedValue({ model, staleAfterDays: 90 });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [sreMaturityApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <ModelPage />
    </TestApiProvider>,
    { mountedRoutes: { '/sre-maturity': rootRouteRef } },
  );
  return api;
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('ModelPage', () => {
  it('answers why an entity is Not started, and how it is scored', async () => {
    await renderPage();
    const scoring = await screen.findByRole('region', {
      name: 'How it is scored',
    });

    expect(
      within(scoring).getByRole('heading', { name: 'Why is it Not started?' }),
    ).toBeInTheDocument();
    expect(scoring).toHaveTextContent(
      'An area stays Not started until every one of its Crawl criteria is met or not applicable',
    );
    expect(scoring).toHaveTextContent('round(100 × met ÷ applicable)');
    expect(scoring).toHaveTextContent(
      'An answer older than 90 days is due for re-assessment',
    );
    expect(scoring).toHaveTextContent('sre-maturity.io/target-phase.<areaId>');
    expect(
      screen.getByRole('link', { name: 'Back to the scorecard' }),
    ).toHaveAttribute('href', '/sre-maturity');
  });

  it('works an example through with the real scoring', async () => {
    await renderPage();
    const scoring = await screen.findByRole('region', {
      name: 'How it is scored',
    });
    const total = listCriteria(defaultModel).length;
    const crawl = defaultModel.areas.find(a => a.id === 'observability')!
      .phases[0].criteria.length;
    const score = Math.round((100 * crawl) / (total - 1));

    expect(scoring).toHaveTextContent(
      'and prometheus.io/rule, which makes "Meaningful metrics measured" met from the catalog',
    );
    expect(scoring).toHaveTextContent('Observability reaches Crawl');
    expect(scoring).toHaveTextContent(
      "The overall phase is Not started, the weakest area's.",
    );
    expect(scoring).toHaveTextContent(
      `Score: ${crawl} met of ${
        total - 1
      } applicable criteria (the model's ${total} less the one not applicable): round(100 × ${crawl} ÷ ${
        total - 1
      }) = ${score}.`,
    );
    expect(scoring).toHaveTextContent(
      "Gap: Observability is 1 phase short of Walk, and the entity's gap, its largest area gap, is 2 phases.",
    );
    const rows = within(
      screen.getByRole('table', { name: 'The worked example, area by area' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(defaultModel.areas.length + 1);
    expect(
      rows.find(row => row.textContent?.startsWith('Observability')),
    ).toHaveTextContent(/^ObservabilityCrawl\d+% → Walk1 phase$/);
  });

  it('lists every annotation and link type with the criteria it counts for', async () => {
    await renderPage();
    const table = await screen.findByRole('table', {
      name: 'What counts as evidence',
    });
    const row = within(table).getByText('sre-maturity.io/slo').closest('tr')!;
    expect(row).toHaveTextContent(
      'Annotation sre-maturity.io/sloA first SLO (Observability, Crawl)',
    );
    expect(within(table).getByText('runbook').closest('tr')).toHaveTextContent(
      /^Link of type runbook/,
    );
    const openSlo = within(table)
      .getAllByText(/\(OpenSLO definition\)/)[0]
      .closest('tr')!;
    expect(openSlo).toHaveTextContent(
      /^File in the repository \*\*\/\*\.\{yml,yaml\} containing .*openslo.* \(OpenSLO definition\)A first SLO \(Observability, Crawl\)/,
    );
    expect(section('What counts as evidence')).toHaveTextContent(
      'A value does not count when it is empty, a placeholder such as <your SLO dashboard URL>',
    );
  });

  it('lists the areas, phases and criteria with how each is met', async () => {
    await renderPage();
    const areas = await screen.findByRole('region', {
      name: 'Areas, phases and criteria',
    });
    for (const area of defaultModel.areas) {
      expect(
        within(areas).getByRole('heading', { name: area.title }),
      ).toBeInTheDocument();
    }
    const observability = within(areas).getByRole('region', {
      name: 'Observability',
    });
    expect(
      within(observability).getByText('A first SLO').closest('li'),
    ).toHaveTextContent(
      /Met from the catalog by annotation sre-maturity\.io\/slo or a link of type slo, or from a file in its repository \(OpenSLO definition, .+\), or answered by the team\./,
    );
    expect(within(areas).getAllByRole('listitem')).toHaveLength(
      listCriteria(defaultModel).length,
    );
    // What each criterion applies to, in words, before how it is met.
    for (const item of within(areas).getAllByRole('listitem')) {
      expect(item).toHaveTextContent(/Applies to: [^.]+\. (Met|Answered)/);
    }
  });

  it('says what the model and each criterion apply to', async () => {
    await renderPage({
      ...servicesOnlyModel,
      appliesTo: [
        { kinds: ['Component', 'Resource'] },
        { kinds: ['API'], lifecycles: ['production'] },
      ],
    });
    const areas = await screen.findByRole('region', {
      name: 'Areas, phases and criteria',
    });
    expect(areas).toHaveTextContent(
      'The model applies to: Component or Resource; API, in lifecycle production.',
    );
    expect(
      within(areas).getByText('On-call schedule').closest('li'),
    ).toHaveTextContent(
      'Applies to: Component, of type service or website. Met from the catalog',
    );
    expect(
      within(areas).getByText('Service dashboards exist').closest('li'),
    ).toHaveTextContent('Applies to: Every entity. Met from the catalog');
  });

  it('shows a load failure with a retry', async () => {
    const api = mockSreMaturityApi();
    api.getModel.mockRejectedValueOnce(new Error('The backend is down'));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [sreMaturityApiRef, api],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <ModelPage />
      </TestApiProvider>,
      { mountedRoutes: { '/sre-maturity': rootRouteRef } },
    );
    expect(
      await screen.findByText('Could not load the SRE maturity model'),
    ).toBeInTheDocument();
    expect(screen.getByText('The backend is down')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'How it is scored' }),
    ).toBeInTheDocument();
  });
});
