/**
 * Addresses inside the Draft area. The area keeps its place in the hash's query, so a reload or
 * the Back button returns to the same view, chapter and block:
 *   #/investigations/:id/draft?view=check
 *   #/investigations/:id/draft?chapter=<id>&block=<id>
 */
import { hrefFor } from '../../routing/routes';

export type DraftViewKey = 'write' | 'check' | 'versions';

export function draftHref(investigationId: string, params: { view?: DraftViewKey; chapter?: string | null; block?: string | null } = {}): string {
  const base = hrefFor({ name: 'investigation', id: investigationId, area: 'draft' });
  const query = new URLSearchParams();
  if (params.view && params.view !== 'write') query.set('view', params.view);
  if (params.chapter) query.set('chapter', params.chapter);
  if (params.block) query.set('block', params.block);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** Goes to a chapter (and block) in the Write view without a new page: only the query changes. */
export function goTo(investigationId: string, chapter: string | null, block: string | null = null): void {
  const href = draftHref(investigationId, { chapter, block });
  if (window.location.hash !== href) window.location.hash = href;
}
