/**
 * A paragraph or list block as stored, read-only: the same words and formatting the editor
 * shows, footnotes as their printed numbers. Links are shown, not followed: the draft is for
 * reading and editing, and the preview is where links can be tried.
 */
import type { ReactNode } from 'react';
import type { BlockNode, InlineNode, ListItemNode, RichTextDoc } from '../../../../../shared/report/rich-text';
import type { FootnoteLookup } from '../editor/footnote-node';

function inline(node: InlineNode, key: number, footnotes: FootnoteLookup): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type === 'footnote') {
    const number = footnotes.number(node.attrs.footnoteId);
    return (
      <sup key={key} className="draft-footnote" title={footnotes.text(node.attrs.footnoteId)}>
        {number ?? 'new'}
      </sup>
    );
  }
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else out = <span className="draft-link" title={mark.attrs.href}>{out}</span>;
  }
  return <span key={key}>{out}</span>;
}

function blocks(nodes: readonly (BlockNode | ListItemNode)[], footnotes: FootnoteLookup): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'paragraph':
        return <p key={index}>{(node.content ?? []).map((child, i) => inline(child, i, footnotes))}</p>;
      case 'bulletList':
        return <ul key={index}>{blocks(node.content, footnotes)}</ul>;
      case 'listItem':
        return <li key={index}>{blocks(node.content, footnotes)}</li>;
    }
  });
}

export function RichTextView({ doc, footnotes, extra }: { doc: RichTextDoc; footnotes: FootnoteLookup; extra?: ReactNode }) {
  const empty = doc.content.every((node) => node.type === 'paragraph' && (node.content ?? []).length === 0);
  return (
    <div className="draft-text">
      {empty ? <p className="muted">(No text yet.)</p> : blocks(doc.content, footnotes)}
      {extra}
    </div>
  );
}
