/**
 * Checks the sample investigation data against the seed report it was entered from, so that the
 * data cannot drift from what the report prints. The seed is a fixture copy inside the project.
 */
import { SEED, SEED_LINES, cleanSeedText } from '../helpers/seed';
import { describe, it, expect } from 'vitest';
import { SAMPLE_INVESTIGATION as data } from '../../backend/sample/police-and-crime-plan';
import type { SamplePerson } from '../../backend/sample/types';
import {
  CHAPTER_KINDS,
  MEETING_KINDS,
  MEMBER_ROLES,
  OBJECTION_KINDS,
  PARTICIPANT_KINDS,
  RECOMMENDATION_PART_KINDS,
} from '../../shared/domain/types';

const LINES = SEED_LINES;
const clean = cleanSeedText;

/** A line as prose: no heading or bullet marker, cleaned. */
function lineText(line: string): string {
  return clean(line.replace(/^\s*(#{1,6}|-)\s+/, ''));
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "15 January 2025" → "2025-01-15". */
function isoDate(text: string): string {
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`not a date: ${text}`);
  const month = MONTHS.indexOf(m[2] ?? '') + 1;
  if (month === 0) throw new Error(`not a month: ${m[2]}`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

interface Heading {
  line: number;
  level: number;
  text: string;
}

const HEADINGS: Heading[] = LINES.flatMap((l, line) => {
  const m = /^(#{1,6})\s+(.*)$/.exec(l);
  return m ? [{ line, level: (m[1] ?? '').length, text: clean(m[2] ?? '') }] : [];
});

function headingLine(text: string, after = -1): number {
  const h = HEADINGS.find((x) => x.line > after && x.text === text);
  if (!h) throw new Error(`heading not found: ${text}`);
  return h.line;
}

/** The lines after a heading, up to the next heading. */
function linesUnder(text: string, after = -1): string[] {
  const start = headingLine(text, after);
  const next = HEADINGS.find((h) => h.line > start);
  return LINES.slice(start + 1, next ? next.line : LINES.length);
}

const CONTENTS_LINE = headingLine('Contents');
const CONTENTS: string[] = linesUnder('Contents')
  .map((l) => l.replace(/\s*\.{2,}\s*\d+\s*$/, '').trim())
  .filter((l) => l !== '');

const INTRODUCTION_LINE = headingLine('Introduction', CONTENTS_LINE);
const COMMITTEE_ACTIVITY_LINE = headingLine('Committee Activity', CONTENTS_LINE);
const RECOMMENDATIONS_LINE = headingLine('Recommendations', CONTENTS_LINE);

const FOOTNOTES = new Map<number, string>();
for (const l of LINES) {
  const m = /^<sup>(\d+)<\/sup>\s+(.*)$/.exec(l);
  if (m) FOOTNOTES.set(Number(m[1]), clean(m[2] ?? ''));
}

function footnote(n: number): string {
  const text = FOOTNOTES.get(n);
  if (text === undefined) throw new Error(`footnote ${n} not found`);
  return text;
}

interface SeedPart {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/**
 * The text of the recommendation whose heading is at `line`: the lines after it, skipping blank
 * lines, rules and footnotes until the text starts, and stopping at the next rule or heading.
 */
function recommendationAt(line: number): SeedPart[] {
  const parts: SeedPart[] = [];
  for (let i = line + 1; i < LINES.length; i++) {
    const l = (LINES[i] ?? '').trim();
    if (/^#/.test(l)) break;
    if (l === '---') {
      if (parts.length > 0) break;
      continue;
    }
    if (l === '' || /^<sup>\d+<\/sup>/.test(l)) continue;
    parts.push({ kind: l.startsWith('- ') ? 'bullet' : 'paragraph', text: lineText(l) });
  }
  return parts;
}

const REC_HEADING = /^Recommendation (\d+)$/;
const recHeadings = HEADINGS.filter((h) => REC_HEADING.test(h.text));
const summaryRecs = recHeadings.filter((h) => h.line > RECOMMENDATIONS_LINE && h.line < INTRODUCTION_LINE);
const bodyRecs = recHeadings.filter((h) => h.line > INTRODUCTION_LINE && h.line < COMMITTEE_ACTIVITY_LINE);

function recNumber(h: Heading): number {
  return Number(REC_HEADING.exec(h.text)?.[1]);
}

const peopleByKey = new Map<string, SamplePerson>(data.people.map((p) => [p.key, p]));

function person(key: string): SamplePerson {
  const p = peopleByKey.get(key);
  if (!p) throw new Error(`no person ${key}`);
  return p;
}

/** The name as the report prints it in Committee Activity: "Professor Ben Bradford", "Claire Waxman OBE". */
function printedName(p: SamplePerson): string {
  return [p.honorific, p.fullName, p.postNominals].filter(Boolean).join(' ');
}

function chapterHeading(c: { label?: string; title: string }): string {
  return c.label ? `${c.label}: ${c.title}` : c.title;
}

function meetingOn(date: string) {
  const found = data.meetings.filter((m) => m.heldOn === date);
  expect(found, `meetings on ${date}`).toHaveLength(1);
  return found[0]!;
}

describe('sample investigation: committee, people and investigation', () => {
  it('has the committee description as the report prints it', () => {
    expect(LINES).toContain(data.committee.description);
    expect(data.committee.description.startsWith('The London Assembly Police and Crime Committee examines the work of')).toBe(true);
    expect(data.committee.body).toBe('London Assembly');
    expect(SEED).toContain(data.committee.name.replace(/^London Assembly /, ''));
  });

  it('has the title of the report as its cover prints it', () => {
    const h1 = HEADINGS.find((h) => h.level === 1);
    expect(h1?.text).toBe(data.investigation.title);
    // The Contents repeats it with a curly apostrophe.
    expect(CONTENTS[0]?.replace(/’/g, "'")).toBe(data.investigation.title);
  });

  it("has the Introduction's four terms of reference exactly", () => {
    const intro = linesUnder('Introduction', CONTENTS_LINE);
    const start = intro.findIndex((l) => l.trim().endsWith('In particular:'));
    expect(start).toBeGreaterThan(-1);
    const bullets: string[] = [];
    for (const l of intro.slice(start + 1)) {
      if (l.trim() === '' && bullets.length === 0) continue;
      if (!l.startsWith('- ')) break;
      bullets.push(lineText(l));
    }
    expect(bullets).toHaveLength(4);
    expect(data.investigation.termsOfReference).toEqual(bullets);
  });

  it('starts the investigation on the day the draft Plan was published', () => {
    expect(SEED).toContain('On 18 December 2024, the Mayor published his draft Police and Crime Plan 2025-29');
    expect(data.investigation.startedOn).toBe('2024-12-18');
    // The seed prints no publication date for the report.
    expect(data.investigation.publishedOn).toBeUndefined();
  });

  it('has the members the report names, with the Chairman', () => {
    expect(data.members.map((m) => m.person).sort()).toEqual(['susan-hall', 'zoe-garbett']);
    for (const m of data.members) {
      expect(MEMBER_ROLES).toContain(m.role);
      expect(SEED).toContain(`${person(m.person).fullName} AM`);
      expect(m.party).toBeUndefined();
    }
    const chairs = data.members.filter((m) => m.role === 'chairman');
    expect(chairs).toHaveLength(1);
    const foreword = linesUnder('Foreword', CONTENTS_LINE).map(lineText).filter((l) => l !== '');
    expect(foreword[0]).toBe(`${person(chairs[0]!.person).fullName} AM`);
    expect(foreword[1]).toBe('Chairman of the Police and Crime Committee');
  });

  it('has the six secretariat contacts, in order, as "Contact us" prints them', () => {
    const lines = linesUnder('Contact us').map((l) => l.trim()).filter((l) => l !== '');
    const contacts: { name: string; jobTitle: string; email: string }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const name = /^\*\*(.+)\*\*$/.exec(lines[i] ?? '')?.[1];
      if (!name) continue;
      const email = /^\[([^\]]+)\]\(mailto:([^)]+)\)$/.exec(lines[i + 2] ?? '');
      expect(email?.[1]).toBe(email?.[2]);
      contacts.push({ name, jobTitle: lines[i + 1] ?? '', email: email?.[1] ?? '' });
    }
    expect(contacts).toHaveLength(6);
    expect(
      data.secretariat.map((s) => ({ name: person(s.person).fullName, jobTitle: s.jobTitle, email: s.email })),
    ).toEqual(contacts);
    for (const s of data.secretariat) {
      const p = person(s.person);
      if (p.email !== undefined) expect(p.email).toBe(s.email);
    }
  });

  it('keeps honorifics and post-nominals out of names', () => {
    for (const p of data.people) {
      expect(p.fullName).not.toMatch(/\b(AM|OBE|MBE|CBE|Dr|Sir|Professor|Mr|Mrs|Ms)\b/);
      expect(p.fullName).toBe(p.fullName.trim());
      expect(p.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('sample investigation: meetings', () => {
  const activity = LINES.slice(COMMITTEE_ACTIVITY_LINE + 1, headingLine('Other formats and languages'));

  it('has every Committee Activity guest on the right panel, with role and organisation as printed', () => {
    const formalDate = /formal meeting on \w+ (\d{1,2} \w+ \d{4})/.exec(activity.join(' '))?.[1];
    expect(formalDate).toBe('15 January 2025');
    const meeting = meetingOn(isoDate(formalDate!));
    expect(meeting.kind).toBe('formal_meeting');

    const printed = new Map<string, { name: string; roleText: string; organisation: string }[]>();
    let panel: string | undefined;
    for (const l of activity) {
      const title = /^(Panel \d+):$/.exec(l.trim())?.[1];
      if (title) {
        panel = title;
        printed.set(panel, []);
        continue;
      }
      const m = /^- \*\*(.+?)\*\*, (.+?)\.?$/.exec(l.trim());
      if (!m || !panel) continue;
      const rest = m[2] ?? '';
      const cut = rest.lastIndexOf(', ');
      printed.get(panel)!.push({ name: m[1] ?? '', roleText: rest.slice(0, cut), organisation: rest.slice(cut + 2) });
    }
    expect([...printed.keys()]).toEqual(['Panel 1', 'Panel 2']);
    expect(meeting.panels.map((p) => p.title)).toEqual(['Panel 1', 'Panel 2']);
    for (const p of meeting.panels) {
      expect(
        p.participants.map((x) => ({ name: printedName(person(x.person)), roleText: x.roleText, organisation: x.organisation })),
      ).toEqual(printed.get(p.title));
      for (const x of p.participants) expect(x.kind).toBe('guest');
    }
    expect(printed.get('Panel 1')?.[0]).toEqual({
      name: 'Professor Ben Bradford',
      roleText: 'Director of the Centre for Global City Policing',
      organisation: 'UCL',
    });
  });

  it('has the Q&A sessions and their guests as Committee Activity describes them', () => {
    const paragraph = activity.find((l) => l.startsWith('The Committee also heard evidence')) ?? '';
    const sessions: { date: string; guests: [string, string][] }[] = [
      { date: '18 December 2024', guests: [['Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime']] },
      {
        date: '29 January 2025',
        guests: [
          ['Matt Twist', 'Assistant Commissioner (Frontline Operations)'],
          ['Claire Waxman OBE', "London's Independent Victims' Commissioner"],
          ['Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime'],
        ],
      },
      {
        date: '12 February 2025',
        guests: [
          ['Sir Mark Rowley', 'Commissioner of the Metropolitan Police'],
          ['Kaya Comer-Schwartz', 'Deputy Mayor for Policing and Crime'],
        ],
      },
    ];
    const bold = [...paragraph.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    expect(new Set(bold)).toEqual(new Set(sessions.flatMap((s) => s.guests.map((g) => g[0]))));
    for (const s of sessions) {
      expect(paragraph).toContain(s.date);
      const meeting = meetingOn(isoDate(s.date));
      expect(meeting.kind).toBe('qa_session');
      expect(meeting.panels).toEqual([]);
      for (const [name, role] of s.guests) {
        expect(paragraph).toContain(`**${name}**`);
        expect(paragraph).toContain(role);
      }
      expect(meeting.participants.map((p) => [printedName(person(p.person)), p.roleText])).toEqual(s.guests);
    }
  });

  it('has the informal meeting with the London Youth Assembly', () => {
    const date = /London Youth Assembly on \w+ (\d{1,2} \w+ \d{4})/.exec(activity.join(' '))?.[1];
    expect(date).toBe('6 January 2025');
    const meeting = meetingOn(isoDate(date!));
    expect(meeting.kind).toBe('informal_meeting');
    expect(meeting.participants).toEqual([]);
    expect(meeting.notes).toMatch(/no transcript/);
    const cited = [...FOOTNOTES.values()].filter((f) => /^Based on .* informal meeting/.test(f));
    expect(cited.length).toBeGreaterThan(0);
    for (const f of cited) expect(f).toContain(`London Youth Assembly, ${date}`);
  });

  it('has a meeting for every transcript the footnotes cite, and no others', () => {
    const cited = new Map<string, Set<string>>();
    for (const f of FOOTNOTES.values()) {
      const m = /^London Assembly, Police and Crime Committee [Tt]ranscript( Panel \d+)?, (\d{1,2} \w+ \d{4})/.exec(f);
      if (!m) continue;
      const date = isoDate(m[2] ?? '');
      if (!cited.has(date)) cited.set(date, new Set());
      if (m[1]) cited.get(date)!.add(m[1].trim());
    }
    // Seven distinct transcripts (the formal meeting has one per panel) from six meetings.
    expect([...cited.values()].reduce((n, panels) => n + Math.max(panels.size, 1), 0)).toBe(7);
    expect(cited.size).toBe(6);
    for (const [date, panels] of cited) {
      const meeting = meetingOn(date);
      expect(meeting.kind).not.toBe('informal_meeting');
      expect(new Set(meeting.panels.map((p) => p.title))).toEqual(panels);
      if (panels.size > 0) expect(meeting.kind).toBe('formal_meeting');
    }
    const informal = data.meetings.filter((m) => m.kind === 'informal_meeting').map((m) => m.heldOn);
    expect(data.meetings.map((m) => m.heldOn).sort()).toEqual([...cited.keys(), ...informal].sort());
  });

  it('lists meetings in date order with valid kinds and no invented attendees', () => {
    const dates = data.meetings.map((m) => m.heldOn);
    expect(dates).toEqual([...dates].sort());
    for (const m of data.meetings) {
      expect(MEETING_KINDS).toContain(m.kind);
      expect(m.title.trim()).not.toBe('');
      for (const p of [...m.participants, ...m.panels.flatMap((x) => x.participants)]) {
        expect(PARTICIPANT_KINDS).toContain(p.kind);
        expect(data.members.map((x) => x.person)).not.toContain(p.person);
      }
    }
  });
});

describe('sample investigation: chapters', () => {
  it('matches the Contents, in order, after the generated pages', () => {
    expect(CONTENTS.slice(1, 4)).toEqual(['Police and Crime Committee', 'Contact us', 'Contents']);
    const entries = data.chapters.flatMap((c) => [chapterHeading(c), ...c.sections.map((s) => s.title)]);
    expect(entries).toEqual(CONTENTS.slice(4));
  });

  it('has every chapter and section as a heading of the report, in order', () => {
    let after = CONTENTS_LINE;
    for (const c of data.chapters) {
      for (const title of [chapterHeading(c), ...c.sections.map((s) => s.title)]) {
        after = headingLine(title, after);
      }
    }
  });

  it('gives chapters the right kinds and labels', () => {
    const kinds = data.chapters.map((c) => c.kind);
    for (const k of kinds) expect(CHAPTER_KINDS).toContain(k);
    expect(kinds).toEqual([
      'front_matter', 'front_matter', 'front_matter', 'introduction',
      'chapter', 'chapter', 'chapter', 'chapter',
      'closing_matter', 'closing_matter', 'closing_matter',
    ]);
    expect(data.chapters.filter((c) => c.kind === 'chapter').map((c) => c.label)).toEqual([
      'Chapter one', 'Chapter two', 'Chapter three', 'Chapter four',
    ]);
    for (const c of data.chapters.filter((x) => x.kind !== 'chapter')) expect(c.label).toBeUndefined();
  });
});

describe('sample investigation: recommendations', () => {
  it('has exactly 12, in the order the report numbers them, in both the list and the chapters', () => {
    expect(data.recommendations).toHaveLength(12);
    expect(summaryRecs.map(recNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(bodyRecs.map(recNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(SEED).toContain('The Committee makes 12 recommendations');
  });

  it('has each recommendation\'s parts exactly as the chapters print them', () => {
    data.recommendations.forEach((r, i) => {
      const printed = recommendationAt(bodyRecs[i]!.line);
      expect(r.parts.map((p) => ({ kind: p.kind, text: p.text })), `Recommendation ${i + 1}`).toEqual(printed);
      for (const p of r.parts) expect(RECOMMENDATION_PART_KINDS).toContain(p.kind);
    });
  });

  it('matches the summary list too (the two versions print the same words)', () => {
    data.recommendations.forEach((r, i) => {
      const printed = recommendationAt(summaryRecs[i]!.line);
      expect(r.parts.map((p) => ({ kind: p.kind, text: p.text })), `Recommendation ${i + 1}`).toEqual(printed);
    });
  });

  it('has each recommendation\'s joined text somewhere in the report', () => {
    const whole = clean(LINES.map((l) => l.replace(/^\s*(#{1,6}|-)\s+/, '')).join(' '));
    for (const r of data.recommendations) {
      const joined = clean(r.parts.map((p) => p.text).join(' '));
      expect(whole, r.key).toContain(joined);
    }
    expect(data.recommendations.find((r) => r.key === 'rec-7')?.parts.map((p) => p.kind)).toEqual([
      'paragraph', 'paragraph',
    ]);
    expect(data.recommendations.find((r) => r.key === 'rec-8')?.parts.map((p) => p.kind)).toEqual([
      'paragraph', 'bullet', 'bullet',
    ]);
    expect(data.recommendations.find((r) => r.key === 'rec-9')?.parts.map((p) => p.kind)).toEqual([
      'paragraph', 'bullet', 'bullet', 'bullet',
    ]);
  });

  it('puts each recommendation in the chapter and section where the report prints it', () => {
    const found: { chapter?: string; section?: string }[] = [];
    let chapter: (typeof data.chapters)[number] | undefined;
    let section: string | undefined;
    for (const h of HEADINGS.filter((x) => x.line > INTRODUCTION_LINE - 1 && x.line < COMMITTEE_ACTIVITY_LINE)) {
      const c = data.chapters.find((x) => chapterHeading(x) === h.text);
      if (c) {
        chapter = c;
        section = undefined;
        continue;
      }
      const s = chapter?.sections.find((x) => x.title === h.text);
      if (s) {
        section = s.key;
        continue;
      }
      if (REC_HEADING.test(h.text)) found.push({ chapter: chapter?.key, section });
    }
    expect(found).toHaveLength(12);
    expect(data.recommendations.map((r) => ({ chapter: r.chapter, section: r.section }))).toEqual(found);
  });

  it('has deadlines only where a recommendation sets its own', () => {
    for (const r of data.recommendations) {
      const text = r.parts.map((p) => p.text).join(' ');
      const hasDeadline = /live by the end of|launched by/.test(text);
      expect(r.dueNote !== undefined, r.key).toBe(hasDeadline);
      expect(r.dueOn !== undefined, r.key).toBe(hasDeadline);
      if (r.dueOn) expect(new Date(`${r.dueOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.dueOn);
      expect(r.addressee, r.key).toBeTruthy();
    }
    const rec3 = data.recommendations[2]!;
    expect(rec3.dueOn).toBe('2025-06-30');
    expect(rec3.parts[0]?.text).toContain('live by the end of Q1 2025-26');
    expect(data.recommendations[9]!.parts[0]?.text).toContain('launched by April 2026');
    expect(data.recommendations[9]!.dueOn?.startsWith('2026-04')).toBe(true);
  });
});

describe('sample investigation: dissent and reservation', () => {
  it("records Zoë Garbett AM's dissent from the first bullet of Recommendation 8 as footnote 9", () => {
    const dissents = data.objections.filter((o) => o.kind === 'dissent');
    expect(dissents).toHaveLength(1);
    const d = dissents[0]!;
    expect(d.member).toBe('zoe-garbett');
    const rec8 = data.recommendations[7]!;
    expect(d.recommendation).toBe(rec8.key);
    const part = rec8.parts.find((p) => p.key === d.part);
    expect(part?.kind).toBe('bullet');
    expect(part?.text).toBe("support the Met's use of the tactic");
    // The marker for footnote 9 sits on that bullet in the list, and footnote 112 in the chapter.
    expect(LINES).toContain(`- ${part?.text}<sup>9</sup>`);
    expect(LINES).toContain(`- ${part?.text}<sup>112</sup>`);
    expect(d.text).toBe(footnote(9));
    expect(d.text.startsWith(`${person(d.member).fullName} AM dissents from part of Recommendation 8.`)).toBe(true);
    expect(d.text).not.toMatch(/[[\]()]#/);
    // Footnote 112 repeats footnote 9 with curly quotation marks.
    expect(footnote(112).replace(/[“”]/g, '"')).toBe(footnote(9));
  });

  it("records Zoë Garbett AM's reservation as footnote 111, anchored to the sentence it qualifies", () => {
    const reservations = data.objections.filter((o) => o.kind === 'reservation');
    expect(reservations).toHaveLength(1);
    const r = reservations[0]!;
    expect(r.member).toBe('zoe-garbett');
    expect(r.recommendation).toBeUndefined();
    expect(r.part).toBeUndefined();
    expect(r.text).toBe(footnote(111));
    expect(r.anchorText).toBe('Stop and search is an important operational tool for the police.');
    expect(SEED).toContain(`${r.anchorText}<sup>111</sup>`);
  });

  it('uses valid kinds', () => {
    for (const o of data.objections) expect(OBJECTION_KINDS).toContain(o.kind);
  });
});

describe('sample investigation: keys and references', () => {
  it('has unique keys', () => {
    const keys = [
      data.committee.key,
      data.investigation.key,
      ...data.people.map((p) => p.key),
      ...data.meetings.flatMap((m) => [m.key, ...m.panels.map((p) => p.key)]),
      ...data.chapters.flatMap((c) => [c.key, ...c.sections.map((s) => s.key)]),
      ...data.recommendations.flatMap((r) => [r.key, ...r.parts.map((p) => p.key)]),
      ...data.objections.map((o) => o.key),
    ];
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('resolves every cross-reference', () => {
    const people = new Set(data.people.map((p) => p.key));
    const members = new Set(data.members.map((m) => m.person));
    for (const m of data.members) expect(people).toContain(m.person);
    for (const s of data.secretariat) expect(people).toContain(s.person);
    for (const m of data.meetings) {
      for (const p of [...m.participants, ...m.panels.flatMap((x) => x.participants)]) {
        expect(people).toContain(p.person);
      }
    }
    const chapters = new Map(data.chapters.map((c) => [c.key, c]));
    for (const r of data.recommendations) {
      const c = chapters.get(r.chapter);
      expect(c, r.key).toBeDefined();
      if (r.section !== undefined) expect(c?.sections.map((s) => s.key), r.key).toContain(r.section);
    }
    const recs = new Map(data.recommendations.map((r) => [r.key, r]));
    for (const o of data.objections) {
      expect(members).toContain(o.member);
      if (o.recommendation !== undefined) expect(recs.has(o.recommendation)).toBe(true);
      if (o.part !== undefined) {
        expect(o.recommendation).toBeDefined();
        expect(recs.get(o.recommendation ?? '')?.parts.map((p) => p.key)).toContain(o.part);
      }
      if (o.kind === 'dissent') expect(o.recommendation).toBeDefined();
    }
    // Every person is used somewhere.
    const used = new Set([
      ...data.members.map((m) => m.person),
      ...data.secretariat.map((s) => s.person),
      ...data.meetings.flatMap((m) => [...m.participants, ...m.panels.flatMap((x) => x.participants)].map((p) => p.person)),
    ]);
    expect([...people].filter((p) => !used.has(p))).toEqual([]);
  });
});
