/**
 * Saving a finished Word export where the clerk chooses, and opening it: the pure decisions.
 *
 * Nothing here imports `electron` at run time, so every rule is tested on plain Node
 * (tests/integration/electron-export.test.ts). ipc.ts gathers the facts (what the page sent, what
 * the native dialog answered, whether a file exists) and asks these functions what to do.
 *
 * The rules that keep the page from reaching the file system:
 * - the page names an export only by its id, checked here before the backend sees it;
 * - where the copy goes comes only from the native save dialog shown by main, never from the page
 *   (the page may suggest the report's title, which becomes a plain file name and nothing more);
 * - "Open in Word" opens only a file main itself saved in this session, named by an opaque id
 *   main handed out, so the page cannot ask to open (run) an arbitrary path.
 */
import { basename, extname, isAbsolute, join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { CallResponse } from '../../shared/api/contract';
import { failure } from './security';

/** IPC channel: "Save as…" for a finished export (renderer → main, answered). */
export const SAVE_EXPORT_CHANNEL = 'scrutiny:save-export';
/** IPC channel: open a file saved through SAVE_EXPORT_CHANNEL in its program (renderer → main, answered). */
export const OPEN_EXPORT_CHANNEL = 'scrutiny:open-export';

export const DOCX_EXTENSION = '.docx';

/**
 * What the page can save: a Word export (the default) or an exchange bundle. Each kind has its
 * extension, the dialog's wording and its fallback name; everything else about saving is shared.
 */
export const SAVED_FILE_KINDS = {
  docx: { extension: DOCX_EXTENSION, dialogTitle: 'Save the Word document', filterName: 'Word document', fallbackName: 'Report', what: 'document' },
  bundle: { extension: '.scrutiny', dialogTitle: 'Save the bundle', filterName: 'Scrutiny Workbench bundle', fallbackName: 'Bundle', what: 'bundle' },
} as const;
export type SavedFileKind = keyof typeof SAVED_FILE_KINDS;

export function isSavedFileKind(value: unknown): value is SavedFileKind {
  return value === 'docx' || value === 'bundle';
}

// ---- Export ids ------------------------------------------------------------------------------

/**
 * An export id as the page may send it: the backend names each export by a random UUID (lower
 * case), so nothing else — no dots, slashes or anything a path could be made of — gets further.
 * The backend then checks that such an export exists.
 */
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isExportId(value: unknown): value is string {
  return typeof value === 'string' && EXPORT_ID.test(value);
}

// ---- The default file name -------------------------------------------------------------------

const MAX_NAME_LENGTH = 120;
const FALLBACK_NAME = 'Report';
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * The name the save dialog suggests, from the report's title: letters and digits of any script,
 * spaces, and `- _ ' ( ) , &` only; curly apostrophes and dashes made plain; anything else (slashes,
 * colons, quotes, control characters, emoji) becomes a space; at most 120 characters, cut at a
 * word; never empty, never a name Windows reserves; always ending ".docx".
 *
 *   "Response to the Mayor’s draft Police and Crime Plan 2025–29"
 *     → "Response to the Mayor's draft Police and Crime Plan 2025-29.docx"
 */
export function defaultExportFileName(title: unknown, kind: SavedFileKind = 'docx'): string {
  const { extension, fallbackName } = SAVED_FILE_KINDS[kind];
  const text = typeof title === 'string' ? title.slice(0, 2000) : '';
  let name = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{M}\p{N} \-_'(),&]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A name of only punctuation says nothing; a leading dash reads as an option on a command line.
    .replace(/^[-_'(),& ]+/, '')
    .replace(/[ ]+$/, '');
  if (name.length > MAX_NAME_LENGTH) {
    const cut = name.slice(0, MAX_NAME_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    name = (lastSpace > MAX_NAME_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
  }
  if (!/[\p{L}\p{N}]/u.test(name)) name = fallbackName;
  if (RESERVED_WINDOWS_NAMES.test(name)) name = `${fallbackName} ${name}`;
  return `${name}${extension}`;
}

// ---- What the page may ask -------------------------------------------------------------------

const MAX_TITLE_LENGTH = 2000;

export type SaveRequest =
  | { ok: true; exportId: string; defaultFileName: string; kind: SavedFileKind }
  | { ok: false; response: CallResponse };

/** Checks a "Save as…" request from the page: an export id, and the report's title for the suggested name. */
export function parseSaveRequest(exportId: unknown, title: unknown, kind: unknown = 'docx'): SaveRequest {
  if (!isSavedFileKind(kind)) return { ok: false, response: failure('invalid_input', 'The workbench can save a Word document or a bundle, nothing else.') };
  if (!isExportId(exportId)) {
    return { ok: false, response: failure('invalid_input', 'That is not an export the workbench made. Export the report again, then save it.') };
  }
  if (title !== undefined && title !== null && (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH)) {
    return { ok: false, response: failure('invalid_input', 'The report’s title could not be read. Export the report again, then save it.') };
  }
  return { ok: true, exportId, defaultFileName: defaultExportFileName(title, kind), kind };
}

/** The native dialog's options: Word documents, a suggested name in the given folder, and a warning before replacing a file. */
export function saveDialogOptions(folder: string, fileName: string, kind: SavedFileKind = 'docx'): SaveDialogOptions {
  const { dialogTitle, filterName, extension } = SAVED_FILE_KINDS[kind];
  return {
    title: dialogTitle,
    buttonLabel: 'Save',
    defaultPath: folder ? join(folder, fileName) : fileName,
    filters: [{ name: filterName, extensions: [extension.slice(1)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export type SaveTarget = { ok: true; path: string } | { ok: false; response: CallResponse };

/**
 * Where to write, from the path the native dialog answered. Some dialogs (GTK, with a typed name)
 * return a name without the extension; ".docx" is added so Word will open it. The dialog asked
 * about replacing only the name it saw, so if adding the extension names a file that already
 * exists, the clerk is asked to choose again rather than that file being replaced unasked.
 */
export function resolveSaveTarget(chosen: unknown, exists: (path: string) => boolean, kind: SavedFileKind = 'docx'): SaveTarget {
  const { extension } = SAVED_FILE_KINDS[kind];
  if (typeof chosen !== 'string' || chosen.length === 0 || chosen.length > 4096 || !isAbsolute(chosen) || chosen.includes('\0')) {
    return { ok: false, response: failure('invalid_input', 'The save dialog did not give a place to save. Choose Save as… again.') };
  }
  if (extname(chosen).toLowerCase() === extension) return { ok: true, path: chosen };
  const withExtension = `${chosen}${extension}`;
  if (exists(withExtension)) {
    return {
      ok: false,
      response: failure(
        'conflict',
        `“${basename(withExtension)}” already exists in that folder, so it was not replaced. Choose Save as… again and pick that file to replace it, or give another name.`,
      ),
    };
  }
  return { ok: true, path: withExtension };
}

// ---- Files saved in this session -------------------------------------------------------------

const SAVED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_REMEMBERED = 200;

/**
 * The files main has saved in this session, each under an opaque id the page can send back to
 * open it. Only these can be opened; the page never sends a path.
 */
export class SavedExports {
  private readonly paths = new Map<string, string>();

  constructor(private readonly newId: () => string) {}

  remember(path: string): string {
    const id = this.newId();
    if (!SAVED_ID.test(id)) throw new Error('SavedExports needs UUIDs for its ids.');
    this.paths.set(id, path);
    // A session saves a handful of files; the oldest are forgotten long before this matters.
    if (this.paths.size > MAX_REMEMBERED) this.paths.delete(this.paths.keys().next().value!);
    return id;
  }

  pathFor(id: unknown): string | null {
    if (typeof id !== 'string' || !SAVED_ID.test(id)) return null;
    return this.paths.get(id) ?? null;
  }
}

export type OpenRequest = { ok: true; path: string } | { ok: false; response: CallResponse };

export function parseOpenRequest(savedId: unknown, saved: SavedExports): OpenRequest {
  const path = saved.pathFor(savedId);
  if (path === null) {
    return {
      ok: false,
      response: failure('not_found', 'Only a document saved from this window since the app started can be opened from here. Save it again, or open it from its folder.'),
    };
  }
  return { ok: true, path };
}

/** shell.openPath answers an empty string on success, otherwise the system's reason. */
export function describeOpenResult(path: string, systemMessage: string): CallResponse {
  if (systemMessage === '') return { ok: true, result: { opened: true } };
  return failure(
    'conflict',
    `“${basename(path)}” could not be opened (${systemMessage.replace(/\s+/g, ' ').trim().slice(0, 300)}). Check that Word or another program for .docx files is installed, or open the file from its folder.`,
  );
}

/** A failed copy, in words for a clerk; the backend's own message when it gave one. */
export function describeSaveFailure(path: string, error: unknown): CallResponse {
  const shape = error as { code?: unknown; message?: unknown } | null;
  if (shape && typeof shape.code === 'string' && typeof shape.message === 'string' && isClerkCode(shape.code)) {
    return failure(shape.code, shape.message);
  }
  const code = shape && typeof shape.code === 'string' ? shape.code : '';
  const name = basename(path);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return failure('conflict', `The workbench may not write to the folder for “${name}”. Choose another folder (your Documents folder, for example).`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return failure('conflict', `There is not enough space to save “${name}”. Free some space or choose another drive; nothing was changed.`);
  }
  if (code === 'EBUSY') {
    return failure('conflict', `“${name}” is open in another program, so it was not replaced. Close it there, or save under another name.`);
  }
  if (code === 'ENOENT') {
    return failure('not_found', `The folder for “${name}” no longer exists, or the export has been cleared. Export the report again and choose a folder that exists.`);
  }
  return failure('internal', `“${name}” could not be saved. Nothing was changed; try again, or choose another folder.`);
}

const CLERK_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'store_unavailable', 'cancelled', 'internal']);

function isClerkCode(code: string): boolean {
  return CLERK_CODES.has(code);
}
