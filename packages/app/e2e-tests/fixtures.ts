import {
  test as base,
  expect,
  BrowserContext,
  BrowserContextOptions,
  Page,
} from '@playwright/test';

/** An HTTP error response a test expects, e.g. the 409 of a stale save. */
export interface AllowedHttpError {
  status: number;
  url: RegExp;
}

interface BrowserWatchFixtures {
  /** HTTP errors the test expects; every other response >= 400 fails it. */
  allowedHttpErrors: AllowedHttpError[];
  /** What went wrong in any page of the test, checked when it ends. */
  browserProblems: string[];
  /**
   * Opens another browser context (another user's browser, without the
   * first one's session), watched like the default one.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

// Chromium reports an HTTP error response in the console too.
const RESOURCE_ERROR =
  /^Failed to load resource: the server responded with a status of (\d+)/;

function isAllowed(
  allowed: AllowedHttpError[],
  status: number,
  url: string,
): boolean {
  return allowed.some(a => a.status === status && a.url.test(url));
}

/**
 * Records console errors, uncaught exceptions, failed requests and HTTP
 * error responses of every page of a browser context.
 */
function watch(
  context: BrowserContext,
  problems: string[],
  allowed: AllowedHttpError[],
) {
  context.on('console', message => {
    if (message.type() !== 'error') {
      return;
    }
    const status = message.text().match(RESOURCE_ERROR)?.[1];
    if (status && isAllowed(allowed, Number(status), message.location().url)) {
      return;
    }
    problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', error => {
    problems.push(`uncaught exception: ${error.error().message}`);
  });
  context.on('requestfailed', request => {
    // Navigating away aborts requests still in flight; that is no failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(
        `request failed: ${request.method()} ${request.url()} ${
          request.failure()?.errorText
        }`,
      );
    }
  });
  context.on('response', response => {
    const status = response.status();
    if (status >= 400 && !isAllowed(allowed, status, response.url())) {
      problems.push(
        `HTTP ${status}: ${response.request().method()} ${response.url()}`,
      );
    }
  });
}

/**
 * Pages that fail the test on console errors, uncaught exceptions, failed
 * requests and HTTP error responses (except `allowedHttpErrors`), in the
 * default browser context and in those opened with `newContext`.
 */
export const test = base.extend<BrowserWatchFixtures>({
  allowedHttpErrors: [[], { option: true }],

  browserProblems: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const problems: string[] = [];
      await provide(problems);
      expect(problems, 'console errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ context, browserProblems, allowedHttpErrors }, provide) => {
    watch(context, browserProblems, allowedHttpErrors);
    await provide(context);
  },

  newContext: async (
    { browser, baseURL, viewport, browserProblems, allowedHttpErrors },
    provide,
  ) => {
    const opened: BrowserContext[] = [];
    await provide(async options => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        ...options,
      });
      watch(context, browserProblems, allowedHttpErrors);
      opened.push(context);
      return context;
    });
    await Promise.all(opened.map(context => context.close()));
  },
});

export { expect };

/** Signs in with the guest provider, as a user would, on the page shown. */
export async function enterAsGuest(page: Page) {
  await page.getByRole('button', { name: 'Enter' }).click();
  // The nav element itself has no height: its contents are positioned.
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog' }),
  ).toBeVisible();
}

/** Opens the portal and signs in with the guest provider. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await enterAsGuest(page);
}
