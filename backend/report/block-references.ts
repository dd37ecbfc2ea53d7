/**
 * What a block points at must exist and belong to the block's own investigation: footnotes in
 * its text, its quote and that quote's footnote, its recommendation (placed once only), its
 * indicator or chart. Refusals are ApiErrors a clerk can act on; nothing is written here except
 * the footnote a quote dropped in without one gets (inside the caller's transaction).
 */
import { ApiError } from '../../shared/api/errors';
import type { BlockBody, NewBlockBody } from '../../shared/report/content';
import { footnoteIdsIn } from '../../shared/report/rich-text';
import { blockPlacingRecommendation, getBlock } from '../../db/repositories/blocks';
import { getFootnote, insertFootnote } from '../../db/repositories/footnotes';
import { getFigure, getIndicatorRow } from '../../db/repositories/metrics';
import { getRecommendationRow, listRecommendations } from '../../db/repositories/report';
import type { Db } from '../../db/store';

function invalid(field: string, message: string): never {
  throw new ApiError('invalid_input', message, { [field]: message });
}

function checkFootnote(db: Db, footnoteId: string, investigationId: string, field: string): void {
  const footnote = getFootnote(db, footnoteId);
  if (!footnote) invalid(field, 'A footnote in this block is no longer in the register. Cite the source again.');
  if (footnote.investigationId !== investigationId) invalid(field, 'A footnote in this block belongs to another investigation’s register.');
}

interface QuoteRow {
  investigation_id: string;
  transcript_id: string;
  source_id: string | null;
  page_start: number;
  page_end: number;
}

function quoteRow(db: Db, quoteId: string): QuoteRow | undefined {
  return db
    .prepare(
      `SELECT m.investigation_id, q.transcript_id, t.source_id, q.page_start, q.page_end
       FROM quotes q JOIN transcripts t ON t.id = q.transcript_id JOIN meetings m ON m.id = t.meeting_id WHERE q.id = ?`,
    )
    .get(quoteId) as QuoteRow | undefined;
}

/** A footnote citing the quote's transcript at its page ("p.12", "p.10-11"). */
function footnoteForQuote(db: Db, authorId: string, quote: QuoteRow, investigationId: string): string {
  if (!quote.source_id) {
    throw new ApiError('conflict', 'This quote’s transcript is not in the sources register, so its footnote cannot be made. Add the transcript to the register, or choose a footnote for the quote.');
  }
  const locator = quote.page_start === quote.page_end ? `p.${quote.page_start}` : `p.${quote.page_start}-${quote.page_end}`;
  return insertFootnote(db, authorId, {
    investigationId,
    textBefore: '',
    citations: [{ sourceId: quote.source_id, style: 'full', locator, label: null, accessedOn: null, joiner: null }],
    textAfter: '',
  });
}

/**
 * Checks a block's references and returns the body to store (a quote given without a footnote
 * gets a new one). `blockId` is the block being updated, so placing its own recommendation again
 * is not "placed twice".
 */
export function resolveBlockReferences(db: Db, authorId: string, investigationId: string, body: NewBlockBody, blockId: string | null): BlockBody {
  switch (body.kind) {
    case 'paragraph':
    case 'list':
      for (const footnoteId of footnoteIdsIn(body.content)) checkFootnote(db, footnoteId, investigationId, 'block.content');
      return body;
    case 'heading':
      return body;
    case 'quote': {
      const quote = quoteRow(db, body.content.quoteId);
      if (!quote) invalid('block.content.quoteId', 'That quote no longer exists in the evidence. Choose it again.');
      if (quote.investigation_id !== investigationId) invalid('block.content.quoteId', 'That quote is from another investigation’s transcripts.');
      let footnoteId = body.content.footnoteId;
      if (footnoteId === undefined) footnoteId = footnoteForQuote(db, authorId, quote, investigationId);
      else if (footnoteId !== null) checkFootnote(db, footnoteId, investigationId, 'block.content.footnoteId');
      return { kind: 'quote', content: { ...body.content, footnoteId } };
    }
    case 'recommendation': {
      const { recommendationId } = body.content;
      const recommendation = getRecommendationRow(db, recommendationId);
      if (!recommendation) invalid('block.content.recommendationId', 'That recommendation no longer exists.');
      if (recommendation.investigationId !== investigationId) invalid('block.content.recommendationId', 'That recommendation belongs to another investigation.');
      const placed = blockPlacingRecommendation(db, recommendationId);
      if (placed && placed !== blockId) {
        const number = listRecommendations(db, investigationId).find((r) => r.id === recommendationId)?.number;
        const where = getBlock(db, placed);
        const title = where && (db.prepare('SELECT title FROM chapters WHERE id = ?').pluck().get(where.chapterId) as string);
        throw new ApiError('conflict', `Recommendation ${number} is already in the report${title ? `, in “${title}”` : ''}. Move it there instead of adding it twice.`);
      }
      return body;
    }
    case 'metric': {
      const indicator = getIndicatorRow(db, body.content.indicatorId);
      if (!indicator) invalid('block.content.indicatorId', 'That indicator no longer exists in the metrics register.');
      if (indicator.investigation_id !== null && indicator.investigation_id !== investigationId) invalid('block.content.indicatorId', 'That indicator belongs to another investigation.');
      return body;
    }
    case 'chart': {
      const figure = getFigure(db, body.content.figureId);
      if (!figure) invalid('block.content.figureId', 'That chart no longer exists in the metrics register.');
      if (figure.investigationId !== investigationId) invalid('block.content.figureId', 'That chart belongs to another investigation.');
      return body;
    }
  }
}
