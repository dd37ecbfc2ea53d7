/**
 * Many quotes in seconds, for speed tests and `npm run bench`: copies the store's quotes (and
 * their tags) until there are `total` more, written straight into the store. Marking each through
 * the API would take minutes. Each copy gets its own id, stamps and one of a few notes; its words,
 * speaker, page and tags are those of the quote it copies, so every transcript, speaker and tag
 * the grid shows is a real one.
 */
import type { Db } from '../../db/store';

export function seedQuotes(db: Db, total: number): number {
  const quotes = db.prepare('SELECT * FROM quotes ORDER BY id').all() as Record<string, unknown>[];
  if (quotes.length === 0) throw new Error('seedQuotes copies existing quotes: load the sample investigation first.');
  const links = db.prepare('SELECT quote_id, tag_id, author_id FROM quote_tags').all() as { quote_id: string; tag_id: string; author_id: string }[];
  const tagsOf = new Map<string, { tag_id: string; author_id: string }[]>();
  for (const link of links) tagsOf.set(link.quote_id, [...(tagsOf.get(link.quote_id) ?? []), link]);
  const columns = Object.keys(quotes[0]!);
  const insertQuote = db.prepare(`INSERT INTO quotes (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const insertLink = db.prepare('INSERT INTO quote_tags (id, quote_id, tag_id, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const notes = [null, 'Strong evidence for the recommendation.', 'Contrast with the Commissioner’s answer.', null, 'Check the figures against MOPAC’s dashboard.'];
  let written = 0;
  db.transaction(() => {
    for (let i = 0; i < total; i += 1) {
      const source = quotes[i % quotes.length]!;
      const id = `perf-${String(i).padStart(6, '0')}`;
      const stamp = new Date(Date.UTC(2025, 0, 1, 0, 0, i % 86_400)).toISOString();
      insertQuote.run({ ...source, id, note: notes[i % notes.length], created_at: stamp, updated_at: stamp });
      for (const [n, link] of (tagsOf.get(source.id as string) ?? []).entries()) insertLink.run(`${id}-t${n}`, id, link.tag_id, link.author_id, stamp, stamp);
      written += 1;
    }
  })();
  return written;
}
