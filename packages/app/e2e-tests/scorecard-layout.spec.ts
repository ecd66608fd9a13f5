import { Locator, Page } from '@playwright/test';
import { expect, signInAsGuest, test } from './fixtures';
import { PortalApi } from './portalApi';
import { sampleCatalogSize } from './sampleCatalog';
import { saveScreenshot } from './screenshot';
import { ScorecardPage } from './scorecardPage';

/*
 * At 1440x900 a lead sees, without scrolling sideways, each entity's name,
 * overall phase, score, gap and every area; the first rows are on the first
 * screen and the header stays in view while the rows scroll. Likewise for
 * the roll-up by team. Only reads: the journey spec's figures stay.
 */

const VIEWPORT = { width: 1440, height: 900 };

/** The areas' titles, which name their columns. */
let areaTitles: string[];

test.use({ viewport: VIEWPORT });

test.beforeAll(async ({ request }) => {
  const api = await PortalApi.signIn(request);
  await api.waitForCatalog(sampleCatalogSize());
  await api.syncScorecard();
  const { model } = await api.getJson<{
    model: { areas: { title: string }[] };
  }>('/api/sre-maturity/model');
  areaTitles = model.areas.map(area => area.title);
});

async function openScorecard(page: Page, query = ''): Promise<ScorecardPage> {
  await signInAsGuest(page);
  await page.goto(`/sre-maturity${query}`);
  return new ScorecardPage(page);
}

/** Fails unless the element is wholly inside the window as first shown. */
async function expectOnFirstScreen(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(
    VIEWPORT.width,
  );
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(
    VIEWPORT.height,
  );
}

/** How far the page itself is wider than the window; 0 when it fits. */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      document.documentElement.scrollWidth - window.innerWidth,
      ...Array.from(
        document.querySelectorAll('main'),
        main => main.scrollWidth - main.clientWidth,
      ),
    ),
  );
}

/** Scrolls the table's own box down, as the mouse wheel over it does. */
async function scrollRows(table: Locator, by: number) {
  await table.evaluate((element, delta) => {
    element.parentElement!.scrollTop += delta;
  }, by);
}

test.describe('scorecard layout at 1440x900', () => {
  test('entities: key columns and every area on the first screen, header kept in view', async ({
    page,
  }, testInfo) => {
    const scorecard = await openScorecard(page);
    await expect(scorecard.rowNames.first()).toBeVisible();

    for (const column of ['Name', 'Overall', 'Score', 'Gap to target']) {
      await expectOnFirstScreen(scorecard.columnHeader(column), column);
    }
    for (const title of areaTitles) {
      await expectOnFirstScreen(scorecard.columnHeader(title), title);
    }
    await expectOnFirstScreen(scorecard.rowNames.first(), 'the first row');
    expect(await pageOverflow(page)).toBe(0);
    await saveScreenshot(page, testInfo, 'scorecard-entities-1440x900');

    // The header stays where it was while the rows scroll under it.
    const name = scorecard.columnHeader('Name');
    const before = (await name.boundingBox())!;
    await scrollRows(scorecard.table, 400);
    await expect(scorecard.rowNames.first()).not.toBeInViewport();
    expect((await name.boundingBox())!.y).toBeCloseTo(before.y, 0);
    await expectOnFirstScreen(name, 'Name after scrolling the rows');
    const path = testInfo.outputPath(
      'scorecard-entities-scrolled-1440x900.png',
    );
    await page.screenshot({ path });
    await testInfo.attach('scorecard-entities-scrolled-1440x900', {
      path,
      contentType: 'image/png',
    });
  });

  test('by team: key columns and every area on the first screen', async ({
    page,
  }, testInfo) => {
    await openScorecard(page, '?groupBy=owner');
    const table = page.getByRole('table', { name: 'SRE maturity per Team' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    for (const column of ['Team', 'Entities', 'Average score', 'Overall']) {
      await expectOnFirstScreen(
        table.getByRole('columnheader', { name: column, exact: true }),
        column,
      );
    }
    for (const title of areaTitles) {
      await expectOnFirstScreen(
        table.getByRole('columnheader', { name: title, exact: true }),
        title,
      );
    }
    await expectOnFirstScreen(table.getByRole('row').nth(1), 'the first team');
    expect(await pageOverflow(page)).toBe(0);
    await saveScreenshot(page, testInfo, 'scorecard-by-team-1440x900');
  });
});
