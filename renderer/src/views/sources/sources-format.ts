/** Words about sources and footnotes, as the Sources pages print them. */
import type { SourceKind } from '../../../../shared/domain/types';
import type { PartialDate } from '../../../../shared/domain/sources';
import { formatPartialDate as formatSharedPartialDate } from '../../../../shared/format/dates';

/** One source's kind, in the singular ("Dashboard or data"), for the grid, the form and the filter. */
export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  transcript: 'Transcript',
  dashboard: 'Dashboard or data',
  report: 'Report',
  web_page: 'Web page',
  legislation: 'Legislation',
  news: 'News',
  manifesto: 'Manifesto',
  letter: 'Letter',
  informal_meeting_notes: 'Notes of an informal meeting',
  other: 'Other',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as precise as the source gives it, in house style: "18 December 2024", "March 2023",
 * "2024". Anything unexpected is shown as it is rather than breaking the page.
 */
export function formatPartialDate(value: PartialDate | null | undefined, placeholder = ''): string {
  if (!value) return placeholder;
  try {
    return formatSharedPartialDate(value);
  } catch {
    return value;
  }
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link to put in an href, or null. The backend only stores http(s) and mailto links, but the
 * page never trusts that: a `javascript:` or `file:` address is shown as text, never as a link.
 */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Lower case without accents, so "zoe" finds "Zoë". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every word of the query appears somewhere in the text (already folded). */
export function matchesWords(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

/**
 * What a clerk types as a date, in the form the contract checks: "18/12/2024" and
 * "18 December 2024" become "2024-12-18", "March 2023" and "03/2023" become "2023-03". Anything
 * else goes as typed, for the contract to explain what it expects.
 */
export function toPartialIso(text: string): string {
  const value = text.trim();
  const pad = (n: string) => n.padStart(2, '0');
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (british) return `${british[3]}-${pad(british[2]!)}-${pad(british[1]!)}`;
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (monthYear) return `${monthYear[2]}-${pad(monthYear[1]!)}`;
  const words = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})$/.exec(value);
  if (words) {
    const month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(words[2]!.toLowerCase()) && words[2]!.length >= 3);
    if (month >= 0) return `${words[3]}-${pad(String(month + 1))}${words[1] ? `-${pad(words[1])}` : ''}`;
  }
  return value;
}
