import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { create as createTar } from 'tar';

/**
 * Where a local git server finds its repositories.
 *
 * @public
 */
export interface LocalGitRepositoriesOptions {
  /**
   * A directory holding one folder per owner and, in it, one folder per
   * repository with the repository's files: `<owner>/<repo>/...`. Every
   * repository has one branch, whatever ref is asked for.
   */
  repositories: string;
}

// The Gitea API routes that Backstage's GiteaUrlReader calls, and the page
// a user opens from a link to a file.
const COMMIT = /^\/api\/v1\/repos\/([^/]+)\/([^/]+)\/git\/commits\/([^/]+)$/;
const ARCHIVE = /^\/api\/v1\/repos\/([^/]+)\/([^/]+)\/archive\/(.+)\.tar\.gz$/;
const CONTENTS = /^\/api\/v1\/repos\/([^/]+)\/([^/]+)\/contents\/(.*)$/;
const BROWSE = /^\/([^/]+)\/([^/]+)\/src\/branch\/([^/]+)\/?(.*)$/;

/**
 * A Node.js request handler that serves directories of files the way Gitea
 * serves repositories, as far as Backstage's Gitea URL reader needs: the
 * latest commit of a ref, a `.tar.gz` archive of the repository (with one
 * top-level folder, as Gitea makes it) and a file's base64 content, plus
 * each file as plain text at its browse URL
 * (`/<owner>/<repo>/src/branch/<ref>/<path>`). It can be mounted under a
 * path, e.g. on an express router. Only for tests and demos: it has no
 * authentication.
 *
 * @public
 */
export function localGitRequestHandler(
  options: LocalGitRepositoriesOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const root = path.resolve(options.repositories);
  return (req, res) => {
    serve(root, req, res).catch(error => {
      if (!res.headersSent) {
        sendJson(res, 500, { message: String(error) });
      } else {
        res.destroy(error);
      }
    });
  };
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { message: 'Method not allowed' });
    return;
  }

  let match = COMMIT.exec(pathname);
  if (match) {
    const dir = await repositoryDir(root, match[1], match[2]);
    if (!dir) {
      sendJson(res, 404, { message: 'repository not found' });
      return;
    }
    sendJson(res, 200, { sha: await commitOf(dir) });
    return;
  }

  match = ARCHIVE.exec(pathname);
  if (match) {
    const dir = await repositoryDir(root, match[1], match[2]);
    if (!dir) {
      sendJson(res, 404, { message: 'repository not found' });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/gzip' });
    // Gitea archives hold one top-level folder named after the repository.
    const files = await listFiles(dir);
    await pipeline(
      createTar(
        {
          gzip: true,
          cwd: path.dirname(dir),
          portable: true,
          mtime: new Date(0),
        },
        files.map(file => path.posix.join(path.basename(dir), file)),
      ) as unknown as Readable,
      res,
    );
    return;
  }

  match = CONTENTS.exec(pathname);
  if (match) {
    const file = await fileIn(root, match[1], match[2], match[3]);
    if (!file) {
      sendJson(res, 404, { message: 'file not found' });
      return;
    }
    const content = await fs.readFile(file);
    sendJson(res, 200, {
      type: 'file',
      encoding: 'base64',
      content: content.toString('base64'),
      path: match[3],
    });
    return;
  }

  match = BROWSE.exec(pathname);
  if (match) {
    const file = await fileIn(root, match[1], match[2], match[4]);
    if (!file) {
      sendJson(res, 404, { message: 'file not found' });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(await fs.readFile(file));
    return;
  }

  sendJson(res, 404, { message: 'not found' });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The repository's folder, or undefined when there is none. */
async function repositoryDir(
  root: string,
  owner: string,
  repo: string,
): Promise<string | undefined> {
  const dir = path.resolve(root, owner, repo);
  if (path.dirname(path.dirname(dir)) !== root) {
    return undefined;
  }
  const stat = await fs.stat(dir).catch(() => undefined);
  return stat?.isDirectory() ? dir : undefined;
}

/** A file of a repository, or undefined (also for paths that leave it). */
async function fileIn(
  root: string,
  owner: string,
  repo: string,
  filePath: string,
): Promise<string | undefined> {
  const dir = await repositoryDir(root, owner, repo);
  if (!dir) {
    return undefined;
  }
  const file = path.resolve(dir, filePath);
  if (!file.startsWith(`${dir}${path.sep}`)) {
    return undefined;
  }
  const stat = await fs.stat(file).catch(() => undefined);
  return stat?.isFile() ? file : undefined;
}

/** Paths of the repository's files, relative to it, with `/`. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, prefix), {
    withFileTypes: true,
  });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(async entry => {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          return listFiles(dir, relative);
        }
        return entry.isFile() ? [relative] : [];
      }),
  );
  return nested.flat();
}

/**
 * A commit id that changes when the repository's files change, so that
 * readers' etags behave as with a real server.
 */
async function commitOf(dir: string): Promise<string> {
  const hash = createHash('sha1');
  for (const file of await listFiles(dir)) {
    hash.update(file);
    hash.update('\0');
    hash.update(await fs.readFile(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
