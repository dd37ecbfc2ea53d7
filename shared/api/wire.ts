/**
 * What crosses every transport besides the method schemas: pushed events, desktop menu commands,
 * and the call/response envelope. No zod here, so the renderer bundle never includes it.
 */
import type { Id } from '../domain/types';

export interface EventMap {
  /** Something in the store changed; views showing these entities should reload. */
  'store.changed': { entities: string[]; investigationId: Id | null };
  /** Progress of a long job (import, export, merge). */
  'job.progress': { jobId: Id; label: string; done: number; total: number | null };
  /** A command chosen from the desktop app's native menu, for the UI to carry out. */
  'app.command': { command: AppCommand };
}

export const APP_COMMANDS = [
  'new-investigation',
  'open-sample',
  'import',
  'export-docx',
  // File › Export a bundle… / Import a bundle…: exchanging work with the clerk's master copy.
  'export-bundle',
  'import-bundle',
  'backup-store',
  'check-store',
  'go-overview',
  'go-meetings',
  'go-transcripts',
  'go-evidence',
  'go-sources',
  'go-metrics',
  'go-draft',
  'go-export',
  'find',
  // Edit › Undo and Redo: the page undoes typing in a text field, otherwise the last quote or tag action.
  'undo',
  'redo',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['store.changed', 'job.progress', 'app.command'];

// ---- Wire format ---------------------------------------------------------------------------

export interface CallRequest {
  method: string;
  input: unknown;
}
export type CallResponse =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string; details?: Record<string, string> } };

/** Largest request body any transport accepts. Bigger payloads get `payload_too_large`. */
export const MAX_PAYLOAD_BYTES = 1_000_000;
