/** The house-style footnote formatter (shared by the preview, the register, the CLI and the Word export). */
import { describe, expect, it } from 'vitest';
import { SAMPLE_FOOTNOTES } from '../../backend/sample/footnotes';
import { SAMPLE_SOURCES, transcriptSourceKey } from '../../backend/sample/sources';
import { SAMPLE_TRANSCRIPTS } from '../../backend/sample/transcripts';
import { formatPartialDate } from '../../shared/format/dates';
import { citationDate, formatFootnote, safeHref, type CitedSource, type FormattableCitation } from '../../shared/format/footnotes';
import { SEED_LINES } from '../helpers/seed';

const source = (fields: Partial<CitedSource> = {}): CitedSource => ({
  id: 'src',
  publisher: 'MOPAC',
  title: 'Victims and Witnesses Dashboard',
  url: null,
  publishedOn: null,
  accessedOn: null,
  ...fields,
});

const citation = (fields: Partial<FormattableCitation> = {}): FormattableCitation => ({
  source: source(),
  style: 'full',
  locator: null,
  label: null,
  accessedOn: null,
  joiner: null,
  ...fields,
});

const text = (citations: FormattableCitation[], textBefore = '', textAfter = '') => formatFootnote({ textBefore, citations, textAfter }).text;

describe('formatPartialDate', () => {
  it('prints a day, a month or a year in house style', () => {
    expect(formatPartialDate('2024-12-18')).toBe('18 December 2024');
    expect(formatPartialDate('2025-02-04')).toBe('4 February 2025');
    expect(formatPartialDate('2023-03')).toBe('March 2023');
    expect(formatPartialDate('2024')).toBe('2024');
  });

  it('refuses anything that is not a real partial date', () => {
    for (const bad of ['', '18/12/2024', '2024-13', '2024-00', '2024-02-30', '2023-02-29', '2024-1-5', '24', '2024-12-18T00:00:00Z']) {
      expect(() => formatPartialDate(bad), bad).toThrow(RangeError);
    }
    expect(formatPartialDate('2024-02-29')).toBe('29 February 2024');
  });
});

describe('a full citation', () => {
  it('prints publisher, title, date and locator, as a transcript is cited', () => {
    const transcript = source({ publisher: 'London Assembly', title: 'Police and Crime Committee Transcript', publishedOn: '2025-01-29' });
    expect(text([citation({ source: transcript, locator: 'p.38' })])).toBe('London Assembly, Police and Crime Committee Transcript, 29 January 2025, p.38');
    expect(text([citation({ source: transcript, locator: 'p.10-11' })])).toBe('London Assembly, Police and Crime Committee Transcript, 29 January 2025, p.10-11');
  });

  it('prints a dashboard "accessed" on the citation’s own date, else the source’s, in preference to the published date', () => {
    const dashboard = source({ accessedOn: '2025-02-04', publishedOn: '2020-01-01' });
    expect(text([citation({ source: dashboard })])).toBe('MOPAC, Victims and Witnesses Dashboard, accessed 4 February 2025');
    expect(text([citation({ source: dashboard, accessedOn: '2025-02-18' })])).toBe('MOPAC, Victims and Witnesses Dashboard, accessed 18 February 2025');
    expect(citationDate(citation({ source: source({ publishedOn: '2024-12-18' }), accessedOn: '2025-03' }))).toBe('accessed March 2025');
  });

  it('prints a published date as precisely as it is known', () => {
    expect(text([citation({ source: source({ publisher: null, title: 'Baroness Casey Review', publishedOn: '2023-03' }), locator: 'p.7' })])).toBe('Baroness Casey Review, March 2023, p.7');
    expect(text([citation({ source: source({ title: 'Annual Report', publishedOn: '2024' }) })])).toBe('MOPAC, Annual Report, 2024');
  });

  it('leaves out missing parts together with their commas', () => {
    const act = source({ publisher: null, title: 'Police Reform and Social Responsibility Act 2011' });
    expect(text([citation({ source: act, locator: 'Section 6' })])).toBe('Police Reform and Social Responsibility Act 2011, Section 6');
    expect(text([citation({ source: act })])).toBe('Police Reform and Social Responsibility Act 2011');
    expect(text([citation({ source: source({ title: 'Police and Crime Plan Dashboard' }) })])).toBe('MOPAC, Police and Crime Plan Dashboard');
    expect(text([citation({ source: source({ publisher: '  ' }), locator: ' ' })])).toBe('Victims and Witnesses Dashboard');
    expect(text([citation({ source: source({ publisher: null, title: 'MOPAC budget submission 2025-26', publishedOn: '2024-11-22' }), locator: 'p. 5' })])).toBe(
      'MOPAC budget submission 2025-26, 22 November 2024, p. 5',
    );
  });

  it('links the label instead of the title when the citation has one', () => {
    const plan = source({ title: "Mayor's draft Police and Crime Plan 2025-29", publishedOn: '2024-12-18', url: 'https://www.london.gov.uk/plan' });
    const { runs } = formatFootnote({ textBefore: '', citations: [citation({ source: plan, label: 'Draft Police and Crime Plan 2025-29' })], textAfter: '' });
    expect(runs).toEqual([
      { text: 'MOPAC, ' },
      { text: 'Draft Police and Crime Plan 2025-29', href: 'https://www.london.gov.uk/plan', sourceId: 'src' },
      { text: ', 18 December 2024' },
    ]);
  });
});

describe('a title citation', () => {
  it('prints only the linked words, whatever else the source has', () => {
    const paper = source({ publisher: 'Nils Braakmann', title: 'Does stop and search reduce crime?', publishedOn: '2022', url: 'https://doi.example.org/x' });
    const { runs, text: plain } = formatFootnote({ textBefore: 'Studies (e.g. ', citations: [citation({ source: paper, style: 'title', label: 'Braakmann 2022', locator: 'p.3' })], textAfter: ')' });
    expect(plain).toBe('Studies (e.g. Braakmann 2022)');
    expect(runs[1]).toEqual({ text: 'Braakmann 2022', href: 'https://doi.example.org/x', sourceId: 'src' });
  });
});

describe('a footnote', () => {
  it('prints text before and after exactly, with the joiners between citations', () => {
    const a = citation({ source: source({ id: 'a', title: 'Police and Crime Plan 2017-2021', publishedOn: '2017-03-20' }), joiner: ' and ' });
    const b = citation({ source: source({ id: 'b', title: 'Police and Crime Plan 2022-25', publishedOn: '2022-03-24' }), joiner: ' — ignored on the last — ' });
    expect(text([a, b])).toBe('MOPAC, Police and Crime Plan 2017-2021, 20 March 2017 and MOPAC, Police and Crime Plan 2022-25, 24 March 2022');
    expect(text([a, b], '  Compare  ', '.  ')).toBe('  Compare  MOPAC, Police and Crime Plan 2017-2021, 20 March 2017 and MOPAC, Police and Crime Plan 2022-25, 24 March 2022.  ');
  });

  it('separates citations with no joiner by a semicolon', () => {
    const a = citation({ source: source({ id: 'a', title: 'A' }) });
    const b = citation({ source: source({ id: 'b', title: 'B', publisher: 'Home Office' }), joiner: '' });
    const c = citation({ source: source({ id: 'c', title: 'C', publisher: null }) });
    expect(text([a, b, c])).toBe('MOPAC, A; Home Office, B; C');
  });

  it('is a note alone when it has no citations', () => {
    expect(formatFootnote({ textBefore: 'Based on evidence heard at an informal meeting.', citations: [], textAfter: '' })).toEqual({
      runs: [{ text: 'Based on evidence heard at an informal meeting.' }],
      text: 'Based on evidence heard at an informal meeting.',
    });
    expect(formatFootnote({ textBefore: '', citations: [], textAfter: '' })).toEqual({ runs: [], text: '' });
  });

  it('keeps plain runs together and every run’s text adds up to the plain text', () => {
    const dashboard = citation({ source: source({ accessedOn: '2025-02-18' }) });
    const { runs, text: plain } = formatFootnote({ textBefore: 'See ', citations: [dashboard], textAfter: '. Satisfaction fell.' });
    expect(runs).toEqual([{ text: 'See MOPAC, ' }, { text: 'Victims and Witnesses Dashboard', href: null, sourceId: 'src' }, { text: ', accessed 18 February 2025. Satisfaction fell.' }]);
    expect(runs.map((r) => r.text).join('')).toBe(plain);
  });
});

describe('links', () => {
  it('links http(s) and mailto addresses', () => {
    expect(safeHref('https://www.legislation.gov.uk/ukpga/2011/13/contents')).toBe('https://www.legislation.gov.uk/ukpga/2011/13/contents');
    expect(safeHref('  http://example.org/a?b=c#d ')).toBe('http://example.org/a?b=c#d');
    expect(safeHref('mailto:scrutiny@london.gov.uk')).toBe('mailto:scrutiny@london.gov.uk');
    expect(safeHref('HTTPS://DATA.LONDON.GOV.UK')).toBe('https://data.london.gov.uk/');
  });

  it('never links anything else, however it is disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u200bjavascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'file://server/share/report.docx',
      'ftp://example.org/file',
      '//example.org/protocol-relative',
      '/relative/path',
      'http://',
      'https://exa mple.org/',
      'https://example.org/\u0000',
      'not a url',
      '',
    ];
    for (const url of hostile) {
      expect(safeHref(url), JSON.stringify(url)).toBeNull();
      const { runs } = formatFootnote({ textBefore: '', citations: [citation({ source: source({ url }) })], textAfter: '' });
      expect(runs.every((r) => !r.href), JSON.stringify(url)).toBe(true);
      expect(runs.map((r) => r.text).join('')).toBe('MOPAC, Victims and Witnesses Dashboard');
    }
  });

  it('prints the title of a source with no address as plain words', () => {
    const { runs } = formatFootnote({ textBefore: '', citations: [citation({ source: source({ url: null }) })], textAfter: '' });
    expect(runs[1]).toEqual({ text: 'Victims and Witnesses Dashboard', href: null, sourceId: 'src' });
  });
});

describe('the sample’s footnotes, formatted from the data alone', () => {
  // The integration test does the same through the store; this one pins the data and the formatter together.
  const sources = new Map<string, CitedSource>([
    ...SAMPLE_SOURCES.map((s): [string, CitedSource] => [s.key, { id: s.key, publisher: s.publisher, title: s.title, url: s.url, publishedOn: s.publishedOn, accessedOn: s.accessedOn }]),
    ...SAMPLE_TRANSCRIPTS.map((t): [string, CitedSource] => [
      transcriptSourceKey(t.key),
      { id: t.key, publisher: 'London Assembly', title: t.title, url: null, publishedOn: t.heldOn, accessedOn: null },
    ]),
  ]);
  const seed = new Map(
    SEED_LINES.flatMap((line) => {
      const match = /^<sup>(\d+)<\/sup> (.*)$/.exec(line);
      return match ? [[Number(match[1]), match[2]!.replace(/\[([^\]]*)\]\(#\)/g, '$1')] as const] : [];
    }),
  );

  it('covers the seed’s footnotes one for one', () => {
    expect(SAMPLE_FOOTNOTES.map((f) => f.number)).toEqual(Array.from({ length: 151 }, (_v, i) => i + 1));
    expect(seed.size).toBe(151);
  });

  it('prints each exactly as the seed does (the seed’s own quotation marks are kept in the data)', () => {
    for (const footnote of SAMPLE_FOOTNOTES) {
      const formatted = formatFootnote({
        textBefore: footnote.before ?? '',
        citations: footnote.cite.map((c) => ({
          source: sources.get(c.source)!,
          style: c.style ?? 'full',
          locator: c.locator ?? null,
          label: c.label ?? null,
          accessedOn: c.accessedOn ?? null,
          joiner: c.joiner ?? null,
        })),
        textAfter: footnote.after ?? '',
      });
      expect(formatted.text, `footnote ${footnote.number}`).toBe(seed.get(footnote.number));
    }
  });

  it('uses each shape the seed has', () => {
    const numbers = (test: (f: (typeof SAMPLE_FOOTNOTES)[number]) => boolean) => SAMPLE_FOOTNOTES.filter(test).map((f) => f.number);
    const full = (c: (typeof SAMPLE_FOOTNOTES)[number]['cite'][number]) => (c.style ?? 'full') === 'full';
    expect(numbers((f) => !f.before && f.cite.length === 1 && (f.after ?? '').startsWith('. '))).toEqual([2, 3, 27, 29, 30, 31, 59, 60, 61, 86, 87, 88, 89, 115, 116]);
    expect(numbers((f) => !!f.before && f.cite.length === 1 && full(f.cite[0]!))).toEqual([4, 51, 53, 56, 102, 103, 110, 138]);
    expect(numbers((f) => f.cite.filter(full).length === 2)).toEqual([22]);
    expect(numbers((f) => f.cite.some((c) => c.style === 'title'))).toEqual([5, 8, 9, 52, 111, 112]);
    expect(numbers((f) => !!f.objection)).toEqual([9, 111, 112]);
    expect(numbers((f) => f.cite.some((c) => c.accessedOn))).toEqual([27, 31, 59, 60, 61, 86, 87, 88, 115, 116, 144]);
    expect(numbers((f) => f.cite.some((c) => c.label))).toEqual([5, 9, 23, 32, 46, 47, 52, 110, 111, 112, 138]);
  });
});
