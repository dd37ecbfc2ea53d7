/**
 * Remembers the main window's size, position and maximised state between runs, in
 * userData/window-state.json.
 *
 * No `electron` import: the window module passes in the displays' work areas, so reading,
 * validating and clamping can be tested with plain values. Whatever is in the file is treated
 * as untrusted: wrong types, absurd sizes or a position on a display that is no longer
 * attached all fall back to something visible.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent when the window should be centred by the system. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximised: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };
const MAX_DIMENSION = 16_384;
/** How much of the window must lie on a display for the saved position to be kept. */
const MIN_VISIBLE = 120;

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Validates parsed JSON; anything not exactly right gives null. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  if (!isInteger(value.width, 200, MAX_DIMENSION) || !isInteger(value.height, 200, MAX_DIMENSION)) return null;
  const state: WindowState = {
    width: value.width,
    height: value.height,
    maximised: value.maximised === true,
  };
  const hasX = isInteger(value.x, -MAX_DIMENSION * 4, MAX_DIMENSION * 4);
  const hasY = isInteger(value.y, -MAX_DIMENSION * 4, MAX_DIMENSION * 4);
  if (hasX && hasY) {
    state.x = value.x as number;
    state.y = value.y as number;
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Makes a saved state fit the displays attached now (their work areas, primary first):
 * sizes are clamped to the display, and a window that would be off-screen (or mostly so) is
 * moved onto the display it overlaps most, or centred on the primary display.
 */
export function fitToDisplays(state: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const base: WindowState = state ?? { ...DEFAULT_SIZE, maximised: false };
  if (!primary) return { ...base };

  const clampSize = (area: Rect) => ({
    width: Math.max(Math.min(base.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(base.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  });

  if (base.x === undefined || base.y === undefined) {
    return { ...clampSize(primary), maximised: base.maximised };
  }

  const rect: Rect = { x: base.x, y: base.y, width: base.width, height: base.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o.width >= Math.min(MIN_VISIBLE, rect.width) && o.height >= Math.min(MIN_VISIBLE, rect.height) && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { ...clampSize(primary), maximised: base.maximised };

  const size = clampSize(best);
  const x = Math.min(Math.max(rect.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(rect.y, best.y), best.y + best.height - size.height);
  return { x, y, ...size, maximised: base.maximised };
}

/** Reads the saved state; a missing, unreadable or invalid file gives null. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Writes the state atomically (temp file, then rename). Failure is not worth bothering anyone. */
export function writeWindowState(file: string, state: WindowState): void {
  const clean = parseWindowState(state);
  if (!clean) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(clean, null, 2)}\n`, 'utf8');
    renameSync(temp, file);
  } catch {
    // Remembering the window's size is a convenience; never fail over it.
  }
}
