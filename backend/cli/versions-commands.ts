/**
 * `scrutiny versions --investigation ID [--json]`: the saved versions of the report (name, when,
 * by whom, whether agreed) and the agreements recorded (date, members present, dissents noted).
 * `--json` prints `{ versions, agreements }` as the API returns them.
 */
import type { Command } from 'commander';
import type { Agreement, ReportVersion } from '../../shared/domain/versions';
import { formatLongDate } from '../../shared/format/dates';
import type { Backend } from '../index';
import { printJson, printLines } from './output';

/** main.ts's own: opens the store the global options name, runs the work, closes it. */
type WithBackend = <T>(program: Command, work: (backend: Backend) => Promise<T>) => Promise<T>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function versionLines(versions: ReportVersion[], agreements: Agreement[]): string[] {
  const lines = [versions.length === 0 ? 'No versions saved.' : `Versions (${versions.length}), newest first`];
  for (const version of versions) {
    const agreed = version.agreement ? `agreed on ${formatLongDate(version.agreement.agreedOn)}` : 'not agreed';
    lines.push(`  ${version.name}`);
    lines.push(`    saved ${formatLongDate(version.createdAt.slice(0, 10))}${version.authorName ? ` by ${version.authorName}` : ''}; ${agreed}; ${plural(version.recommendationCount, 'recommendation')}, ${plural(version.footnoteCount, 'footnote')}${version.sameAsCurrent ? '; same as the current draft' : ''}`);
    if (version.note) lines.push(`    ${version.note}`);
    lines.push(`    id ${version.id}`);
  }
  if (agreements.length > 0) lines.push('', `Agreements (${agreements.length})`);
  for (const agreement of agreements) {
    lines.push(`  ${formatLongDate(agreement.agreedOn)}: “${agreement.versionName}”`);
    lines.push(`    Members present: ${agreement.membersPresent.map((m) => m.name).join(', ')}`);
    if (agreement.dissentsNoted.length === 0) lines.push('    Dissents noted: none');
    for (const dissent of agreement.dissentsNoted) {
      const on = dissent.recommendationNumber !== null ? ` (Recommendation ${dissent.recommendationNumber}${dissent.part ? `, from “${dissent.part}”` : ''})` : '';
      lines.push(`    Dissent: ${dissent.member}${on}`);
    }
    if (agreement.note) lines.push(`    Note: ${agreement.note}`);
  }
  return lines;
}

export function registerVersionCommands(program: Command, withBackend: WithBackend): void {
  program
    .command('versions')
    .description('list the saved versions of the report and the agreements recorded')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--json', 'print { versions, agreements } as JSON')
    .action(async (options: { investigation: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const versions = await client.call('versions.list', { investigationId: options.investigation });
        const agreements = await client.call('agreements.list', { investigationId: options.investigation });
        if (options.json) printJson({ versions, agreements });
        else printLines(versionLines(versions, agreements));
      });
    });
}
