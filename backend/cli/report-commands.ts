/**
 * `scrutiny report --investigation ID [--json]`: the report model as the preview and the Word
 * export print it. `--json` prints the whole model (contents, chapters and blocks, recommendations
 * and footnotes numbered in document order, and the check list); without it, the contents, the
 * recommendations with their numbers, the footnotes in order and the problems, as plain lines.
 */
import type { Command } from 'commander';
import type { ReportModel } from '../../shared/report/model';
import type { Backend } from '../index';
import type { WithBackend } from './store-option';
import { printJson, printLines } from './output';


export function reportLines(model: ReportModel): string[] {
  const lines = [model.title, `  ${model.committeeName}`, '', 'Contents'];
  for (const entry of model.contents) lines.push(`${entry.level === 1 ? '  ' : '    '}${entry.text}`);
  lines.push('', `Recommendations (${model.recommendations.length})`);
  for (const recommendation of model.recommendations) {
    lines.push(`  Recommendation ${recommendation.number}`);
    for (const line of recommendation.text.split('\n')) lines.push(`    ${line}`);
    for (const dissent of recommendation.dissents) {
      const part = recommendation.parts.find((p) => p.id === dissent.partId);
      lines.push(`    Dissent: ${dissent.member}${part ? ` (from “${part.text}”)` : ''}`);
    }
  }
  lines.push('', `Footnotes (${model.footnotes.length})`);
  for (const footnote of model.footnotes) lines.push(`  ${footnote.number}. ${footnote.text}`);
  lines.push('', model.problems.length === 0 ? 'No problems found.' : `Problems (${model.problems.length})`);
  for (const problem of model.problems) lines.push(`  ${problem.severity === 'error' ? 'Problem' : 'Check'}: ${problem.message}`);
  return lines;
}

export function registerReportCommands(program: Command, withBackend: WithBackend): void {
  program
    .command('report')
    .description('print the report model: contents, numbered recommendations, footnotes in order, and the check list')
    .requiredOption('--investigation <id>', 'the investigation')
    .option('--json', 'print the whole report model as JSON')
    .action(async (options: { investigation: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const model = await client.call('report.model', { investigationId: options.investigation });
        if (options.json) printJson(model);
        else printLines(reportLines(model));
      });
    });
}
