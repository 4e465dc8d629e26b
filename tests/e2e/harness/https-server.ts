// Serves fixture sites over HTTPS on localhost, choosing the site by the Host header, so that
// Chromium (with --host-resolver-rules) can visit them under their real host names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `failFirst`: the statuses the first requests are answered with, one each, before the route's own answer (a server error that passes). */
export type Route = { contentType: string; body: string | Uint8Array; failFirst?: number[] };
/** host → path → response */
export type Sites = Record<string, Record<string, Route>>;

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ofsted-lens-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const pair = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

/** `headers`: each request's headers, in step with `requests` (whose fetch it was: the browser's own, or a page's). */
export async function startHttpsServer(sites: Sites): Promise<{ port: number; requests: string[]; headers: IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(`${host}${path}`);
    headers.push(req.headers);
    const route = sites[host]?.[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const failure = route.failFirst?.shift();
    if (failure !== undefined) {
      res.writeHead(failure, { 'content-type': 'text/plain' }).end('Service unavailable');
      return;
    }
    res.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    headers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
