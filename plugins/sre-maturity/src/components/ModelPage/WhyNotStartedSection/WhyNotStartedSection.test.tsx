import { Entity } from '@backstage/catalog-model';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sreMaturityApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import {
  libraryFacts,
  makeAnswer,
  makeAssessment,
  servicesOnlyModel,
  testEntity,
  testEntityRef,
  testModel,
} from '../../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../../testing/mockSreMaturityApi';
import { WhyNotStartedSection } from './WhyNotStartedSection';

const entity: Entity = {
  ...testEntity,
  metadata: {
    ...testEntity.metadata,
    title: 'Payments API',
    annotations: {
      ...testEntity.metadata.annotations,
      'pagerduty.com/service-id': 'TODO',
    },
  },
};

const user: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'payments-bot', namespace: 'default' },
  spec: {},
};

async function renderSection(
  options: {
    path?: string;
    api?: ReturnType<typeof mockSreMaturityApi>;
    model?: MaturityModel;
  } = {},
) {
  const {
    path = '/sre-maturity/model',
    api = mockSreMaturityApi(),
    model = testModel,
  } = options;
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [sreMaturityApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: [entity, user] })],
      ]}
    >
      <WhyNotStartedSection model={model} />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/sre-maturity': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

function area(name: string) {
  return screen.getByRole('region', { name });
}

describe('WhyNotStartedSection', () => {
  it('explains the entity named by ?entity=, area by area', async () => {
    const api = await renderSection({
      path: `/sre-maturity/model?entity=${encodeURIComponent(testEntityRef)}`,
    });

    expect(
      await screen.findByText(
        'Not started, because Crawl is not complete in Observability and On Call.',
      ),
    ).toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledWith(testEntityRef);
    expect(
      screen.getByRole('link', { name: 'Open its SRE Maturity tab' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/sre-maturity',
    );

    const observability = area('Observability');
    expect(observability).toHaveTextContent(
      '1 of 2 Crawl criteria block Crawl:',
    );
    const alerts = within(observability)
      .getByText('Alerts on symptoms')
      .closest('li')!;
    expect(alerts).not.toHaveTextContent('No answer or evidence yet.');
    expect(alerts).toHaveTextContent(
      'How to meet it: Answered by the team. Alert on error rate and latency, not on CPU.',
    );
    // Met from the catalog, so not open.
    expect(
      within(observability).queryByText('Service dashboards exist'),
    ).not.toBeInTheDocument();

    const schedule = within(area('On Call'))
      .getByText('On-call schedule')
      .closest('li')!;
    expect(schedule).toHaveTextContent(
      'Met from the catalog by annotation pagerduty.com/service-id or a link of type on-call, or answered by the team.',
    );
    // The entity's placeholder, read from the catalog.
    expect(schedule).toHaveTextContent(
      'In the catalog, pagerduty.com/service-id = TODO did not count',
    );
  });

  it('names the weakest areas and what stands before the next phase once past Crawl', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({
        answers: [
          makeAnswer('observability.crawl.alerts'),
          makeAnswer('on-call.crawl.schedule'),
          makeAnswer('on-call.walk.escalation', { status: 'not-met' }),
        ],
      }),
    );
    await renderSection({
      api,
      path: `/sre-maturity/model?entity=${encodeURIComponent(testEntityRef)}`,
    });

    expect(
      await screen.findByText(
        "Crawl, the weakest area's phase: Observability and On Call have not reached Walk.",
      ),
    ).toBeInTheDocument();
    const onCall = area('On Call');
    expect(onCall).toHaveTextContent('1 of 1 Walk criteria open toward Walk:');
    expect(
      within(onCall).getByText('Escalation path').closest('li'),
    ).toHaveTextContent('Not met, answered by alice');
  });

  it('says which areas do not apply to the entity', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockResolvedValue(
      makeAssessment({ model: servicesOnlyModel, facts: libraryFacts }),
    );
    await renderSection({
      api,
      model: servicesOnlyModel,
      path: `/sre-maturity/model?entity=${encodeURIComponent(testEntityRef)}`,
    });

    expect(
      await screen.findByText(
        "Crawl, the weakest area's phase: Observability has not reached Walk.",
      ),
    ).toBeInTheDocument();
    expect(area('On Call')).toHaveTextContent(
      'On CallDoes not applyNo criterion of this area applies to this entity.',
    );
  });

  it('says when nothing applies to the entity', async () => {
    const api = mockSreMaturityApi();
    const nothing = {
      ...servicesOnlyModel,
      appliesTo: [{ kinds: ['Component'], types: ['service'] }],
    };
    api.getAssessment.mockResolvedValue(
      makeAssessment({ model: nothing, facts: libraryFacts }),
    );
    await renderSection({
      api,
      model: nothing,
      path: `/sre-maturity/model?entity=${encodeURIComponent(testEntityRef)}`,
    });

    expect(
      await screen.findByText(
        'No criterion of the model applies to this entity (Component, type library): the scorecard does not list it.',
      ),
    ).toBeInTheDocument();
  });

  it('finds an entity by name, leaving out kinds the plugin does not assess', async () => {
    const api = await renderSection();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Entity' }),
      'pay',
    );
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Payments API (component:default/payments-api)',
      }),
    );

    expect(
      screen.queryByText(/user:default\/payments-bot/),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'payments-api' }),
    ).toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledWith(testEntityRef);
  });

  it('takes a full entity ref typed in', async () => {
    const api = await renderSection();

    await userEvent.click(screen.getByRole('textbox', { name: 'Entity' }));
    await userEvent.paste('component:default/payments-api');
    await userEvent.keyboard('{Enter}');

    expect(
      await screen.findByRole('region', { name: 'On Call' }),
    ).toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledWith(testEntityRef);
  });

  it('says when the assessment cannot be loaded, with a retry', async () => {
    const api = mockSreMaturityApi();
    api.getAssessment.mockRejectedValueOnce(
      await makeResponseError(
        404,
        'NotFoundError',
        'No entity component:default/gone',
      ),
    );
    await renderSection({
      api,
      path: '/sre-maturity/model?entity=component%3Adefault%2Fgone',
    });

    expect(
      await screen.findByText(
        'Could not load the assessment of component:default/gone',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('region', { name: 'On Call' }),
    ).toBeInTheDocument();
  });
});
