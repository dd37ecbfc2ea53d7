/**
 * The quote grid's cells, as plain DOM rather than React components. ag-grid mounts a React
 * component per cell through a portal; at thirteen columns, that was most of the time the grid
 * took to paint its first rows and to repaint after a filter. These build the same few elements
 * directly. (Group headers stay React: they follow the live counts, and there are few of them.)
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { readerHref } from '../../routing/routes';
import { ANCHOR_HINTS } from './evidence-format';
import type { EvidenceRow, QuoteRow } from './quote-rows';

type Params = ICellRendererParams<EvidenceRow, unknown, { investigationId: string }>;

const quoteOf = (data: EvidenceRow | undefined): QuoteRow | null => (data && data.kind === 'quote' ? data : null);

/** One element per cell, filled in again when ag-grid refreshes the cell. */
abstract class Cell implements ICellRendererComp<EvidenceRow> {
  protected gui!: HTMLElement;

  init(params: Params): void {
    this.gui = this.create();
    this.fill(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: Params): boolean {
    this.fill(params);
    return true;
  }

  protected create(): HTMLElement {
    return document.createElement('span');
  }

  protected abstract fill(params: Params): void;
}

/** Up to three lines of text, cut short with an ellipsis. */
export class ClampCell extends Cell {
  protected fill(params: Params): void {
    this.gui.className = 'evidence-grid__clamp';
    this.gui.textContent = typeof params.value === 'string' ? params.value : '';
  }
}

export class QuoteTextCell extends Cell {
  protected fill(params: Params): void {
    this.gui.className = 'evidence-grid__clamp evidence-grid__quote';
    this.gui.textContent = quoteOf(params.data)?.quote.text ?? '';
  }
}

export class TagsCell extends Cell {
  protected fill(params: Params): void {
    const row = quoteOf(params.data);
    const none = !row || row.tagNames.length === 0;
    this.gui.className = none ? 'muted' : 'evidence-grid__clamp';
    this.gui.textContent = none ? 'None' : row.tags;
  }
}

/** "In place" quietly; "Moved" and "Lost" as badges, with what they mean on hover. */
export class AnchorCell extends Cell {
  protected fill(params: Params): void {
    const row = quoteOf(params.data);
    if (!row) {
      this.gui.className = '';
      this.gui.textContent = '';
      this.gui.removeAttribute('title');
      return;
    }
    const exact = row.anchorStatus === 'exact';
    this.gui.className = exact ? 'muted' : `anchor-badge anchor-badge--${row.anchorStatus}`;
    this.gui.textContent = row.anchor;
    if (exact) this.gui.removeAttribute('title');
    else this.gui.title = ANCHOR_HINTS[row.anchorStatus];
  }
}

/** A link to the reader at the quote; out of the tab order (Enter on the row does the same). */
export class OpenLinkCell extends Cell {
  protected override create(): HTMLElement {
    const link = document.createElement('a');
    link.tabIndex = -1;
    link.textContent = 'Open in reader';
    return link;
  }

  protected fill(params: Params): void {
    const row = quoteOf(params.data);
    this.gui.hidden = !row;
    if (row) {
      const { quote } = row;
      this.gui.setAttribute('href', readerHref(params.context.investigationId, quote.transcriptId, { page: quote.pageStart, offset: quote.startOffset }));
    }
  }
}
