/**
 * The sample report drafted completely: every block of ./report-text.ts written through the
 * blocks repository, with the chapters' roles, the reservation anchored to its paragraph and the
 * recommendations in the order of the blocks that place them.
 *
 * Footnotes are found by their position in the register, which for the sample is the seed's
 * footnote number; so this must run after the sample's footnotes are saved, and fails loudly if
 * one is missing rather than drafting a report with holes in it.
 */
import { blockContent, type BlockBody } from '../../shared/report/content';
import { markupList, markupParagraphs } from '../../shared/report/markup';
import { plainText } from '../../shared/report/rich-text';
import type { ChapterRole } from '../../shared/report/roles';
import { insertBlock, syncRecommendationOrder } from '../../db/repositories/blocks';
import { recordChange } from '../../db/repositories/change-log';
import { listObjections, setChapterRole, setObjectionBlock } from '../../db/repositories/report';
import type { Db } from '../../db/store';
import { sampleId } from './load-sample';
import { SAMPLE_REPORT_TEXT, type SampleBlock } from './report-text';

const ROLES: Record<string, ChapterRole> = {
  foreword: 'foreword',
  'executive-summary': 'executive_summary',
  recommendations: 'recommendations',
  'committee-activity': 'committee_activity',
};

/** Must run inside the sample's transaction, after its quotes and footnotes are saved. */
export function saveSampleReport(db: Db, authorId: string, investigationId: string): { blocks: number } {
  const footnoteAt = db.prepare('SELECT id, objection_id FROM footnotes WHERE investigation_id = ? AND position = ?');
  const footnote = (reference: string | number): string => {
    const row = footnoteAt.get(investigationId, Number(reference)) as { id: string; objection_id: string | null } | undefined;
    if (!row) throw new Error(`The sample report cites footnote ${reference}, which is not in the register: load the sample's footnotes first.`);
    if (row.objection_id) throw new Error(`The sample report cites footnote ${reference} by hand, but it prints an objection, which the report prints itself.`);
    return row.id;
  };

  const body = (block: SampleBlock): BlockBody => {
    switch (block.kind) {
      case 'paragraph':
        return blockContent('paragraph', markupParagraphs([block.text], footnote));
      case 'list':
        return blockContent('list', markupList(block.items, footnote));
      case 'heading':
        return blockContent('heading', { text: block.text, level: block.level });
      case 'recommendation':
        return blockContent('recommendation', { recommendationId: sampleId(`recommendation/${block.key}`) });
      case 'quote':
        return blockContent('quote', {
          quoteId: sampleId(`quote/${block.footnote}/${block.index}`),
          footnoteId: block.cites ? footnote(block.footnote) : null,
          ...(block.attribution ? { attribution: block.attribution } : {}),
          ...(block.excerpt ? { excerpt: block.excerpt } : {}),
        });
    }
  };

  const paragraphs: { id: string; text: string }[] = [];
  let count = 0;
  const write = (chapterKey: string, sectionKey: string | null, blocks: readonly SampleBlock[]) => {
    const chapterId = sampleId(`chapter/${chapterKey}`);
    const sectionId = sectionKey ? sampleId(`section/${chapterKey}/${sectionKey}`) : null;
    blocks.forEach((block, position) => {
      const made = body(block);
      const id = sampleId(`block/${chapterKey}/${sectionKey ?? '-'}/${position}`);
      insertBlock(db, authorId, { chapterId, sectionId, position, kind: made.kind, content: made.content }, id);
      if (made.kind === 'paragraph') paragraphs.push({ id, text: plainText(made.content) });
      count += 1;
    });
  };

  for (const chapter of SAMPLE_REPORT_TEXT) {
    const role = ROLES[chapter.chapter];
    if (role) setChapterRole(db, sampleId(`chapter/${chapter.chapter}`), role);
    write(chapter.chapter, null, chapter.blocks);
    for (const section of chapter.sections) write(chapter.chapter, section.section, section.blocks);
  }

  // A reservation sits on the paragraph whose words it quotes.
  for (const objection of listObjections(db, investigationId)) {
    if (objection.kind !== 'reservation' || objection.blockId || !objection.anchorText) continue;
    const paragraph = paragraphs.find((p) => p.text.includes(objection.anchorText!));
    if (!paragraph) throw new Error(`No sample paragraph has the words of the reservation “${objection.anchorText}”.`);
    setObjectionBlock(db, objection.id, paragraph.id);
  }

  syncRecommendationOrder(db, investigationId);
  recordChange(db, { authorId, entity: 'report', entityId: investigationId, action: 'create', summary: `Drafted the sample report (${count} blocks).`, investigationId });
  return { blocks: count };
}
