import { test as base, expect, Page } from '@playwright/test';

/**
 * A page that records console errors, uncaught exceptions and failed
 * requests; every test ends by asserting that there were none.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const problems: string[] = [];
    page.on('console', message => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', error => {
      problems.push(`uncaught exception: ${error.message}`);
    });
    page.on('requestfailed', request => {
      // Navigating away aborts requests still in flight; that is no failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
        problems.push(
          `request failed: ${request.method()} ${request.url()} ${
            request.failure()?.errorText
          }`,
        );
      }
    });
    page.on('response', response => {
      if (response.status() >= 400) {
        problems.push(
          `HTTP ${response.status()}: ${response
            .request()
            .method()} ${response.url()}`,
        );
      }
    });

    await provide(page);

    expect(problems, 'console errors and failed requests').toEqual([]);
  },
});

export { expect };

/** Signs in with the guest provider, as a user would. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page.getByRole('navigation', { name: 'sidebar nav' }),
  ).toBeVisible();
}
