/**
 * `scrutiny sources` and `scrutiny footnotes`: the sources register as a table, and the footnotes
 * in house style, numbered in register order (document order once drafting exists). Both go
 * through the same API as the UI; `--json` prints stable shapes for tools (see the README).
 */
import type { Command } from 'commander';
import { SOURCE_KIND_LABELS, type Source } from '../../shared/domain/sources';
import { formatPartialDate } from '../../shared/format/dates';
import type { Backend } from '../index';
import type { WithBackend } from './store-option';
import { printJson, printLines } from './output';


/** Long titles and author lists are cut (with …) so a row fits a wide terminal; --json has them whole. */
const TITLE_WIDTH = 72;
const PUBLISHER_WIDTH = 32;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The date that tells same-titled sources apart (five transcripts share a title). */
function dated(source: Source): string {
  if (source.publishedOn) return formatPartialDate(source.publishedOn);
  return source.accessedOn ? `accessed ${formatPartialDate(source.accessedOn)}` : '';
}

/** A plain-text table: columns padded to their widest cell, numbers on the right. */
export function sourcesTable(sources: readonly Source[]): string[] {
  const rows = sources.map((s) => [SOURCE_KIND_LABELS[s.kind], truncate(s.publisher ?? '', PUBLISHER_WIDTH), truncate(s.title, TITLE_WIDTH), dated(s), String(s.citationCount)]);
  const header = ['Kind', 'Publisher', 'Title', 'Date', 'Citations'];
  const widths = header.map((h, column) => Math.max(h.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function registerSourceCommands(program: Command, withBackend: WithBackend): void {
  program
    .command('sources')
    .description('list the sources register: kind, publisher, title, date and how often each is cited')
    .option('--investigation <id>', 'only this investigation’s register')
    .option('--json', 'print JSON (stable shape, see the README)')
    .action(async (options: { investigation?: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const sources = await client.call('sources.list', options.investigation ? { investigationId: options.investigation } : {});
        if (options.json) {
          printJson(sources);
          return;
        }
        if (sources.length === 0) {
          printLines(['No sources yet.']);
          return;
        }
        const citations = sources.reduce((n, s) => n + s.citationCount, 0);
        const duplicates = sources.filter((s) => s.likelyDuplicateIds.length > 0).length;
        printLines([
          ...sourcesTable(sources),
          '',
          `${sources.length} sources, ${citations} citations.${duplicates ? ` ${duplicates} sources look like duplicates of another (merge them in the Sources view).` : ''}`,
        ]);
      });
    });

  program
    .command('footnotes')
    .description('print an investigation’s footnotes in house style, numbered in order')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--json', 'print JSON (stable shape, see the README)')
    .action(async (options: { investigation: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const footnotes = await client.call('footnotes.list', { investigationId: options.investigation });
        if (options.json) {
          printJson(
            footnotes.map((f) => ({
              id: f.id,
              number: f.position,
              text: f.text,
              runs: f.runs,
              citations: f.citations.map((c) => ({ sourceId: c.sourceId, style: c.style, locator: c.locator, label: c.label, accessedOn: c.accessedOn })),
              objectionId: f.objectionId,
            })),
          );
          return;
        }
        if (footnotes.length === 0) {
          printLines(['No footnotes yet.']);
          return;
        }
        const width = String(footnotes.length).length;
        printLines(footnotes.map((f) => `${String(f.position).padStart(width)}  ${f.text.replace(/\s+/g, ' ').trim()}`));
      });
    });
}
