/**
 * The desktop shell's security decisions, as pure functions of plain values.
 *
 * Nothing here imports `electron`: the main process gathers the facts (a frame's URL, a link's
 * href, a requested path) and asks these functions what to do, so every rule can be unit-tested
 * on plain Node without the Electron runtime.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_PAYLOAD_BYTES, type CallResponse } from '../../shared/api/contract';

// ---- The app's own origin ------------------------------------------------------------------

/** The privileged custom scheme the UI is served from. */
export const APP_SCHEME = 'app';
/** The one host under that scheme. */
export const APP_HOST = 'workbench';
/** Where the window starts. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** IPC channel for calls (renderer → main, answered). */
export const INVOKE_CHANNEL = 'scrutiny:invoke';
/** IPC channel for pushed events (main → renderer), sent as (eventName, payload). */
export const EVENT_CHANNEL = 'scrutiny:event';
/** IPC channel for a file's bytes on their way to an import (renderer → main, answered). */
export const UPLOAD_CHANNEL = 'scrutiny:upload';

/** The page's Content-Security-Policy and content types are the browser host's own: one policy for both. */
export { CONTENT_SECURITY_POLICY, contentTypeFor } from '../../backend/host/static-files';

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True only for URLs of the app itself: scheme `app`, host exactly `workbench`, no user, no
 * password, no port. Checked on the parsed URL, so `APP://workbench/` (same URL) passes and
 * `app://workbench.evil/`, `app://evil@workbench/`, `app://workbench:1/` do not.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.hostname === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/** May the window (main frame or any frame) navigate to this URL? Only within the app. */
export function isNavigationAllowed(value: unknown): boolean {
  return isAppUrl(value);
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Decides whether a link may be handed to the user's browser or mail client, and returns the
 * normalised URL to hand over (never the raw string), or null to refuse.
 *
 * Only http:, https: and mailto: are allowed. Web links need a real host name and may not carry
 * a user name or password (`https://trusted.example@evil.example/` is refused). Control
 * characters and whitespace anywhere in the raw text are refused.
 */
export function externalUrlToOpen(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(value)) return null;
  const url = parseUrl(value);
  if (!url || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 || url.search.length > 0 ? url.href : null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

/**
 * Requests the window's session may make. The UI is entirely local, so anything that would
 * reach the network (http, https, ws, wss, ftp) or the file system (file:) is cancelled.
 */
export function isRequestAllowed(value: unknown): boolean {
  if (isAppUrl(value)) return true;
  const url = parseUrl(value);
  if (!url) return false;
  // In-memory content the page made itself, and the developer tools' own pages.
  return ['data:', 'blob:', 'devtools:', 'chrome-devtools:'].includes(url.protocol);
}

/** Downloads are only allowed for content the page produced (an exported file as a blob). */
export function isDownloadAllowed(value: unknown): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  if (url.protocol === 'blob:') {
    // blob:app://workbench/<uuid> — the blob's origin must be ours.
    return isAppUrl(url.pathname);
  }
  return url.protocol === 'data:';
}

// ---- IPC sender checks ---------------------------------------------------------------------

/** What the main process knows about the sender of an IPC message, as plain values. */
export interface SenderFacts {
  /** The sending frame's URL; null/undefined when the frame has gone (navigated or closed). */
  frameUrl: string | null | undefined;
  /** True when the sending frame is the top-level frame of its page. */
  isMainFrame: boolean;
  /** True when the frame has been detached from its page. */
  detached?: boolean;
  /** The id of the webContents the message came from. */
  webContentsId: number;
}

/**
 * An IPC call is accepted only from the main frame of our own window, showing a page of the
 * app. Subframes, other windows, detached frames and any page not on app://workbench are refused.
 */
export function isTrustedSender(facts: SenderFacts | null | undefined, trustedWebContentsId: number | null): boolean {
  if (!facts || trustedWebContentsId === null) return false;
  if (facts.webContentsId !== trustedWebContentsId) return false;
  if (!facts.isMainFrame || facts.detached === true) return false;
  return isAppUrl(facts.frameUrl);
}

// ---- IPC payloads --------------------------------------------------------------------------

export type PayloadCheck = { ok: true; bytes: number } | { ok: false; reason: 'too_large' | 'unserialisable' };

/**
 * Measures a call's input as the JSON the other transports would carry, in UTF-8 bytes.
 * Inputs that JSON cannot represent faithfully (BigInt, cycles) are refused.
 */
export function checkPayload(input: unknown, maxBytes: number = MAX_PAYLOAD_BYTES): PayloadCheck {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return { ok: false, reason: 'unserialisable' };
  }
  if (json === undefined) return { ok: true, bytes: 0 };
  // A UTF-8 encoding is never shorter than the UTF-16 length, so this avoids encoding huge strings.
  if (json.length > maxBytes) return { ok: false, reason: 'too_large' };
  const bytes = Buffer.byteLength(json, 'utf8');
  return bytes > maxBytes ? { ok: false, reason: 'too_large' } : { ok: true, bytes };
}

const MAX_METHOD_NAME_LENGTH = 200;

/**
 * Everything the main process checks before a call reaches the backend. Returns the error
 * response to send back, or null when the call may go ahead.
 */
export function screenInvoke(
  sender: SenderFacts | null | undefined,
  trustedWebContentsId: number | null,
  method: unknown,
  input: unknown,
): CallResponse | null {
  if (!isTrustedSender(sender, trustedWebContentsId)) {
    return failure('unauthorised', 'This request did not come from the Scrutiny Workbench window, so it was refused.');
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_NAME_LENGTH) {
    return failure('unknown_method', 'The workbench was asked to do something it does not know how to do.');
  }
  const payload = checkPayload(input);
  if (!payload.ok) {
    return payload.reason === 'too_large'
      ? failure(
          'payload_too_large',
          `That is too much to send in one go (more than ${formatMegabytes(MAX_PAYLOAD_BYTES)}). Split it into smaller parts and try again.`,
        )
      : failure('invalid_input', 'That request contains something that cannot be sent to the workbench.');
  }
  return null;
}

export function failure(code: string, message: string): CallResponse {
  return { ok: false, error: { code, message } };
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;
}

// ---- The app:// protocol: which file does a URL name? -------------------------------------

export type RendererPathDecision =
  | { ok: true; filePath: string; /** Serve index.html if the file does not exist (client-side route). */ spaFallback: boolean }
  | { ok: false };

const MAX_REQUEST_PATH_LENGTH = 1024;

/**
 * Maps an app:// URL to a file inside the renderer directory, or refuses it.
 *
 * Refused: other schemes or hosts; malformed percent-encoding; NUL and other control
 * characters; backslashes; drive letters and colons; empty, `.` and `..` segments (including
 * encoded forms such as `%2e%2e%2f`); hidden files; anything that would resolve outside the
 * directory. `/` means index.html. The caller must still check the real path (symlinks).
 */
export function resolveRendererPath(rendererDir: string, requestUrl: unknown): RendererPathDecision {
  const refused = { ok: false } as const;
  if (!isAppUrl(requestUrl)) return refused;
  // The URL parser quietly resolves `..` and `%2e%2e` segments; a request that contains them is
  // refused outright rather than served from wherever they happened to resolve to.
  if (hasDotSegment(requestUrl as string)) return refused;
  const url = new URL(requestUrl as string);
  // Chromium always sends at least `/`; Node's parser leaves the path of `app://workbench` empty.
  const rawPath = url.pathname === '' ? '/' : url.pathname;
  if (rawPath.length > MAX_REQUEST_PATH_LENGTH || !rawPath.startsWith('/')) return refused;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refused;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(decoded)) return refused;

  const relativePath = decoded.slice(1);
  const segments = relativePath === '' ? ['index.html'] : relativePath.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.startsWith('.')) return refused;
  }

  const root = resolve(rendererDir);
  const filePath = resolve(root, ...segments);
  if (!isPathInside(root, filePath)) return refused;

  const last = segments[segments.length - 1] ?? '';
  return { ok: true, filePath, spaFallback: !last.includes('.') };
}

const DOT_SEGMENT = /(^|[/\\])\.{1,2}(?=[/\\?#]|$)/;

function hasDotSegment(raw: string): boolean {
  if (DOT_SEGMENT.test(raw)) return true;
  try {
    return DOT_SEGMENT.test(decodeURIComponent(raw));
  } catch {
    return true;
  }
}

/** True when `candidate` is `root` itself or lies beneath it (both absolute, already resolved). */
export function isPathInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  if (rel === '') return true;
  return !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}


