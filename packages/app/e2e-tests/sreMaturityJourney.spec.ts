import { enterAsGuest, expect, signInAsGuest, test } from './fixtures';
import { parseCsv } from './parseCsv';
import { PortalApi } from './portalApi';
import { sampleCatalogSize } from './sampleCatalog';
import { ScorecardPage } from './scorecardPage';
import { readText } from './readText';
import { saveScreenshot } from './screenshot';
import { SreMaturityTab } from './sreMaturityTab';

/*
 * One user's journey through the SRE Maturity plugins, on a portal started
 * for this run with the sample catalog. The steps build on each other: the
 * answers of steps 2 and 3 are what step 4 finds on the scorecard.
 *
 * Expected values come from the default model (GET /api/sre-maturity/model):
 * 98 criteria in 7 areas, all of which apply to a service. payments-api
 * starts with 19 of them met by its annotations, its owner (a Group of the
 * catalog) and the files of its sample repository, a score of
 * round(100 * 19 / 98) = 19, and targets Walk overall and Run for
 * Observability.
 */

const PAYMENTS_API = 'component:default/payments-api';
const PAYMENTS_API_PAGE = '/catalog/default/component/payments-api';

/** Step 2: People and Culture's seven Crawl criteria, one not applicable. */
const PEOPLE_CRAWL_MET = [
  'A strong SRE voice in the team',
  'People-focused mantras',
  'Communication valued; hiring for soft skills',
  'Experience from other disciplines welcomed',
  'Executive buy-in',
  'Product manager understands SRE',
];
const PEOPLE_CRAWL_NOT_APPLICABLE = 'Retraining through the transition';
const NOT_APPLICABLE_REASON = 'The team was formed with SRE experience';
/** Step 2: Releasing's Crawl criteria; the third is met by github.com/project-slug. */
const RELEASE_SCRIPTS = 'Release scripts';
const RELEASE_SCRIPTS_EVIDENCE =
  'https://git.example.com/acme/payments-api/tree/main/release';
const ROLLBACK = 'Known rollback procedure';
const ROLLBACK_NOTE = 'Rollback steps are in the runbook';
/** Step 3: two of Room to improve's three Crawl criteria, one per tab. */
const FIRST_SAVER_ANSWER = 'Time to pursue improvement';
const STALE_SAVER_ANSWER = 'Familiar with toil';

test.describe.configure({ mode: 'serial' });

test.describe('SRE maturity journey', () => {
  let journeyStart: Date;

  test.beforeAll(async ({ request }) => {
    const api = await PortalApi.signIn(request);
    // The scorecard lists what the sync has read: run it once the whole
    // sample catalog is in, instead of waiting for its schedule.
    await api.waitForCatalog(sampleCatalogSize());
    await api.syncScorecard();
    // The expected figures count payments-api's repository evidence.
    await api.waitForRepository('component/default/payments-api');
    journeyStart = new Date();
  });

  test('1. the SRE Maturity tab shows the evidence found in the catalog', async ({
    page,
  }, testInfo) => {
    await signInAsGuest(page);
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog' })
      .click();
    await page.getByRole('link', { name: 'Payments API', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'SRE Maturity' })
      .click();
    await expect(page).toHaveURL(`${PAYMENTS_API_PAGE}/sre-maturity`);

    const tab = new SreMaturityTab(page);
    await expect(tab.overviewValue('Overall phase')).toHaveText(/^Not started/);
    await expect(tab.overviewValue('Score')).toHaveText('19 / 100');
    await expect(tab.overviewValue('Target')).toHaveText('Walk');
    await expect(tab.overviewValue('Last assessed')).toHaveText('Never');

    await tab.openArea('On Call, Escalations and Incidents');
    const schedule = tab.criterion('On-call schedule');
    await expect(schedule.getByText('Met', { exact: true })).toBeVisible();
    await expect(
      schedule.getByText('Met from the catalog: pagerduty.com/service-id'),
    ).toHaveText('Met from the catalog: pagerduty.com/service-id = P7XK2QZ');
    await expect(
      schedule.getByText('Met from the catalog: opsgenie.com/team'),
    ).toHaveText('Met from the catalog: opsgenie.com/team = payments-oncall');
    // Evidence that is a link is shown as one.
    const escalationPath =
      'https://wiki.acme.internal/payments/escalation-path';
    const escalation = tab.criterion('Formal, shared escalation process');
    await expect(
      escalation.getByText('Met from the catalog: sre-maturity.io/escalation'),
    ).toBeVisible();
    await expect(
      escalation.getByRole('link', { name: escalationPath }),
    ).toHaveAttribute('href', escalationPath);
    // A criterion without evidence says so.
    await expect(tab.criterion('Incident management process')).toContainText(
      'No answer or evidence yet.',
    );

    await saveScreenshot(page, testInfo, 'sre-maturity-tab-evidence');
  });

  test('2. answers in two areas are kept and move the phases and score', async ({
    page,
  }, testInfo) => {
    await signInAsGuest(page);
    const tab = await SreMaturityTab.open(page, PAYMENTS_API_PAGE);

    await tab.openArea('People and Culture');
    for (const title of PEOPLE_CRAWL_MET) {
      await tab.recordAnswer(title, { status: 'Met' });
    }
    await tab.recordAnswer(PEOPLE_CRAWL_NOT_APPLICABLE, {
      status: 'Not applicable',
      reason: NOT_APPLICABLE_REASON,
    });
    await tab.openArea('Releasing');
    await tab.recordAnswer(RELEASE_SCRIPTS, {
      status: 'Met',
      evidenceUrl: RELEASE_SCRIPTS_EVIDENCE,
    });
    await tab.recordAnswer(ROLLBACK, { status: 'Met', note: ROLLBACK_NOTE });
    await expect(tab.areaHeader('People and Culture')).toContainText(
      '7 unsaved',
    );
    await tab.save(9);

    await page.reload();
    // 27 of 97 applicable criteria met (one is now not applicable): 28.
    await expect(tab.overviewValue('Score')).toHaveText('28 / 100');
    // Failures, Security, ... have not started: the weakest area decides.
    await expect(tab.overviewValue('Overall phase')).toHaveText(/^Not started/);
    await expect(tab.overviewValue('Last assessed')).not.toHaveText('Never');

    // Crawl reached; none of Walk's four criteria met yet.
    await expect(tab.areaHeader('People and Culture')).toHaveAccessibleName(
      'People and Culture Crawl Crawl: reached Walk: 0% of the way ' +
        'Run: not reached 1 phase short of Walk',
    );
    // Crawl reached; Walk's CI/CD criteria are met by argocd/app-name: 2 of 4.
    await expect(tab.areaHeader('Releasing')).toHaveAccessibleName(
      'Releasing Crawl Crawl: reached Walk: 50% of the way ' +
        'Run: not reached 1 phase short of Walk',
    );

    await tab.openArea('People and Culture');
    for (const title of PEOPLE_CRAWL_MET) {
      await tab.expectAnswered(title, 'Met');
    }
    await tab.expectAnswered(PEOPLE_CRAWL_NOT_APPLICABLE, 'Not applicable');
    await expect(tab.criterion(PEOPLE_CRAWL_NOT_APPLICABLE)).toContainText(
      `Reason: ${NOT_APPLICABLE_REASON}`,
    );
    await tab.openArea('Releasing');
    await tab.expectAnswered(RELEASE_SCRIPTS, 'Met');
    await expect(
      tab.criterion(RELEASE_SCRIPTS).getByRole('link', { name: 'Evidence' }),
    ).toHaveAttribute('href', RELEASE_SCRIPTS_EVIDENCE);
    await tab.expectAnswered(ROLLBACK, 'Met');
    await expect(tab.criterion(ROLLBACK)).toContainText(
      `Note: ${ROLLBACK_NOTE}`,
    );

    await saveScreenshot(page, testInfo, 'sre-maturity-tab-answered');
  });

  test.describe('a stale save', () => {
    // The second tab's save is refused with 409 Conflict, by design.
    test.use({
      allowedHttpErrors: [
        {
          status: 409,
          url: /\/api\/sre-maturity\/assessments\/component\/default\/payments-api$/,
        },
      ],
    });

    test('3. shows the conflict, and re-applying on top loses neither edit', async ({
      page,
      context,
    }) => {
      await signInAsGuest(page);
      const staleTab = await SreMaturityTab.open(page, PAYMENTS_API_PAGE);
      const firstTab = await SreMaturityTab.open(
        await context.newPage(),
        PAYMENTS_API_PAGE,
      );

      await firstTab.openArea('Room to improve');
      await firstTab.recordAnswer(FIRST_SAVER_ANSWER, { status: 'Met' });
      await firstTab.save(1);

      await staleTab.openArea('Room to improve');
      await staleTab.recordAnswer(STALE_SAVER_ANSWER, { status: 'Met' });
      const refused = page.waitForResponse(
        response =>
          response.request().method() === 'PATCH' && response.status() === 409,
      );
      await staleTab.saveButton(1).click();
      await refused;

      const conflict = page.getByRole('alert', {
        name: 'Someone saved this assessment before you',
      });
      await expect(conflict).toContainText(
        'Nothing of yours was saved, and your 1 change is kept.',
      );
      await expect(conflict.getByRole('listitem')).toHaveText([
        new RegExp(`^${FIRST_SAVER_ANSWER}: No answer → Met \\(guest, `),
      ]);
      await expect(staleTab.saveButton(1)).toBeDisabled();

      await conflict
        .getByRole('button', {
          name: 'Re-apply my changes on the latest version',
        })
        .click();
      await expect(conflict).toBeHidden();
      // The other tab's answer is shown now, and this tab's edit is still staged.
      await staleTab.expectAnswered(FIRST_SAVER_ANSWER, 'Met');
      await expect(
        staleTab.criterion(STALE_SAVER_ANSWER).getByText('Unsaved'),
      ).toBeVisible();
      await staleTab.save(1);

      for (const tab of [staleTab, firstTab]) {
        await tab.page.reload();
        // 29 of 97 applicable criteria met: 30.
        await expect(tab.overviewValue('Score')).toHaveText('30 / 100');
        // Two of Room to improve's three Crawl criteria met.
        await expect(tab.areaHeader('Room to improve')).toHaveAccessibleName(
          'Room to improve Not started Crawl: 67% of the way ' +
            'Walk: not reached Run: not reached 2 phases short of Walk',
        );
        await tab.openArea('Room to improve');
        await tab.expectAnswered(FIRST_SAVER_ANSWER, 'Met');
        await tab.expectAnswered(STALE_SAVER_ANSWER, 'Met');
      }
    });
  });

  test('4. the scorecard shows the new phases; filter, sort, share, export', async ({
    page,
    request,
    newContext,
  }, testInfo) => {
    await signInAsGuest(page);
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'SRE Maturity' })
      .click();
    const scorecard = new ScorecardPage(page);
    await scorecard.filterBy('Owner', 'team-payments');
    await scorecard.sortBy('Score', 'descending');
    await expect(page).toHaveURL(
      '/sre-maturity?owner=group%3Adefault%2Fteam-payments&orderBy=score&order=desc',
    );

    const row = scorecard.row('Payments API');
    for (const label of [
      'People and Culture: Crawl, 0% to Walk',
      'Releasing: Crawl, 50% to Walk',
      'Room to improve: Not started, 67% to Crawl',
      'Overall: Not started',
    ]) {
      await expect(scorecard.phaseCell(row, label)).toBeVisible();
    }
    await expect(await scorecard.cell(row, 'Score')).toHaveText('30');

    // The rows are the backend's answer to the same query, in its order.
    const api = await PortalApi.signIn(request);
    const expected = await api.getJson<{
      items: {
        entityRef: string;
        title?: string;
        name: string;
        owner: string;
        score: number;
      }[];
    }>(
      '/api/sre-maturity/scorecard?owner=team-payments&orderBy=score&order=desc',
    );
    const scores = expected.items.map(item => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // A library with few criteria that apply may score above it.
    expect(expected.items.map(item => item.entityRef)).toContain(PAYMENTS_API);
    expect(new Set(expected.items.map(item => item.owner))).toEqual(
      new Set(['group:default/team-payments']),
    );
    const names = expected.items.map(item => item.title ?? item.name);
    await expect(scorecard.rowNames).toHaveText(names);

    // The summary's bar per area counts the same entities as the backend.
    const { areas } = await api.getJson<{
      areas: Record<string, Record<string, number>>;
    }>('/api/sre-maturity/scorecard/areas?owner=team-payments');
    const people = areas['people-and-culture'];
    expect(people.crawl).toBeGreaterThanOrEqual(1);
    await expect(
      page.getByText(
        `People and Culture: ${people['not-started']} Not started, ${people.crawl} Crawl, ${people.walk} Walk, ${people.run} Run`,
        { exact: true },
      ),
    ).toBeAttached();
    // Sorting scrolled the wide table to the Score column; back to the names.
    await row
      .getByRole('link', { name: 'Payments API' })
      .scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, 'sre-maturity-scorecard');

    // A colleague opening the link sees the same view.
    const shared = new ScorecardPage(await (await newContext()).newPage());
    await shared.page.goto(page.url());
    await enterAsGuest(shared.page);
    await expect(shared.page).toHaveURL(page.url());
    await expect(shared.selectedFilter('Owner', 'team-payments')).toBeVisible();
    await expect(shared.columnHeader('Score')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(shared.rowNames).toHaveText(names);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    const csvFile = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(csvFile);
    await testInfo.attach('scorecard export', {
      path: csvFile,
      contentType: 'text/csv',
    });
    const records = parseCsv(await readText(await download.createReadStream()));
    expect(records.map(record => record.entityRef)).toEqual(
      expected.items.map(item => item.entityRef),
    );
    const paymentsApi = records.find(
      record => record.entityRef === PAYMENTS_API,
    )!;
    expect(paymentsApi).toMatchObject({
      entityRef: PAYMENTS_API,
      title: 'Payments API',
      owner: 'group:default/team-payments',
      system: 'system:default/payments',
      lifecycle: 'production',
      overall: 'not-started',
      score: '30',
      target: 'walk',
      // Observability targets Run and has not reached Crawl.
      gap: '3',
      stale: 'false',
      entityPage: expect.stringMatching(
        /^https?:\/\/[^/]+(\/.*)?\/catalog\/default\/component\/payments-api$/,
      ),
      'people-and-culture level': 'crawl',
      'people-and-culture progress %': '0',
      'releasing level': 'crawl',
      'releasing progress %': '50',
      'room-to-improve level': 'not-started',
      'room-to-improve progress %': '67',
    });
    const lastAssessedAt = new Date(paymentsApi.lastAssessedAt).getTime();
    expect(lastAssessedAt).toBeGreaterThanOrEqual(journeyStart.getTime());
    expect(lastAssessedAt).toBeLessThanOrEqual(Date.now());
  });

  test('5. an exempt entity is absent from the scorecard and says why', async ({
    page,
    request,
  }) => {
    const api = await PortalApi.signIn(request);
    // The backend knows the entity and reads its exemption.
    expect(
      await api.getJson(
        '/api/sre-maturity/assessments/component/default/legacy-vendor-portal',
      ),
    ).toMatchObject({
      exempt: true,
      exemptReason: 'Vendor-managed SaaS, not operated by us',
    });

    await signInAsGuest(page);
    await page.goto('/sre-maturity');
    const scorecard = new ScorecardPage(page);
    await expect(scorecard.table).toBeVisible();
    await scorecard.search('Legacy Vendor Portal');
    await expect(page).toHaveURL(/[?&]q=Legacy(\+|%20)Vendor(\+|%20)Portal/);
    await expect(scorecard.noMatches).toBeVisible();
    // Its sibling in the same system, with the same owner, is listed.
    await scorecard.search('Storefront Web');
    await expect(scorecard.rowNames).toHaveText(['Storefront Web']);

    // Its entity page says so, and why: on the overview's card and the tab.
    await page.goto('/catalog/default/component/legacy-vendor-portal');
    const exemption = 'Reason: Vendor-managed SaaS, not operated by us';
    await expect(
      page.getByText('Exempt from the SRE maturity scorecards'),
    ).toBeVisible();
    await expect(page.getByText(exemption)).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'SRE Maturity' })
      .click();
    await expect(page).toHaveURL(
      '/catalog/default/component/legacy-vendor-portal/sre-maturity',
    );
    await expect(page.getByText(exemption)).toBeVisible();
  });
});
