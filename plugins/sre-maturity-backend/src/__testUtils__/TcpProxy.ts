import { once } from 'node:events';
import net from 'node:net';

type Mode = 'forwarding' | 'stopped' | 'blackholed';

/** A client's connection and, while forwarding, its way to the target. */
interface Link {
  client: net.Socket;
  upstream?: net.Socket;
}

/**
 * A TCP proxy on 127.0.0.1 between a backend and its database, for outage
 * tests. It forwards, or stops (refuses connections and closes those it
 * has, as a database that went down), or blackholes (accepts connections
 * and keeps them open but passes nothing on in either direction, as a
 * network that drops packets). Forwarding again closes what the outage
 * held, as the database would have by then.
 */
export class TcpProxy {
  private readonly links = new Set<Link>();
  private readonly server = net.createServer(client => this.accept(client));
  private mode: Mode = 'stopped';

  private constructor(
    private readonly target: { host: string; port: number },
    private port: number,
  ) {}

  /** A forwarding proxy to `target`, on a free port. */
  static async start(target: {
    host: string;
    port: number;
  }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, 0);
    await proxy.forward();
    return proxy;
  }

  /** Where clients connect. */
  get address(): { host: string; port: number } {
    return { host: '127.0.0.1', port: this.port };
  }

  async forward(): Promise<void> {
    if (this.mode === 'forwarding') {
      return;
    }
    this.closeLinks();
    await this.listen();
    this.mode = 'forwarding';
  }

  async blackhole(): Promise<void> {
    await this.listen();
    this.mode = 'blackholed';
    for (const link of this.links) {
      this.hold(link);
    }
  }

  async stop(): Promise<void> {
    this.mode = 'stopped';
    this.closeLinks();
    if (this.server.listening) {
      const closed = once(this.server, 'close');
      this.server.close();
      await closed;
    }
  }

  private async listen() {
    if (this.server.listening) {
      return;
    }
    this.server.listen(this.port, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket) {
    const link: Link = { client };
    this.links.add(link);
    client.on('error', () => this.close(link));
    client.on('close', () => this.close(link));
    if (this.mode !== 'forwarding') {
      this.hold(link);
      return;
    }
    const upstream = net.connect(this.target);
    link.upstream = upstream;
    upstream.on('error', () => this.close(link));
    upstream.on('close', () => this.close(link));
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Keeps the connection open and lets nothing through. */
  private hold({ client, upstream }: Link) {
    client.unpipe();
    upstream?.unpipe();
    client.pause();
    upstream?.pause();
  }

  private close(link: Link) {
    this.links.delete(link);
    link.client.destroy();
    link.upstream?.destroy();
  }

  private closeLinks() {
    for (const link of [...this.links]) {
      this.close(link);
    }
  }
}
