/**
 * Transcript text in the three formats the importer meets (docs: DOMAIN.md, "Transcript formats"),
 * written for these tests in the style of the real documents, page by page as extraction hands
 * them over: running headers gone, but the odd page number left behind.
 */
import type { ExtractedDocument } from '../../../backend/import/types';

export function doc(pages: string[], firstPage = 1): ExtractedDocument {
  return { format: 'pdf', pages: pages.map((text, i) => ({ number: firstPage + i, text })), warnings: [] };
}

/** What a turn must look like: the label as printed, who, which page, how its speech starts and ends. */
export interface ExpectedTurn {
  label: string;
  name: string;
  roleText: string | null;
  questionNumber?: string | null;
  page: number;
  speechStarts: string;
  endsWith: string;
}

// ─── London Assembly, formal meeting with a guest panel ──────────────────────────────────────────

export const LONDON_ASSEMBLY_PANEL = doc([
  `Appendix 1

Police and Crime Committee – 15 January 2025

Transcript of Agenda Item 5: Response to the Draft Police and Crime Plan 2025-29 – Panel 1

Susan Hall AM (Chairman): That brings us to our main item of business today, the first of two
panels on the Mayor's draft Police and Crime Plan 2025-29. I am delighted to welcome our guests:
Professor Ben Bradford, Director of Global City Policing at University College London; Professor
Jyoti Belur, Professor of Policing at University College London; and Sophia Worringer, Deputy
Policy Director at the Centre for Social Justice. Thank you all for coming.
Can I start with a broad question? What are your overall views on the draft Plan?

Professor Ben Bradford (Director, Global City Policing, University College London): Thank you,
Chairman. In many ways it is a reasonable document, and not having it radically different is not
a bad thing. But the one thing that is lacking [in the draft Plan] is what we do with online crime
and all the multifarious versions of that.
While there is allusion to that in here and there are some policies and things set out,
collectively we are very far away from working out what a response to that looks like.
`,
  `Professor Jyoti Belur (Professor of Policing, University College London): I would agree. You
talk about public health approaches, but what does that involve, or you talk about effective
interventions to hold perpetrators of VAWG [violence against women and girls] to account. What
does that involve?

Zoë Garbett AM: Thank you, Chairman. My question is about stop and search. The Commissioner
told this Committee: "It absolutely works." What does the research say?

Professor Ben Bradford (Director, Global City Policing, University College London): Research
shows that it is minimally effective. A colleague put it well.
He said: this is the evidence, and we should follow it.
We cannot just keep turning to stop and search as if it is a magic wand that is going to solve
all our problems because it never has and it never will.

[Note: Sophia Worringer joined the meeting remotely at this point.]

Sophia Worringer (Deputy Policy Director, Centre for Social Justice):
I would add that the Plan needs clear measures. Victims told us what they want:
Operation Soteria: that is the model they pointed to, again and again.
`,
  `3
and that has to be the heart of it, because at the moment most victims never hear back after
they report, and that has to change.

Caroline Russell AM (Deputy Chair): On neighbourhood policing, how do you see the Plan landing
on the front line?

Professor Ben Bradford (Director, Global City Policing, University College London): The bigger
question is how much we think what is in the PCP is going to filter down to the front line
where policing is done.

Marion Reed OBE AM (Chair): [Chairing the meeting in the Chairman's absence] Thank you. We will
now take a short break. [The meeting adjourned at 11.05am and resumed at 11.15am.]

10.00am: Note of timing for the record.

Susan Hall AM (Chairman): Thank you very much to our first panel.
`,
]);

export const LONDON_ASSEMBLY_PANEL_TURNS: ExpectedTurn[] = [
  { label: 'Susan Hall AM (Chairman)', name: 'Susan Hall', roleText: 'Chairman', page: 1, speechStarts: 'That brings us', endsWith: 'views on the draft Plan?' },
  {
    label: 'Professor Ben Bradford (Director, Global City Policing, University College London)',
    name: 'Ben Bradford',
    roleText: 'Director, Global City Policing, University College London',
    page: 1,
    speechStarts: 'Thank you,\nChairman.',
    endsWith: 'a response to that looks like.',
  },
  {
    label: 'Professor Jyoti Belur (Professor of Policing, University College London)',
    name: 'Jyoti Belur',
    roleText: 'Professor of Policing, University College London',
    page: 2,
    speechStarts: 'I would agree.',
    endsWith: 'does that involve?',
  },
  { label: 'Zoë Garbett AM', name: 'Zoë Garbett', roleText: null, page: 2, speechStarts: 'Thank you, Chairman.', endsWith: 'What does the research say?' },
  {
    label: 'Professor Ben Bradford (Director, Global City Policing, University College London)',
    name: 'Ben Bradford',
    roleText: 'Director, Global City Policing, University College London',
    page: 2,
    speechStarts: 'Research\nshows',
    endsWith: '[Note: Sophia Worringer joined the meeting remotely at this point.]',
  },
  {
    label: 'Sophia Worringer (Deputy Policy Director, Centre for Social Justice)',
    name: 'Sophia Worringer',
    roleText: 'Deputy Policy Director, Centre for Social Justice',
    page: 2,
    speechStarts: 'I would add',
    endsWith: 'that has to change.',
  },
  { label: 'Caroline Russell AM (Deputy Chair)', name: 'Caroline Russell', roleText: 'Deputy Chair', page: 3, speechStarts: 'On neighbourhood policing', endsWith: 'on the front line?' },
  {
    label: 'Professor Ben Bradford (Director, Global City Policing, University College London)',
    name: 'Ben Bradford',
    roleText: 'Director, Global City Policing, University College London',
    page: 3,
    speechStarts: 'The bigger',
    endsWith: 'where policing is done.',
  },
  {
    label: 'Marion Reed OBE AM (Chair)',
    name: 'Marion Reed',
    roleText: 'Chair',
    page: 3,
    speechStarts: "[Chairing the meeting in the Chairman's absence]",
    endsWith: '10.00am: Note of timing for the record.',
  },
  { label: 'Susan Hall AM (Chairman)', name: 'Susan Hall', roleText: 'Chairman', page: 3, speechStarts: 'Thank you very much', endsWith: 'our first panel.' },
];

// ─── London Assembly, question-and-answer session with the Deputy Mayor and Commissioner ─────────

export const LONDON_ASSEMBLY_QA = doc(
  [
    `Police and Crime Committee – 12 February 2025

Transcript of Agenda Item 6: Question and Answer Session with the Deputy Mayor for Policing and
Crime and the Commissioner of Police of the Metropolis

Present:
Susan Hall AM (Chairman), Caroline Russell AM (Deputy Chair), Zoë Garbett AM.

Susan Hall AM (Chairman): Good morning. Deputy Mayor, can I begin with you?

Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime): Good morning, Chairman. There is a
need for ordinary Londoners to be able to see their safety within the plan.

Sir Mark Rowley QPM (Commissioner of Police of the Metropolis): Neighbourhood policing is the
foundation of policing, it is the foundation of trust.
`,
    `Claire Waxman OBE (London's Victims' Commissioner): Operation Soteria has been a huge success
story. It has resulted in a much better response to investigating and prosecuting rape.

Matt Twist (Assistant Commissioner, Frontline Policing, Metropolitan
Police Service): There almost is no criminal footprint now that does not have some sort of online
space. Online crime is a national challenge.

Recommendation 3: the Committee will return to this.

Q&A: the public session follows.

See https://www.london.gov.uk/who-we-are for the webcast.
`,
  ],
  18,
);

export const LONDON_ASSEMBLY_QA_TURNS: ExpectedTurn[] = [
  { label: 'Susan Hall AM (Chairman)', name: 'Susan Hall', roleText: 'Chairman', page: 18, speechStarts: 'Good morning. Deputy Mayor', endsWith: 'begin with you?' },
  {
    label: 'Kaya Comer-Schwartz (Deputy Mayor for Policing and Crime)',
    name: 'Kaya Comer-Schwartz',
    roleText: 'Deputy Mayor for Policing and Crime',
    page: 18,
    speechStarts: 'Good morning, Chairman.',
    endsWith: 'safety within the plan.',
  },
  {
    label: 'Sir Mark Rowley QPM (Commissioner of Police of the Metropolis)',
    name: 'Mark Rowley',
    roleText: 'Commissioner of Police of the Metropolis',
    page: 18,
    speechStarts: 'Neighbourhood policing',
    endsWith: 'foundation of trust.',
  },
  {
    label: "Claire Waxman OBE (London's Victims' Commissioner)",
    name: 'Claire Waxman',
    roleText: "London's Victims' Commissioner",
    page: 19,
    speechStarts: 'Operation Soteria',
    endsWith: 'prosecuting rape.',
  },
  {
    // A long role wrapped onto a second line: the label is given with the break as one space.
    label: 'Matt Twist (Assistant Commissioner, Frontline Policing, Metropolitan Police Service)',
    name: 'Matt Twist',
    roleText: 'Assistant Commissioner, Frontline Policing, Metropolitan Police Service',
    page: 19,
    speechStarts: 'There almost is no criminal footprint',
    endsWith: 'for the webcast.',
  },
];

// ─── Metropolitan Police Authority, older verbatim style ──────────────────────────────────────────

export const MPA_MEETING = doc([
  `Metropolitan Police Authority
Full Authority – verbatim transcript – 26 October 2006

Present:
Members: Toby Harris (Chair), Jenny Jones, Richard Barnes, Cindy Butts.
Also present: Sir Ian Blair (Commissioner), Catherine Crawford (Chief Executive).

Toby Harris (Chair): Good morning, everybody, and welcome. We have a full agenda: the first
item is the Commissioner's report.

Sir Ian Blair (Commissioner): Thank you, Chair. I will be brief, because members have the
written report in front of them.
`,
  `2Jenny Jones (AM): I want to ask about the stop and search figures: they have gone up again,
and the disproportionality has not gone down.

Sir Ian Blair (Commissioner): They have gone up, yes, and I will come on to why, but first let
me say that the picture is more complicated than the headline figure suggests. If you look at
the boroughs one by one
`,
  `3you see a very different pattern, borough by borough, and in some the rate has fallen.

Toby Harris (Chair): Thank you.

Richard Barnes (AM): Commissioner, a short question on overtime.
`,
  `4Catherine Crawford (Chief Executive): If I may answer that one, Chair: the overtime budget is
under review.
`,
]);

export const MPA_MEETING_TURNS: ExpectedTurn[] = [
  { label: 'Toby Harris (Chair)', name: 'Toby Harris', roleText: 'Chair', page: 1, speechStarts: 'Good morning, everybody', endsWith: "Commissioner's report." },
  { label: 'Sir Ian Blair (Commissioner)', name: 'Ian Blair', roleText: 'Commissioner', page: 1, speechStarts: 'Thank you, Chair.', endsWith: 'in front of them.' },
  { label: 'Jenny Jones (AM)', name: 'Jenny Jones', roleText: null, page: 2, speechStarts: 'I want to ask', endsWith: 'has not gone down.' },
  // Runs on to page 3, where the page number is stuck to the first word of the speech.
  { label: 'Sir Ian Blair (Commissioner)', name: 'Ian Blair', roleText: 'Commissioner', page: 2, speechStarts: 'They have gone up', endsWith: 'the rate has fallen.' },
  { label: 'Toby Harris (Chair)', name: 'Toby Harris', roleText: 'Chair', page: 3, speechStarts: 'Thank you.', endsWith: 'Thank you.' },
  { label: 'Richard Barnes (AM)', name: 'Richard Barnes', roleText: null, page: 3, speechStarts: 'Commissioner, a short', endsWith: 'on overtime.' },
  { label: 'Catherine Crawford (Chief Executive)', name: 'Catherine Crawford', roleText: 'Chief Executive', page: 4, speechStarts: 'If I may', endsWith: 'under review.' },
];

// ─── House of Commons oral evidence ───────────────────────────────────────────────────────────────

export const COMMONS_EVIDENCE = doc([
  `Home Affairs Committee
Oral evidence: Policing in London, HC 412
Wednesday 5 March 2025

Ordered by the House of Commons to be published on 5 March 2025.

Watch the meeting

Members present: Dame Karen Bradley (Chair); Ms Harriet Harman; Sir Iain Duncan Smith; Mr Paul
Kohler.

Questions 82–120

Witnesses
I: Sir Mark Rowley QPM, Commissioner, Metropolitan Police Service; Dame Lynne Owens, Deputy
Commissioner, Metropolitan Police Service; and Matt Twist, Assistant Commissioner, Metropolitan
Police Service.
`,
  `IMPORTANT: This is an uncorrected transcript of evidence taken in public and reported to the
House. The transcript has been placed on the internet on the authority of the Committee, and
copies have been made available by the Vote Office for the use of Members and others.
Any public use of, or reference to, the contents should make clear that neither witnesses nor
Members have had the opportunity to correct the record. The transcript is not yet an approved
formal record of these proceedings.

Examination of Witnesses

Witnesses: Sir Mark Rowley, Dame Lynne Owens and Matt Twist.

Q82 Chair: Good morning and welcome. Could you start by telling us: what are the Met's
priorities this year?

Sir Mark Rowley: Good morning. Our priorities are set out in our plan: more trust, less crime
and high standards.

Q83 Ms Harman: Can I ask about vetting? The High Court ruled against you.
`,
  `Dame Lynne Owens: On vetting, the ruling leaves us in a hopeless position.

Matt Twist: If I may add, there almost is no criminal footprint now that does not have some
sort of online space.

Chair: Thank you.

Q84 Sir Iain Duncan Smith: Commissioner, on the budget: how many officers will you lose?

Sir Mark Rowley: It could be more than 1,000
people next year.

Q85 Mr Kohler:
And neighbourhood teams?
`,
]);

export const COMMONS_EVIDENCE_TURNS: ExpectedTurn[] = [
  { label: 'Q82 Chair', name: 'Chair', roleText: 'Chair', questionNumber: 'Q82', page: 2, speechStarts: 'Good morning and welcome.', endsWith: 'priorities this year?' },
  { label: 'Sir Mark Rowley', name: 'Mark Rowley', roleText: null, page: 2, speechStarts: 'Good morning. Our priorities', endsWith: 'and high standards.' },
  { label: 'Q83 Ms Harman', name: 'Harman', roleText: null, questionNumber: 'Q83', page: 2, speechStarts: 'Can I ask about vetting?', endsWith: 'ruled against you.' },
  { label: 'Dame Lynne Owens', name: 'Lynne Owens', roleText: null, page: 3, speechStarts: 'On vetting', endsWith: 'hopeless position.' },
  { label: 'Matt Twist', name: 'Matt Twist', roleText: null, page: 3, speechStarts: 'If I may add', endsWith: 'online space.' },
  { label: 'Chair', name: 'Chair', roleText: 'Chair', page: 3, speechStarts: 'Thank you.', endsWith: 'Thank you.' },
  { label: 'Q84 Sir Iain Duncan Smith', name: 'Iain Duncan Smith', roleText: null, questionNumber: 'Q84', page: 3, speechStarts: 'Commissioner, on the budget', endsWith: 'will you lose?' },
  { label: 'Sir Mark Rowley', name: 'Mark Rowley', roleText: null, page: 3, speechStarts: 'It could be', endsWith: 'people next year.' },
  { label: 'Q85 Mr Kohler', name: 'Kohler', roleText: null, questionNumber: 'Q85', page: 3, speechStarts: 'And neighbourhood teams?', endsWith: 'And neighbourhood teams?' },
];
