/**
 * Properties of merging (fast-check): members do random work on copies of the sample; their
 * bundles, imported into the clerk's store in any two orders, give the same store; importing a
 * bundle again changes nothing; and no member's quote, tag, tag on a quote, dissent or note is
 * dropped (a note that lost to a later one is listed as a conflict).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBytes, importBytes, memberStore, mergedDump, type Member } from '../fixtures/bundles/helpers';

type Action =
  | { kind: 'note'; quote: number; text: string }
  | { kind: 'theme'; name: string }
  | { kind: 'tag'; quote: number; theme: number }
  | { kind: 'quote'; at: number }
  | { kind: 'dissent'; text: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), quote: fc.integer({ min: 0, max: 3 }), text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('theme' as const), name: fc.stringMatching(/^[A-Za-z]{3,12}$/) }),
  fc.record({ kind: fc.constant('tag' as const), quote: fc.integer({ min: 0, max: 3 }), theme: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('quote' as const), at: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ kind: fc.constant('dissent' as const), text: fc.stringMatching(/^[A-Za-z ]{5,40}$/).filter((s) => s.trim().length > 0) }),
);

interface Done {
  quotes: string[];
  tags: string[];
  quoteTags: [string, string][];
  dissents: string[];
  /** quote id → the member's last note on it. */
  notes: Map<string, string>;
}

async function perform(member: Member, actions: Action[], memberIndex: number): Promise<Done> {
  const { client, store } = member.backend;
  const db = store.db;
  const quotes = (db.prepare(`SELECT id, transcript_id FROM quotes WHERE substr(id, 15, 1) = '8' ORDER BY id LIMIT 4`).all() as { id: string; transcript_id: string }[]);
  const done: Done = { quotes: [], tags: [], quoteTags: [], dissents: [], notes: new Map() };
  const themes: string[] = [];
  for (const a of actions) {
    if (a.kind === 'note') {
      const text = `${a.text.trim()} (${memberIndex})`;
      await client.call('quotes.update', { id: quotes[a.quote]!.id, note: text });
      done.notes.set(quotes[a.quote]!.id, text);
    } else if (a.kind === 'theme') {
      // Names are per member so that two members never make sibling themes of the same name.
      const name = `${a.name} ${memberIndex}`;
      if (themes.some((t) => db.prepare('SELECT 1 FROM tags WHERE id = ? AND lower(name) = lower(?)').get(t, name))) continue;
      const tag = await client.call('tags.create', { investigationId: member.investigationId, name });
      themes.push(tag.id);
      done.tags.push(tag.id);
    } else if (a.kind === 'tag') {
      const theme = themes[a.theme % Math.max(1, themes.length)];
      if (!theme) continue;
      const quote = quotes[a.quote]!.id;
      if (db.prepare('SELECT 1 FROM quote_tags WHERE quote_id = ? AND tag_id = ?').get(quote, theme)) continue;
      await client.call('quotes.tag', { quoteId: quote, tagId: theme });
      done.quoteTags.push([quote, theme]);
    } else if (a.kind === 'quote') {
      const start = 5000 + memberIndex * 3000 + a.at * 10;
      // A span the workbench refuses (only a speaker's name) is a quote the member could not make.
      const quote = await client.call('quotes.create', { transcriptId: quotes[0]!.transcript_id, startOffset: start, endOffset: start + 60 }).catch((error: { code?: string }) => {
        if (error.code === 'invalid_input') return null;
        throw error;
      });
      if (quote) done.quotes.push(quote.id);
    } else {
      // Each member dissents in their own name, once per recommendation (the workbench's rule).
      const people = db.prepare('SELECT DISTINCT person_id FROM committee_members ORDER BY person_id').all() as { person_id: string }[];
      const person = people[memberIndex % people.length]!;
      const rec = db
        .prepare(
          `SELECT id FROM recommendations WHERE investigation_id = ? AND id NOT IN
             (SELECT recommendation_id FROM objections WHERE kind = 'dissent' AND member_person_id = ?) ORDER BY position LIMIT 1`,
        )
        .get(member.investigationId, person.person_id) as { id: string } | undefined;
      if (!rec) continue;
      const dissent = await client.call('objections.create', { kind: 'dissent', memberPersonId: person.person_id, recommendationId: rec.id, text: a.text });
      done.dissents.push(dissent.id);
    }
  }
  return done;
}

describe('merge properties', () => {
  it('is order-independent, idempotent and loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(action, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 3 }),
        fc.infiniteStream(fc.nat()),
        async (work, randomness) => {
          const bundles: Buffer[] = [];
          const done: Done[] = [];
          for (const [index, actions] of work.entries()) {
            const member = await memberStore(`Member ${index}`);
            done.push(await perform(member, actions, index));
            bundles.push(await exportBytes(member));
            await member.backend.close();
          }
          // Two orders: as made, and a shuffle drawn from fast-check (so a failure shrinks).
          const shuffled = bundles.map((bundle, i) => ({ bundle, key: randomness.next().value! + i / 10 })).sort((a, b) => a.key - b.key).map((x) => x.bundle);
          const dumps: string[] = [];
          for (const order of [bundles, shuffled]) {
            const clerk = await memberStore('Clerk', 'clerk');
            for (const bundle of order) await importBytes(clerk.backend, bundle);
            const db = clerk.backend.store.db;
            const dump = mergedDump(db);
            // Idempotent: every bundle again, nothing changes.
            for (const bundle of order) {
              const again = await importBytes(clerk.backend, bundle);
              const changed = Object.entries(again.byKind).filter(([, c]) => c.new + c.updated + c.deleted + c.conflicting > 0);
              expect(changed, JSON.stringify(changed)).toEqual([]);
            }
            expect(mergedDump(db)).toBe(dump);
            dumps.push(dump);

            // Nothing dropped.
            const lost = new Set((db.prepare('SELECT row_id, lost_value FROM merge_conflicts').all() as { row_id: string; lost_value: string }[]).map((c) => `${c.row_id}\u0000${JSON.parse(c.lost_value) as string}`));
            for (const d of done) {
              for (const id of d.quotes) expect(db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(id)).toBeTruthy();
              for (const id of d.tags) expect(db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id)).toBeTruthy();
              for (const [q, t] of d.quoteTags) expect(db.prepare('SELECT 1 FROM quote_tags WHERE quote_id = ? AND tag_id = ?').get(q, t)).toBeTruthy();
              for (const id of d.dissents) expect(db.prepare('SELECT 1 FROM objections WHERE id = ?').get(id)).toBeTruthy();
              for (const [quote, note] of d.notes) {
                const current = (db.prepare('SELECT note FROM quotes WHERE id = ?').get(quote) as { note: string }).note;
                expect(current === note || lost.has(`${quote}\u0000${note}`), `note “${note}”`).toBe(true);
              }
            }
            await clerk.backend.close();
          }
          const [a, b] = dumps.map((d) => d!.split('\n'));
          const onlyA = a!.filter((line) => !b!.includes(line));
          const onlyB = b!.filter((line) => !a!.includes(line));
          expect({ onlyA: onlyA.slice(0, 3), onlyB: onlyB.slice(0, 3), a: onlyA.length, b: onlyB.length }).toEqual({ onlyA: [], onlyB: [], a: 0, b: 0 });
        },
      ),
      { numRuns: 10, endOnFailure: true, ...(process.env.BUNDLE_SEED ? { seed: Number(process.env.BUNDLE_SEED), path: process.env.BUNDLE_PATH } : {}) },
    );
  }, 600_000);
});
