// Firefox maps a host name to this machine (network.dns.localDomains) but not to a port: the
// fixture server (tests/e2e/harness/https-server.ts, on a port of its own choosing) is reached
// through 127.0.0.1:443, which this forwards to it. Binding port 443 needs root (or the capability
// to bind low ports), as the browser tests have on CI.
import { createServer, connect, type Server, type Socket } from 'node:net';

export async function forwardPort443(toPort: number): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(toPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EACCES' || error.code === 'EADDRINUSE'
          ? new Error(`The Firefox tests serve the fixture sites on 127.0.0.1:443, which ${error.code === 'EACCES' ? 'needs root (or CAP_NET_BIND_SERVICE) to listen on' : 'something else is listening on'}: run them as root, or free the port.`)
          : error,
      ),
    );
    server.listen(443, '127.0.0.1', resolve);
  });
  return {
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
