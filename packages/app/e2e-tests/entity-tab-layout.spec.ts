import { Page } from '@playwright/test';
import { expect, signInAsGuest, test } from './fixtures';
import { PortalApi } from './portalApi';
import { sampleCatalogSize } from './sampleCatalog';
import { saveScreenshot } from './screenshot';
import { SreMaturityTab } from './sreMaturityTab';

/*
 * The entity tab and card fit the window at the widths people use, for the
 * widest entity of the sample catalog (a long name in its own namespace,
 * every criterion missing, so every next step and catalog hint is listed)
 * and for a well-annotated one. Only reads: the journey spec's figures stay.
 */

const BARE_PAGE =
  '/catalog/community-plugins/component/matomo-backend-plugin-for-self-hosted-web-analytics';
const ANNOTATED_PAGE = '/catalog/default/component/checkout-web';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** How far the page is wider than the window; 0 when it fits. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const widest = Math.max(
      document.documentElement.scrollWidth,
      ...Array.from(
        document.querySelectorAll('main'),
        main => main.scrollWidth - main.clientWidth + window.innerWidth,
      ),
    );
    return Math.max(0, widest - window.innerWidth);
  });
}

test.describe('entity tab layout', () => {
  test.beforeAll(async ({ request }) => {
    const api = await PortalApi.signIn(request);
    await api.waitForCatalog(sampleCatalogSize());
  });

  for (const viewport of VIEWPORTS) {
    test.describe(`at ${viewport.width}x${viewport.height}`, () => {
      test.use({ viewport });

      test('the tab of a long-named entity missing every criterion fits the window', async ({
        page,
      }, testInfo) => {
        await signInAsGuest(page);
        const tab = await SreMaturityTab.open(page, BARE_PAGE);
        await expect(
          page.getByText('Next steps', { exact: true }),
        ).toBeVisible();
        const snippet = page
          .locator('pre')
          .filter({ hasText: 'sre-maturity.io/slo' });
        await expect(snippet).toBeVisible();
        // The YAML keeps its indentation (innerText, unlike the matchers,
        // keeps whitespace), and long lines scroll instead of wrapping to
        // column 0.
        expect(await snippet.innerText()).toContain(
          '\n    sre-maturity.io/slo: "<your SLO dashboard URL>"\n',
        );
        expect(
          await snippet
            .locator('code')
            .evaluate(code => getComputedStyle(code).whiteSpace),
        ).not.toBe('pre-wrap');
        // The banner for an entity not assessed yet leaves the areas on the
        // first screen.
        const firstArea = (await tab
          .areaHeader('People and Culture')
          .boundingBox())!;
        expect(firstArea.y + firstArea.height).toBeLessThanOrEqual(
          viewport.height,
        );
        await tab.openArea('Observability');

        expect(await horizontalOverflow(page)).toBe(0);
        const copy = page.getByRole('button', { name: /copy/i }).first();
        const box = (await copy.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);

        await saveScreenshot(
          page,
          testInfo,
          `entity-tab-bare-${viewport.width}x${viewport.height}`,
        );
      });

      test('the tab of a well-annotated entity fits the window', async ({
        page,
      }, testInfo) => {
        await signInAsGuest(page);
        await SreMaturityTab.open(page, ANNOTATED_PAGE);

        expect(await horizontalOverflow(page)).toBe(0);
        await saveScreenshot(
          page,
          testInfo,
          `entity-tab-annotated-${viewport.width}x${viewport.height}`,
        );
      });

      test('the card on the overview fits the window', async ({
        page,
      }, testInfo) => {
        await signInAsGuest(page);
        await page.goto(BARE_PAGE);
        const card = page
          .locator('.MuiCard-root')
          .filter({ hasText: 'Open the assessment' });
        await expect(card).toBeVisible();

        expect(await horizontalOverflow(page)).toBe(0);
        await card.scrollIntoViewIfNeeded();
        const path = testInfo.outputPath(
          `entity-card-${viewport.width}x${viewport.height}.png`,
        );
        await card.screenshot({ path });
        await testInfo.attach('entity card', {
          path,
          contentType: 'image/png',
        });
      });
    });
  }
});
