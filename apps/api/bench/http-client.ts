import http from 'node:http';
import net from 'node:net';

/** A GET that returns the status and the whole body. */
export type Get = (path: string) => Promise<{ status: number; body: Buffer }>;

export const CLIENT_KINDS = ['raw', 'http', 'fetch'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

/**
 * The client the benchmark measures the API with, one request at a time over one kept-alive connection:
 * - `raw` (default): HTTP/1.1 written straight onto a TCP socket and the answer read by its
 *   Content-Length, as load tools (wrk, autocannon) do, so the figure is the API's and the wire's;
 * - `http`: node:http with a keep-alive agent, about 0.2 ms a request of its own (request object, header
 *   handling, parser events) on this machine — client time, not the API's (docs/benchmarks.md);
 * - `fetch`: Node's fetch (undici), about a millisecond more again.
 */
export function httpClient(kind: ClientKind, origin: string, headers: Record<string, string>): { get: Get; close: () => void } {
  if (kind === 'raw') return rawClient(origin, headers);
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

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * One kept-alive socket, one request in flight. The answer must carry Content-Length (Fastify's do);
 * anything else (chunked, a closed connection) is an error rather than a guess.
 */
function rawClient(origin: string, headers: Record<string, string>): { get: Get; close: () => void } {
  const url = new URL(origin);
  const head = Object.entries({ host: url.host, ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  let socket: net.Socket | null = null;
  let pending: { resolve: (r: { status: number; body: Buffer }) => void; reject: (e: Error) => void } | null = null;
  let buffered: Buffer = Buffer.alloc(0);

  const fail = (error: Error) => {
    const p = pending;
    pending = null;
    socket?.destroy();
    socket = null;
    p?.reject(error);
  };
  const onData = (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const end = buffered.indexOf(HEADER_END);
    if (end < 0 || !pending) return;
    const lines = buffered.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(lines[0]!.split(' ')[1]);
    const length = lines.find((l) => /^content-length:/i.test(l));
    if (!length) return fail(new Error(`answer without Content-Length: ${lines.join(' | ')}`));
    const size = Number(length.slice(length.indexOf(':') + 1));
    const start = end + HEADER_END.length;
    if (buffered.length < start + size) return;
    const body = buffered.subarray(start, start + size);
    buffered = buffered.subarray(start + size);
    const p = pending;
    pending = null;
    p.resolve({ status, body });
  };
  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true }, () => resolve(s));
      s.on('data', onData);
      s.once('error', (e) => (pending ? fail(e) : reject(e)));
      s.once('close', () => {
        if (socket === s) socket = null;
        if (pending) fail(new Error('the server closed the connection'));
      });
    });
  const get: Get = async (path) => {
    if (pending) throw new Error('one request at a time');
    socket ??= await connect();
    buffered = Buffer.alloc(0);
    return new Promise((resolve, reject) => {
      pending = { resolve, reject };
      socket!.write(`GET ${path} HTTP/1.1\r\n${head}\r\n`);
    });
  };
  return { get, close: () => socket?.destroy() };
}
