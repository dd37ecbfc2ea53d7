/**
 * Footnotes in house style: one formatter for the editor's preview, the footnotes register, the
 * CLI and the Word export, so a footnote reads the same wherever it is printed.
 *
 *   full citation:  Publisher, <link>Title or label</link>, date, locator
 *   title citation: <link>Title or label</link>
 *
 * The date is "accessed 18 February 2025" when the citation (or else its source) has an accessed
 * date, otherwise the published date as precisely as it is known ("18 December 2024",
 * "March 2023", "2024"). Missing parts are left out together with their commas. Text before and
 * after the citations, and the joiners between them, are printed exactly as written.
 */
import type { CitationStyle, PartialDate, TextRun } from '../domain/sources';
import type { Id } from '../domain/types';
import { formatPartialDate } from './dates';

/** What the formatter needs to know about a source. */
export interface CitedSource {
  id: Id;
  publisher: string | null;
  title: string;
  url: string | null;
  publishedOn: PartialDate | null;
  accessedOn: PartialDate | null;
}

/** One citation with its source resolved. */
export interface FormattableCitation {
  source: CitedSource;
  style: CitationStyle;
  locator: string | null;
  label: string | null;
  accessedOn: PartialDate | null;
  joiner: string | null;
}

export interface FormattableFootnote {
  textBefore: string;
  citations: readonly FormattableCitation[];
  textAfter: string;
}

/**
 * Between two citations whose joiner was left empty. A semicolon keeps two full references
 * apart without reading as one ("MOPAC, A, 2024; Home Office, B, 2025").
 */
export const DEFAULT_JOINER = '; ';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link a URL may become, or null. Only http(s) and mailto addresses that parse cleanly are
 * ever linked: `javascript:`, `data:`, `file:` and anything with hidden control characters or
 * spaces (which browsers strip, turning "java\tscript:" into "javascript:") print as plain text.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed === '' || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}

/** "accessed 18 February 2025", "18 December 2024", or null when the source is undated. */
export function citationDate(citation: Pick<FormattableCitation, 'source' | 'accessedOn'>): string | null {
  const accessed = citation.accessedOn ?? citation.source.accessedOn;
  if (accessed) return `accessed ${formatPartialDate(accessed)}`;
  return citation.source.publishedOn ? formatPartialDate(citation.source.publishedOn) : null;
}

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

/** The linked words: the citation's label if it has one, else the source's title. */
function titleRun(citation: FormattableCitation): TextRun {
  const text = present(citation.label) ? citation.label : citation.source.title;
  return { text, href: safeHref(citation.source.url), sourceId: citation.source.id };
}

/** One citation's runs, without joiners. */
export function citationRuns(citation: FormattableCitation): TextRun[] {
  const title = titleRun(citation);
  if (citation.style === 'title') return [title];
  const before = present(citation.source.publisher) ? `${citation.source.publisher}, ` : '';
  const after = [citationDate(citation), citation.locator].filter(present);
  const runs: TextRun[] = [];
  if (before) runs.push({ text: before });
  runs.push(title);
  if (after.length > 0) runs.push({ text: `, ${after.join(', ')}` });
  return runs;
}

/** Joins neighbouring plain runs, so the result is as short as the text allows. */
function mergePlain(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    const plain = (r: TextRun) => !r.href && !r.sourceId;
    if (last && plain(last) && plain(run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** A footnote as runs: text before, the citations with their joiners, text after. */
export function footnoteRuns(footnote: FormattableFootnote): TextRun[] {
  const runs: TextRun[] = [{ text: footnote.textBefore }];
  footnote.citations.forEach((citation, index) => {
    if (index > 0) {
      const joiner = footnote.citations[index - 1]!.joiner;
      runs.push({ text: joiner === null || joiner === '' ? DEFAULT_JOINER : joiner });
    }
    runs.push(...citationRuns(citation));
  });
  runs.push({ text: footnote.textAfter });
  return mergePlain(runs);
}

export function runsToText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The footnote as runs (for the preview and the export) and as plain text (for lists and search). */
export function formatFootnote(footnote: FormattableFootnote): { runs: TextRun[]; text: string } {
  const runs = footnoteRuns(footnote);
  return { runs, text: runsToText(runs) };
}
