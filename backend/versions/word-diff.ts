/**
 * Word-level differences between two texts, with the `diff` package's diffWords (it keeps
 * punctuation and spacing as their own tokens, so "huge" → "serious" marks one word, not the
 * sentence). Runs of the same kind are merged so the UI gets as few pieces as possible.
 */
import { diffWords } from 'diff';
import type { WordChange } from '../../shared/domain/versions';

function push(into: WordChange[], type: WordChange['type'], text: string): void {
  if (text === '') return;
  const last = into[into.length - 1];
  if (last && last.type === type) last.text += text;
  else into.push({ type, text });
}

export function wordChanges(from: string, to: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffWords(from, to)) push(changes, part.added ? 'added' : part.removed ? 'removed' : 'same', part.value);
  return changes;
}

/** A whole text as one kind of change (an added or removed block, a block that only moved). */
export function wholeText(type: WordChange['type'], text: string): WordChange[] {
  return text === '' ? [] : [{ type, text }];
}
