/**
 * Hash routes, so that a reload (or the desktop app's restart) keeps the clerk's place without a
 * router library or server-side routes:
 *   #/                              investigations (or the welcome screen on an empty store)
 *   #/new                           start a new investigation
 *   #/investigations/:id/:area      one area of one investigation
 */
import type { Id } from '../../../shared/domain/types';

export const AREAS = [
  { key: 'overview', label: 'Overview' },
  { key: 'meetings', label: 'Meetings & witnesses' },
  { key: 'transcripts', label: 'Transcripts' },
  { key: 'evidence', label: 'Evidence' },
  { key: 'sources', label: 'Sources' },
  { key: 'metrics', label: 'Metrics' },
  { key: 'draft', label: 'Draft' },
  { key: 'export', label: 'Export' },
] as const;

export type AreaKey = (typeof AREAS)[number]['key'];

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'investigation'; id: Id; area: AreaKey }
  | { name: 'not-found'; path: string };

export function isAreaKey(value: string): value is AreaKey {
  return AREAS.some((area) => area.key === value);
}

export function areaLabel(key: AreaKey): string {
  return AREAS.find((area) => area.key === key)?.label ?? key;
}

/**
 * Reads a location hash. Returns null for a hash that is not a route at all (an in-page anchor
 * such as "#main"), which the router ignores rather than treating as a page.
 */
export function parseHash(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  if (!path.startsWith('/')) return null;
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 1 && segments[0] === 'new') return { name: 'new' };
  if (segments[0] === 'investigations' && segments[1]) {
    const area = segments[2] ?? 'overview';
    if (segments.length <= 3 && isAreaKey(area)) return { name: 'investigation', id: segments[1], area };
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new':
      return '#/new';
    case 'investigation':
      return `#/investigations/${encodeURIComponent(route.id)}/${route.area}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
