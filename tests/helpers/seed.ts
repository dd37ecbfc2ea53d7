/** The seed report (a copy kept in tests/fixtures), read once, and the clean-up tests compare through. */
import fs from 'node:fs';

export const SEED = fs.readFileSync(new URL('../fixtures/seed/response-to-draft-police-and-crime-plan-2025-29.md', import.meta.url), 'utf8');
export const SEED_LINES = SEED.split(/\r?\n/);

/** Removes footnote markers, markdown links, bold/italic markers and extra whitespace. */
export function cleanSeedText(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
