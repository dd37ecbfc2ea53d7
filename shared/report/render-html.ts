/**
 * The report model as HTML, for the live preview: pure string building, no DOM, so it runs the
 * same in the renderer, the backend and tests.
 *
 * - Every heading has an id (the contents link to them); every stored block carries
 *   `data-block-id` (and chapters and sections `data-chapter-id` / `data-section-id`) so a click
 *   in the preview can open the block in the editor.
 * - Footnote references link to the footnote list at the end of their chapter (or of the whole
 *   document), and each footnote links back to its reference.
 * - Links are printed only for http(s) and mailto addresses; everything else is text. All text
 *   and attribute values are escaped.
 */
import type { TextRun } from '../domain/sources';
import { safeHref } from '../format/footnotes';
import type { Inline, ModelBlock, ModelChapter, ModelFootnote, RecommendationOccurrence, ReportModel, RichNode } from './model';
import { anchors } from './roles';

export interface RenderOptions {
  /** Where footnotes are listed: after each chapter (the default) or once at the end. */
  footnotes?: 'chapter' | 'document';
  /** The address of a chart's image from its attachment's SHA-256; without it, charts show their title only. */
  figureSrc?: (sha256: string) => string | null;
  /** Mark lost or deleted quotes in the text (the preview does; an export would not). Default true. */
  flagProblems?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function attr(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;
}

function link(href: string | null | undefined, inner: string, extra = ''): string {
  const safe = safeHref(href);
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer"${extra}>${inner}</a>` : inner;
}

class Renderer {
  private readonly referenced = new Set<number>();

  constructor(
    private readonly model: ReportModel,
    private readonly options: Required<Pick<RenderOptions, 'footnotes' | 'flagProblems'>> & Pick<RenderOptions, 'figureSrc'>,
  ) {}

  footnoteRef(number: number): string {
    // A footnote referenced twice is numbered once; only the first reference can be linked back to.
    const id = this.referenced.has(number) ? '' : attr('id', anchors.footnoteRef(number));
    this.referenced.add(number);
    return `<sup class="footnote-ref"><a href="#${anchors.footnote(number)}"${id} aria-label="Footnote ${number}">${number}</a></sup>`;
  }

  inline(inline: Inline): string {
    if (inline.type === 'break') return '<br>';
    if (inline.type === 'footnote') return this.footnoteRef(inline.number);
    let html = escapeHtml(inline.text);
    if (inline.italic) html = `<em>${html}</em>`;
    if (inline.bold) html = `<strong>${html}</strong>`;
    return inline.href ? link(inline.href, html) : html;
  }

  inlines(list: readonly Inline[]): string {
    return list.map((i) => this.inline(i)).join('');
  }

  rich(nodes: readonly RichNode[]): string {
    return nodes
      .map((node) =>
        node.type === 'paragraph'
          ? `<p>${this.inlines(node.inlines)}</p>`
          : `<ul>${node.items.map((item) => `<li>${item.map((child) => (child.type === 'paragraph' && item.length === 1 ? this.inlines(child.inlines) : this.rich([child]))).join('')}</li>`).join('')}</ul>`,
      )
      .join('');
  }

  recommendation(occurrence: RecommendationOccurrence, headingLevel: number, blockId: string | null): string {
    const parts: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (bullets.length > 0) parts.push(`<ul>${bullets.join('')}</ul>`);
      bullets = [];
    };
    for (const part of occurrence.parts) {
      if (part.kind === 'bullet') bullets.push(`<li${attr('data-part-id', part.partId)}>${this.inlines(part.inlines)}</li>`);
      else {
        flush();
        parts.push(`<p${attr('data-part-id', part.partId)}>${this.inlines(part.inlines)}</p>`);
      }
    }
    flush();
    const id = blockId ? attr('id', anchors.block(blockId)) : '';
    return `<section class="recommendation"${id}${attr('data-block-id', blockId)}${attr('data-recommendation-id', occurrence.recommendationId)}><h${headingLevel} class="recommendation-heading">${escapeHtml(occurrence.heading)}</h${headingLevel}>${parts.join('')}</section>`;
  }

  block(block: ModelBlock, headingLevel: number): string {
    const data = block.blockId ? attr('data-block-id', block.blockId) : '';
    switch (block.kind) {
      case 'paragraph':
      case 'list':
        return `<div class="block block-${block.kind}"${block.blockId ? attr('id', anchors.block(block.blockId)) : ''}${data}>${this.rich(block.content)}</div>`;
      case 'heading':
        return `<h${block.level} class="block-heading"${attr('id', block.anchor)}${data}>${escapeHtml(block.text)}</h${block.level}>`;
      case 'quote': {
        const flagged = this.options.flagProblems && (block.status === 'lost' || block.status === 'missing');
        const flag = flagged
          ? `<p class="flag" role="note">${block.status === 'lost' ? 'This quote was lost when its transcript was replaced by a corrected version: check its words.' : 'This quote was deleted from the evidence.'}</p>`
          : '';
        const words = block.text ? `<p>“${escapeHtml(block.text)}”${block.footnote !== null ? this.footnoteRef(block.footnote) : ''}</p>` : '';
        return `<figure class="quote${flagged ? ' quote-flagged' : ''}"${attr('id', anchors.block(block.blockId))}${data}${attr('data-quote-id', block.quoteId)}>${flag}<blockquote>${words}</blockquote>${block.attribution ? `<figcaption>${escapeHtml(block.attribution)}</figcaption>` : ''}</figure>`;
      }
      case 'recommendation':
        return this.recommendation(block.recommendation, headingLevel, block.blockId);
      case 'metric':
        return `<p class="block block-metric"${attr('id', anchors.block(block.blockId))}${data}>${block.statement ? escapeHtml(block.statement) : '<span class="flag">A figure for this statement is missing from the metrics register.</span>'}</p>`;
      case 'chart': {
        const src = block.attachmentSha256 && this.options.figureSrc ? this.options.figureSrc(block.attachmentSha256) : null;
        const title = block.title ?? 'Chart missing from the metrics register';
        return `<figure class="block block-chart"${attr('id', anchors.block(block.blockId))}${data}>${src ? `<img${attr('src', src)}${attr('alt', title)}>` : ''}<figcaption>${escapeHtml(title)}</figcaption></figure>`;
      }
    }
  }

  runs(runs: readonly TextRun[]): string {
    return runs.map((run) => (run.href ? link(run.href, escapeHtml(run.text), attr('data-source-id', run.sourceId ?? null)) : escapeHtml(run.text))).join('');
  }

  footnoteList(footnotes: readonly ModelFootnote[]): string {
    if (footnotes.length === 0) return '';
    const items = footnotes
      .map((f) => `<li${attr('id', anchors.footnote(f.number))} value="${f.number}"${attr('data-footnote-id', f.footnoteId)}>${this.runs(f.runs)} <a href="#${anchors.footnoteRef(f.number)}" class="footnote-back" aria-label="Back to reference ${f.number}">↩</a></li>`)
      .join('');
    return `<aside class="footnotes" aria-label="Footnotes"><ol>${items}</ol></aside>`;
  }

  chapter(chapter: ModelChapter): string {
    const signature = chapter.signature ? `<p class="signature"><strong>${escapeHtml(chapter.signature.name)}</strong><br><strong>${escapeHtml(chapter.signature.role)}</strong></p>` : '';
    const own = chapter.blocks.map((b) => this.block(b, 2)).join('');
    const sections = chapter.sections
      .map((s) => `<section class="report-section"${attr('id', s.anchor)}${attr('data-section-id', s.id)}><h2>${escapeHtml(s.title)}</h2>${s.blocks.map((b) => this.block(b, 3)).join('')}</section>`)
      .join('');
    const notes = this.options.footnotes === 'chapter' ? this.footnoteList(this.model.footnotes.filter((f) => f.chapterId === chapter.id)) : '';
    return `<section class="chapter chapter-${chapter.kind.replace('_', '-')}"${attr('id', chapter.anchor)}${attr('data-chapter-id', chapter.id)}><h1>${escapeHtml(chapter.heading)}</h1>${signature}${own}${sections}${notes}</section>`;
  }

  frontPages(): string {
    const { model } = this;
    const contacts = model.contactUs
      .map((c) => `<li><strong>${escapeHtml(c.name)}</strong><br>${escapeHtml(c.jobTitle)}${c.email ? `<br>${link(`mailto:${c.email}`, escapeHtml(c.email))}` : ''}</li>`)
      .join('');
    const contents = model.contents.map((entry) => `<li class="contents-level-${entry.level}"><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a></li>`).join('');
    return [
      `<header class="cover" id="cover"><h1>${escapeHtml(model.title)}</h1><p class="cover-line">${escapeHtml(model.coverLine)}</p></header>`,
      `<section class="committee-page" id="committee">${model.body ? `<p class="committee-body">${escapeHtml(model.body.toUpperCase())}</p>` : ''}<h1>${escapeHtml(model.coverLine)}</h1>${model.committeeDescription ? `<p>${escapeHtml(model.committeeDescription)}</p>` : ''}<h2 id="contact-us">Contact us</h2><ul class="contacts">${contacts}</ul></section>`,
      `<nav class="contents" id="contents" aria-labelledby="contents-heading"><h1 id="contents-heading">Contents</h1><ol>${contents}</ol></nav>`,
    ].join('');
  }

  render(): string {
    const chapters = this.model.chapters.map((c) => this.chapter(c)).join('');
    const notes = this.options.footnotes === 'document' ? this.footnoteList(this.model.footnotes) : '';
    return `<article class="report" lang="en-GB">${this.frontPages()}${chapters}${notes}</article>`;
  }
}

/** The report as an HTML fragment (one `<article>`), to put into a page. */
export function renderReportHtml(model: ReportModel, options: RenderOptions = {}): string {
  return new Renderer(model, { footnotes: options.footnotes ?? 'chapter', flagProblems: options.flagProblems ?? true, figureSrc: options.figureSrc }).render();
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
.cover, .committee-page, .contents, .chapter { border-bottom: 1px solid #ccc; padding-bottom: 1.5rem; margin-bottom: 2rem; }
.contents ol { list-style: none; padding: 0; } .contents-level-2 { padding-left: 1.5rem; }
.recommendation { border: 2px solid #1d5a8c; padding: 0.5rem 1rem; margin: 1rem 0; }
.quote blockquote { font-style: italic; margin: 1rem 2rem; } .quote figcaption { font-weight: bold; margin: 0 2rem; }
.flag { background: #fff3cd; border-left: 4px solid #b45309; padding: 0.25rem 0.5rem; }
.footnotes { font-size: 0.875rem; border-top: 1px solid #ccc; margin-top: 1.5rem; }
.footnote-ref a { text-decoration: none; }
`;

/**
 * The plain stylesheet, with its page rule on `root`: "body" in a page of its own, or the element
 * a preview is shown in (the Draft area shows it in a shadow root, as ":host").
 */
export function reportStyle(root = 'body'): string {
  return STYLE.replace(/^body \{/m, `${root} {`);
}

/** A whole HTML document: the fragment with a title and a plain stylesheet (for a preview frame or a file). */
export function renderReportPage(model: ReportModel, options: RenderOptions = {}): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title><style>${reportStyle()}</style></head><body>${renderReportHtml(model, options)}</body></html>`;
}
