/**
 * The local browser host: the same workbench in a web browser, for machines without the Electron
 * runtime and for the browser tests.
 *
 * It answers only on 127.0.0.1, only requests carrying this run's random token, and only from its
 * own origin:
 * - The printed URL carries `?token=…`; the first visit swaps it for an HttpOnly, SameSite=Strict
 *   cookie and redirects to a clean URL, so the token does not linger in the address bar.
 * - Every request needs the token (cookie, `X-Scrutiny-Token` header or `Authorization: Bearer`):
 *   401 without it. A foreign `Origin` gets 403, and so does a `Host` that is not ours (which
 *   stops DNS-rebinding pages from reaching the API).
 * - `POST /api/call` carries `{method, input}` → `CallResponse`; `POST /api/upload?name=…` stages
 *   a file's bytes for an import; `GET /api/events` streams the backend's events as server-sent
 *   events; `GET /api/exports/<exportId>` downloads a finished Word export (attachment).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES, MAX_PAYLOAD_BYTES, type CallResponse } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/errors';
import type { Backend } from '../index';
import { toErrorShape } from '../api/registry';
import { findExport } from '../export';
import { findBundle } from '../bundles/bundle-area';
import { MAX_UPLOAD_BYTES, safeFileName, tooLarge } from '../uploads';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticPath } from './static-files';

export const LOOPBACK = '127.0.0.1';
const COOKIE = 'scrutiny_token';

export interface HostOptions {
  backend: Pick<Backend, 'dispatch' | 'subscribe' | 'uploads' | 'storePath'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface RunningHost {
  /** The address to open, including the token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** How many pages are listening to the event stream (tests wait for one before emitting). */
  eventStreamCount(): number;
  close(): Promise<void>;
}

const STATUS_FOR: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  payload_too_large: 413,
  not_found: 404,
  conflict: 409,
  store_unavailable: 503,
  unauthorised: 401,
  cancelled: 409,
  internal: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: CallResponse): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sendText(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a request body up to `limit` bytes; resolves undefined when it is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (!fs.existsSync(resolveIndex(options.rendererDir))) {
    throw new Error(`The workbench's pages have not been built (no ${resolveIndex(options.rendererDir)}). Run npm run build first.`);
  }
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  function authorised(req: http.IncomingMessage, url: URL): boolean {
    const header = req.headers['x-scrutiny-token'];
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return (
      sameSecret(parseCookies(req.headers.cookie)[COOKIE], token) ||
      sameSecret(typeof header === 'string' ? header : undefined, token) ||
      sameSecret(bearer, token) ||
      sameSecret(url.searchParams.get('token') ?? undefined, token)
    );
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      sendError(res, 415, 'invalid_input', 'Calls must be sent as JSON (Content-Type: application/json).');
      return;
    }
    const body = await readBody(req, MAX_PAYLOAD_BYTES + 1024);
    if (!body) {
      sendError(res, 413, 'payload_too_large', `That request is too large (the limit is ${MAX_PAYLOAD_BYTES.toLocaleString('en-GB')} bytes).`);
      return;
    }
    let request: unknown;
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch {
      sendError(res, 400, 'invalid_input', 'The request could not be read (it is not valid JSON).');
      return;
    }
    if (typeof request !== 'object' || request === null || typeof (request as { method?: unknown }).method !== 'string') {
      sendError(res, 400, 'invalid_input', 'A call needs a “method” (text) and an “input”.');
      return;
    }
    const { method, input } = request as { method: string; input?: unknown };
    const response = await options.backend.dispatch(method, input ?? {});
    sendJson(res, response.ok ? 200 : (STATUS_FOR[response.error.code as ErrorCode] ?? 500), response);
  }

  /** `POST /api/upload?name=…`: the raw bytes of a file, streamed to the staging area. */
  async function handleUpload(req: http.IncomingMessage, url: URL, res: http.ServerResponse): Promise<void> {
    const name = url.searchParams.get('name');
    if (!name) {
      sendError(res, 400, 'invalid_input', 'An upload needs the file’s name (?name=…).');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_UPLOAD_BYTES) {
      req.resume();
      sendError(res, 413, 'payload_too_large', tooLarge(safeFileName(name), declared).message);
      return;
    }
    try {
      const staged = await options.backend.uploads.stageStream(name, req);
      sendJson(res, 200, { ok: true, result: { uploadId: staged.uploadId, fileName: staged.fileName, size: staged.size } });
    } catch (error) {
      const shape = toErrorShape(error);
      // Stop reading a body we have refused; the client gets its answer straight away.
      req.unpipe();
      req.resume();
      sendJson(res, STATUS_FOR[shape.code as ErrorCode] ?? 500, { ok: false, error: shape });
    }
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    const unsubscribers = EVENT_NAMES.map((event) =>
      options.backend.subscribe(event, (payload) => {
        res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    // A comment every 25 seconds keeps idle connections from being dropped.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      sseClients.delete(res);
    });
  }

  /**
   * `GET /api/exports/<exportId>`: a finished Word export, as a download. Only an export id (a
   * UUID) is ever turned into a path, inside the store's export folder; anything else is 404.
   */
  function handleExportDownload(url: URL, res: http.ServerResponse, headOnly: boolean): void {
    // Ids are plain UUIDs: nothing to decode, and anything with an escape in it is simply unknown.
    const found = findExport(options.backend.storePath, url.pathname.slice('/api/exports/'.length));
    if (!found) {
      sendError(res, 404, 'not_found', 'That export is no longer available (exports are kept for a day). Export the report again.');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Length': String(found.bytes),
      'Content-Disposition': attachmentDisposition(found.fileName),
      'Cache-Control': 'no-store',
    });
    if (headOnly) res.end();
    // Cleared between the check and the read (a day-old export): end the response rather than the host.
    else fs.createReadStream(found.path).on('error', () => res.destroy()).pipe(res);
  }

  /** `GET /api/bundles/<bundleId>`: a finished exchange bundle (.scrutiny), as a download; as exports above. */
  function handleBundleDownload(url: URL, res: http.ServerResponse, headOnly: boolean): void {
    const found = findBundle(options.backend.storePath, url.pathname.slice('/api/bundles/'.length));
    if (!found) {
      sendError(res, 404, 'not_found', 'That bundle is no longer available (bundles are kept for a day). Export it again.');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/zip',
      'Content-Length': String(found.bytes),
      'Content-Disposition': attachmentDisposition(found.fileName),
      'Cache-Control': 'no-store',
    });
    if (headOnly) res.end();
    else fs.createReadStream(found.path).on('error', () => res.destroy()).pipe(res);
  }

  function handleStatic(url: URL, res: http.ServerResponse, headOnly: boolean): void {
    const file = resolveStaticPath(options.rendererDir, url.pathname);
    if (!file) {
      sendText(res, 404, 'Not found.');
      return;
    }
    const isHtml = file.endsWith('.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Cache-Control': isHtml ? 'no-store' : 'private, max-age=3600',
    });
    if (headOnly) res.end();
    else fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const hostHeader = req.headers.host ?? '';
      if (!allowedHosts().has(hostHeader)) {
        sendText(res, 403, 'This workbench only answers on its own address.');
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) {
        sendError(res, 403, 'unauthorised', 'Requests from other web pages are not allowed.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${hostHeader}`);
      if (!authorised(req, url)) {
        const message = 'This workbench needs its access token. Open the full address printed when it started (it ends in ?token=…).';
        if (url.pathname.startsWith('/api/')) sendError(res, 401, 'unauthorised', message);
        else sendText(res, 401, message);
        return;
      }
      // First visit with ?token=: keep it in a cookie and drop it from the address bar.
      if (url.searchParams.has('token') && (req.method === 'GET' || req.method === 'HEAD')) {
        url.searchParams.delete('token');
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname + url.search,
          'Cache-Control': 'no-store',
        });
        res.end();
        return;
      }
      if (url.pathname === '/api/call') {
        if (req.method !== 'POST') sendError(res, 405, 'invalid_input', 'Use POST for calls.');
        else await handleCall(req, res);
        return;
      }
      if (url.pathname === '/api/upload') {
        if (req.method !== 'POST') sendError(res, 405, 'invalid_input', 'Use POST for uploads.');
        else await handleUpload(req, url, res);
        return;
      }
      if (url.pathname.startsWith('/api/exports/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') sendError(res, 405, 'invalid_input', 'Use GET to download an export.');
        else handleExportDownload(url, res, req.method === 'HEAD');
        return;
      }
      if (url.pathname.startsWith('/api/bundles/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') sendError(res, 405, 'invalid_input', 'Use GET to download a bundle.');
        else handleBundleDownload(url, res, req.method === 'HEAD');
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        handleEvents(req, res);
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        handleStatic(url, res, req.method === 'HEAD');
        return;
      }
      sendText(res, 405, 'Method not allowed.');
    })().catch((error: unknown) => {
      console.error('[scrutiny] host error:', error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong inside the workbench host.');
      else res.end();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    eventStreamCount: () => sseClients.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sseClients) client.end();
        sseClients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * `attachment` with the file's name: a plain ASCII fallback (quotes, backslashes and anything
 * outside printable ASCII replaced) and the exact name in RFC 5987 form for browsers that read it.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function resolveIndex(rendererDir: string): string {
  return `${rendererDir.replace(/\/+$/, '')}/index.html`;
}
