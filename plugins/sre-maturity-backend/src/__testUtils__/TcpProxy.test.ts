import { once } from 'node:events';
import net from 'node:net';
import { TcpProxy } from './TcpProxy';

/** Connects, sends `text` and resolves with what comes back first. */
async function echoThrough(proxy: TcpProxy, text: string) {
  const socket = net.connect(proxy.address);
  try {
    socket.write(text);
    const [data] = await once(socket, 'data');
    return String(data);
  } finally {
    socket.destroy();
  }
}

describe('TcpProxy', () => {
  const echo = net.createServer(socket => socket.pipe(socket));
  let proxy: TcpProxy;

  beforeAll(async () => {
    echo.listen(0, '127.0.0.1');
    await once(echo, 'listening');
    const { port } = echo.address() as net.AddressInfo;
    proxy = await TcpProxy.start({ host: '127.0.0.1', port });
  });

  afterAll(async () => {
    await proxy.stop();
    echo.close();
  });

  it('forwards, refuses when stopped, and forwards again on the same port', async () => {
    const { port } = proxy.address;
    expect(await echoThrough(proxy, 'one')).toBe('one');

    await proxy.stop();
    const refused = net.connect(proxy.address);
    const [error] = await once(refused, 'error').catch(e => [e]);
    expect(error.code).toBe('ECONNREFUSED');

    await proxy.forward();
    expect(proxy.address.port).toBe(port);
    expect(await echoThrough(proxy, 'two')).toBe('two');
  });

  it('holds connections while blackholed, and closes them when it forwards again', async () => {
    const before = net.connect(proxy.address);
    await once(before, 'connect');
    await proxy.blackhole();
    const during = net.connect(proxy.address);
    await once(during, 'connect');
    const received: string[] = [];
    for (const socket of [before, during]) {
      socket.on('data', data => received.push(String(data)));
      // Closed with data unread, it is reset.
      socket.on('error', () => {});
      socket.write('lost');
    }

    const closed = [before, during].map(
      socket => new Promise(resolve => socket.on('close', resolve)),
    );
    await proxy.forward();
    await Promise.all(closed);
    expect(received).toEqual([]);
    expect(await echoThrough(proxy, 'three')).toBe('three');
  });
});
