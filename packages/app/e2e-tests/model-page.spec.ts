import { expect, signInAsGuest, test } from './fixtures';
import { PortalApi } from './portalApi';
import { sampleCatalogSize } from './sampleCatalog';
import { saveScreenshot } from './screenshot';
import { SreMaturityTab } from './sreMaturityTab';

/*
 * The model explained (#15): the page the scorecard and every tab link to,
 * and the tab naming a catalog value that does not count as evidence.
 * ledger-service carries a placeholder pasted from the tab's snippet. Only
 * reads: the journey spec's figures stay.
 */

const LEDGER_PAGE = '/catalog/default/component/ledger-service';

test.describe('the model explained', () => {
  test.beforeAll(async ({ request }) => {
    const api = await PortalApi.signIn(request);
    await api.waitForCatalog(sampleCatalogSize());
  });

  test('the scorecard links to the model page, which says why an entity is Not started', async ({
    page,
  }, testInfo) => {
    await signInAsGuest(page);
    await page.goto('/sre-maturity');
    await page.getByRole('link', { name: 'How the model works' }).click();

    await expect(page).toHaveURL('/sre-maturity/model');
    await expect(
      page.getByRole('heading', { name: 'Why is it Not started?' }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'The worked example, area by area' }),
    ).toContainText('Observability');
    await expect(
      page.getByRole('table', { name: 'What counts as evidence' }),
    ).toContainText('sre-maturity.io/runbook');
    await expect(
      page.getByRole('heading', { name: 'On Call, Escalations and Incidents' }),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'sre-maturity-model-page');
  });

  test('the tab says which catalog value did not count and why, and links to the model page', async ({
    page,
  }) => {
    await signInAsGuest(page);
    const tab = await SreMaturityTab.open(page, LEDGER_PAGE);
    await tab.openArea('On Call, Escalations and Incidents');

    await expect(
      tab.criterion('Formal, shared escalation process'),
    ).toContainText(
      'In the catalog, sre-maturity.io/escalation = <your escalation path URL> did not count: it is a placeholder, to be replaced with the real value.',
    );
    await page.getByRole('link', { name: 'How the model works' }).click();
    await expect(page).toHaveURL('/sre-maturity/model');
  });
});
