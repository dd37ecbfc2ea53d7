/**
 * The report's footnotes as real Word footnotes (word/footnotes.xml), in Footnote Text, with each
 * source's title a link to its address (only http(s) and mailto: shared/format/footnotes.ts).
 *
 * Footnote ids are the model's numbers. Word numbers footnotes itself, in the order of their
 * references, which is the order the model numbered them in; so Word's numbers are the model's.
 */
import { Paragraph } from 'docx';
import { safeHref } from '../../../shared/format/footnotes';
import type { TextRun } from '../../../shared/domain/sources';
import type { ModelBlock, ReportModel, RichNode } from '../../../shared/report/model';
import { linkRuns, textRuns } from './inlines';
import { scriptKey } from './scripts';
import type { StyleIds } from './styles';

type FootnotesOption = Record<string, { children: Paragraph[] }>;

/** How often each footnote number is referenced in the body (more than once needs a NOTEREF). */
export function footnoteReferenceCounts(model: ReportModel): Map<number, number> {
  const counts = new Map<number, number>();
  const count = (number: number) => counts.set(number, (counts.get(number) ?? 0) + 1);
  const rich = (nodes: readonly RichNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') for (const inline of node.inlines) if (inline.type === 'footnote') count(inline.number);
      if (node.type === 'bulletList') for (const item of node.items) rich(item);
    }
  };
  const block = (b: ModelBlock) => {
    if (b.kind === 'paragraph' || b.kind === 'list') rich(b.content);
    else if (b.kind === 'quote' && b.footnote !== null) count(b.footnote);
    else if (b.kind === 'recommendation') for (const part of b.recommendation.parts) for (const inline of part.inlines) if (inline.type === 'footnote') count(inline.number);
  };
  for (const chapter of model.chapters) {
    chapter.blocks.forEach(block);
    for (const section of chapter.sections) section.blocks.forEach(block);
  }
  return counts;
}

interface PrintedRun {
  text: string;
  /** The link's address, or null for plain words. */
  href: string | null;
}

/**
 * A footnote's runs as Word prints them: neighbouring plain words in one run. The model keeps a
 * source's title as a run of its own even when the source has no address (the app links it to
 * the source); in Word it is plain, and a clerk editing the footnote should meet one run, not
 * four. Words in different scripts stay apart, as each gets its script's font.
 */
export function printedRuns(runs: readonly TextRun[]): PrintedRun[] {
  const printed: PrintedRun[] = [];
  let lastScript = '';
  for (const run of runs) {
    if (run.text === '') continue;
    const href = safeHref(run.href);
    const script = scriptKey(run.text);
    const last = printed[printed.length - 1];
    if (last && last.href === null && href === null && lastScript === script) last.text += run.text;
    else printed.push({ text: run.text, href });
    lastScript = script;
  }
  return printed;
}

/** Every footnote the body references, ready for the Document's `footnotes` option. */
export function footnotesOption(model: ReportModel, referenced: ReadonlySet<number>, ids: StyleIds): FootnotesOption {
  const option: FootnotesOption = {};
  for (const footnote of model.footnotes) {
    if (!referenced.has(footnote.number)) continue;
    // A space after Word's footnote number, as Word itself writes one.
    const runs = printedRuns([{ text: ' ' }, ...footnote.runs]);
    const children = runs.flatMap((run) => (run.href ? linkRuns(run.text, run.href, ids) : textRuns(run.text)));
    option[String(footnote.number)] = { children: [new Paragraph({ style: ids.FootnoteText, children })] };
  }
  return option;
}
