/**
 * Ambient declarations for the renderer. `types: []` keeps Node's types out, so what Vite's
 * client types would give us is declared here by hand (only what we use). This file has no
 * top-level import so that it stays a global script.
 */

/** The bridge the sandboxed Electron preload exposes; absent in a plain browser. */
interface ScrutinyBridge {
  invoke(method: string, input: unknown): Promise<import('../../shared/api/contract').CallResponse>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** A file's bytes for an import (absent in desktop builds older than transcript import). */
  upload?(fileName: string, bytes: ArrayBuffer): Promise<import('../../shared/api/contract').CallResponse>;
}

interface Window {
  scrutiny?: ScrutinyBridge;
}

declare module '*.css';
