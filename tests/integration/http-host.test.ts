/** The local browser host: loopback only, token on every request, own origin only. */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '../../shared/api/contract';
import { startHost, type RunningHost } from '../../backend/host/http-host';
import { tempBackend, tempDir } from '../helpers/temp';

const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function host(): Promise<RunningHost> {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutiny Workbench</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside');
  const running = await startHost({ backend: await tempBackend(), rendererDir });
  hosts.push(running);
  return running;
}

/** A raw request, so tests can set Host and Origin headers exactly as an attacker could. */
function request(
  running: RunningHost,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: running.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function call(running: RunningHost, method: string, input: unknown, headers: Record<string, string> = {}) {
  return request(running, {
    method: 'POST',
    path: '/api/call',
    headers: { 'Content-Type': 'application/json', 'X-Scrutiny-Token': running.token, ...headers },
    body: JSON.stringify({ method, input }),
  });
}

describe('local HTTP host', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', async () => {
    const running = await host();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/);
    expect(running.origin).toBe(`http://127.0.0.1:${running.port}`);
  });

  it('cannot be reached on any address but loopback', async () => {
    const running = await host();
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    // On a machine with no other interface there is nothing further to prove.
    for (const address of external) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: running.port, timeout: 2000 });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        socket.on('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('answers 401 without a token or with a wrong one, on pages and on the API', async () => {
    const running = await host();
    expect((await request(running, { path: '/' })).status).toBe(401);
    expect((await request(running, { path: '/?token=wrong' })).status).toBe(401);
    const api = await call(running, 'investigations.list', {}, { 'X-Scrutiny-Token': 'wrong' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect((await request(running, { path: '/api/events' })).status).toBe(401);
  });

  it('swaps the URL token for an HttpOnly cookie and a clean address', async () => {
    const running = await host();
    const first = await request(running, { path: `/?token=${running.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request(running, { path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Scrutiny Workbench');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    const running = await host();
    const response = await call(running, 'investigations.list', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect((await call(running, 'investigations.list', {}, { Origin: running.origin })).status).toBe(200);
  });

  it('answers 403 to a Host that is not its own (DNS rebinding)', async () => {
    const running = await host();
    const response = await request(running, { path: '/', headers: { Host: `evil.example:${running.port}`, 'X-Scrutiny-Token': running.token } });
    expect(response.status).toBe(403);
  });

  it('carries calls and typed errors, and keeps serving after malformed ones', async () => {
    const running = await host();
    const ok = await call(running, 'investigations.list', {});
    expect(JSON.parse(ok.body)).toEqual({ ok: true, result: [] });
    const unknown = await call(running, 'no.such.method', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_method');
    const invalid = await call(running, 'investigations.get', { id: 7 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('invalid_input');
    const notJson = await request(running, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'application/json', 'X-Scrutiny-Token': running.token }, body: '{"method":' });
    expect(notJson.status).toBe(400);
    const wrongType = await request(running, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'text/plain', 'X-Scrutiny-Token': running.token }, body: '{}' });
    expect(wrongType.status).toBe(415);
    const huge = await request(running, { method: 'POST', path: '/api/call', headers: { 'Content-Type': 'application/json', 'X-Scrutiny-Token': running.token }, body: JSON.stringify({ method: 'investigations.list', input: { x: 'y'.repeat(MAX_PAYLOAD_BYTES + 5000) } }) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe('payload_too_large');
    expect((await call(running, 'investigations.list', {})).status).toBe(200);
  });

  it('serves only files inside the renderer folder', async () => {
    const running = await host();
    const auth = { 'X-Scrutiny-Token': running.token };
    expect((await request(running, { path: '/assets/app.js', headers: auth })).status).toBe(200);
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00index.html', '/etc/passwd']) {
      expect((await request(running, { path: attempt, headers: auth })).status, attempt).toBe(404);
    }
  });

  it('stages an uploaded file for an import, with the token only, within the size limit', async () => {
    const running = await host();
    const body = 'Susan Hall AM (Chairman): Welcome.\fZoë Garbett AM: Thank you.';
    const upload = (headers: Record<string, string>, path = '/api/upload?name=transcript.txt') =>
      request(running, { method: 'POST', path, headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });
    expect((await upload({})).status).toBe(401);
    expect((await upload({ 'X-Scrutiny-Token': running.token, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload({ 'X-Scrutiny-Token': running.token }, '/api/upload')).status).toBe(400);
    const staged = await upload({ 'X-Scrutiny-Token': running.token });
    expect(staged.status).toBe(200);
    const { result } = JSON.parse(staged.body);
    expect(result).toMatchObject({ fileName: 'transcript.txt', size: Buffer.byteLength(body) });
    expect(result.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    // A folder in the name never reaches the disk: only the plain file name is kept.
    const sneaky = await upload({ 'X-Scrutiny-Token': running.token }, '/api/upload?name=..%2F..%2Fetc%2Fpasswd');
    expect(JSON.parse(sneaky.body).result.fileName).toBe('passwd');
    // A declared size over the limit is refused before any byte is read.
    const tooBig = await request(running, {
      method: 'POST',
      path: '/api/upload?name=huge.pdf',
      headers: { 'X-Scrutiny-Token': running.token, 'Content-Type': 'application/octet-stream', 'Content-Length': String(300 * 1024 * 1024) },
    }).catch((error: Error) => ({ status: 413, body: error.message, headers: {} }));
    expect(tooBig.status).toBe(413);
  });

  it('pushes store changes as server-sent events', async () => {
    const running = await host();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: running.port, path: '/api/events', headers: { 'X-Scrutiny-Token': running.token } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('event: store.changed')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 100));
    await call(running, 'investigations.create', { title: 'Knife crime', committeeName: 'Police and Crime Committee' });
    expect(await received).toMatch(/event: store\.changed\ndata: \{"entities":\["investigation"\]/);
  });
});
