import http from 'node:http';

/** A GET that returns the status and the whole body. */
export type Get = (path: string) => Promise<{ status: number; body: Buffer }>;

/**
 * The client the benchmark measures the API with, one request at a time over one kept-alive connection:
 * - `http` (default): node:http with a keep-alive agent, a plain client such as curl or a Java/Go service is;
 * - `fetch`: Node's fetch (undici), which spends about a millisecond more per request of its own on this
 *   machine (docs/benchmarks.md) — client time, not the API's.
 */
export function httpClient(kind: 'http' | 'fetch', origin: string, headers: Record<string, string>): { get: Get; close: () => void } {
  if (kind === 'fetch') {
    return {
      get: async (path) => {
        const res = await fetch(`${origin}${path}`, { headers });
        return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
      },
      close: () => undefined,
    };
  }
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get: Get = (path) =>
    new Promise((resolve, reject) => {
      http
        .get({ host: url.hostname, port: url.port, path, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        })
        .on('error', reject);
    });
  return { get, close: () => agent.destroy() };
}
