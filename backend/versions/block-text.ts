/**
 * A block of the report model as text, twice over: `key`, which decides whether two versions of
 * a block are the same (footnote references by identity, the recommendation's number left out
 * because renumbering is reported on its own), and `text`, which the reader sees and the word
 * differences are worked out on (footnote references as "[23]", bullets as "• ").
 *
 * Formatting (bold, italic, a link's address) is not compared: the comparison is of the words.
 */
import type { Inline, ModelBlock, RecommendationOccurrence, RichNode } from '../../shared/report/model';
import type { FootnoteRefs } from './footnote-keys';

export interface BlockText {
  key: string;
  text: string;
}

/** Marks a footnote's identity in a key; never typed by anyone, so it cannot collide with words. */
const MARK = '\u0001';

class TextBuilder {
  key = '';
  text = '';

  constructor(private readonly refs: FootnoteRefs) {}

  words(words: string): this {
    this.key += words;
    this.text += words;
    return this;
  }

  footnote(number: number): this {
    this.key += `${MARK}${this.refs.key(number)}${MARK}`;
    this.text += this.refs.label(number);
    return this;
  }

  inlines(inlines: readonly Inline[]): this {
    for (const inline of inlines) {
      if (inline.type === 'text') this.words(inline.text);
      else if (inline.type === 'break') this.words('\n');
      else this.footnote(inline.number);
    }
    return this;
  }

  rich(nodes: readonly RichNode[], depth = 0): this {
    nodes.forEach((node, index) => {
      if (index > 0) this.words('\n');
      if (node.type === 'paragraph') this.inlines(node.inlines);
      else
        node.items.forEach((item, itemIndex) => {
          if (itemIndex > 0) this.words('\n');
          this.words(`${'  '.repeat(depth)}• `).rich(item, depth + 1);
        });
    });
    return this;
  }

  recommendation(occurrence: RecommendationOccurrence): this {
    occurrence.parts.forEach((part, index) => {
      if (index > 0) this.words('\n');
      if (part.kind === 'bullet') this.words('• ');
      this.inlines(part.inlines);
    });
    return this;
  }

  done(): BlockText {
    return { key: this.key, text: this.text };
  }
}

export function blockText(block: ModelBlock, refs: FootnoteRefs): BlockText {
  const builder = new TextBuilder(refs);
  switch (block.kind) {
    case 'paragraph':
    case 'list':
      return builder.rich(block.content).done();
    case 'heading':
      // The level is part of what the heading is: a heading moved up a level reads differently.
      return { key: `${block.level}${MARK}${block.text}`, text: block.text };
    case 'quote':
      builder.words(block.text ? `“${block.text}”` : '');
      if (block.footnote !== null) builder.footnote(block.footnote);
      return builder.words(block.attribution ? `\n— ${block.attribution}` : '').done();
    case 'recommendation':
      return builder.recommendation(block.recommendation).done();
    case 'metric':
      return builder.words(block.statement ?? '(a figure for this statement is missing)').done();
    case 'chart':
      return builder.words(`Chart: ${block.title ?? '(missing from the metrics register)'}`).done();
  }
}
