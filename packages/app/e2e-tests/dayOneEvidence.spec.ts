import { expect, signInAsGuest, test } from './fixtures';
import { PortalApi } from './portalApi';
import { sampleCatalogSize } from './sampleCatalog';
import { saveScreenshot } from './screenshot';
import { SreMaturityTab } from './sreMaturityTab';

/*
 * Day-one evidence (issue #15), tried as a new user would on the sample
 * portal: its demo backend serves the sample repositories of
 * examples/repositories as a Gitea host, so the repository provider reads
 * them through Backstage's URL reader with no network.
 *
 * payments-api's repository has a CI pipeline, Dependabot, a runbooks folder
 * and an OpenSLO file; payments-sdk is a library; ledger-service's repository
 * does not exist.
 */

const PAYMENTS_API =
  '/api/sre-maturity/assessments/component/default/payments-api';
const FROM_REPOSITORY = [
  { areaTitle: 'Releasing', criterionId: 'releasing.walk.robust-ci-cd' },
  {
    areaTitle: 'Security',
    criterionId: 'security.crawl.ad-hoc-security-assessments',
  },
  {
    areaTitle: 'On Call, Escalations and Incidents',
    criterionId: 'on-call.walk.runbooks',
  },
  { areaTitle: 'Observability', criterionId: 'observability.crawl.first-slo' },
];

interface Evidence {
  provider: string;
  key: string;
  value: string;
  url?: string;
}
interface CriterionResult {
  criterionId: string;
  areaId: string;
  phase: string;
  status: string;
  origin: string;
  evidence: Evidence[];
}
interface Assessment {
  evidenceSources: { provider: string; status: string }[];
  assessment: {
    overall: string;
    areas: {
      areaId: string;
      level: string;
      applicable: boolean;
      criteria: CriterionResult[];
    }[];
  };
}
interface Model {
  areas: {
    id: string;
    title: string;
    phases: { criteria: { id: string; title: string }[] }[];
  }[];
}

test.describe.configure({ mode: 'serial' });

test.describe('Day-one evidence', () => {
  let titles: Map<string, string>;

  test.beforeAll(async ({ request }) => {
    const api = await PortalApi.signIn(request);
    await api.waitForCatalog(sampleCatalogSize());
    await api.syncScorecard();
    const { model } = await api.getJson<{ model: Model }>(
      '/api/sre-maturity/model',
    );
    titles = new Map(
      model.areas.flatMap(area =>
        area.phases.flatMap(phase => phase.criteria.map(c => [c.id, c.title])),
      ),
    );
  });

  test("1. a service's repository meets criteria, each with a link to its file", async ({
    page,
    request,
  }, testInfo) => {
    const api = await PortalApi.signIn(request);
    await api.waitForRepository('component/default/payments-api');
    const { assessment } = await api.getJson<Assessment>(PAYMENTS_API);
    const results = new Map(
      assessment.areas.flatMap(area =>
        area.criteria.map(c => [c.criterionId, c] as const),
      ),
    );

    await signInAsGuest(page);
    const tab = await SreMaturityTab.open(
      page,
      '/catalog/default/component/payments-api',
    );
    for (const { areaTitle, criterionId } of FROM_REPOSITORY) {
      const result = results.get(criterionId)!;
      expect(result.status, criterionId).toBe('met');
      const files = result.evidence.filter(e => e.provider === 'repository');
      expect(files.length, `${criterionId} files`).toBeGreaterThan(0);

      await tab.openArea(areaTitle);
      const item = tab.criterion(titles.get(criterionId)!);
      await expect(item).toContainText('Met from the repository');
      for (const file of files) {
        const link = item.getByRole('link', { name: file.key });
        await expect(link).toHaveAttribute('href', file.url!);
        // The sample git host answers the link, as a real one would.
        expect((await request.get(file.url!)).status(), file.url).toBe(200);
      }
    }
    await saveScreenshot(page, testInfo, 'repository-evidence');
  });

  test('2. a library is not asked about on call', async ({
    page,
    request,
  }, testInfo) => {
    const api = await PortalApi.signIn(request);
    const { assessment } = await api.getJson<Assessment>(
      '/api/sre-maturity/assessments/component/default/payments-sdk',
    );
    const onCall = assessment.areas.find(area => area.areaId === 'on-call')!;
    expect(onCall.applicable).toBe(false);
    expect(new Set(onCall.criteria.map(c => c.origin))).toEqual(
      new Set(['model']),
    );

    await signInAsGuest(page);
    const tab = await SreMaturityTab.open(
      page,
      '/catalog/default/component/payments-sdk',
    );
    const header = tab.areaHeader('On Call, Escalations and Incidents');
    await expect(header).toContainText('Does not apply');
    await tab.openArea('On Call, Escalations and Incidents');
    await expect(
      page.getByRole('button', {
        name: /^Record answer for On-call schedule$/,
      }),
    ).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'library-on-call');
  });

  test('3. a repository that cannot be read is said so, not counted as not met', async ({
    page,
    request,
  }) => {
    const api = await PortalApi.signIn(request);
    await api.waitForRepository(
      'component/default/ledger-service',
      'unreadable',
    );
    await signInAsGuest(page);
    await SreMaturityTab.open(
      page,
      '/catalog/default/component/ledger-service',
    );
    await expect(page.getByText(/Could not read/).first()).toBeVisible();
  });

  test('4. the model page answers "why is this Not started?" for an entity', async ({
    page,
    request,
  }, testInfo) => {
    const api = await PortalApi.signIn(request);
    const { assessment } = await api.getJson<Assessment>(PAYMENTS_API);
    expect(assessment.overall).toBe('not-started');
    // An area Not started and the first criterion that keeps it from Crawl.
    const blocked = assessment.areas.find(
      area => area.applicable && area.level === 'not-started',
    )!;
    const blocker = blocked.criteria.find(
      c =>
        c.phase === 'crawl' &&
        c.status !== 'met' &&
        c.status !== 'not-applicable',
    )!;

    await signInAsGuest(page);
    await page.goto(
      '/sre-maturity/model?entity=component%3Adefault%2Fpayments-api',
    );
    await expect(
      page.getByText(titles.get(blocker.criterionId)!).first(),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'why-not-started');
  });
});
