/**
 * Builds the report model (shared/report/model.ts) from the store: reads the investigation, its
 * committee, chapters, blocks, recommendations, objections, footnotes, quotes and metrics, and
 * walks the report once in document order, numbering recommendations and footnotes as they are
 * printed and collecting what the check list should show. Nothing here renders.
 */
import { MEMBER_ROLE_LABELS, displayName, memberName } from '../../shared/domain/labels';
import type { Quote } from '../../shared/domain/evidence';
import type { Chapter, Objection, Recommendation } from '../../shared/domain/types';
import { ChangeStatementError, changeStatement } from '../../shared/format/change-statements';
import { checkBlockContent, type BlockBody } from '../../shared/report/content';
import type {
  ContentsEntry,
  ModelBlock,
  ModelChapter,
  ModelRecommendation,
  RecommendationOccurrence,
  ReportModel,
  ReportProblem,
} from '../../shared/report/model';
import { anchors, type ChapterRole } from '../../shared/report/roles';
import { listBlocks, type BlockRow } from '../../db/repositories/blocks';
import { getCommittee, listMembers, listSecretariat } from '../../db/repositories/committees';
import { listFootnotes } from '../../db/repositories/footnotes';
import { getInvestigation } from '../../db/repositories/investigations';
import { listMeetings } from '../../db/repositories/meetings';
import { findObservation, getFigure, getIndicatorRow } from '../../db/repositories/metrics';
import { listQuotes } from '../../db/repositories/quotes';
import { chapterRoles, listChapters, listObjections, listRecommendations } from '../../db/repositories/report';
import type { Db } from '../../db/store';
import { committeeActivity } from './committee-activity';
import { FootnoteNumbering, type Place } from './footnote-numbering';
import { excerptMatches } from './quote-wording';
import { plainInlines, richTextToModel, type Insertion } from './rich-text-model';

/** The committee's name within its body: "Police and Crime Committee" of "London Assembly Police and Crime Committee". */
export function shortCommitteeName(committee: { name: string; body: string }): string {
  const body = committee.body.trim();
  return body && committee.name.startsWith(`${body} `) ? committee.name.slice(body.length + 1) : committee.name;
}

function chapterHeading(chapter: Chapter): string {
  return chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title;
}

/** The first words of a text, for messages: “The final Police and Crime Plan should…”. */
function opening(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

function recommendationText(recommendation: Recommendation): string {
  return recommendation.parts.map((part) => (part.kind === 'bullet' ? `- ${part.text}` : part.text)).join('\n');
}

/** "Professor Ben Bradford, Director of the Centre for Global City Policing, UCL". */
export function defaultAttribution(quote: Pick<Quote, 'speaker' | 'roleText' | 'organisation'>): string {
  // A speaker not linked to a person is named by the transcript's label, which already carries the
  // role in brackets ("Dr Jane Doe (Director, Org)"): print the name once and the role after it.
  const name = quote.roleText ? quote.speaker.replace(/\s*\([^()]*\)\s*$/, '') : quote.speaker;
  return [name, quote.roleText, quote.organisation].filter((part): part is string => Boolean(part && part.trim())).join(', ');
}

export function buildReportModel(db: Db, investigationId: string): ReportModel | undefined {
  const investigation = getInvestigation(db, investigationId);
  if (!investigation) return undefined;
  const committee = getCommittee(db, investigation.committeeId)!;
  const coverLine = shortCommitteeName(committee);
  const chapters = listChapters(db, investigationId);
  const roles = chapterRoles(db, investigationId);
  const blocks = listBlocks(db, investigationId);
  const objections = listObjections(db, investigationId);
  const recommendations = listRecommendations(db, investigationId, objections);
  const numbering = new FootnoteNumbering(listFootnotes(db, investigationId));
  const problems: ReportProblem[] = [];
  const problem = (code: ReportProblem['code'], message: string, where: { chapterId?: string | null; blockId?: string | null } = {}, severity: ReportProblem['severity'] = 'error') =>
    problems.push({ code, message, chapterId: where.chapterId ?? null, blockId: where.blockId ?? null, severity });

  const chapterName = new Map(chapters.map((c) => [c.id, chapterHeading(c)]));

  // Check every block's content once; blocks that fail are reported and left out.
  const bodies = new Map<string, BlockBody>();
  for (const block of blocks) {
    const checked = checkBlockContent(block.kind, block.content);
    if (checked.ok) bodies.set(block.id, checked.body);
    else problem('block_invalid', `A ${block.kind} block in “${chapterName.get(block.chapterId)}” cannot be printed: ${checked.messages[0]}`, { chapterId: block.chapterId, blockId: block.id });
  }

  // Recommendations are numbered by the blocks that place them, in document order.
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  const numberOf = new Map<string, number>();
  const placedBy = new Map<string, BlockRow>();
  for (const block of blocks) {
    const body = bodies.get(block.id);
    if (body?.kind !== 'recommendation') continue;
    const { recommendationId } = body.content;
    const recommendation = byId.get(recommendationId);
    if (!recommendation) {
      problem('block_invalid', `A recommendation placed in “${chapterName.get(block.chapterId)}” no longer exists; nothing is printed there. Remove the block.`, { chapterId: block.chapterId, blockId: block.id });
      continue;
    }
    if (numberOf.has(recommendationId)) {
      problem('recommendation_placed_twice', `Recommendation ${numberOf.get(recommendationId)} is placed twice; it is printed only where it first appears. Remove the other one from “${chapterName.get(block.chapterId)}”.`, { chapterId: block.chapterId, blockId: block.id });
      continue;
    }
    numberOf.set(recommendationId, numberOf.size + 1);
    placedBy.set(recommendationId, block);
  }
  for (const recommendation of recommendations) {
    if (!numberOf.has(recommendation.id)) {
      const text = opening(recommendationText(recommendation));
      problem('recommendation_not_placed', `${text ? `The recommendation “${text}”` : 'A recommendation with no text'} is not placed in the report, so it has no number and is not printed. Add it to a chapter or section.`, { chapterId: recommendation.chapterId });
    }
  }
  const numbered = recommendations.filter((r) => numberOf.has(r.id)).sort((a, b) => numberOf.get(a.id)! - numberOf.get(b.id)!);
  for (const recommendation of numbered) {
    if (recommendation.parts.every((part) => part.text.trim() === '')) {
      const block = placedBy.get(recommendation.id)!;
      problem('recommendation_without_text', `Recommendation ${numberOf.get(recommendation.id)} has no text.`, { chapterId: block.chapterId, blockId: block.id });
    }
  }

  const dissentsOn = (recommendationId: string) => objections.filter((o) => o.kind === 'dissent' && o.recommendationId === recommendationId);
  const reservationsOn = (blockId: string) => objections.filter((o) => o.kind === 'reservation' && o.blockId === blockId);

  /** One printing of a recommendation, with its dissents' footnotes numbered here. */
  const occurrence = (recommendation: Recommendation, place: Place): RecommendationOccurrence => {
    const number = numberOf.get(recommendation.id)!;
    const dissents = dissentsOn(recommendation.id);
    const lastPart = recommendation.parts[recommendation.parts.length - 1];
    return {
      recommendationId: recommendation.id,
      number,
      heading: `Recommendation ${number}`,
      parts: recommendation.parts.map((part) => {
        const here = dissents.filter((d) => d.recommendationPartId === part.id || (part === lastPart && (d.recommendationPartId === null || !recommendation.parts.some((p) => p.id === d.recommendationPartId))));
        return { partId: part.id, kind: part.kind, inlines: plainInlines(part.text, here.map((d) => numbering.objection(d, place))) };
      }),
    };
  };

  // Quotes and metrics the blocks use, read once.
  const quoteIds = [...bodies.values()].flatMap((body) => (body.kind === 'quote' ? [body.content.quoteId] : []));
  const quotes = new Map(listQuotes(db, { quoteIds }).map((q) => [q.id, q]));

  const reportedEmpty = new Set<string>();
  const footnoteRef = (footnoteId: string, origin: 'text' | 'quote', place: Place): number | null => {
    const number = numbering.reference(footnoteId, origin, place);
    if (number === null) {
      problem('footnote_missing', `A footnote in “${chapterName.get(place.chapterId)}” no longer exists in the register; its reference is left out. Cite the source again.`, place);
    } else if (!reportedEmpty.has(footnoteId)) {
      const footnote = numbering.get(footnoteId)!;
      if (footnote.citations.length === 0 && footnote.textBefore.trim() === '' && footnote.textAfter.trim() === '') {
        reportedEmpty.add(footnoteId);
        problem('footnote_empty', `Footnote ${number} (in “${chapterName.get(place.chapterId)}”) has no citation and no text. Cite a source or write the note.`, place);
      }
    }
    return number;
  };

  const modelBlock = (block: BlockRow, body: BlockBody): ModelBlock | null => {
    const place: Place = { chapterId: block.chapterId, blockId: block.id };
    switch (body.kind) {
      case 'paragraph':
      case 'list': {
        const reservations = reservationsOn(block.id);
        const insertions: Insertion[] = reservations.map((reservation) => ({ anchorText: reservation.anchorText, print: () => numbering.objection(reservation, place) }));
        const { content, unanchored } = richTextToModel(body.content, { footnote: (id) => footnoteRef(id, 'text', place) }, insertions);
        for (const insertion of unanchored) {
          const reservation = reservations[insertions.indexOf(insertion)]!;
          if (insertion.anchorText) problem('reservation_not_placed', `${memberName(reservation.member, committee)}’s reservation is on words (“${opening(insertion.anchorText)}”) no longer in its paragraph; it is printed at the end of the paragraph. Check where it belongs.`, place, 'warning');
        }
        return { kind: body.kind, blockId: block.id, content };
      }
      case 'heading':
        return { kind: 'heading', blockId: block.id, level: body.content.level, text: body.content.text, anchor: anchors.block(block.id) };
      case 'quote': {
        const quote = quotes.get(body.content.quoteId);
        const footnote = body.content.footnoteId === null ? null : footnoteRef(body.content.footnoteId, 'quote', place);
        if (!quote) {
          problem('quote_missing', `A quote in “${chapterName.get(block.chapterId)}” was deleted from the evidence; nothing is printed for it. Choose the quote again or remove the block.`, place);
          return { kind: 'quote', blockId: block.id, quoteId: body.content.quoteId, text: '', attribution: body.content.attribution ?? '', footnote, status: 'missing' };
        }
        const where = `${quote.speaker}’s quote (${quote.transcriptTitle}, p.${quote.pageStart}${quote.pageEnd !== quote.pageStart ? `-${quote.pageEnd}` : ''})`;
        if (quote.anchorStatus === 'lost') problem('quote_lost', `${where} was lost when its transcript was replaced by a corrected version. Check its words against the new transcript.`, place);
        else if (quote.anchorStatus === 'moved') problem('quote_moved', `${where} moved when its transcript was replaced by a corrected version; check its page in the footnote.`, place, 'warning');
        if (body.content.excerpt && !excerptMatches(body.content.excerpt, quote.text)) {
          problem('quote_wording_changed', `The words printed for ${where} are no longer the quote’s words in the evidence. Check the quote and update the printed words.`, place);
        }
        return {
          kind: 'quote',
          blockId: block.id,
          quoteId: quote.id,
          text: body.content.excerpt ?? collapseWhitespace(quote.text),
          attribution: body.content.attribution ?? defaultAttribution(quote),
          footnote,
          status: quote.anchorStatus,
        };
      }
      case 'recommendation': {
        const recommendation = byId.get(body.content.recommendationId);
        if (!recommendation || placedBy.get(recommendation.id) !== block) return null;
        return { kind: 'recommendation', blockId: block.id, recommendation: occurrence(recommendation, place) };
      }
      case 'metric': {
        const statement = metricStatement(db, body.content);
        if (statement.problem) problem('metric_missing', `A metric statement in “${chapterName.get(block.chapterId)}” cannot be written: ${statement.problem}`, place);
        return { kind: 'metric', blockId: block.id, indicatorId: body.content.indicatorId, statement: statement.text };
      }
      case 'chart': {
        const figure = getFigure(db, body.content.figureId);
        if (!figure) problem('chart_missing', `A chart in “${chapterName.get(block.chapterId)}” was deleted from the metrics register. Choose another or remove the block.`, place);
        return { kind: 'chart', blockId: block.id, figureId: body.content.figureId, title: figure?.title ?? null, attachmentSha256: figure?.attachmentSha256 ?? null };
      }
    }
  };

  const blocksIn = (chapterId: string, sectionId: string | null): ModelBlock[] =>
    blocks
      .filter((block) => block.chapterId === chapterId && block.sectionId === sectionId && bodies.has(block.id))
      .map((block) => modelBlock(block, bodies.get(block.id)!))
      .filter((block): block is ModelBlock => block !== null);

  const chairman = listMembers(db, committee.id).find((m) => m.role === 'chairman');
  const meetings = listMeetings(db, investigationId);
  const contents: ContentsEntry[] = [
    { level: 1, text: investigation.title, anchor: 'cover' },
    { level: 1, text: coverLine, anchor: 'committee' },
    { level: 2, text: 'Contact us', anchor: 'contact-us' },
    { level: 1, text: 'Contents', anchor: 'contents' },
  ];

  // The walk: chapters in order, each chapter's own blocks, then generated content, then sections.
  const modelChapters: ModelChapter[] = chapters.map((chapter) => {
    const role: ChapterRole | null = roles.get(chapter.id) ?? null;
    const heading = chapterHeading(chapter);
    const anchor = anchors.chapter(chapter.id);
    contents.push({ level: 1, text: heading, anchor });
    const own = blocksIn(chapter.id, null);
    if (role === 'recommendations') {
      for (const recommendation of numbered) own.push({ kind: 'recommendation', blockId: null, recommendation: occurrence(recommendation, { chapterId: chapter.id, blockId: null }) });
    } else if (role === 'committee_activity') {
      own.push(...committeeActivity(meetings));
    }
    for (const block of own) if (block.kind === 'heading' && block.level === 2) contents.push({ level: 2, text: block.text, anchor: block.anchor });
    const sections = chapter.sections.map((section) => {
      const sectionAnchor = anchors.section(section.id);
      contents.push({ level: 2, text: section.title, anchor: sectionAnchor });
      const sectionBlocks = blocksIn(chapter.id, section.id);
      for (const block of sectionBlocks) if (block.kind === 'heading' && block.level === 2) contents.push({ level: 2, text: block.text, anchor: block.anchor });
      if (sectionBlocks.length === 0) problem('empty_section', `The section “${section.title}” in “${heading}” has no text yet.`, { chapterId: chapter.id });
      return { id: section.id, title: section.title, anchor: sectionAnchor, blocks: sectionBlocks };
    });
    if (own.length === 0 && sections.every((s) => s.blocks.length === 0)) problem('empty_chapter', `“${heading}” is empty: write its text or remove it.`, { chapterId: chapter.id });
    const signature =
      role === 'foreword' && chairman
        ? { name: memberName(chairman.person, committee), role: `${MEMBER_ROLE_LABELS[chairman.role]} of the ${coverLine}` }
        : null;
    return { id: chapter.id, kind: chapter.kind, role, heading, anchor, signature, blocks: own, sections };
  });

  for (const objection of objections) {
    if (objection.kind === 'reservation' && !blocks.some((b) => b.id === objection.blockId)) {
      problem('reservation_not_placed', `${memberName(objection.member, committee)}’s reservation (“${opening(objection.text)}”) is not attached to a paragraph, so it is not printed. Attach it to the paragraph it qualifies.`);
    }
  }

  const modelRecommendations: ModelRecommendation[] = numbered.map((recommendation) => {
    const block = placedBy.get(recommendation.id)!;
    return {
      id: recommendation.id,
      number: numberOf.get(recommendation.id)!,
      text: recommendationText(recommendation),
      parts: recommendation.parts.map((part) => ({ id: part.id, kind: part.kind, text: part.text })),
      addressee: recommendation.addressee,
      dueOn: recommendation.dueOn,
      dueNote: recommendation.dueNote,
      blockId: block.id,
      chapterId: block.chapterId,
      sectionId: block.sectionId,
      dissents: dissentsOn(recommendation.id).map((d: Objection) => ({ objectionId: d.id, member: memberName(d.member, committee), partId: d.recommendationPartId })),
    };
  });

  return {
    investigationId,
    title: investigation.title,
    committeeName: committee.name,
    body: committee.body,
    coverLine,
    committeeDescription: committee.description,
    contactUs: listSecretariat(db, committee.id).map((contact) => ({ name: displayName(contact.person), jobTitle: contact.jobTitle, email: contact.email })),
    contents,
    chapters: modelChapters,
    recommendations: modelRecommendations,
    footnotes: numbering.footnotes,
    problems,
  };
}

/** A quote's words as printed: its line breaks (a PDF's wrapped lines) as spaces. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function metricStatement(db: Db, content: Extract<BlockBody, { kind: 'metric' }>['content']): { text: string | null; problem: string | null } {
  const indicator = getIndicatorRow(db, content.indicatorId);
  if (!indicator) return { text: null, problem: 'its indicator was deleted from the metrics register.' };
  const group = content.groupName ?? null;
  const from = findObservation(db, indicator.id, content.from, group);
  const to = findObservation(db, indicator.id, content.to, group);
  const missing = [!from && content.from, !to && content.to].filter(Boolean);
  if (!from || !to) return { text: null, problem: `“${indicator.name}” has no figure for ${missing.join(' or ')}${group ? ` (${group})` : ''}.` };
  try {
    const statement = changeStatement({ unit: indicator.unit, from: { period: from.period, value: from.value }, to: { period: to.period, value: to.value }, style: content.style });
    return { text: `${indicator.name} ${statement}.`, problem: null };
  } catch (error) {
    if (error instanceof ChangeStatementError) return { text: null, problem: error.message };
    throw error;
  }
}
