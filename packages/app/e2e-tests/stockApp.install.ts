import { expect, test } from './fixtures';
import { ScorecardPage } from './scorecardPage';
import { saveScreenshot } from './screenshot';
import { SreMaturityTab } from './sreMaturityTab';

/*
 * The plugins as a platform team gets them: installed from their packed
 * tarballs into a stock app made by @backstage/create-app, following the
 * READMEs (see packages/install-test). That app's backend serves its
 * production build; this test only uses it as a person would.
 */

/** A component of create-app's example catalog. */
const COMPONENT = 'example-website';
const COMPONENT_PAGE = `/catalog/default/component/${COMPONENT}`;
const AREAS = [
  'People and Culture',
  'Observability',
  'On Call, Escalations and Incidents',
  'Failures',
  'Security',
  'Room to improve',
  'Releasing',
];
const CRITERION = 'A strong SRE voice in the team';

test('a guest records an answer and finds the component on the scorecard', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  // The sign-in page gives way to the app once the session is kept.
  await expect(enter).toBeHidden();

  const tab = await SreMaturityTab.open(page, COMPONENT_PAGE);
  for (const area of AREAS) {
    await expect(tab.areaHeader(area)).toBeVisible();
  }
  await tab.openArea(AREAS[0]);
  await tab.recordAnswer(CRITERION, { status: 'Met' });
  await tab.save(1);
  await tab.expectAnswered(CRITERION, 'Met');
  await saveScreenshot(page, testInfo, 'sre-maturity-tab');

  await page.goto('/sre-maturity');
  const scorecard = new ScorecardPage(page);
  await expect(scorecard.row(COMPONENT)).toBeVisible();
  await saveScreenshot(page, testInfo, 'sre-maturity-scorecard');
});
