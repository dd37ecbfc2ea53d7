/** Words and numbers about quotes, as the Evidence pages print them. */
import type { AnchorStatus, Quote } from '../../../../shared/domain/evidence';

/** "p.12", or "p.10-11" for a quote across pages, as the report's footnotes cite them. */
export function pageLabel(quote: Pick<Quote, 'pageStart' | 'pageEnd'>): string {
  return quote.pageEnd > quote.pageStart ? `p.${quote.pageStart}-${quote.pageEnd}` : `p.${quote.pageStart}`;
}

export const ANCHOR_LABELS: Record<AnchorStatus, string> = {
  exact: 'In place',
  moved: 'Moved',
  lost: 'Lost',
};

export const ANCHOR_HINTS: Record<AnchorStatus, string> = {
  exact: 'The quote is where it was marked.',
  moved: 'A corrected transcript moved these words; the quote follows them.',
  lost: 'A corrected transcript no longer has these words; the quote keeps the text as it was marked.',
};

/** "Dr Alex Example, Head of Research, Knife Crime Institute". */
export function attribution(quote: Pick<Quote, 'speaker' | 'roleText' | 'organisation'>): string {
  const parts = [quote.speaker];
  if (quote.roleText && !quote.speaker.includes(quote.roleText)) parts.push(quote.roleText);
  if (quote.organisation && !parts.some((part) => part.includes(quote.organisation!))) parts.push(quote.organisation);
  return parts.join(', ');
}

/** Today's date on this computer as YYYY-MM-DD, for file names ("evidence-2025-01-15.csv"). */
export function localDateStamp(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Lower case without accents, so "zoe" finds "Zoë". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
