/**
 * A footnote's runs as the Word export prints them (backend/export/docx/footnotes.ts): plain words
 * joined into one run, links kept apart, and words in another script kept apart for their font.
 */
import { describe, expect, it } from 'vitest';
import { printedRuns } from '../../backend/export/docx/footnotes';

describe('printedRuns', () => {
  it('joins plain words, including the title of a source with no address, into one run', () => {
    expect(printedRuns([{ text: ' ' }, { text: 'MOPAC, ' }, { text: 'Police and Crime Plan', href: null, sourceId: 's1' }, { text: ', 18 December 2024' }])).toEqual([
      { text: ' MOPAC, Police and Crime Plan, 18 December 2024', href: null },
    ]);
  });

  it('keeps a linked title as its own run between the plain words', () => {
    expect(printedRuns([{ text: ' MOPAC, ' }, { text: 'Plan', href: 'https://www.london.gov.uk/plan' }, { text: ', 2024' }])).toEqual([
      { text: ' MOPAC, ', href: null },
      { text: 'Plan', href: 'https://www.london.gov.uk/plan' },
      { text: ', 2024', href: null },
    ]);
  });

  it('prints an address it would not link (not http(s) or mailto) as plain words, joined with the rest', () => {
    expect(printedRuns([{ text: 'See ' }, { text: 'this', href: 'javascript:alert(1)' }, { text: '.' }])).toEqual([{ text: 'See this.', href: null }]);
  });

  it('keeps words in another script apart, each with its own font', () => {
    expect(printedRuns([{ text: ' Mayor, ' }, { text: 'لندن کی پولیس' }, { text: ', 2024' }, { text: ', 伦敦' }])).toEqual([
      { text: ' Mayor, ', href: null },
      { text: 'لندن کی پولیس', href: null },
      { text: ', 2024', href: null },
      { text: ', 伦敦', href: null },
    ]);
  });

  it('drops empty runs', () => {
    expect(printedRuns([{ text: '' }, { text: 'A' }, { text: '' }, { text: 'B' }])).toEqual([{ text: 'AB', href: null }]);
  });
});
