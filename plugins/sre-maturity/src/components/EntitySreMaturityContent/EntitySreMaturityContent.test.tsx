import { Entity } from '@backstage/catalog-model';
import { alertApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RevisionConflictError, sreMaturityApiRef } from '../../api';
import {
  libraryFacts,
  makeAnswer,
  makeAssessment,
  servicesOnlyModel,
  testEntity,
  testEntityRef,
} from '../../testing/fixtures';
import {
  makeResponseError,
  mockSreMaturityApi,
} from '../../testing/mockSreMaturityApi';
import { makeEntityCampaign } from '../../testing/campaignFixtures';
import { EntitySreMaturityContent } from './EntitySreMaturityContent';

const alertApi = { post: jest.fn(), alert$: jest.fn() };
let user: ReturnType<typeof userEvent.setup>;

// Renders the whole tab; typing through it takes a while on a slow machine.
jest.setTimeout(30_000);

async function renderTab(
  options: {
    api?: ReturnType<typeof mockSreMaturityApi>;
    allowed?: boolean;
    entity?: Entity;
  } = {},
) {
  const {
    api = mockSreMaturityApi(),
    allowed = true,
    entity = testEntity,
  } = options;
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [sreMaturityApiRef, api],
        [alertApiRef, alertApi],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          }),
        ],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntitySreMaturityContent />
      </EntityProvider>
    </TestApiProvider>,
  );
  await screen.findByText('Overall phase');
  return api;
}

function areaButton(title: string) {
  return screen.getByRole('button', { name: new RegExp(`^${title}`) });
}

function criterion(title: string) {
  return screen.getByRole('listitem', { name: title });
}

async function openArea(title: string) {
  await user.click(areaButton(title));
}

describe('EntitySreMaturityContent', () => {
  beforeEach(() => {
    alertApi.post.mockReset();
    user = userEvent.setup({ delay: null });
  });

  describe('display', () => {
    it('shows the campaigns the entity is in above the assessment', async () => {
      const api = mockSreMaturityApi();
      api.getEntityCampaigns.mockResolvedValue({
        items: [makeEntityCampaign()],
      });
      await renderTab({ api });

      expect(
        await screen.findByText('Payments to Walk in On Call'),
      ).toBeInTheDocument();
      expect(api.getEntityCampaigns).toHaveBeenCalledWith(testEntityRef);
    });

    it('shows the overview and each area with its progression', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue(
        makeAssessment({
          answers: [
            makeAnswer('observability.crawl.alerts', { note: 'PagerDuty' }),
          ],
        }),
      );
      await renderTab({ api });

      expect(api.getAssessment).toHaveBeenCalledWith(testEntityRef);
      expect(screen.getByText('Score')).toBeInTheDocument();
      // 2 of 7 criteria met.
      expect(screen.getByText('29 / 100')).toBeInTheDocument();
      expect(screen.getByText('Target').nextElementSibling).toHaveTextContent(
        'Walk',
      );
      expect(screen.getByText('Gap').nextElementSibling).toHaveTextContent(
        'Target Walk: 2 phases to go',
      );
      expect(screen.getByText('May 20, 2025')).toBeInTheDocument();

      const observability = areaButton('Observability');
      expect(
        within(observability).getByText('Crawl: reached'),
      ).toBeInTheDocument();
      expect(
        within(observability).getByText('Walk: 0% of the way'),
      ).toBeInTheDocument();
      expect(
        within(observability).getByText('Run: not reached'),
      ).toBeInTheDocument();
      expect(
        within(areaButton('On Call')).getByText('Crawl: 0% of the way'),
      ).toBeInTheDocument();
    });

    it('shows what the model does not apply to the entity as such, not as gaps', async () => {
      const api = mockSreMaturityApi();
      api.getModel.mockResolvedValue({
        model: servicesOnlyModel,
        staleAfterDays: 180,
      });
      api.getAssessment.mockResolvedValue(
        makeAssessment({ model: servicesOnlyModel, facts: libraryFacts }),
      );
      await renderTab({ api });

      const onCall = areaButton('On Call');
      expect(within(onCall).getByText('Does not apply')).toBeInTheDocument();
      expect(within(onCall).queryByText(/Crawl/)).not.toBeInTheDocument();
      await openArea('On Call');
      expect(
        screen.getByText(
          /^No criterion of this area applies to this entity \(Component, type library\)/,
        ),
      ).toBeInTheDocument();

      // Observability's dashboards, met from the catalog, make its Crawl.
      expect(
        within(areaButton('Observability')).getByText('Crawl: reached'),
      ).toBeInTheDocument();
      await openArea('Observability');
      expect(
        screen.queryByRole('listitem', { name: 'Alerts on symptoms' }),
      ).not.toBeInTheDocument();
      expect(
        screen.getAllByText(
          '1 criterion does not apply to this entity (Component, type library)',
        ),
        // One per phase of On Call, and Observability's Crawl.
      ).toHaveLength(4);
      // 1 of the 3 criteria that apply (dashboards) is met.
      expect(screen.getByText('33 / 100')).toBeInTheDocument();
    });

    it('names the area whose own target sets the gap', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue(
        makeAssessment({
          targets: { overall: 'walk', areas: { 'on-call': 'run' } },
        }),
      );
      await renderTab({ api });

      expect(screen.getByText('Target').nextElementSibling).toHaveTextContent(
        /^Walk$/,
      );
      expect(screen.getByText('Gap').nextElementSibling).toHaveTextContent(
        /^Target Walk: 2 phases to goOn Call targets Run: 3 phases to go$/,
      );
    });

    it('opens an area to its criteria by phase, with where each status comes from', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue(
        makeAssessment({
          answers: [
            makeAnswer('observability.crawl.alerts', {
              note: 'Alerts in Alertmanager',
              evidenceUrl: 'https://alerts.example.com/payments',
            }),
          ],
        }),
      );
      await renderTab({ api });
      await openArea('Observability');

      const region = screen.getByRole('region', { name: /^Observability/ });
      expect(
        within(region)
          .getAllByRole('heading', { level: 3 })
          .map(h => h.textContent),
      ).toEqual(['Crawl', 'Walk', 'Run']);

      const dashboards = criterion('Service dashboards exist');
      expect(within(dashboards).getByText('Met')).toBeInTheDocument();
      expect(
        within(dashboards).getByText('grafana/dashboard-selector'),
      ).toBeInTheDocument();
      expect(
        within(dashboards).getByText(/Met from the catalog/),
      ).toBeInTheDocument();
      expect(within(dashboards).getByText('seed')).toBeInTheDocument();

      const alerts = criterion('Alerts on symptoms');
      expect(within(alerts).getByText(/answered by/)).toHaveTextContent(
        'Met, answered by alice on May 20, 2025.',
      );
      expect(
        within(alerts).getByText('Note: Alerts in Alertmanager'),
      ).toBeInTheDocument();
      expect(
        within(alerts).getByRole('link', { name: /^Evidence/ }),
      ).toHaveAttribute('href', 'https://alerts.example.com/payments');
      expect(within(alerts).getByText('extended')).toBeInTheDocument();
      expect(
        within(alerts).getByText(/How to get there: Alert on error rate/),
      ).toBeInTheDocument();

      expect(
        within(criterion('SLOs defined')).getByText(
          'No answer or evidence yet.',
        ),
      ).toBeInTheDocument();
    });

    it('shows next steps, the catalog snippet and a stale warning', async () => {
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
      await renderTab({ api });

      expect(
        screen.getByText(
          '1 answer is older than 180 days and due for re-assessment.',
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText('2. Observability: to reach Walk'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Agree SLOs with the product owner.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('1. On Call: to reach Crawl'),
      ).toBeInTheDocument();
      expect(
        screen
          .getByText('Improve it from the catalog')
          .closest('.MuiCard-root'),
      ).toHaveTextContent(
        'pagerduty.com/service-id: "<your pagerduty.com/service-id value>"',
      );
    });

    it('opens a next step’s criterion in its area and scrolls to it', async () => {
      const scrollIntoView = jest.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      await renderTab();

      const step = screen
        .getByText('1. On Call: to reach Crawl')
        .closest('section')!;
      await user.click(
        within(step).getByRole('button', { name: 'Go to On-call schedule' }),
      );

      expect(criterion('On-call schedule')).toBeVisible();
      expect(scrollIntoView.mock.contexts).toContain(
        criterion('On-call schedule'),
      );
    });

    it('shows an exempt entity’s exemption and reason first', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue({
        ...makeAssessment(),
        exempt: true,
        exemptReason: 'Deprecated, shut down in Q3',
      });
      await renderTab({ api });

      const notice = screen
        .getByText('Exempt from the SRE maturity scorecards')
        .closest('[role="alert"]')!;
      expect(notice).toHaveTextContent('Reason: Deprecated, shut down in Q3');
      // Above the facts of the overview.
      expect(
        notice.compareDocumentPosition(screen.getByText('Overall phase')) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    });

    it('shows the history and loads older changes', async () => {
      const api = mockSreMaturityApi();
      const event = {
        criterionId: 'on-call.crawl.schedule',
        oldStatus: null,
        newStatus: 'met' as const,
        actor: 'user:default/alice',
        createdAt: '2025-05-20T10:00:00Z',
        revision: 2,
      };
      api.getHistory
        .mockResolvedValueOnce({
          items: [{ ...event, id: '2', note: 'Rotation in PagerDuty' }],
          nextCursor: 'c1',
        })
        .mockResolvedValueOnce({
          items: [{ ...event, id: '1', newStatus: 'not-met', revision: 1 }],
        });
      await renderTab({ api });

      expect(
        await screen.findByText(/Rotation in PagerDuty/),
      ).toBeInTheDocument();
      await user.click(
        screen.getByRole('button', { name: 'Show older changes' }),
      );
      expect(
        await screen.findByText(/No answer → Not met/),
      ).toBeInTheDocument();
      expect(api.getHistory).toHaveBeenLastCalledWith(testEntityRef, {
        limit: 20,
        cursor: 'c1',
      });
      expect(
        screen.queryByRole('button', { name: 'Show older changes' }),
      ).not.toBeInTheDocument();
    });
  });

  describe('empty and error states', () => {
    it('explains how to start when nothing is assessed, and opens the first area', async () => {
      const scrollIntoView = jest.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      await renderTab();

      expect(screen.getByText('Not assessed yet')).toBeInTheDocument();
      await user.click(
        screen.getByRole('button', { name: 'Start with the first area' }),
      );
      // The first area suggested: On Call's schedule can come from the
      // catalog, Observability's missing alerts need a judgement.
      expect(screen.getByRole('region', { name: /^On Call/ })).toBeVisible();
      // ... and brings it into view, wherever it is on the page.
      expect(scrollIntoView.mock.contexts).toContain(areaButton('On Call'));
    });

    it('shows a load failure', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockRejectedValue(
        await makeResponseError(404, 'NotFoundError', 'No such entity'),
      );
      await renderInTestApp(
        <TestApiProvider
          apis={[
            [sreMaturityApiRef, api],
            [permissionApiRef, mockApis.permission()],
          ]}
        >
          <EntityProvider entity={testEntity}>
            <EntitySreMaturityContent />
          </EntityProvider>
        </TestApiProvider>,
      );

      expect(
        (await screen.findAllByText(/No such entity/)).length,
      ).toBeGreaterThan(0);
    });
  });

  describe('loading and retrying', () => {
    it('shows the layout in grey while loading', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockReturnValue(new Promise(() => {}));
      await renderInTestApp(
        <TestApiProvider
          apis={[
            [sreMaturityApiRef, api],
            [permissionApiRef, mockApis.permission()],
          ]}
        >
          <EntityProvider entity={testEntity}>
            <EntitySreMaturityContent />
          </EntityProvider>
        </TestApiProvider>,
      );

      expect(
        screen.getByRole('progressbar', {
          name: 'Loading the SRE maturity assessment',
        }),
      ).toBeInTheDocument();
    });

    it('shows the server message of a failure, and Retry loads again', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockRejectedValueOnce(
        await makeResponseError(500, 'Error', 'Database unavailable'),
      );
      await renderInTestApp(
        <TestApiProvider
          apis={[
            [sreMaturityApiRef, api],
            [permissionApiRef, mockApis.permission()],
          ]}
        >
          <EntityProvider entity={testEntity}>
            <EntitySreMaturityContent />
          </EntityProvider>
        </TestApiProvider>,
      );

      expect(
        await screen.findByText('Could not load the SRE maturity assessment'),
      ).toBeInTheDocument();
      expect(screen.getByText('Database unavailable')).toBeInTheDocument();
      expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Retry' }));

      expect(await screen.findByText('Overall phase')).toBeInTheDocument();
      expect(api.getAssessment).toHaveBeenCalledTimes(2);
    });
  });

  describe('read-only', () => {
    it('explains why and offers no editing', async () => {
      // usePermission caches decisions per resource across renders (SWR),
      // so this test asks about an entity no other test has.
      await renderTab({
        allowed: false,
        entity: {
          ...testEntity,
          metadata: { ...testEntity.metadata, name: 'read-only-api' },
        },
      });
      await openArea('Observability');

      expect(
        screen.getByText(/You can view this assessment but not change it/),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: /Record answer/ }),
      ).not.toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Start with the first area' }),
      ).not.toBeInTheDocument();
    });
  });

  describe('recording', () => {
    it('saves several changes together in one request with the revision', async () => {
      const api = mockSreMaturityApi();
      api.getAssessment.mockResolvedValue(makeAssessment({ revision: 3 }));
      const saved = makeAssessment({
        revision: 4,
        answers: [
          makeAnswer('observability.crawl.alerts', { note: 'Alertmanager' }),
          makeAnswer('on-call.crawl.schedule', {
            status: 'not-applicable',
            reason: 'Batch job',
            expiresAt: '2030-01-31',
          }),
        ],
      });
      api.updateAssessment.mockResolvedValue(saved);
      await renderTab({ api });

      await openArea('Observability');
      await user.click(
        screen.getByRole('button', {
          name: 'Record answer for Alerts on symptoms',
        }),
      );
      const alerts = within(criterion('Alerts on symptoms'));
      await user.click(alerts.getByRole('radio', { name: 'Met' }));
      await user.type(alerts.getByLabelText('Note'), 'Alertmanager');

      await openArea('On Call');
      await user.click(
        screen.getByRole('button', {
          name: 'Record answer for On-call schedule',
        }),
      );
      const schedule = within(criterion('On-call schedule'));
      await user.click(schedule.getByRole('radio', { name: 'Not applicable' }));
      await user.type(schedule.getByLabelText(/Reason/), 'Batch job');
      await user.type(
        schedule.getByLabelText('Not applicable until'),
        '2030-01-31',
      );

      expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save 2 changes' }));

      expect(api.updateAssessment).toHaveBeenCalledTimes(1);
      expect(api.updateAssessment).toHaveBeenCalledWith(testEntityRef, {
        revision: 3,
        answers: [
          {
            criterionId: 'observability.crawl.alerts',
            status: 'met',
            note: 'Alertmanager',
          },
          {
            criterionId: 'on-call.crawl.schedule',
            status: 'not-applicable',
            reason: 'Batch job',
            expiresAt: '2030-01-31',
          },
        ],
      });
      await waitFor(() =>
        expect(screen.queryByText(/unsaved change/)).not.toBeInTheDocument(),
      );
      expect(
        within(criterion('On-call schedule')).getByText('Reason: Batch job'),
      ).toBeInTheDocument();
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'Saved 2 answers' }),
      );
      // History, trend and what the campaigns still need follow the new
      // revision.
      await waitFor(() => expect(api.getHistory).toHaveBeenCalledTimes(2));
      expect(api.getEntityTrend).toHaveBeenCalledTimes(2);
      expect(api.getEntityCampaigns).toHaveBeenCalledTimes(2);
    });

    it('drops a change that is undone, and discards all on request', async () => {
      const api = mockSreMaturityApi();
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      const slos = within(criterion('SLOs defined'));
      await user.click(slos.getByRole('radio', { name: 'Not met' }));
      expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
      await user.click(slos.getByRole('radio', { name: 'No answer' }));
      expect(screen.queryByText(/unsaved change/)).not.toBeInTheDocument();

      await user.click(slos.getByRole('radio', { name: 'Met' }));
      await user.click(screen.getByRole('button', { name: 'Discard all' }));
      expect(screen.queryByText(/unsaved change/)).not.toBeInTheDocument();
      expect(api.updateAssessment).not.toHaveBeenCalled();
    });
  });

  describe('validation', () => {
    it('shows client-side errors next to the field and does not send', async () => {
      const api = mockSreMaturityApi();
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      const slos = within(criterion('SLOs defined'));
      await user.click(slos.getByRole('radio', { name: 'Not applicable' }));
      await user.type(slos.getByLabelText('Evidence link'), 'wiki page');

      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

      expect(api.updateAssessment).not.toHaveBeenCalled();
      expect(
        slos.getByText('is required when the criterion is not applicable'),
      ).toBeInTheDocument();
      expect(slos.getByLabelText(/Reason/)).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(slos.getByText('must be an http(s) URL')).toBeInTheDocument();
      expect(
        screen.getByText('Fix the problems marked in 1 answer before saving.'),
      ).toBeInTheDocument();

      await user.type(slos.getByLabelText(/Reason/), 'Internal tool');
      await user.clear(slos.getByLabelText('Evidence link'));
      expect(
        slos.queryByText('is required when the criterion is not applicable'),
      ).not.toBeInTheDocument();
    });

    it('checks as the user types, and Save brings the first error into view', async () => {
      const scrollIntoView = jest.fn();
      Element.prototype.scrollIntoView = scrollIntoView;
      const api = mockSreMaturityApi();
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      const slos = within(criterion('SLOs defined'));
      await user.click(slos.getByRole('radio', { name: 'Met' }));
      await user.type(slos.getByLabelText('Evidence link'), 'wiki');

      // Before any Save.
      expect(slos.getByText('must be an http(s) URL')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
      expect(api.updateAssessment).not.toHaveBeenCalled();
      expect(scrollIntoView.mock.contexts).toContain(
        slos.getByLabelText('Evidence link'),
      );
      expect(slos.getByLabelText('Evidence link')).toHaveFocus();
    });

    it('maps the server’s field errors back to the criterion', async () => {
      const api = mockSreMaturityApi();
      api.updateAssessment.mockRejectedValue(
        await makeResponseError(
          400,
          'InputError',
          'answers[0].note: must be at most 2000 characters',
          {
            fields: [
              {
                field: 'answers[0].note',
                message: 'must be at most 2000 characters',
                criterionId: 'observability.walk.slos',
                answerField: 'note',
              },
            ],
          },
        ),
      );
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      const slos = within(criterion('SLOs defined'));
      await user.click(slos.getByRole('radio', { name: 'Met' }));
      await user.type(slos.getByLabelText('Note'), 'long');
      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

      expect(
        await slos.findByText('must be at most 2000 characters'),
      ).toBeInTheDocument();
      expect(slos.getByLabelText('Note')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
    });

    it('shows other save failures as a whole', async () => {
      const api = mockSreMaturityApi();
      api.updateAssessment.mockRejectedValue(
        await makeResponseError(403, 'NotAllowedError', 'Not allowed'),
      );
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      await user.click(
        within(criterion('SLOs defined')).getByRole('radio', { name: 'Met' }),
      );
      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

      expect(
        await screen.findByText('Could not save: Not allowed'),
      ).toBeInTheDocument();
    });
  });

  describe('conflict', () => {
    it('shows what changed and re-applies the edits on the new revision', async () => {
      const api = mockSreMaturityApi();
      const base = makeAssessment({ revision: 3 });
      const current = makeAssessment({
        revision: 4,
        answers: [
          makeAnswer('observability.walk.slos', {
            status: 'not-met',
            answeredBy: 'user:default/bob',
            answeredAt: '2025-05-31T09:00:00Z',
          }),
          makeAnswer('on-call.crawl.schedule', {
            answeredBy: 'user:default/bob',
            answeredAt: '2025-05-31T09:00:00Z',
          }),
        ],
      });
      api.getAssessment.mockResolvedValue(base);
      api.updateAssessment
        .mockRejectedValueOnce(new RevisionConflictError(current))
        .mockResolvedValueOnce(makeAssessment({ revision: 5 }));
      await renderTab({ api });

      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      const slos = within(criterion('SLOs defined'));
      await user.click(slos.getByRole('radio', { name: 'Met' }));
      await user.type(slos.getByLabelText('Note'), 'Sloth');
      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

      const panel = await screen.findByRole('alert', {
        name: 'Someone saved this assessment before you',
      });
      expect(panel).toHaveTextContent(
        'SLOs defined: No answer → Not met (bob, May 31, 2025) — you changed this one too; yours will replace it',
      );
      expect(panel).toHaveTextContent(
        'On-call schedule: No answer → Met (bob, May 31, 2025)',
      );
      expect(
        screen.getByRole('button', { name: 'Save 1 change' }),
      ).toBeDisabled();
      // Nothing typed is lost while deciding.
      expect(slos.getByLabelText('Note')).toHaveValue('Sloth');

      await user.click(
        screen.getByRole('button', {
          name: 'Re-apply my changes on the latest version',
        }),
      );
      expect(
        screen.queryByText('Someone saved this assessment before you'),
      ).not.toBeInTheDocument();
      // The other user's answer now shows, under the edit still pending.
      expect(
        within(criterion('SLOs defined')).getByText(/answered by/),
      ).toHaveTextContent('Not met, answered by bob on May 31, 2025.');
      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

      expect(api.updateAssessment).toHaveBeenLastCalledWith(testEntityRef, {
        revision: 4,
        answers: [
          {
            criterionId: 'observability.walk.slos',
            status: 'met',
            note: 'Sloth',
          },
        ],
      });
    });

    it('can drop the edits for the new revision instead', async () => {
      const api = mockSreMaturityApi();
      const current = makeAssessment({
        revision: 4,
        answers: [makeAnswer('observability.walk.slos')],
      });
      api.updateAssessment.mockRejectedValue(
        new RevisionConflictError(current),
      );
      await renderTab({ api });
      await openArea('Observability');
      await user.click(
        screen.getByRole('button', { name: 'Record answer for SLOs defined' }),
      );
      await user.click(
        within(criterion('SLOs defined')).getByRole('radio', {
          name: 'Not met',
        }),
      );
      await user.click(screen.getByRole('button', { name: 'Save 1 change' }));
      await user.click(
        await screen.findByRole('button', { name: 'Discard my changes' }),
      );

      expect(screen.queryByText(/unsaved change/)).not.toBeInTheDocument();
      expect(
        within(criterion('SLOs defined')).getByText(/answered by/),
      ).toHaveTextContent('Met, answered by alice on May 20, 2025.');
    });
  });
});
