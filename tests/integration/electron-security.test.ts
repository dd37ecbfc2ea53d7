/**
 * The desktop shell's security rules, tested on plain Node without the Electron runtime.
 *
 * Everything the main process decides (who may call, where the window may go, which links may
 * leave the app, which files app:// may serve) lives in pure functions; the preload's filtering
 * is tested through its bridge and, with `electron` mocked, through its entry point.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, EVENT_NAMES, MAX_PAYLOAD_BYTES } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  UPLOAD_CHANNEL,
  checkPayload,
  contentTypeFor,
  externalUrlToOpen,
  isAppUrl,
  isDownloadAllowed,
  isNavigationAllowed,
  isPathInside,
  isRequestAllowed,
  isTrustedSender,
  resolveRendererPath,
  screenInvoke,
  type SenderFacts,
} from '../../electron/main/security';
import { createStaticHandler } from '../../electron/main/static-files';
import { describeOpenFailure } from '../../electron/main/store-open';
import { SPELLCHECK_LANGUAGES, webPreferencesFor } from '../../electron/main/web-preferences';
import { fitToDisplays, parseWindowState } from '../../electron/main/window-state';
import * as bridgeModule from '../../electron/preload/bridge';

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, result: 'from main' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));

const OUR_WINDOW = 7;
const mainFrame = (frameUrl: string | null | undefined, extra: Partial<SenderFacts> = {}): SenderFacts => ({
  frameUrl,
  isMainFrame: true,
  detached: false,
  webContentsId: OUR_WINDOW,
  ...extra,
});

// ---- IPC senders ------------------------------------------------------------------------------

describe('IPC sender checks', () => {
  it('accepts the main frame of our window on app://workbench', () => {
    expect(isTrustedSender(mainFrame('app://workbench/index.html'), OUR_WINDOW)).toBe(true);
    expect(isTrustedSender(mainFrame('app://workbench/meetings?x=1#top'), OUR_WINDOW)).toBe(true);
    expect(isTrustedSender(mainFrame('APP://workbench/index.html'), OUR_WINDOW)).toBe(true);
  });

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['http on localhost', 'http://127.0.0.1:5173/'],
    ['a file: page', 'file:///work/main/out/renderer/index.html'],
    ['a lookalike host', 'app://workbench.evil.example/index.html'],
    ['a user-info trick', 'app://workbench@evil.example/index.html'],
    ['user-info on our host', 'app://evil@workbench/index.html'],
    ['a port', 'app://workbench:8080/index.html'],
    ['another app host', 'app://other/index.html'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['an empty URL', ''],
    ['a missing URL', null],
    ['an undefined URL', undefined],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(mainFrame(url), OUR_WINDOW)).toBe(false);
  });

  it('refuses subframes, detached frames, other windows and a missing frame', () => {
    const url = 'app://workbench/index.html';
    expect(isTrustedSender(mainFrame(url, { isMainFrame: false }), OUR_WINDOW)).toBe(false);
    expect(isTrustedSender(mainFrame(url, { detached: true }), OUR_WINDOW)).toBe(false);
    expect(isTrustedSender(mainFrame(url, { webContentsId: OUR_WINDOW + 1 }), OUR_WINDOW)).toBe(false);
    expect(isTrustedSender(null, OUR_WINDOW)).toBe(false);
    expect(isTrustedSender(undefined, OUR_WINDOW)).toBe(false);
    // No window open (closed, or not yet created): nobody is trusted.
    expect(isTrustedSender(mainFrame(url), null)).toBe(false);
  });
});

describe('screening a call before it reaches the backend', () => {
  const good = mainFrame('app://workbench/index.html');

  it('lets a well-formed call from our window through', () => {
    expect(screenInvoke(good, OUR_WINDOW, 'investigations.list', {})).toBeNull();
    expect(screenInvoke(good, OUR_WINDOW, 'app.info', undefined)).toBeNull();
  });

  it('answers an untrusted sender with unauthorised, before looking at anything else', () => {
    const response = screenInvoke(mainFrame('https://evil.example/'), OUR_WINDOW, 42, 10n);
    expect(response).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(screenInvoke(null, OUR_WINDOW, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
  });

  it('refuses a method that is not a name', () => {
    for (const method of [undefined, null, 42, {}, ['app.info'], '', 'x'.repeat(201)]) {
      expect(screenInvoke(good, OUR_WINDOW, method, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('refuses inputs larger than MAX_PAYLOAD_BYTES with payload_too_large', () => {
    const big = { text: 'a'.repeat(MAX_PAYLOAD_BYTES) };
    const response = screenInvoke(good, OUR_WINDOW, 'quotes.create', big);
    expect(response).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(response && !response.ok && response.error.message).toMatch(/too much/i);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 400,000 characters, 1.2 MB once encoded.
    const euros = '€'.repeat(400_000);
    expect(euros.length).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(checkPayload(euros)).toEqual({ ok: false, reason: 'too_large' });
    expect(checkPayload('€'.repeat(1000))).toEqual({ ok: true, bytes: 3002 });
    expect(checkPayload(undefined)).toEqual({ ok: true, bytes: 0 });
  });

  it('refuses inputs JSON cannot carry', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(screenInvoke(good, OUR_WINDOW, 'app.info', cyclic)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(screenInvoke(good, OUR_WINDOW, 'app.info', { n: 10n })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

// ---- Navigation and links leaving the app ----------------------------------------------------

describe('navigation', () => {
  it('stays within app://workbench', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('app://workbench/investigations/01J/overview')).toBe(true);
    expect(isNavigationAllowed('App://workbench/index.html')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example/app://workbench/',
    'https://evil.example/?next=app://workbench/',
    'app://workbench.evil.example/',
    'app://workbench@evil.example/',
    'app://evil.example\\@workbench/',
    'app:workbench/index.html',
    'app:///workbench/index.html',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/win.ini',
    'data:text/html,<h1>hi</h1>',
    'blob:app://workbench/0b4c4c2e-2f0b-4d47-9a3a-3f5e9c7e4a11',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 1, {}, new URL(APP_ENTRY_URL)]) expect(isNavigationAllowed(value)).toBe(false);
  });

  it('isAppUrl needs the exact host', () => {
    expect(isAppUrl('app://workbench')).toBe(true);
    expect(isAppUrl('app://workbenchx/')).toBe(false);
    expect(isAppUrl('app://work%62ench/')).toBe(false);
  });
});

describe('links handed to the browser or mail client', () => {
  it('allows http, https and mailto, normalised', () => {
    expect(externalUrlToOpen('https://www.gov.uk/government/publications')).toBe('https://www.gov.uk/government/publications');
    expect(externalUrlToOpen('http://example.org')).toBe('http://example.org/');
    expect(externalUrlToOpen('HTTPS://Example.ORG/Path?q=1')).toBe('https://example.org/Path?q=1');
    expect(externalUrlToOpen('mailto:scrutiny@council.example?subject=Evidence')).toBe(
      'mailto:scrutiny@council.example?subject=Evidence',
    );
    expect(externalUrlToOpen('MAILTO:clerk@council.example')).toBe('mailto:clerk@council.example');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'jAvAsCrIpT:alert(document.domain)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'file://server/share/evil.exe',
    'data:text/html,<script>alert(1)</script>',
    'app://workbench/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=secret',
    'ftp://example.org/file',
    'https://trusted.example@evil.example/',
    'https://user:password@example.org/',
    'https://',
    'http://',
    ' https://example.org/',
    'https://exa\nmple.org/',
    'https://example.org/\u0000',
    'https://example.org/a b',
    'mailto:',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 1, {}, ['https://example.org/']]) expect(externalUrlToOpen(value)).toBeNull();
  });
});

describe('network requests and downloads', () => {
  it('allows only the app itself and in-memory content', () => {
    expect(isRequestAllowed('app://workbench/assets/index-abc.js')).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isRequestAllowed('blob:app://workbench/0b4c4c2e')).toBe(true);
    for (const url of [
      'https://fonts.example/font.woff2',
      'http://127.0.0.1:3000/api',
      'ws://127.0.0.1:3000/',
      'wss://evil.example/',
      'file:///etc/passwd',
      'ftp://example.org/',
      'app://other/x.js',
    ]) {
      expect(isRequestAllowed(url)).toBe(false);
    }
  });

  it('allows downloads only of content the page made', () => {
    expect(isDownloadAllowed('blob:app://workbench/0b4c4c2e-2f0b-4d47-9a3a-3f5e9c7e4a11')).toBe(true);
    expect(isDownloadAllowed('data:application/octet-stream;base64,AAAA')).toBe(true);
    expect(isDownloadAllowed('blob:https://evil.example/0b4c4c2e')).toBe(false);
    expect(isDownloadAllowed('https://evil.example/payload.exe')).toBe(false);
    expect(isDownloadAllowed('file:///etc/passwd')).toBe(false);
  });
});

// ---- app:// → files in out/renderer ---------------------------------------------------------

describe('resolving app:// paths inside the renderer directory', () => {
  const root = resolve('/srv/scrutiny/out/renderer');

  it('maps the root and ordinary files inside the directory', () => {
    expect(resolveRendererPath(root, 'app://workbench/')).toEqual({ ok: true, filePath: join(root, 'index.html'), spaFallback: false });
    expect(resolveRendererPath(root, 'app://workbench')).toEqual({ ok: true, filePath: join(root, 'index.html'), spaFallback: false });
    expect(resolveRendererPath(root, 'app://workbench/index.html')).toEqual({ ok: true, filePath: join(root, 'index.html'), spaFallback: false });
    expect(resolveRendererPath(root, 'app://workbench/assets/x.js')).toEqual({ ok: true, filePath: join(root, 'assets', 'x.js'), spaFallback: false });
    expect(resolveRendererPath(root, 'app://workbench/assets/index-AbC123.js?v=2#x')).toMatchObject({
      ok: true,
      filePath: join(root, 'assets', 'index-AbC123.js'),
    });
    expect(resolveRendererPath(root, 'app://workbench/assets/My%20Font.woff2')).toMatchObject({
      ok: true,
      filePath: join(root, 'assets', 'My Font.woff2'),
    });
  });

  it('marks extension-less paths as client-side routes', () => {
    expect(resolveRendererPath(root, 'app://workbench/investigations/01J/meetings')).toEqual({
      ok: true,
      filePath: join(root, 'investigations', '01J', 'meetings'),
      spaFallback: true,
    });
  });

  it.each([
    ['parent segments', 'app://workbench/../../etc/passwd'],
    ['a parent segment mid-path', 'app://workbench/assets/../../../etc/passwd'],
    ['a trailing parent segment', 'app://workbench/assets/..'],
    ['a current-dir segment', 'app://workbench/./index.html'],
    ['encoded dots', 'app://workbench/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dots and slashes', 'app://workbench/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoding', 'app://workbench/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['mixed encoding', 'app://workbench/.%2e/.%2e/etc/passwd'],
    ['dots then an encoded slash', 'app://workbench/..%2f..%2fetc%2fpasswd'],
    ['an absolute path', 'app://workbench//etc/passwd'],
    ['an encoded absolute path', 'app://workbench/%2fetc%2fpasswd'],
    ['a drive letter', 'app://workbench/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://workbench/C%3A%5CWindows%5Cwin.ini'],
    ['backslashes', 'app://workbench/..\\..\\etc\\passwd'],
    ['encoded backslashes', 'app://workbench/..%5c..%5cetc%5cpasswd'],
    ['a backslash inside a name', 'app://workbench/assets\\x.js'],
    ['a null byte', 'app://workbench/index.html%00.js'],
    ['a raw null byte', 'app://workbench/index.html\u0000.js'],
    ['a control character', 'app://workbench/index%0a.html'],
    ['a hidden file', 'app://workbench/.env'],
    ['an empty segment', 'app://workbench/assets//x.js'],
    ['broken percent-encoding', 'app://workbench/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///srv/scrutiny/out/renderer/index.html'],
    ['https on our host name', 'https://workbench/index.html'],
    ['not a URL', '/index.html'],
    ['a very long path', `app://workbench/${'a/'.repeat(600)}x.js`],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererPath(root, url)).toEqual({ ok: false });
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 1, {}]) expect(resolveRendererPath(root, value)).toEqual({ ok: false });
  });

  it('isPathInside only accepts the directory and what lies beneath it', () => {
    expect(isPathInside(root, root)).toBe(true);
    expect(isPathInside(root, join(root, 'assets', 'x.js'))).toBe(true);
    expect(isPathInside(root, resolve(root, '..'))).toBe(false);
    expect(isPathInside(root, `${root}-evil/x.js`)).toBe(false);
    expect(isPathInside(root, resolve('/etc/passwd'))).toBe(false);
    // A file whose name merely starts with two dots is still inside.
    expect(isPathInside(root, join(root, '..hidden'))).toBe(true);
  });

  it('sets Content-Type by extension', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/INDEX.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('assets/unknown.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('LICENSE')).toBe('application/octet-stream');
  });
});

describe('the app:// file server', () => {
  let base: string;
  let rendererDir: string;
  let serve: ReturnType<typeof createStaticHandler>;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'scrutiny-protocol-'));
    rendererDir = join(base, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scrutiny Workbench</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("hi");');
    writeFileSync(join(base, 'secret.txt'), 'do not serve');
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'x.js'), 'evil()');
    symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
    symlinkSync(join(base, 'outside'), join(rendererDir, 'linked-dir'));
    serve = createStaticHandler(rendererDir);
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html with the strict CSP', async () => {
    const response = await serve(new Request('app://workbench/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Scrutiny Workbench');
  });

  it('serves scripts with a JavaScript type and no CSP of their own', async () => {
    const response = await serve(new Request('app://workbench/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers client-side routes with the app page, but not missing assets', async () => {
    const route = await serve(new Request('app://workbench/investigations/01J/meetings'));
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serve(new Request('app://workbench/assets/missing.js'))).status).toBe(404);
  });

  it('refuses symlinks that lead outside the directory', async () => {
    expect((await serve(new Request('app://workbench/assets/link.txt'))).status).toBe(404);
    expect((await serve(new Request('app://workbench/linked-dir/x.js'))).status).toBe(404);
  });

  it('refuses traversal attempts', async () => {
    for (const url of [
      'app://workbench/%2e%2e/secret.txt',
      'app://workbench/..%2fsecret.txt',
      'app://workbench/assets/..%5c..%5csecret.txt',
      'app://workbench/linked-dir/..%2f..%2fsecret.txt',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('never lists a directory: a directory path is a client-side route', async () => {
    const response = await serve(new Request('app://workbench/assets'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Scrutiny Workbench</title>');
  });

  it('only answers GET and HEAD', async () => {
    expect((await serve(new Request('app://workbench/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await serve(new Request('app://workbench/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the Content-Security-Policy', () => {
  it('has every directive, and nothing remote', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim());
    expect(directives).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});

// ---- The window ---------------------------------------------------------------------------------

describe('webPreferences', () => {
  const packaged = webPreferencesFor({ preloadPath: '/app/out/preload/index.cjs', allowDevTools: false });

  it('isolates, sandboxes and strips Node from the renderer', () => {
    expect(packaged).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: false,
    });
    expect(SPELLCHECK_LANGUAGES).toEqual(['en-GB']);
  });

  it('allows developer tools only in development', () => {
    expect(webPreferencesFor({ preloadPath: 'x', allowDevTools: true }).devTools).toBe(true);
  });
});

describe('window state', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const second = { x: 1920, y: 0, width: 1280, height: 1024 };

  it('rejects anything that is not a sensible state', () => {
    for (const raw of [null, 'x', [], {}, { width: '1200', height: 800 }, { width: 1e9, height: 800 }, { width: 1200.5, height: 800 }, { width: -5, height: 800 }]) {
      expect(parseWindowState(raw)).toBeNull();
    }
    expect(parseWindowState({ width: 1200, height: 800, x: 'a', y: 5, maximised: 'yes' })).toEqual({ width: 1200, height: 800, maximised: false });
  });

  it('keeps a window that is on a display, clamped to it', () => {
    expect(fitToDisplays({ x: 2000, y: 50, width: 2000, height: 900, maximised: true }, [primary, second])).toEqual({
      x: 1920,
      y: 50,
      width: 1280,
      height: 900,
      maximised: true,
    });
  });

  it('brings a window on a display that has gone back to the primary display', () => {
    const fitted = fitToDisplays({ x: 5000, y: 3000, width: 1200, height: 800, maximised: false }, [primary]);
    expect(fitted).toEqual({ width: 1200, height: 800, maximised: false });
  });

  it('uses the default size when there is nothing saved', () => {
    expect(fitToDisplays(null, [primary])).toEqual({ width: 1280, height: 820, maximised: false });
  });
});

describe('the native menu', () => {
  function collect(items: ReturnType<typeof buildMenuTemplate>): Array<Record<string, unknown>> {
    return items.flatMap((item) => [item as Record<string, unknown>, ...(Array.isArray(item.submenu) ? collect(item.submenu) : [])]);
  }

  function build(isPackaged: boolean, platform: NodeJS.Platform = 'win32') {
    const actions = { command: vi.fn(), backupStore: vi.fn(), about: vi.fn() } satisfies MenuActions;
    const items = collect(buildMenuTemplate(actions, { platform, isPackaged, appName: 'Scrutiny Workbench' }));
    return { actions, items };
  }

  it('sends every UI command from APP_COMMANDS as app.command; “Save a copy of the store…” is handled in main', () => {
    const { actions, items } = build(true);
    for (const item of items) if (typeof item.click === 'function') (item.click as () => void)();
    const sent = actions.command.mock.calls.map(([command]) => command);
    expect(new Set(sent)).toEqual(new Set(APP_COMMANDS));
    expect(sent.every((command) => (APP_COMMANDS as readonly string[]).includes(command))).toBe(true);
    expect(actions.backupStore).toHaveBeenCalledTimes(1);
    expect(actions.about).toHaveBeenCalledTimes(1);
  });

  it('has the shortcuts', () => {
    const { items } = build(true);
    const byLabel = new Map(items.map((item) => [item.label, item.accelerator]));
    expect(byLabel.get('New investigation')).toBe('CmdOrCtrl+N');
    expect(byLabel.get('Import…')).toBe('CmdOrCtrl+I');
    expect(byLabel.get('Export to Word…')).toBe('CmdOrCtrl+E');
    expect(byLabel.get('Find…')).toBe('CmdOrCtrl+K');
    expect(byLabel.get('Overview')).toBe('CmdOrCtrl+1');
    expect(byLabel.get('Export')).toBe('CmdOrCtrl+8');
  });

  it('offers developer tools only when not packaged', () => {
    expect(build(true).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(build(false).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});

describe('opening the store fails', () => {
  it('shows the backend’s own clerk-readable message', () => {
    const error = new ApiError('store_unavailable', 'scrutiny.db was saved by a newer version of Scrutiny Workbench.');
    const text = describeOpenFailure(error, '/home/clerk/scrutiny.db');
    expect(text).toContain('saved by a newer version');
    expect(text).toContain('/home/clerk/scrutiny.db');
  });

  it('explains a native module built for the wrong runtime', () => {
    const error = new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.');
    expect(describeOpenFailure(error, '/x.db')).toMatch(/npm run rebuild:electron/);
  });
});

// ---- The preload --------------------------------------------------------------------------------

function fakeIpc() {
  const handlers = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    handlers,
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: 1 })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!handlers.has(channel)) handlers.set(channel, new Set());
      handlers.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      handlers.get(channel)?.delete(listener);
    }),
    emit(channel: string, ...args: unknown[]) {
      const event = { sender: 'ipcRenderer itself', ports: [] };
      for (const listener of handlers.get(channel) ?? []) listener(event, ...args);
    },
  };
}

describe('the preload bridge', () => {
  it('uses the same channels and event names as main and the contract', () => {
    expect(bridgeModule.INVOKE_CHANNEL).toBe(INVOKE_CHANNEL);
    expect(bridgeModule.EVENT_CHANNEL).toBe(EVENT_CHANNEL);
    expect(bridgeModule.UPLOAD_CHANNEL).toBe(UPLOAD_CHANNEL);
    expect([...bridgeModule.KNOWN_EVENTS]).toEqual([...EVENT_NAMES]);
  });

  it('sends a file’s bytes on the upload channel, and nothing that is not a named file', async () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    const bytes = new Uint8Array([37, 80, 68, 70]).buffer;
    await expect(bridge.upload('panel-1.pdf', bytes)).resolves.toEqual({ ok: true, result: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('scrutiny:upload', 'panel-1.pdf', bytes);
    ipc.invoke.mockClear();
    for (const [name, data] of [['', bytes], [42, bytes], ['x.pdf', 'not bytes'], ['x.pdf', { byteLength: 4 }]] as const) {
      await expect(bridge.upload(name as string, data as ArrayBuffer)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('forwards calls on the one invoke channel', async () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    await expect(bridge.invoke('app.info', {})).resolves.toEqual({ ok: true, result: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('scrutiny:invoke', 'app.info', {});
  });

  it('refuses a method that is not a string without calling main', async () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    for (const method of [undefined, 42, {}, '', 'x'.repeat(201)]) {
      await expect(bridge.invoke(method as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed send into an error response instead of a rejection', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const bridge = bridgeModule.createBridge(ipc);
    await expect(bridge.invoke('app.info', { f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('accepts only known events and functions', () => {
    const bridge = bridgeModule.createBridge(fakeIpc());
    expect(() => bridge.subscribe('store.deleted', () => {})).toThrow(TypeError);
    expect(() => bridge.subscribe('__proto__', () => {})).toThrow(TypeError);
    expect(() => bridge.subscribe(42 as unknown as string, () => {})).toThrow(TypeError);
    expect(() => bridge.subscribe('store.changed', 'not a function' as unknown as () => void)).toThrow(TypeError);
  });

  it('passes only the payload to the page, never the IPC event', () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    const seen: unknown[][] = [];
    bridge.subscribe('store.changed', (...args: unknown[]) => seen.push(args));
    ipc.emit('scrutiny:event', 'store.changed', { entities: ['meetings'], investigationId: null });
    ipc.emit('scrutiny:event', 'job.progress', { jobId: 'j', label: 'x', done: 1, total: 2 });
    expect(seen).toEqual([[{ entities: ['meetings'], investigationId: null }]]);
  });

  it('unsubscribes, and detaches from IPC when nobody is listening', () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = bridge.subscribe('app.command', first);
    const offSecond = bridge.subscribe('job.progress', second);
    expect(ipc.on).toHaveBeenCalledTimes(1);

    offFirst();
    offFirst();
    ipc.emit('scrutiny:event', 'app.command', { command: 'find' });
    expect(first).not.toHaveBeenCalled();

    offSecond();
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    expect(ipc.handlers.get('scrutiny:event')?.size ?? 0).toBe(0);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    bridge.subscribe('store.changed', () => {
      throw new Error('view bug');
    });
    bridge.subscribe('store.changed', good);
    ipc.emit('scrutiny:event', 'store.changed', { entities: [], investigationId: null });
    expect(good).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('the preload entry point (electron mocked)', () => {
  it('exposes window.scrutiny with exactly the bridge’s functions, and never ipcRenderer', async () => {
    const electron = await import('electron');
    await import('../../electron/preload/index');
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, api] = expose.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('scrutiny');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'openExport', 'saveExport', 'subscribe', 'upload']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.subscribe).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);

    const invoke = api.invoke as (method: string, input: unknown) => Promise<unknown>;
    await expect(invoke('app.info', {})).resolves.toEqual({ ok: true, result: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('scrutiny:invoke', 'app.info', {});
  });
});
