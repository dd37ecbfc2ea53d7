/** Segmenting transcripts into speaker turns: the three formats, headers, offsets and pages. */
import { describe, expect, it } from 'vitest';
import { segmentTranscript } from '../../../backend/import/segment';
import type { ExtractedDocument, SegmentedTranscript } from '../../../backend/import/types';
import {
  COMMONS_EVIDENCE,
  COMMONS_EVIDENCE_TURNS,
  LONDON_ASSEMBLY_PANEL,
  LONDON_ASSEMBLY_PANEL_TURNS,
  LONDON_ASSEMBLY_QA,
  LONDON_ASSEMBLY_QA_TURNS,
  MPA_MEETING,
  MPA_MEETING_TURNS,
  doc,
  type ExpectedTurn,
} from './fixtures';

const collapse = (s: string) => s.replace(/\s+/g, ' ');

function pageOf(result: SegmentedTranscript, offset: number): number {
  const page = result.pages.find((p) => p.startOffset <= offset && offset < p.endOffset);
  if (!page) throw new Error(`offset ${offset} is on no page`);
  return page.number;
}

/** Every expected turn found, in order, nothing else, with offsets that agree with the text. */
function expectTurns(result: SegmentedTranscript, expected: ExpectedTurn[]): void {
  expect(result.turns.map((t) => t.label)).toEqual(expected.map((t) => t.label));
  result.turns.forEach((turn, i) => {
    const want = expected[i]!;
    expect({ name: turn.name, roleText: turn.roleText, questionNumber: turn.questionNumber, page: turn.page }).toEqual({
      name: want.name,
      roleText: want.roleText,
      questionNumber: want.questionNumber ?? null,
      page: want.page,
    });
    const body = result.text.slice(turn.startOffset, turn.endOffset);
    // The turn starts with its label then the colon (a wrapped label: line breaks as spaces).
    expect(collapse(body).startsWith(`${turn.label}:`)).toBe(true);
    expect(result.text.slice(turn.speechOffset).startsWith(want.speechStarts)).toBe(true);
    expect(body.endsWith(want.endsWith)).toBe(true);
    expect(pageOf(result, turn.startOffset)).toBe(turn.page);
    expect(turn.startOffset).toBeLessThan(turn.speechOffset);
    expect(turn.speechOffset).toBeLessThanOrEqual(turn.endOffset);
    const next = result.turns[i + 1];
    if (next) expect(turn.endOffset).toBeLessThanOrEqual(next.startOffset);
  });
}

function joinedPages(d: ExtractedDocument, result: SegmentedTranscript): void {
  expect(result.pages.map((p) => p.number)).toEqual(d.pages.map((p) => p.number));
  expect(result.pages.map((p) => result.text.slice(p.startOffset, p.endOffset)).join('')).toBe(result.text);
  for (const page of result.pages) {
    const pageText = result.text.slice(page.startOffset, page.endOffset);
    expect(pageText.endsWith('\n')).toBe(true);
    expect(pageText.endsWith('\n\n')).toBe(false);
  }
}

describe('London Assembly transcripts', () => {
  it('finds every turn of a guest panel, and not the header block', () => {
    const result = segmentTranscript(LONDON_ASSEMBLY_PANEL);
    expectTurns(result, LONDON_ASSEMBLY_PANEL_TURNS);
    joinedPages(LONDON_ASSEMBLY_PANEL, result);
    // The header block belongs to no turn.
    expect(result.text.slice(0, result.turns[0]!.startOffset)).toContain('Transcript of Agenda Item 5');
    expect(result.ignoredLabels).toEqual(['Transcript of Agenda Item 5', 'Operation Soteria', '10.00am']);
  });

  it('keeps speech with colons and [editorial insertions] inside the turn', () => {
    const result = segmentTranscript(LONDON_ASSEMBLY_PANEL);
    const bradford = result.turns[4]!;
    const body = result.text.slice(bradford.startOffset, bradford.endOffset);
    expect(body).toContain('\nHe said: this is the evidence');
    expect(body).toContain('[Note: Sophia Worringer joined the meeting remotely at this point.]');
    const belur = result.turns[2]!;
    expect(result.text.slice(belur.startOffset, belur.endOffset)).toContain('[violence against women and girls]');
  });

  it('reads a label alone on its line, and a turn running over a page break and a stray page number', () => {
    const result = segmentTranscript(LONDON_ASSEMBLY_PANEL);
    const worringer = result.turns[5]!;
    expect(result.text.slice(worringer.startOffset, worringer.speechOffset)).toBe(
      'Sophia Worringer (Deputy Policy Director, Centre for Social Justice):\n',
    );
    const body = result.text.slice(worringer.startOffset, worringer.endOffset);
    expect(body).toContain('Operation Soteria: that is the model');
    expect(body).toContain('\n3\nand that has to be the heart of it');
    expect(worringer.page).toBe(2);
    expect(pageOf(result, worringer.endOffset - 1)).toBe(3);
  });

  it('finds the Q&A session turns, with a role wrapped over two lines, and sets aside the headers', () => {
    const result = segmentTranscript(LONDON_ASSEMBLY_QA);
    expectTurns(result, LONDON_ASSEMBLY_QA_TURNS);
    joinedPages(LONDON_ASSEMBLY_QA, result);
    expect(result.ignoredLabels).toEqual(['Transcript of Agenda Item 6', 'Present', 'Recommendation 3', 'Q&A']);
    // "Present:" lists members by their labels, but with no colon after them they are not turns.
    expect(result.turns[0]!.startOffset).toBeGreaterThan(result.text.indexOf('Zoë Garbett AM.'));
  });
});

describe('Metropolitan Police Authority transcripts', () => {
  it('finds every turn, dropping page numbers stuck to the front of a label', () => {
    const result = segmentTranscript(MPA_MEETING);
    expectTurns(result, MPA_MEETING_TURNS);
    joinedPages(MPA_MEETING, result);
    expect(result.ignoredLabels).toEqual(['Present', 'Members', 'Also present']);

    const jones = result.turns[2]!;
    expect(result.text.slice(jones.startOffset - 1, jones.startOffset)).toBe('2');
    expect(result.text.slice(jones.startOffset).startsWith('Jenny Jones (AM):')).toBe(true);
    // The stray digits belong to no turn: the turn before ends at the end of its own words.
    expect(result.text.slice(result.turns[1]!.startOffset, result.turns[1]!.endOffset).endsWith('in front of them.')).toBe(true);
  });

  it('carries a turn across a page break where the page number is stuck to the speech', () => {
    const result = segmentTranscript(MPA_MEETING);
    const blair = result.turns[3]!;
    const body = result.text.slice(blair.startOffset, blair.endOffset);
    expect(body).toContain('the boroughs one by one\n3you see a very different pattern');
    expect(blair.page).toBe(2);
  });
});

describe('House of Commons oral evidence', () => {
  it('finds numbered questions and witness answers, and none of the front matter', () => {
    const result = segmentTranscript(COMMONS_EVIDENCE);
    expectTurns(result, COMMONS_EVIDENCE_TURNS);
    joinedPages(COMMONS_EVIDENCE, result);
    expect(result.ignoredLabels).toEqual(['Oral evidence', 'Members present', 'IMPORTANT', 'Witnesses']);
    const before = result.text.slice(0, result.turns[0]!.startOffset);
    for (const frontMatter of ['Members present:', 'Questions 82–120', 'uncorrected transcript', 'Examination of Witnesses', 'Witnesses: Sir Mark Rowley']) {
      expect(before).toContain(frontMatter);
    }
  });

  it('accepts a bare witness name listed in the front matter', () => {
    const result = segmentTranscript(COMMONS_EVIDENCE);
    expect(result.turns.filter((t) => t.name === 'Matt Twist')).toHaveLength(1);
  });
});

describe('labels and headers', () => {
  const one = (text: string) => segmentTranscript(doc([text]));

  it('never takes header labels for speakers', () => {
    const headers = [
      'Present: Susan Hall AM',
      'Members present: Dame Karen Bradley (Chair)',
      'Also present: Sir Ian Blair',
      'Witnesses: Sir Mark Rowley',
      'Oral evidence: Policing in London',
      'In attendance: Ian Smith',
      'Note: the meeting was quorate',
      'Agenda Item 5: Response to the draft Plan',
      'Item 3: Minutes',
      'Transcript of Agenda Item 5: Response to the draft Plan',
      '10.00am: the meeting began',
      'Panel 1: Academics',
      'Recommendation 3: MOPAC should publish',
      'Q&A: questions from members',
    ];
    const result = one(headers.join('\n'));
    expect(result.turns).toEqual([]);
    expect(result.ignoredLabels).toEqual(headers.map((h) => h.slice(0, h.indexOf(':'))));
  });

  it('never takes speech, URLs or long lines for labels', () => {
    const result = one(
      [
        'Sir Mark Rowley QPM (Commissioner of Police of the Metropolis): Thank you.',
        'He said: this is the right approach.',
        'https://www.london.gov.uk/who-we-are: the webcast',
        'The Committee heard from Professor Ben Bradford and Professor Jyoti Belur and many others about the Plan: all of it.',
        'And So We Come To The Question Of What Happens Next In London Policing Today Friends: next',
        'The Committee: a note.',
        'Yes: I agree.',
        'Thank You. Sir Mark Rowley: no.',
        '"Operation Soteria": quoted.',
        '[Inaudible]: words',
        'Police and Crime Plan 2025-29 (Draft): words',
      ].join('\n'),
    );
    expect(result.turns.map((t) => t.label)).toEqual(['Sir Mark Rowley QPM (Commissioner of Police of the Metropolis)']);
    expect(result.turns[0]!.endOffset).toBe(result.text.trimEnd().length);
  });

  it('sets aside a bare two-word label that nothing confirms, and accepts one that recurs', () => {
    const once = one('Susan Hall AM (Chairman): Welcome.\nOperation Soteria: it worked.\n');
    expect(once.turns.map((t) => t.name)).toEqual(['Susan Hall']);
    expect(once.ignoredLabels).toEqual(['Operation Soteria']);

    const twice = one('Susan Hall AM (Chairman): Welcome.\nJohn Smith: Thank you.\nSusan Hall AM (Chairman): And?\nJohn Smith: Nothing.\n');
    expect(twice.turns.map((t) => t.name)).toEqual(['Susan Hall', 'John Smith', 'Susan Hall', 'John Smith']);
  });

  it('accepts a bare name that appears elsewhere on a sure label', () => {
    const result = one('Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime): First.\nSusan Hall AM (Chairman): Go on.\nKaya Comer-Schwartz: Second.\n');
    expect(result.turns.map((t) => [t.name, t.roleText])).toEqual([
      ['Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime'],
      ['Susan Hall', 'Chairman'],
      ['Kaya Comer-Schwartz', null],
    ]);
  });

  it('takes "Chair:" alone as a speaker in question-numbered evidence or when it recurs, not once in prose', () => {
    expect(one('Susan Hall AM (Chairman): Hello.\nChair: the role is set out in law.\n').turns).toHaveLength(1);
    expect(one('Chair: Welcome.\nSir Mark Rowley: Thanks.\nChair: Next.\n').turns.map((t) => t.label)).toEqual(['Chair', 'Sir Mark Rowley', 'Chair']);
    expect(one('Q1 Chair: Welcome.\nSir Mark Rowley: Thanks.\nChair: Next.\n').turns.map((t) => t.label)).toEqual(['Q1 Chair', 'Sir Mark Rowley', 'Chair']);
  });

  it('reads the London Assembly label shapes', () => {
    const result = one(
      [
        'Susan Hall AM (Chairman): a',
        'Zoë Garbett AM: b',
        'Marion Reed OBE AM (Chair): c',
        'Caroline Russell AM (Deputy Chair): d',
        'Professor Ben Bradford (Director, Global City Policing, University College London): e',
        'Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime): f',
        'Sir Mark Rowley QPM (Commissioner of Police of the Metropolis): g',
        'John Hayward-Cripps (CEO, Neighbourhood Watch Network): h',
        "Claire Waxman OBE (London's Victims' Commissioner): i",
        'Dr Siobhan O’Neill (Director, Example Institute): j',
      ].join('\n'),
    );
    expect(result.turns.map((t) => [t.name, t.roleText])).toEqual([
      ['Susan Hall', 'Chairman'],
      ['Zoë Garbett', null],
      ['Marion Reed', 'Chair'],
      ['Caroline Russell', 'Deputy Chair'],
      ['Ben Bradford', 'Director, Global City Policing, University College London'],
      ['Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime'],
      ['Mark Rowley', 'Commissioner of Police of the Metropolis'],
      ['John Hayward-Cripps', 'CEO, Neighbourhood Watch Network'],
      ['Claire Waxman', "London's Victims' Commissioner"],
      ['Siobhan O’Neill', 'Director, Example Institute'],
    ]);
  });

  it('keeps an indented label, and ends a turn at a new block of front matter', () => {
    const result = one(
      '  Susan Hall AM (Chairman): Panel one ends.\n\nExamination of Witnesses\nWitnesses: Matt Twist.\n\nQ90 Chair: Welcome.\nMatt Twist: Thank you.\n',
    );
    expect(result.turns.map((t) => t.label)).toEqual(['Susan Hall AM (Chairman)', 'Q90 Chair', 'Matt Twist']);
    const first = result.turns[0]!;
    expect(first.startOffset).toBe(2);
    expect(result.text.slice(first.startOffset, first.endOffset)).toBe('Susan Hall AM (Chairman): Panel one ends.');
  });

  it('normalises page text: CRLF, trailing blank lines, NFC', () => {
    const decomposed = 'Zoe\u0308 Garbett AM: Thank you.\r\n\r\n\r\n';
    const result = segmentTranscript(doc([decomposed, '', 'Susan Hall AM (Chairman): Next.']));
    expect(result.text).toBe('Zoë Garbett AM: Thank you.\n\nSusan Hall AM (Chairman): Next.\n');
    expect(result.pages).toEqual([
      { number: 1, startOffset: 0, endOffset: 27 },
      { number: 2, startOffset: 27, endOffset: 28 },
      { number: 3, startOffset: 28, endOffset: 60 },
    ]);
    expect(result.turns.map((t) => [t.label, t.page, t.endOffset])).toEqual([
      ['Zoë Garbett AM', 1, 26],
      ['Susan Hall AM (Chairman)', 3, 59],
    ]);
  });

  it('treats form feeds and Unicode line separators as line breaks', () => {
    const result = segmentTranscript(doc(['Susan Hall AM (Chairman): One.\fZoë Garbett AM: Two.\u2028Sir Mark Rowley: Three.']));
    expect(result.turns.map((t) => t.label)).toEqual(['Susan Hall AM (Chairman)', 'Zoë Garbett AM', 'Sir Mark Rowley']);
    expect(result.text).not.toMatch(/[\f\u2028]/);
  });

  it('gives an empty transcript for no pages', () => {
    expect(segmentTranscript(doc([]))).toEqual({ text: '', pages: [], turns: [], ignoredLabels: [] });
  });

  it('ends an empty turn at its colon', () => {
    const result = one('Susan Hall AM (Chairman):\nZoë Garbett AM: Yes.');
    const first = result.turns[0]!;
    expect(first.endOffset).toBe(first.speechOffset);
    expect(result.text.slice(first.startOffset, first.endOffset)).toBe('Susan Hall AM (Chairman):');
  });
});
