import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing and records every request the browser sends
 * it. Firefox is pointed at it for every scheme (fixture.ts), and never proxies loopback
 * addresses, so the portal on 127.0.0.1 loads directly and anything recorded here was headed for
 * another host: from the extension's background, pages or content script, or Firefox itself.
 */
export interface RecordingProxy {
  port: number;
  /** "GET http://host/path" for plain HTTP, "CONNECT host:443" for TLS and WebSocket over TLS */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    // a refusal, not a dropped connection (which Firefox retries at once)
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
