/**
 * The report's text editor (TipTap): bold, italic, links (http(s) and mailto only), line breaks,
 * footnotes, and — in a list block — a bullet list. Nothing else can be typed or pasted in, so
 * what it saves always passes the store's check (shared/report/rich-text.ts).
 *
 * Keys: Ctrl/Cmd+B bold, Ctrl/Cmd+I italic, Ctrl/Cmd+Alt+F insert a footnote, Shift+Enter a line
 * break; in a list, Tab and Shift+Tab indent and outdent an item. Escape leaves the editor.
 */
import { Extension, Node, type JSONContent } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { safeHref } from '../../../../../shared/format/footnotes';
import type { RichTextDoc, RichTextShape } from '../../../../../shared/report/rich-text';
import { commandKey } from '../../../format/keys';
import { LinkDialog } from '../dialogs/LinkDialog';
import { FootnoteNode } from './footnote-node';
import { cleanPastedHtml, sanitisedSlice } from './paste';

/** A list block's document is one bullet list and nothing else. */
const ListDocument = Node.create({ name: 'doc', topNode: true, content: 'bulletList' });
const ParagraphsDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph+' });

function extensions(shape: RichTextShape, shortcuts: { current: { footnote: () => void; escape: () => void } }) {
  const list = shape === 'list';
  return [
    shape === 'list' ? ListDocument : ParagraphsDocument,
    StarterKit.configure({
      document: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      orderedList: false,
      strike: false,
      underline: false,
      // Its empty paragraph after every edit would be saved into the report.
      trailingNode: false,
      bulletList: list ? {} : false,
      listItem: list ? {} : false,
      listKeymap: list ? {} : false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: 'noopener noreferrer', class: null },
        // The report prints only web and email links; the store refuses anything else.
        isAllowedUri: (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim()) && safeHref(url) !== null,
      },
    }),
    FootnoteNode,
    Extension.create({
      name: 'draftShortcuts',
      addKeyboardShortcuts() {
        return {
          'Mod-Alt-f': () => {
            shortcuts.current.footnote();
            return true;
          },
          Escape: () => {
            shortcuts.current.escape();
            return true;
          },
        };
      },
    }),
  ];
}

export interface RichTextEditorProps {
  shape: RichTextShape;
  initial: RichTextDoc;
  /** The editor's accessible name: "Text of the paragraph". */
  label: string;
  onChange: (doc: RichTextDoc) => void;
  onBlur: () => void;
  /** Asks for a footnote to insert; `insert` puts it where the cursor was. */
  onRequestFootnote: (insert: (footnoteId: string) => void) => void;
  /** Escape: stop editing (the caller saves). */
  onEscape: () => void;
}

export function RichTextEditor({ shape, initial, label, onChange, onBlur, onRequestFootnote, onEscape }: RichTextEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const callbacks = useRef({ onChange, onBlur, onRequestFootnote, onEscape });
  callbacks.current = { onChange, onBlur, onRequestFootnote, onEscape };
  const shortcuts = useRef({ footnote: () => {}, escape: () => {} });

  const editor = useEditor({
    immediatelyRender: true,
    extensions: extensions(shape, shortcuts),
    content: initial as JSONContent,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'draft-editor__text', spellcheck: 'true', lang: 'en-GB' },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handlePaste: (view, _event, slice) => {
        view.dispatch(view.state.tr.replaceSelection(sanitisedSlice(slice, view.state.schema, shape)).scrollIntoView());
        return true;
      },
      // Text dropped in from elsewhere is pasted text too (moving text within the editor is not).
      handleDrop: (view, event, slice, moved) => {
        if (moved) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (at) view.dispatch(view.state.tr.replaceRange(at.pos, at.pos, sanitisedSlice(slice, view.state.schema, shape)));
        return true;
      },
    },
    onUpdate: ({ editor: current }) => callbacks.current.onChange(current.getJSON() as RichTextDoc),
    onBlur: ({ event }) => {
      // Moving to the toolbar, or a dialog the toolbar opened, is still editing.
      const next = event.relatedTarget;
      if (next instanceof HTMLElement && next.closest('[data-editing-scope]')) return;
      callbacks.current.onBlur();
    },
  });

  const insertFootnote = (current: Editor) => {
    callbacks.current.onRequestFootnote((footnoteId) => {
      current.chain().focus().insertContent({ type: 'footnote', attrs: { footnoteId } }).run();
      // The picker, closing, gives focus back to what opened it a frame later: take it back after.
      window.requestAnimationFrame(() => window.requestAnimationFrame(() => current.commands.focus()));
    });
  };
  shortcuts.current = {
    footnote: () => editor && insertFootnote(editor),
    escape: () => callbacks.current.onEscape(),
  };

  useEffect(() => {
    editor?.commands.focus('end');
  }, [editor]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      link: current?.isActive('link') ?? false,
      canSink: shape === 'list' && (current?.can().sinkListItem('listItem') ?? false),
      canLift: shape === 'list' && (current?.can().liftListItem('listItem') ?? false),
    }),
  });

  if (!editor) return null;
  const key = commandKey();
  return (
    <div className="draft-editor">
      <div className="draft-editor__toolbar" role="toolbar" aria-label="Formatting">
        <button type="button" className="draft-tool" aria-pressed={state?.bold ?? false} aria-keyshortcuts="Control+B Meta+B" title={`Bold (${key} B)`} onClick={() => editor.chain().focus().toggleBold().run()}>
          <strong>Bold</strong>
        </button>
        <button type="button" className="draft-tool" aria-pressed={state?.italic ?? false} aria-keyshortcuts="Control+I Meta+I" title={`Italic (${key} I)`} onClick={() => editor.chain().focus().toggleItalic().run()}>
          <em>Italic</em>
        </button>
        <button type="button" className="draft-tool" onClick={() => setLinkOpen(true)}>
          {state?.link ? 'Edit link' : 'Link'}
        </button>
        {state?.link ? (
          <button type="button" className="draft-tool" onClick={() => editor.chain().focus().extendMarkRange('link').unsetLink().run()}>
            Remove link
          </button>
        ) : null}
        {shape === 'list' ? (
          <>
            <button type="button" className="draft-tool" disabled={!state?.canSink} onClick={() => editor.chain().focus().sinkListItem('listItem').run()}>
              Indent
            </button>
            <button type="button" className="draft-tool" disabled={!state?.canLift} onClick={() => editor.chain().focus().liftListItem('listItem').run()}>
              Outdent
            </button>
          </>
        ) : null}
        <button type="button" className="draft-tool draft-tool--footnote" aria-keyshortcuts="Control+Alt+F Meta+Alt+F" title={`Insert a footnote (${key} Alt F)`} onClick={() => insertFootnote(editor)}>
          Insert footnote
        </button>
      </div>
      <EditorContent editor={editor} />
      {linkOpen ? (
        <LinkDialog
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
          onSave={(href) => {
            editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            setLinkOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
