/**
 * Hash routes, so that a reload (or the desktop app's restart) keeps the clerk's place without a
 * router library or server-side routes:
 *   #/                              investigations (or the welcome screen on an empty store)
 *   #/new                           start a new investigation
 *   #/investigations/:id/:area      one area of one investigation
 *   #/investigations/:id/transcripts/:transcriptId?page=12&offset=3456&q=…
 *                                   the transcript reader, opened at a page (or an offset into the
 *                                   transcript's text), with search terms to highlight
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

/** Where the reader opens: a page, or an offset into the transcript's text, and terms to highlight. */
export interface ReaderTarget {
  page?: number;
  offset?: number;
  q?: string;
}

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'investigation'; id: Id; area: AreaKey; transcriptId?: Id; target?: ReaderTarget }
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
  const full = hash.replace(/^#/, '');
  if (full === '' || full === '/') return { name: 'home' };
  if (!full.startsWith('/')) return null;
  const queryAt = full.indexOf('?');
  const path = queryAt === -1 ? full : full.slice(0, queryAt);
  const query = queryAt === -1 ? '' : full.slice(queryAt + 1);
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 1 && segments[0] === 'new') return { name: 'new' };
  if (segments[0] === 'investigations' && segments[1]) {
    const area = segments[2] ?? 'overview';
    if (segments.length <= 3 && isAreaKey(area)) return { name: 'investigation', id: segments[1], area };
    if (segments.length === 4 && area === 'transcripts' && segments[3]) {
      const target = parseTarget(query);
      return { name: 'investigation', id: segments[1], area, transcriptId: segments[3], ...(target ? { target } : {}) };
    }
  }
  return { name: 'not-found', path: full };
}

function parseTarget(query: string): ReaderTarget | null {
  if (!query) return null;
  const params = new URLSearchParams(query);
  const target: ReaderTarget = {};
  const page = Number(params.get('page'));
  if (params.has('page') && Number.isInteger(page) && page >= 0) target.page = page;
  const offset = Number(params.get('offset'));
  if (params.has('offset') && Number.isInteger(offset) && offset >= 0) target.offset = offset;
  const q = params.get('q');
  if (q) target.q = q;
  return Object.keys(target).length > 0 ? target : null;
}

function targetQuery(target: ReaderTarget | undefined): string {
  if (!target) return '';
  const params = new URLSearchParams();
  if (target.page !== undefined) params.set('page', String(target.page));
  if (target.offset !== undefined) params.set('offset', String(target.offset));
  if (target.q) params.set('q', target.q);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new':
      return '#/new';
    case 'investigation':
      if (route.transcriptId) {
        return `#/investigations/${encodeURIComponent(route.id)}/transcripts/${encodeURIComponent(route.transcriptId)}${targetQuery(route.target)}`;
      }
      return `#/investigations/${encodeURIComponent(route.id)}/${route.area}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The reader for one transcript, optionally at a page or offset. */
export function readerHref(investigationId: Id, transcriptId: Id, target?: ReaderTarget): string {
  return hrefFor({ name: 'investigation', id: investigationId, area: 'transcripts', transcriptId, ...(target ? { target } : {}) });
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
