import { Page, TestInfo } from '@playwright/test';

/**
 * Saves a screenshot of everything the page shows as a test artifact, and
 * attaches it to the report. Some Backstage pages scroll their `main`
 * element rather than the document, so the viewport grows to fit both for
 * the shot.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
) {
  const viewport = page.viewportSize()!;
  const height = await page
    .getByRole('main')
    .first()
    .evaluate(main => {
      const root = document.documentElement;
      return Math.max(
        root.scrollHeight,
        root.clientHeight - main.clientHeight + main.scrollHeight,
      );
    });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(height, viewport.height),
  });
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
