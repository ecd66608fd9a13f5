import { APIRequestContext, expect } from '@playwright/test';

/** A task as the scheduler's own endpoint lists it. */
interface SchedulerTask {
  taskId: string;
  taskState: { status: 'idle' | 'running'; startsAt?: string } | null;
}

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
   * Waits until the repository evidence of an entity (e.g.
   * `component/default/payments-api`) is in the given state: the sync starts
   * reading repositories it has not read yet, a little after it ends.
   */
  async waitForRepository(
    entityPath: string,
    status: 'read' | 'unreadable' = 'read',
  ) {
    await expect
      .poll(
        async () => {
          const { evidenceSources } = await this.getJson<{
            evidenceSources: { provider: string; status: string }[];
          }>(`/api/sre-maturity/assessments/${entityPath}`);
          return evidenceSources.find(
            source => source.provider === 'repository',
          )?.status;
        },
        { message: `repository of ${entityPath}`, timeout: 100_000 },
      )
      .toBe(status);
  }

  /** Sends a JSON body with PATCH and expects a 200. */
  async patchJson<T>(path: string, body: unknown): Promise<T> {
    const response = await this.request.patch(path, {
      headers: this.headers,
      data: body,
    });
    expect(response.status(), `PATCH ${path}`).toBe(200);
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

  /**
   * Runs the scorecard's catalog sync now, rather than on its schedule, and
   * waits for it to end. A run already under way may have read the catalog
   * before it was complete, so this waits for it to end and starts another.
   */
  async syncScorecard() {
    await expect
      .poll(
        async () => {
          const response = await this.request.post('/api/sre-maturity/sync', {
            headers: this.headers,
          });
          expect(response.status(), 'POST /api/sre-maturity/sync').toBe(202);
          return (await response.json()).status;
        },
        { message: 'a sync started', timeout: 100_000 },
      )
      .toBe('started');
    // The trigger made the task due now; the end of the run makes its next
    // start lie ahead (or none, on a manual schedule) while it is idle.
    await expect
      .poll(
        async () => {
          const { tasks } = await this.getJson<{ tasks: SchedulerTask[] }>(
            '/api/sre-maturity/.backstage/scheduler/v1/tasks',
          );
          const state = tasks.find(
            task => task.taskId === 'sre-maturity-catalog-sync',
          )?.taskState;
          return (
            state?.status === 'idle' &&
            (!state.startsAt || Date.parse(state.startsAt) > Date.now())
          );
        },
        { message: 'the sync ended', timeout: 100_000 },
      )
      .toBe(true);
  }
}
