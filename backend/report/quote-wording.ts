/**
 * A quote block may print part of a quote: pieces of its words joined by "[...]", with editorial
 * insertions in square brackets ("[the priorities] naturally suggest themselves"). The pieces
 * outside brackets must still be the quote's words, in order; when a corrected transcript or an
 * edit in the evidence changes those words, the draft is flagged rather than silently misquoting.
 */

/** Whitespace collapsed, typographic quotation marks and dashes as plain ones, for comparing words. */
export function comparableWords(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every piece of `excerpt` outside square brackets is in `quote`, in order. */
export function excerptMatches(excerpt: string, quote: string): boolean {
  const pieces = comparableWords(excerpt)
    .split(/\s*\[[^\]]*\]\s*/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const words = comparableWords(quote);
  let from = 0;
  for (const piece of pieces) {
    const at = words.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
