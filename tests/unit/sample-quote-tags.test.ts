/**
 * The sample's quote taggings (backend/sample/quote-tags.ts) against the seed report: one tagging
 * per quoted passage and no more; every key exists in the sample investigation; each tagging's
 * chapter and section are where the seed prints the footnote marker; a quote inside a section
 * supports exactly the recommendation its part of the section leads to; and every recommendation
 * the seed supports with quotes is tagged by at least one.
 */
import { SEED, SEED_LINES, cleanSeedText } from '../helpers/seed';
import { describe, it, expect } from 'vitest';
import { SAMPLE_INVESTIGATION as data } from '../../backend/sample/police-and-crime-plan';
import { SAMPLE_QUOTE_TAGS, type SampleQuoteTagging } from '../../backend/sample/quote-tags';
import { QUOTED_PASSAGES } from '../../backend/sample/transcripts/quoted-passages';
import type { SampleChapter } from '../../backend/sample/types';

const LINES = SEED_LINES;
const clean = cleanSeedText;

/**
 * Body headings the Contents does not list, which sit inside a sample section (sections cannot
 * nest, so they are not sections of their own): heading text → the section they belong to.
 */
const SUB_HEADINGS: Record<string, string> = {
  'Preventative work to tackle VAWG': 'vawg',
  'The police response to VAWG and Operation Soteria': 'vawg',
};

interface Position {
  line: number;
  chapter: string;
  section?: string;
}

interface SeedStructure {
  /** Where each footnote's marker sits in the body text (not its definition line). */
  markers: Map<number, Position>;
  /** Each recommendation's heading in the body (after the summary list), in order. */
  recommendationHeadings: { key: string; position: Position }[];
}

/**
 * Walks the seed's headings from the Foreword on: "## Chapter one: …" and the other chapter
 * headings set the chapter, section headings (matched to the sample's section titles) set the
 * section, and every footnote marker is placed where it falls. Recommendation headings, block-
 * quote attributions ("### John Hayward-Cripps, CEO, …") and the two unlisted VAWG sub-headings
 * do not change the place; any other heading inside a chapter fails, so a new or renamed heading
 * cannot silently shift quotes into the wrong section.
 */
function parseSeed(): SeedStructure {
  const chapterByHeading = new Map<string, SampleChapter>();
  for (const c of data.chapters) chapterByHeading.set(c.label ? `${c.label}: ${c.title}` : c.title, c);
  const names = data.people.map((p) => p.fullName);

  const markers = new Map<number, Position>();
  const recommendationHeadings: { key: string; position: Position }[] = [];
  let chapter: SampleChapter | undefined;
  let section: string | undefined;

  LINES.forEach((raw, line) => {
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const text = clean(heading[2] ?? '');
      const nextChapter = chapterByHeading.get(text);
      if (nextChapter) {
        chapter = nextChapter;
        section = undefined;
        return;
      }
      if (!chapter) return; // The cover, "Contact us" and "Contents" come before the Foreword.
      const nextSection = chapter.sections.find((s) => s.title === text);
      if (nextSection) {
        section = nextSection.key;
        return;
      }
      const parent = SUB_HEADINGS[text];
      if (parent !== undefined) {
        if (section !== parent) throw new Error(`sub-heading "${text}" is outside section ${parent} (line ${line + 1})`);
        return;
      }
      const rec = /^Recommendation (\d+)$/.exec(text);
      if (rec) {
        if (chapter.kind === 'front_matter') return; // The summary list.
        const r = data.recommendations[Number(rec[1]) - 1];
        if (!r) throw new Error(`no sample recommendation ${rec[1]} (line ${line + 1})`);
        recommendationHeadings.push({ key: r.key, position: { line, chapter: chapter.key, section } });
        return;
      }
      if (names.some((n) => text.startsWith(`${n},`) || text.startsWith(`${n} `))) return; // Attribution.
      if (chapter.kind === 'closing_matter') return; // Languages, addresses.
      throw new Error(`unexpected heading "${text}" in ${chapter.key} (line ${line + 1})`);
    }

    if (!chapter) return;
    if (/^<sup>\d+<\/sup>\s/.test(raw)) return; // A footnote's definition, not its marker.
    for (const m of raw.matchAll(/<sup>([^<]*)<\/sup>/g)) {
      for (const n of (m[1] ?? '').split(/[\s,]+/).filter((x) => x !== '')) {
        const footnote = Number(n);
        if (!Number.isInteger(footnote)) throw new Error(`odd footnote marker "${m[0]}" (line ${line + 1})`);
        if (markers.has(footnote)) throw new Error(`footnote ${footnote} is marked twice in the body`);
        markers.set(footnote, { line, chapter: chapter.key, section });
      }
    }
  });
  return { markers, recommendationHeadings };
}

const SEED_STRUCTURE = parseSeed();

/** QUOTED_PASSAGES with each passage's index among those carrying its footnote. */
const PASSAGES = (() => {
  const seen = new Map<number, number>();
  return QUOTED_PASSAGES.map((p) => {
    const index = seen.get(p.footnote) ?? 0;
    seen.set(p.footnote, index + 1);
    return { ...p, index, id: `${p.footnote}#${index}` };
  });
})();

const idOf = (t: SampleQuoteTagging): string => `${t.footnote}#${t.index}`;

function markerOf(footnote: number): Position {
  const p = SEED_STRUCTURE.markers.get(footnote);
  if (!p) throw new Error(`footnote ${footnote} has no marker in the seed's body text`);
  return p;
}

/**
 * The recommendation a quote inside a section leads to: the first recommendation heading after
 * the marker in the same chapter and section (so a quote under "Preventative work to tackle VAWG"
 * leads to Recommendation 9, one under "The police response to VAWG…" to Recommendation 10).
 */
function leadsTo(at: Position): string | undefined {
  return SEED_STRUCTURE.recommendationHeadings.find(
    (h) => h.position.line > at.line && h.position.chapter === at.chapter && h.position.section === at.section,
  )?.key;
}

function tally(): Map<string, number> {
  const counts = new Map<string, number>(data.recommendations.map((r) => [r.key, 0]));
  for (const t of SAMPLE_QUOTE_TAGS) for (const r of t.recommendations) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

describe('sample quote taggings', () => {
  it('parses the seed: all twelve recommendation headings, where the sample places them', () => {
    const headings = SEED_STRUCTURE.recommendationHeadings;
    expect(headings.map((h) => h.key)).toEqual(data.recommendations.map((r) => r.key));
    for (const r of data.recommendations) {
      const h = headings.find((x) => x.key === r.key);
      expect(h?.position.chapter, r.key).toBe(r.chapter);
      expect(h?.position.section, r.key).toBe(r.section);
    }
  });

  it('has exactly one tagging per quoted passage, in the same order', () => {
    const ids = SAMPLE_QUOTE_TAGS.map(idOf);
    expect(new Set(ids).size, 'duplicate taggings').toBe(ids.length);
    expect(ids).toEqual(PASSAGES.map((p) => p.id));
  });

  it('uses only chapter, section and recommendation keys of the sample investigation', () => {
    const recKeys = new Set(data.recommendations.map((r) => r.key));
    for (const t of SAMPLE_QUOTE_TAGS) {
      const chapter = data.chapters.find((c) => c.key === t.chapter);
      expect(chapter, `${idOf(t)} chapter ${t.chapter}`).toBeDefined();
      if (t.section !== undefined) {
        expect(chapter?.sections.map((s) => s.key), `${idOf(t)} section`).toContain(t.section);
      }
      expect(new Set(t.recommendations).size, `${idOf(t)} repeats a recommendation`).toBe(t.recommendations.length);
      expect(t.recommendations.length, `${idOf(t)} supports more than two`).toBeLessThanOrEqual(2);
      for (const r of t.recommendations) expect(recKeys.has(r), `${idOf(t)} recommendation ${r}`).toBe(true);
    }
  });

  it('places each quote where the seed prints its footnote marker', () => {
    for (const t of SAMPLE_QUOTE_TAGS) {
      const at = markerOf(t.footnote);
      expect({ chapter: t.chapter, section: t.section }, `footnote ${t.footnote}`).toEqual({
        chapter: at.chapter,
        section: at.section,
      });
    }
  });

  it('tags a quote inside a section with the recommendation that part of the section leads to', () => {
    for (const t of SAMPLE_QUOTE_TAGS) {
      if (t.section === undefined) continue;
      const rec = leadsTo(markerOf(t.footnote));
      expect(rec, `footnote ${t.footnote} leads to no recommendation`).toBeDefined();
      expect(t.recommendations, idOf(t)).toEqual([rec]);
    }
  });

  it('keeps taggings outside sections (Introduction, chapter openings) to reviewed judgement calls', () => {
    const outside = SAMPLE_QUOTE_TAGS.filter((t) => t.section === undefined);
    console.info(
      'Quotes outside any section (judgement calls):\n' +
        outside.map((t) => `  fn ${idOf(t)} [${t.chapter}] → ${t.recommendations.join(', ') || 'none'}: ${t.reason}`).join('\n'),
    );
    for (const t of outside) {
      const chapter = data.chapters.find((c) => c.key === t.chapter);
      expect(['introduction', 'chapter'], idOf(t)).toContain(chapter?.kind);
    }
  });

  it('covers every recommendation the seed supports with quotes', () => {
    const supportedBySeed = new Set(
      SAMPLE_QUOTE_TAGS.flatMap((t) => {
        const at = markerOf(t.footnote);
        const rec = at.section === undefined ? undefined : leadsTo(at);
        return rec ? [rec] : [];
      }),
    );
    const counts = tally();
    for (const r of supportedBySeed) expect(counts.get(r), r).toBeGreaterThan(0);

    const none = data.recommendations.filter((r) => (counts.get(r.key) ?? 0) === 0).map((r) => r.key);
    const unquoted = data.recommendations.filter((r) => !supportedBySeed.has(r.key)).map((r) => r.key);
    console.info(
      `Supporting quotes per recommendation (${SAMPLE_QUOTE_TAGS.length} taggings): ` +
        [...counts].map(([k, n]) => `${k}=${n}`).join(', ') +
        `; supporting none: ${SAMPLE_QUOTE_TAGS.filter((t) => t.recommendations.length === 0).length}` +
        `\nRecommendations with no supporting quote: ${none.join(', ') || 'none'}` +
        `\nRecommendations whose own section quotes nobody: ${unquoted.join(', ') || 'none'}`,
    );
  });

  it('gives every tagging a one-line reason', () => {
    for (const t of SAMPLE_QUOTE_TAGS) {
      expect(t.reason.trim().length, idOf(t)).toBeGreaterThan(0);
      expect(t.reason, idOf(t)).not.toMatch(/\n/);
      expect(t.reason.length, `${idOf(t)} reason is long`).toBeLessThanOrEqual(120);
    }
  });
});
