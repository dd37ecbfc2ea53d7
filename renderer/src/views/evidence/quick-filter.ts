/**
 * The grid's quick filter: every word typed must appear somewhere in a quote's row (its words,
 * speaker, role, organisation, meeting, date, page, tags, author, note or anchor), in any case and
 * with or without accents ("zoe" finds "Zoë").
 *
 * Each row's texts are worked out once, ahead of time (quote-rows.ts), so a filter over 50,000
 * quotes is a few `includes` per row rather than ag-grid's own quick filter, which reads every
 * column's value of every row the first time and so took a quarter of a second.
 */
import { foldText } from './evidence-format';
import type { SearchParts } from './quote-rows';

/** The words to look for, as the rows' texts hold them: lower case, without accents. */
export function filterWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

/**
 * A filter for one set of words. Each word must appear in the quote's shared part or its own
 * (a word never spans the two: the parts' fields are whole words apart). Which words a shared part
 * lacks is worked out once per shared part and remembered for this filter.
 */
export function createMatcher(words: readonly string[]): (parts: SearchParts) => boolean {
  const lacking = new Map<string, readonly string[]>();
  return (parts) => {
    let missing = lacking.get(parts.shared);
    if (missing === undefined) {
      missing = words.filter((word) => !parts.shared.includes(word));
      lacking.set(parts.shared, missing);
    }
    for (const word of missing) if (!parts.own.includes(word)) return false;
    return true;
  };
}

/**
 * Applies what is typed at the next frame, and only the latest of what was typed by then: a
 * keystroke costs no extra wait, while keys pressed as a filter runs over many rows are taken
 * together rather than one filter each. (A page in the background gets no frames, hence the
 * timer.)
 */
export function createFrameDebounce(apply: (value: string) => void): { push(value: string): void; cancel(): void } {
  let pending: string | null = null;
  let frame = 0;
  let timer = 0;
  const run = () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    frame = 0;
    timer = 0;
    if (pending === null) return;
    const value = pending;
    pending = null;
    apply(value);
  };
  return {
    push(value) {
      pending = value;
      if (frame !== 0) return;
      frame = window.requestAnimationFrame(run);
      timer = window.setTimeout(run, 100);
    },
    cancel() {
      pending = null;
      run();
    },
  };
}
