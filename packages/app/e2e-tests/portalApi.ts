import { APIRequestContext, expect } from '@playwright/test';

/**
 * The portal's REST API as the guest, for what a user cannot click: waiting
 * for the catalog, running the scorecard sync, reading the backend's view.
 */
export class PortalApi {
  static async signIn(request: APIRequestContext): Promise<PortalApi> {
    // As the app does after "Enter": the guest provider's refresh endpoint.
    const response = await request.get(
      '/api/auth/guest/refresh?env=development',
      { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
    );
    expect(response.status(), 'guest sign-in').toBe(200);
    const { backstageIdentity } = await response.json();
    return new PortalApi(request, backstageIdentity.token);
  }

  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  private get headers() {
    return { Authorization: `Bearer ${this.token}` };
  }

  async getJson<T>(path: string): Promise<T> {
    const response = await this.request.get(path, { headers: this.headers });
    expect(response.status(), `GET ${path}`).toBe(200);
    return response.json();
  }

  /**
   * Waits until the catalog has ingested this many entities besides the
   * Location entities it makes for its configured files.
   */
  async waitForCatalog(size: number) {
    await expect
      .poll(
        async () => {
          const { items } = await this.getJson<{ items: { kind: string }[] }>(
            '/api/catalog/entities/by-query?fields=kind&limit=1000',
          );
          return items.filter(item => item.kind !== 'Location').length;
        },
        { message: 'entities in the catalog', timeout: 100_000 },
      )
      .toBe(size);
  }

  /** Runs the scorecard's catalog sync now, rather than on its schedule. */
  async syncScorecard() {
    const response = await this.request.post('/api/sre-maturity/sync', {
      headers: this.headers,
    });
    expect(response.status(), 'POST /api/sre-maturity/sync').toBe(200);
    return response.json();
  }
}
