/**
 * The inline footnote node: an atom holding only the id of a footnote in the register
 * (`{ type: 'footnote', attrs: { footnoteId } }`, as shared/report/rich-text.ts allows), shown as
 * the number the report prints it with. Numbers come from the report model through context, so
 * every footnote in every open editor renumbers when the model does; one not yet numbered (just
 * inserted, the model still reloading) shows "new".
 */
import { Node, mergeAttributes } from '@tiptap/core';
import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import { createContext, useContext } from 'react';

export interface FootnoteLookup {
  number(footnoteId: string): number | undefined;
  text(footnoteId: string): string | undefined;
}

export const FootnoteContext = createContext<FootnoteLookup>({ number: () => undefined, text: () => undefined });

function FootnoteView({ node, selected }: NodeViewProps) {
  const lookup = useContext(FootnoteContext);
  const id = String(node.attrs.footnoteId ?? '');
  const number = lookup.number(id);
  const text = lookup.text(id);
  return (
    <NodeViewWrapper as="sup" className={selected ? 'draft-footnote draft-footnote--selected' : 'draft-footnote'} data-footnote-id={id} title={text ?? 'A new footnote: its number appears when the report is saved.'}>
      {number ?? 'new'}
    </NodeViewWrapper>
  );
}

export const FootnoteNode = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      footnoteId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-footnote-id'),
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-footnote-id': attributes.footnoteId }),
      },
    };
  },

  // Copying a footnote within the workbench and pasting it elsewhere keeps it a footnote.
  parseHTML() {
    return [{ tag: 'sup[data-footnote-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'draft-footnote' }), '*'];
  },

  renderText() {
    return '';
  },

  addNodeView() {
    return ReactNodeViewRenderer(FootnoteView, { as: 'span', className: 'draft-footnote-view' });
  },
});
