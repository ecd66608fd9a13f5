import { mockCredentials } from '@backstage/backend-test-utils';
import { timed } from './stats';

/**
 * Calls the plugin's API over HTTP as the mock user (the test backend's
 * default credentials) and fails loudly on an unexpected status, since a
 * benchmark of error responses would measure nothing useful.
 */
export class BenchClient {
  constructor(private readonly baseUrl: string) {}

  /** `user` makes the request as that user rather than the default mock user. */
  async request(
    method: string,
    path: string,
    options: { body?: unknown; user?: string } = {},
  ): Promise<{ ms: number; status: number; text: string }> {
    const { body, user } = options;
    const { ms, result } = await timed(async () => {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...(user ? { Authorization: mockCredentials.user.header(user) } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      // The body is part of the response time: the export streams it.
      return { status: res.status, text: await res.text() };
    });
    if (result.status >= 400) {
      throw new Error(
        `${method} ${path} answered ${result.status}: ${result.text.slice(
          0,
          500,
        )}`,
      );
    }
    return { ms, ...result };
  }

  async getJson<T = any>(
    path: string,
    user?: string,
  ): Promise<{ ms: number; body: T }> {
    const { ms, text } = await this.request('GET', path, { user });
    return { ms, body: JSON.parse(text) };
  }

  async sendJson<T = any>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ ms: number; body: T }> {
    const { ms, text } = await this.request(method, path, {
      body: body ?? {},
    });
    return { ms, body: JSON.parse(text) };
  }
}
