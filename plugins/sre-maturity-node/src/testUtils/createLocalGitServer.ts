import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  LocalGitRepositoriesOptions,
  localGitRequestHandler,
} from './localGitRequestHandler';

/**
 * A running local git server.
 *
 * @public
 */
export interface LocalGitServer {
  /** The server's address, e.g. `http://localhost:41234`: `integrations.gitea[].baseUrl`. */
  baseUrl: string;
  /** `localhost:<port>`: `integrations.gitea[].host`. */
  host: string;
  /**
   * The browse URL of a repository's folder or file, as written in
   * `backstage.io/source-location` (after `url:`).
   */
  urlOf(owner: string, repo: string, filePath?: string): string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/**
 * Starts an HTTP server on a free port of localhost that serves the
 * repositories under `repositories` as Gitea does for Backstage's Gitea URL
 * reader (see {@link localGitRequestHandler}), so that code reading
 * repositories through the `UrlReaderService` can be tested, and demoed,
 * without network access. Configure it as a Gitea integration:
 * `integrations: { gitea: [{ host: server.host, baseUrl: server.baseUrl }] }`.
 *
 * @public
 */
export async function createLocalGitServer(
  options: LocalGitRepositoriesOptions,
): Promise<LocalGitServer> {
  const server = createServer(localGitRequestHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = `localhost:${port}`;
  const baseUrl = `http://${host}`;
  return {
    baseUrl,
    host,
    urlOf: (owner, repo, filePath = '') =>
      `${baseUrl}/${owner}/${repo}/src/branch/main/${filePath}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}
