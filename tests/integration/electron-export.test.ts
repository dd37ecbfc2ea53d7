/// <reference path="../../renderer/src/env.d.ts" />
/**
 * The desktop shell's "Save as…" and "Open in Word" for finished Word exports, on plain Node
 * without the Electron runtime: the pure rules (electron/main/export-files.ts), the preload
 * bridge's two functions, the renderer's side of them, and the IPC handlers themselves with
 * `electron` mocked (the dialog's answer and shell.openPath are stand-ins; the backend, its
 * export and the copy to disk are real).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../backend';
import { ApiError } from '../../shared/api/errors';
import {
  OPEN_EXPORT_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SavedExports,
  defaultExportFileName,
  describeOpenResult,
  describeSaveFailure,
  isExportId,
  parseOpenRequest,
  parseSaveRequest,
  resolveSaveTarget,
  saveDialogOptions,
} from '../../electron/main/export-files';
import * as bridgeModule from '../../electron/preload/bridge';
import { createDesktopExportFiles } from '../../renderer/src/api/electron-transport';

// ---- electron, mocked: the handlers main registers, the dialog's answer, what was opened -------

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  dialogAnswers: [] as Array<Promise<{ canceled: boolean; filePath?: string }>>,
  dialogCalls: [] as unknown[][],
  openPathAnswer: '',
  opened: [] as string[],
  documents: '/nowhere',
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      electron.dialogCalls.push(args);
      return electron.dialogAnswers.shift() ?? Promise.resolve({ canceled: true });
    },
  },
  shell: {
    openPath: async (path: string) => {
      electron.opened.push(path);
      return electron.openPathAnswer;
    },
  },
  app: { getPath: () => electron.documents },
}));

const SAMPLE_TITLE = 'Response to the Mayor’s draft Police and Crime Plan 2025–29';
const A_UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

// ---- The default file name --------------------------------------------------------------------

describe('the file name the save dialog suggests', () => {
  it('comes from the report’s title, with plain apostrophes and dashes, ending .docx', () => {
    expect(defaultExportFileName(SAMPLE_TITLE)).toBe("Response to the Mayor's draft Police and Crime Plan 2025-29.docx");
    expect(defaultExportFileName('Police and Crime Committee: Response / Annex')).toBe('Police and Crime Committee Response Annex.docx');
  });

  it.each([
    ['path separators and dot segments', '../../etc/passwd', 'etc passwd.docx'],
    ['Windows separators and a drive', 'C:\\Windows\\System32\\evil', 'C Windows System32 evil.docx'],
    ['characters Windows forbids', 'a<b>c"d|e?f*g', 'a b c d e f g.docx'],
    ['control characters and NUL', 'Report\u0000 on\u0007 policing\r\n', 'Report on policing.docx'],
    ['emoji', 'Knife crime 🔪 in London 🇬🇧', 'Knife crime in London.docx'],
    ['a leading dot (a hidden file)', '.bashrc', 'bashrc.docx'],
    ['a leading dash', '--help me', 'help me.docx'],
    ['other scripts', 'Ταχύτητα και ασφάλεια', 'Ταχύτητα και ασφάλεια.docx'],
  ])('keeps only safe characters: %s', (_label, title, expected) => {
    expect(defaultExportFileName(title)).toBe(expected);
  });

  it('is never empty, never a name Windows reserves, and never too long', () => {
    for (const title of ['', '   ', '???', '🔪🔪', undefined, null, 42, {}]) expect(defaultExportFileName(title)).toBe('Report.docx');
    expect(defaultExportFileName('CON')).toBe('Report CON.docx');
    expect(defaultExportFileName('lpt1')).toBe('Report lpt1.docx');
    const long = defaultExportFileName(`${'Policing and crime in London '.repeat(20)}`);
    expect(long.length).toBeLessThanOrEqual(120 + '.docx'.length);
    expect(long).toMatch(/^Policing and crime in London .*[a-z]\.docx$/);
    expect(long).not.toMatch(/ \.docx$/);
    // A single word longer than the limit is cut rather than dropped.
    expect(defaultExportFileName('x'.repeat(500))).toBe(`${'x'.repeat(120)}.docx`);
  });
});

// ---- What the page may send ---------------------------------------------------------------------

describe('checking what the page sends', () => {
  it('accepts only an export id in the backend’s form (a UUID)', () => {
    expect(isExportId(A_UUID)).toBe(true);
    for (const bad of ['', '../x', `${A_UUID}/../../x`, A_UUID.toUpperCase(), `${A_UUID}.docx`, 'report', 42, null, undefined, {}, [A_UUID]]) {
      expect(isExportId(bad)).toBe(false);
    }
  });

  it('refuses a save request without a proper export id or with an odd title, before any dialog', () => {
    expect(parseSaveRequest(A_UUID, SAMPLE_TITLE)).toEqual({
      ok: true,
      exportId: A_UUID,
      defaultFileName: "Response to the Mayor's draft Police and Crime Plan 2025-29.docx",
      kind: 'docx',
    });
    expect(parseSaveRequest(A_UUID, undefined)).toMatchObject({ ok: true, defaultFileName: 'Report.docx' });
    expect(parseSaveRequest(A_UUID, undefined, 'bundle')).toMatchObject({ ok: true, defaultFileName: 'Bundle.scrutiny', kind: 'bundle' });
    expect(parseSaveRequest(A_UUID, SAMPLE_TITLE, 'exe')).toMatchObject({ ok: false, response: { ok: false, error: { code: 'invalid_input' } } });
    expect(parseSaveRequest('/etc/passwd', SAMPLE_TITLE)).toMatchObject({ ok: false, response: { ok: false, error: { code: 'invalid_input' } } });
    expect(parseSaveRequest(A_UUID, 42)).toMatchObject({ ok: false, response: { ok: false, error: { code: 'invalid_input' } } });
    expect(parseSaveRequest(A_UUID, 'x'.repeat(2001))).toMatchObject({ ok: false, response: { ok: false, error: { code: 'invalid_input' } } });
  });

  it('shows a Word-only save dialog in the given folder that asks before replacing a file', () => {
    const options = saveDialogOptions('/home/clerk/Documents', 'Report.docx');
    expect(options.defaultPath).toBe(join('/home/clerk/Documents', 'Report.docx'));
    expect(options.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });
});

describe('where the copy goes', () => {
  const nothingExists = () => false;

  it('keeps a chosen .docx path, and adds .docx to a name typed without it', () => {
    expect(resolveSaveTarget('/home/clerk/Report.docx', nothingExists)).toEqual({ ok: true, path: '/home/clerk/Report.docx' });
    expect(resolveSaveTarget('/home/clerk/Report.DOCX', nothingExists)).toEqual({ ok: true, path: '/home/clerk/Report.DOCX' });
    expect(resolveSaveTarget('/home/clerk/Report', nothingExists)).toEqual({ ok: true, path: '/home/clerk/Report.docx' });
    expect(resolveSaveTarget('/home/clerk/Report.doc', nothingExists)).toEqual({ ok: true, path: '/home/clerk/Report.doc.docx' });
  });

  it('does not replace a file the dialog never asked about', () => {
    const response = resolveSaveTarget('/home/clerk/Report', (path) => path === '/home/clerk/Report.docx');
    expect(response).toMatchObject({ ok: false, response: { ok: false, error: { code: 'conflict' } } });
    expect(JSON.stringify(response)).toContain('“Report.docx” already exists in that folder');
  });

  it('refuses anything that is not an absolute path', () => {
    for (const bad of ['', 'Report.docx', './Report.docx', '/home/clerk/Rep\0ort.docx', 42, null, undefined, `/${'x'.repeat(5000)}`]) {
      expect(resolveSaveTarget(bad, nothingExists)).toMatchObject({ ok: false });
    }
  });
});

describe('files saved in this session', () => {
  it('opens only what main saved, by the id it handed out', () => {
    let n = 0;
    const saved = new SavedExports(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
    const id = saved.remember('/home/clerk/Report.docx');
    expect(parseOpenRequest(id, saved)).toEqual({ ok: true, path: '/home/clerk/Report.docx' });
    for (const bad of ['/home/clerk/Report.docx', A_UUID, '', 42, null, undefined, { id }]) {
      expect(parseOpenRequest(bad, saved)).toMatchObject({ ok: false, response: { ok: false, error: { code: 'not_found' } } });
    }
  });

  it('forgets the oldest after many saves, and insists on UUID ids', () => {
    let n = 0;
    const saved = new SavedExports(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
    const first = saved.remember('/a.docx');
    for (let i = 0; i < 200; i += 1) saved.remember(`/b${i}.docx`);
    expect(saved.pathFor(first)).toBeNull();
    expect(saved.pathFor(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`)).toBe('/b199.docx');
    expect(() => new SavedExports(() => 'not-a-uuid').remember('/x.docx')).toThrow();
  });

  it('reports how opening went, and a failed save in words a clerk can act on', () => {
    expect(describeOpenResult('/home/clerk/Report.docx', '')).toEqual({ ok: true, result: { opened: true } });
    expect(describeOpenResult('/home/clerk/Report.docx', 'No application is associated with the specified file.')).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('“Report.docx” could not be opened (No application is associated') },
    });
    expect(describeSaveFailure('/x/Report.docx', new ApiError('not_found', 'That export is no longer available.'))).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That export is no longer available.' },
    });
    const errno = (code: string) => Object.assign(new Error(`${code}: raw system text`), { code });
    expect(describeSaveFailure('/x/Report.docx', errno('EACCES'))).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('may not write') } });
    expect(describeSaveFailure('/x/Report.docx', errno('ENOSPC'))).toMatchObject({ error: { message: expect.stringContaining('not enough space') } });
    expect(describeSaveFailure('/x/Report.docx', errno('EBUSY'))).toMatchObject({ error: { message: expect.stringContaining('open in another program') } });
    expect(describeSaveFailure('/x/Report.docx', errno('ENOENT'))).toMatchObject({ error: { code: 'not_found' } });
    const other = describeSaveFailure('/x/Report.docx', errno('EIO'));
    expect(other).toMatchObject({ error: { code: 'internal' } });
    expect(JSON.stringify(other)).not.toContain('raw system text');
  });
});

// ---- The preload bridge and the renderer's side ---------------------------------------------------

function fakeIpc(answer: unknown = { ok: true, result: { saved: false } }) {
  return {
    invoke: vi.fn(async (..._args: unknown[]) => answer),
    on: vi.fn(),
    removeListener: vi.fn(),
  };
}

describe('the preload bridge', () => {
  it('uses the channels main listens on', () => {
    expect(bridgeModule.SAVE_EXPORT_CHANNEL).toBe(SAVE_EXPORT_CHANNEL);
    expect(bridgeModule.OPEN_EXPORT_CHANNEL).toBe(OPEN_EXPORT_CHANNEL);
  });

  it('sends an export id and a title to save, a saved id to open, and nothing else', async () => {
    const ipc = fakeIpc();
    const bridge = bridgeModule.createBridge(ipc);
    await bridge.saveExport(A_UUID, SAMPLE_TITLE);
    expect(ipc.invoke).toHaveBeenLastCalledWith('scrutiny:save-export', A_UUID, SAMPLE_TITLE, 'docx');
    await bridge.saveExport(A_UUID, SAMPLE_TITLE, 'bundle');
    expect(ipc.invoke).toHaveBeenLastCalledWith('scrutiny:save-export', A_UUID, SAMPLE_TITLE, 'bundle');
    await bridge.openExport(A_UUID);
    expect(ipc.invoke).toHaveBeenLastCalledWith('scrutiny:open-export', A_UUID);
    ipc.invoke.mockClear();
    for (const [id, title] of [['', 'x'], [42, 'x'], ['x'.repeat(129), 'x'], [A_UUID, 42], [A_UUID, 'x'.repeat(2001)]] as const) {
      await expect(bridge.saveExport(id as string, title as string)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    for (const id of ['', 42, null, 'x'.repeat(129)]) {
      await expect(bridge.openExport(id as string)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('answers a failed send with an error instead of rejecting', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockRejectedValue(new Error('An object could not be cloned.'));
    const bridge = bridgeModule.createBridge(ipc);
    await expect(bridge.saveExport(A_UUID, 'x')).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    await expect(bridge.openExport(A_UUID)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the renderer’s desktop export files', () => {
  const bridgeWith = (answers: { save?: unknown; open?: unknown }) =>
    ({
      invoke: vi.fn(),
      subscribe: vi.fn(),
      saveExport: vi.fn(async () => answers.save),
      openExport: vi.fn(async () => answers.open),
    }) as unknown as ScrutinyBridge;

  it('is absent when the desktop app is too old to save exports', () => {
    expect(createDesktopExportFiles({ invoke: vi.fn(), subscribe: vi.fn() } as unknown as ScrutinyBridge)).toBeNull();
  });

  it('reads a save, a cancelled dialog, and a refusal', async () => {
    const saved = createDesktopExportFiles(bridgeWith({ save: { ok: true, result: { saved: true, savedId: A_UUID, path: '/home/clerk/Report.docx', bytes: 10 } } }))!;
    await expect(saved.saveAs(A_UUID, 'Title')).resolves.toEqual({ savedId: A_UUID, path: '/home/clerk/Report.docx' });
    const cancelled = createDesktopExportFiles(bridgeWith({ save: { ok: true, result: { saved: false } } }))!;
    await expect(cancelled.saveAs(A_UUID, 'Title')).resolves.toBeNull();
    const refused = createDesktopExportFiles(bridgeWith({ save: { ok: false, error: { code: 'conflict', message: 'Disk full.' } } }))!;
    await expect(refused.saveAs(A_UUID, 'Title')).rejects.toMatchObject({ code: 'conflict', message: 'Disk full.' });
    const garbled = createDesktopExportFiles(bridgeWith({ save: { ok: true, result: 'yes' } }))!;
    await expect(garbled.saveAs(A_UUID, 'Title')).rejects.toBeInstanceOf(ApiError);
    const unknownCode = createDesktopExportFiles(bridgeWith({ open: { ok: false, error: { code: 'weird', message: 'Odd.' } } }))!;
    await expect(unknownCode.open(A_UUID)).rejects.toMatchObject({ code: 'internal', message: 'Odd.' });
  });
});

// ---- The IPC handlers, with a real backend and real files -------------------------------------------

const OUR_WINDOW = 7;
const fakeWindow = {
  isDestroyed: () => false,
  webContents: { id: OUR_WINDOW, isDestroyed: () => false, send: vi.fn() },
};

function ipcEvent(url: string, options: { subframe?: boolean; window?: number } = {}) {
  const main = { processId: 1, routingId: 2 };
  return {
    senderFrame: { url, parent: options.subframe ? {} : null, processId: 1, routingId: options.subframe ? 3 : 2, detached: false },
    sender: { id: options.window ?? OUR_WINDOW, mainFrame: main },
  };
}
const trusted = ipcEvent('app://workbench/index.html');

describe('the save and open IPC handlers', () => {
  let dir: string;
  let backend: Backend;
  let exportId: string;
  let exportBytes: Buffer;
  let dispose: () => void;

  const save = (event: unknown, ...args: unknown[]) => electron.handlers.get(SAVE_EXPORT_CHANNEL)!(event, ...args) as Promise<{ ok: boolean; result?: any; error?: any }>;
  const open = (event: unknown, ...args: unknown[]) => electron.handlers.get(OPEN_EXPORT_CHANNEL)!(event, ...args) as Promise<{ ok: boolean; result?: any; error?: any }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scrutiny-electron-export-'));
    electron.documents = join(dir, 'Documents');
    mkdirSync(electron.documents);
    backend = await createBackend({ storePath: join(dir, 'store.db') });
    const { investigationId } = await backend.client.call('sample.load', {});
    const result = await backend.client.call('export.docx', { investigationId });
    exportId = result.exportId;
    const { registerIpc } = await import('../../electron/main/ipc');
    dispose = registerIpc(backend, () => fakeWindow as never);
    // The export's bytes, as the browser host would serve them.
    const { findExport } = await import('../../backend/export/export-area');
    exportBytes = readFileSync(findExport(backend.storePath, exportId)!.path);
  }, 120_000);

  afterAll(async () => {
    dispose?.();
    await backend?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a sender that is not our window’s main frame, before any dialog', async () => {
    electron.dialogCalls.length = 0;
    for (const event of [ipcEvent('https://evil.example/'), ipcEvent('app://workbench/index.html', { subframe: true }), ipcEvent('app://workbench/', { window: 8 }), {}]) {
      await expect(save(event, exportId, SAMPLE_TITLE)).resolves.toMatchObject({ ok: false, error: { code: 'unauthorised' } });
      await expect(open(event, A_UUID)).resolves.toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect(electron.dialogCalls).toHaveLength(0);
  });

  it('refuses an export id that is not one, before any dialog', async () => {
    electron.dialogCalls.length = 0;
    for (const bad of ['../../store.db', join(dir, 'store.db'), 42, null]) {
      await expect(save(trusted, bad, SAMPLE_TITLE)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(electron.dialogCalls).toHaveLength(0);
  });

  it('does nothing when the clerk cancels the dialog', async () => {
    electron.dialogAnswers.push(Promise.resolve({ canceled: true }));
    await expect(save(trusted, exportId, SAMPLE_TITLE)).resolves.toEqual({ ok: true, result: { saved: false } });
  });

  it('saves the export where the dialog says (never where the page says), then opens that file only', async () => {
    electron.dialogCalls.length = 0;
    const chosen = join(dir, 'Documents', 'PCC response'); // typed without the extension
    const pagePath = join(dir, 'page-chose-this.docx');
    // A path where the page may only name the kind of file is refused before any dialog…
    await expect(save(trusted, exportId, SAMPLE_TITLE, pagePath)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(electron.dialogCalls).toHaveLength(0);
    // …and one sent beyond what the channel reads is ignored.
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: chosen }));
    const answer = await save(trusted, exportId, SAMPLE_TITLE, 'docx', pagePath);
    expect(answer).toMatchObject({ ok: true, result: { saved: true, path: `${chosen}.docx`, bytes: exportBytes.length } });
    expect(readFileSync(`${chosen}.docx`).equals(exportBytes)).toBe(true);
    expect(existsSync(pagePath)).toBe(false);
    // The dialog: over our window, in Documents, with the name from the title.
    const [parent, options] = electron.dialogCalls[0] as [unknown, { defaultPath: string; filters: unknown }];
    expect(parent).toBe(fakeWindow);
    expect(options.defaultPath).toBe(join(electron.documents, "Response to the Mayor's draft Police and Crime Plan 2025-29.docx"));

    electron.opened.length = 0;
    await expect(open(trusted, answer.result.savedId)).resolves.toEqual({ ok: true, result: { opened: true } });
    expect(electron.opened).toEqual([`${chosen}.docx`]);
    // Not a path, not an id main never gave out.
    await expect(open(trusted, `${chosen}.docx`)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(open(trusted, A_UUID)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(electron.opened).toHaveLength(1);

    // The system cannot open it: the clerk is told why.
    electron.openPathAnswer = 'No application knows how to open this file.';
    await expect(open(trusted, answer.result.savedId)).resolves.toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('No application knows') } });
    electron.openPathAnswer = '';
    // Moved or deleted since: said plainly, nothing run.
    rmSync(`${chosen}.docx`);
    await expect(open(trusted, answer.result.savedId)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves an exchange bundle the same way, as a .scrutiny file', async () => {
    const { investigationId } = (await backend.client.call('investigations.list', {})).map((i) => ({ investigationId: i.id }))[0]!;
    const bundle = await backend.client.call('bundles.export', { investigationId });
    const { findBundle } = await import('../../backend/bundles/bundle-area');
    const bundleBytes = readFileSync(findBundle(backend.storePath, bundle.exportId)!.path);
    electron.dialogCalls.length = 0;
    const chosen = join(dir, 'Documents', 'my work'); // typed without the extension
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: chosen }));
    const answer = await save(trusted, bundle.exportId, 'Anna Member, 30 November 2026', 'bundle');
    expect(answer).toMatchObject({ ok: true, result: { saved: true, path: `${chosen}.scrutiny` } });
    expect(readFileSync(`${chosen}.scrutiny`).equals(bundleBytes)).toBe(true);
    const [, options] = electron.dialogCalls[0] as [unknown, { defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath).toBe(join(electron.documents, 'Anna Member, 30 November 2026.scrutiny'));
    expect(options.filters[0]!.extensions).toEqual(['scrutiny']);
    // A Word export's id is not a bundle's: nothing is written.
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: join(dir, 'Documents', 'wrong.scrutiny') }));
    await expect(save(trusted, exportId, 'x', 'bundle')).resolves.toMatchObject({ ok: false });
    expect(existsSync(join(dir, 'Documents', 'wrong.scrutiny'))).toBe(false);
  });

  it('replaces an existing file only through the dialog, atomically, and says why when it cannot save', async () => {
    const target = join(dir, 'Documents', 'Existing.docx');
    writeFileSync(target, 'the previous version');
    // Typed without .docx, landing on an existing file the dialog never asked about: refused.
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: join(dir, 'Documents', 'Existing') }));
    await expect(save(trusted, exportId, SAMPLE_TITLE)).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(target, 'utf8')).toBe('the previous version');
    // Chosen in the dialog (which asked about replacing it): replaced by the export.
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: target }));
    await expect(save(trusted, exportId, SAMPLE_TITLE)).resolves.toMatchObject({ ok: true, result: { saved: true } });
    expect(readFileSync(target).equals(exportBytes)).toBe(true);

    // A folder that is not there.
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: join(dir, 'gone', 'Report.docx') }));
    const missing = await save(trusted, exportId, SAMPLE_TITLE);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(missing.error.message).toMatch(/folder/i);
    // An export that has been cleared (or never was).
    electron.dialogAnswers.push(Promise.resolve({ canceled: false, filePath: join(dir, 'Documents', 'Other.docx') }));
    await expect(save(trusted, A_UUID, SAMPLE_TITLE)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(dir, 'Documents', 'Other.docx'))).toBe(false);
    // No temporary files left behind.
    expect(readdirSync(join(dir, 'Documents')).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('shows one save dialog at a time', async () => {
    let answer: (value: { canceled: boolean }) => void = () => {};
    electron.dialogAnswers.push(new Promise((resolve) => (answer = resolve)));
    const first = save(trusted, exportId, SAMPLE_TITLE);
    await expect(save(trusted, exportId, SAMPLE_TITLE)).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
    answer({ canceled: true });
    await expect(first).resolves.toEqual({ ok: true, result: { saved: false } });
  });

  it('removes its handlers with the others', async () => {
    const { registerIpc } = await import('../../electron/main/ipc');
    dispose();
    expect(electron.handlers.has(SAVE_EXPORT_CHANNEL)).toBe(false);
    expect(electron.handlers.has(OPEN_EXPORT_CHANNEL)).toBe(false);
    dispose = registerIpc(backend, () => fakeWindow as never);
    expect(electron.handlers.has(SAVE_EXPORT_CHANNEL)).toBe(true);
  });
});
