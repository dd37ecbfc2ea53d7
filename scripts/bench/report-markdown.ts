/**
 * The report model as Pandoc Markdown with footnotes, for the export benchmark's peer: pandoc
 * converts this to .docx, and its time is set beside `scrutiny export docx` on the same report.
 *
 * Not a product feature: it writes the same content (headings, paragraphs, bullets, quotes,
 * recommendations, the 151 footnotes with their links) so the two tools do comparable work, and
 * nothing more (no styles, cover or contents: pandoc's own defaults).
 */
import type { Inline, ModelBlock, ReportModel, RichNode } from '../../shared/report/model';

/** Markdown's special characters escaped, so pandoc reads text as text. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!<>|~^$])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

function inlines(list: readonly Inline[]): string {
  return list
    .map((inline) => {
      if (inline.type === 'break') return '\\\n';
      if (inline.type === 'footnote') return `[^${inline.number}]`;
      let text = escape(inline.text);
      if (inline.italic) text = `*${text}*`;
      if (inline.bold) text = `**${text}**`;
      return inline.href ? `[${text}](${inline.href})` : text;
    })
    .join('');
}

function rich(nodes: readonly RichNode[], indent = ''): string[] {
  return nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? [`${indent}${inlines(node.inlines)}`, '']
      : [...node.items.flatMap((item) => item.flatMap((child, i) => (child.type === 'paragraph' ? [`${indent}${i === 0 ? '- ' : '  '}${inlines(child.inlines)}`] : rich([child], `${indent}  `)))), ''],
  );
}

function block(b: ModelBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'list':
      return rich(b.content);
    case 'heading':
      return [`${'#'.repeat(b.level)} ${escape(b.text)}`, ''];
    case 'quote':
      return b.text ? [`> “${escape(b.text)}”${b.footnote !== null ? `[^${b.footnote}]` : ''}`, '>', `> **${escape(b.attribution)}**`, ''] : [];
    case 'recommendation':
      return [
        `**${escape(b.recommendation.heading)}**`,
        '',
        ...b.recommendation.parts.flatMap((part) => (part.kind === 'bullet' ? [`- ${inlines(part.inlines)}`] : ['', inlines(part.inlines), ''])),
        '',
      ];
    case 'metric':
      return b.statement ? [escape(b.statement), ''] : [];
    case 'chart':
      return b.title ? [`*${escape(b.title)}*`, ''] : [];
  }
}

export function reportMarkdown(model: ReportModel): string {
  const lines = [`---`, `title: "${model.title.replace(/"/g, '\\"')}"`, `author: "${model.committeeName.replace(/"/g, '\\"')}"`, `---`, ''];
  for (const chapter of model.chapters) {
    lines.push(`# ${escape(chapter.heading)}`, '');
    if (chapter.signature) lines.push(`**${escape(chapter.signature.name)}**\\`, `**${escape(chapter.signature.role)}**`, '');
    for (const b of chapter.blocks) lines.push(...block(b));
    for (const section of chapter.sections) {
      lines.push(`## ${escape(section.title)}`, '');
      for (const b of section.blocks) lines.push(...block(b));
    }
  }
  for (const footnote of model.footnotes) {
    lines.push(`[^${footnote.number}]: ${footnote.runs.map((run) => (run.href ? `[${escape(run.text)}](${run.href})` : escape(run.text))).join('')}`);
  }
  return `${lines.join('\n')}\n`;
}
