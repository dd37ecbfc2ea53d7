/**
 * Serves the built UI (out/renderer) for the app:// scheme, as a fetch-style handler.
 *
 * No `electron` import: protocol.ts registers this handler, and tests can call it with a plain
 * `Request` against a temporary directory.
 */
import { readFile, realpath, stat } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CONTENT_SECURITY_POLICY, contentTypeFor, isPathInside, resolveRendererPath } from './security';

// The callback forms are used on purpose: Electron's asar support patches them in every version.
const readFileAsync = promisify(readFile);
const realpathAsync = promisify(realpath);
const statAsync = promisify(stat);

export type StaticHandler = (request: Request) => Promise<Response>;

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Finds the real file for a resolved path, refusing anything whose real location (after
 * following symlinks) is outside the renderer directory, and anything that is not a file.
 */
async function realFileInside(realRoot: string, filePath: string): Promise<string | null> {
  try {
    const real = await realpathAsync(filePath);
    if (!isPathInside(realRoot, real)) return null;
    const info = await statAsync(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

export function createStaticHandler(rendererDir: string): StaticHandler {
  let realRootPromise: Promise<string> | null = null;
  const realRoot = () => (realRootPromise ??= realpathAsync(rendererDir));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...BASE_HEADERS, Allow: 'GET, HEAD' } });
    }
    const decision = resolveRendererPath(rendererDir, request.url);
    if (!decision.ok) return plain(404, 'Not found.');

    let root: string;
    try {
      root = await realRoot();
    } catch {
      realRootPromise = null;
      return plain(404, 'Not found.');
    }

    let file = await realFileInside(root, decision.filePath);
    if (!file && decision.spaFallback) {
      // A client-side route such as app://workbench/meetings: answer with the app's page.
      file = await realFileInside(root, join(root, 'index.html'));
    }
    if (!file) return plain(404, 'Not found.');

    let body: Buffer;
    try {
      body = await readFileAsync(file);
    } catch {
      return plain(404, 'Not found.');
    }
    const contentType = contentTypeFor(file);
    const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': contentType };
    if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
