/**
 * The Word exports made in this session, newest first, per investigation, and where each was saved
 * (desktop). Kept in sessionStorage so a reload of the window keeps the list; the exported files
 * themselves stay in the backend's exports folder. A tiny observable for useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { ExportResult } from '../../../../shared/domain/export';
import type { SavedExport } from '../../api/electron-transport';

export interface RecentExport {
  investigationId: string;
  result: ExportResult;
  /** The committee template used, if any. */
  templateName: string | null;
  /** Where the desktop app saved it, most recent save first. */
  saved: SavedExport | null;
}

const STORAGE_KEY = 'scrutiny.exports.recent';
const MAX_KEPT = 20;

const listeners = new Set<() => void>();
let entries: RecentExport[] = load();

function load(): RecentExport[] {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isRecentExport).slice(0, MAX_KEPT) : [];
  } catch {
    // Storage disabled or a damaged entry: start the session's list afresh.
    return [];
  }
}

function save(): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the list still lasts until the window reloads.
  }
  for (const listener of listeners) listener();
}

function isRecentExport(value: unknown): value is RecentExport {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<RecentExport>;
  const result = entry.result as Partial<ExportResult> | undefined;
  const saved = entry.saved as Partial<SavedExport> | null | undefined;
  return (
    typeof entry.investigationId === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.exportId === 'string' &&
    typeof result.fileName === 'string' &&
    typeof result.bytes === 'number' &&
    typeof result.createdAt === 'string' &&
    (entry.templateName === null || typeof entry.templateName === 'string') &&
    (saved === null || (typeof saved === 'object' && typeof saved.savedId === 'string' && typeof saved.path === 'string'))
  );
}

export function addRecentExport(entry: RecentExport): void {
  entries = [entry, ...entries.filter((e) => e.result.exportId !== entry.result.exportId)].slice(0, MAX_KEPT);
  save();
}

export function markSaved(exportId: string, saved: SavedExport): void {
  entries = entries.map((e) => (e.result.exportId === exportId ? { ...e, saved } : e));
  save();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This investigation's exports of the session, newest first. */
export function useRecentExports(investigationId: string): RecentExport[] {
  const all = useSyncExternalStore(subscribe, () => entries);
  return all.filter((e) => e.investigationId === investigationId);
}
