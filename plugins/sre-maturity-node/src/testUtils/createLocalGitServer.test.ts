import { createMockDirectory } from '@backstage/backend-test-utils';
import { promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser, ReadEntry } from 'tar';
import { createLocalGitServer, LocalGitServer } from './createLocalGitServer';

async function archiveEntries(response: Response): Promise<string[]> {
  const paths: string[] = [];
  const parser = new Parser();
  parser.on('entry', (entry: ReadEntry) => {
    paths.push(entry.path);
    entry.resume();
  });
  await pipeline(Readable.fromWeb(response.body as any), parser);
  return paths.sort();
}

describe('createLocalGitServer', () => {
  const repositories = createMockDirectory();
  let server: LocalGitServer;

  beforeAll(async () => {
    repositories.setContent({
      'acme/payments-api': {
        '.github/workflows/ci.yml': 'on: push\n',
        'runbooks/outage.md': '# Outage\n',
        'README.md': '# Payments\n',
      },
      'acme/empty': {},
      'secret.txt': 'not in a repository',
    });
    server = await createLocalGitServer({ repositories: repositories.path });
  });

  afterAll(() => server.stop());

  const api = (path: string) => fetch(`${server.baseUrl}/api/v1/repos${path}`);

  it('gives the latest commit of a repository, which changes with its files', async () => {
    const first = await api('/acme/payments-api/git/commits/main');
    expect(first.status).toBe(200);
    const { sha } = await first.json();
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    repositories.addContent({ 'acme/payments-api/CODEOWNERS': '* @acme\n' });
    const second = await api('/acme/payments-api/git/commits/main');
    expect((await second.json()).sha).not.toBe(sha);
    await fs.rm(`${repositories.path}/acme/payments-api/CODEOWNERS`);
  });

  it('archives a repository as a .tar.gz with one top-level folder', async () => {
    const response = await api('/acme/payments-api/archive/main.tar.gz');
    expect(response.status).toBe(200);
    expect(await archiveEntries(response)).toEqual([
      'payments-api/.github/workflows/ci.yml',
      'payments-api/README.md',
      'payments-api/runbooks/outage.md',
    ]);
  });

  it("gives a file's content in base64", async () => {
    const response = await api(
      '/acme/payments-api/contents/runbooks/outage.md?ref=main',
    );
    const body = await response.json();
    expect(body.encoding).toBe('base64');
    expect(Buffer.from(body.content, 'base64').toString()).toBe('# Outage\n');
  });

  it('serves a file as text at its browse URL', async () => {
    const response = await fetch(
      server.urlOf('acme', 'payments-api', 'runbooks/outage.md'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('# Outage\n');
  });

  it.each([
    ['an unknown repository', '/api/v1/repos/acme/nope/git/commits/main'],
    [
      'an unknown owner',
      '/api/v1/repos/other/payments-api/archive/main.tar.gz',
    ],
    ['a missing file', '/api/v1/repos/acme/payments-api/contents/SLO.yaml'],
    [
      'a path out of the repository',
      '/acme/payments-api/src/branch/main/..%2F..%2Fsecret.txt',
    ],
    [
      'a file that is no repository',
      '/api/v1/repos/secret.txt/x/git/commits/main',
    ],
    ['an unknown route', '/explore/repos'],
  ])('answers 404 for %s', async (_case, path) => {
    const response = await fetch(`${server.baseUrl}${path}`);
    expect(response.status).toBe(404);
  });
});
