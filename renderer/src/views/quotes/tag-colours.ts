/**
 * The colours of quote highlights and tag chips. A highlight is a light tint behind the words
 * plus a line under them in a stronger shade of the same hue, so the text itself keeps its own
 * colour and AA contrast (4.5:1 at least) whatever the tag, and the line stays visible against
 * both white and the tint (3:1 at least).
 *
 * Structure tags have a fixed palette by kind (chapters and sections in blues, recommendations in
 * purples); themes use the colour the codebook gives them, or a green when they have none; a quote
 * with no tags yet is a soft yellow, like a highlighter.
 */
import type { Tag } from '../../../../shared/domain/evidence';

export interface HighlightColour {
  /** Background tint behind the words. */
  tint: string;
  /** The underline (and the chip's left edge). */
  line: string;
}

const TEXT = '#1b1f24';

export const KIND_COLOURS: Record<Tag['kind'], HighlightColour> = {
  chapter: { tint: '#e3edf9', line: '#1d5fa8' },
  section: { tint: '#e1f0f4', line: '#0d6479' },
  recommendation: { tint: '#efe7f7', line: '#6b3a98' },
  theme: { tint: '#e4f2e8', line: '#2b6b3d' },
};

export const UNTAGGED_COLOUR: HighlightColour = { tint: '#fcefc4', line: '#8a5700' };

/** What the kinds are called in the tag picker and legends. */
export const KIND_LABELS: Record<Tag['kind'], string> = {
  chapter: 'Chapter',
  section: 'Section',
  recommendation: 'Recommendation',
  theme: 'Theme',
};

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `b` mixed into `a` (0 = all a, 1 = all b). */
function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount, a[2] + (b[2] - a[2]) * amount];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** A highlight from any colour a theme was given: a pale tint of it, and a line dark enough to see. */
export function colourFromHex(hex: string): HighlightColour | null {
  const base = parseHex(hex);
  if (!base) return null;
  let tint = mix(base, WHITE, 0.84);
  // A very dark or saturated colour can still leave the tint too deep for body text.
  for (let i = 0; i < 10 && contrast(TEXT, toHex(tint)) < 7; i += 1) tint = mix(tint, WHITE, 0.3);
  let line = base;
  for (let i = 0; i < 20 && (contrast(toHex(line), toHex(tint)) < 3.2 || contrast(toHex(line), '#ffffff') < 3.2); i += 1) line = mix(line, BLACK, 0.12);
  return { tint: toHex(tint), line: toHex(line) };
}

/** The colour of a tag: its own (themes), else its kind's. */
export function tagColour(tag: Tag | undefined): HighlightColour {
  if (!tag) return UNTAGGED_COLOUR;
  if (tag.colour) {
    const own = colourFromHex(tag.colour);
    if (own) return own;
  }
  return KIND_COLOURS[tag.kind];
}

/** A quote's colour: its first tag's, or the untagged yellow. */
export function quoteColour(tagIds: readonly string[], tagsById: ReadonlyMap<string, Tag>): HighlightColour {
  for (const id of tagIds) {
    const tag = tagsById.get(id);
    if (tag) return tagColour(tag);
  }
  return UNTAGGED_COLOUR;
}

/**
 * The tint for words under `depth` quotes at once (or the one open in a popover, one deeper):
 * each extra layer mixes more of the line colour in, stopping while body text keeps 4.5:1.
 */
export function deepenTint(colour: HighlightColour, depth: number): string {
  const tint = parseHex(colour.tint);
  const line = parseHex(colour.line);
  if (!tint || !line || depth <= 1) return colour.tint;
  let amount = Math.min(0.3, 0.11 * (depth - 1));
  let out = mix(tint, line, amount);
  while (amount > 0 && contrast(TEXT, toHex(out)) < 5) {
    amount -= 0.03;
    out = mix(tint, line, Math.max(0, amount));
  }
  return toHex(out);
}
