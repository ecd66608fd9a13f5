import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { capture } from '../exec';
import { Tarball } from './packPlugins';

/**
 * An npm registry on localhost that holds the packed packages and nothing
 * else: a stock app's Yarn asks it for the `@sre-maturity` scope, so that
 * the READMEs' `yarn add` commands run as they are written, and the
 * packages' dependency ranges on each other resolve as they would from npm.
 * It says each package was published when it started.
 */
export class LocalRegistry {
  static async start(tarballs: Tarball[]): Promise<LocalRegistry> {
    const packuments = new Map<string, object>();
    const files = new Map<string, string>();
    const published = new Date().toISOString();
    const server = http.createServer((req, res) => {
      const name = decodeURIComponent(req.url ?? '').slice(1);
      const file = files.get(name);
      if (file) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        fs.createReadStream(file).pipe(res);
        return;
      }
      const packument = packuments.get(name);
      res.writeHead(packument ? 200 : 404, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(packument ?? { error: 'Not found' }));
    });
    await new Promise<void>(resolve => server.listen(0, 'localhost', resolve));
    const url = `http://localhost:${(server.address() as AddressInfo).port}`;
    for (const { name, version, file } of tarballs) {
      const content = fs.readFileSync(file);
      const manifest = JSON.parse(
        await capture('tar', ['-xzOf', file, 'package/package.json'], '/'),
      );
      const tarballPath = `-/${path.basename(file)}`;
      files.set(tarballPath, file);
      packuments.set(name, {
        name,
        'dist-tags': { latest: version },
        time: { created: published, modified: published, [version]: published },
        versions: {
          [version]: {
            ...manifest,
            dist: {
              tarball: `${url}/${tarballPath}`,
              integrity: `sha512-${crypto
                .createHash('sha512')
                .update(content)
                .digest('base64')}`,
              shasum: crypto.createHash('sha1').update(content).digest('hex'),
            },
          },
        },
      });
    }
    return new LocalRegistry(server, url);
  }

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  async stop() {
    await new Promise(resolve => this.server.close(resolve));
  }
}
