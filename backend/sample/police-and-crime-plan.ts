/**
 * The sample investigation: the London Assembly Police and Crime Committee's "Response to the
 * Mayor's draft Police and Crime Plan 2025-29", entered as data from the seed report
 * (tests/fixtures/seed/response-to-draft-police-and-crime-plan-2025-29.md).
 *
 * Text is as the seed prints it, with the seed's own apostrophes and quotation marks; footnote
 * markers and markdown are left out. tests/unit/sample-data.test.ts checks this file against the
 * seed, so any drift fails the tests.
 */
import type { SampleInvestigationData } from './types';

export const SAMPLE_INVESTIGATION: SampleInvestigationData = {
  committee: {
    key: 'committee',
    name: 'London Assembly Police and Crime Committee',
    body: 'London Assembly',
    memberDesignation: 'AM',
    description:
      "The London Assembly Police and Crime Committee examines the work of the Mayor's Office for Policing and Crime (MOPAC) and investigates issues relating to policing and crime reduction in London.",
  },

  people: [
    // Members named by the report. The report names no other members and states no parties.
    { key: 'susan-hall', fullName: 'Susan Hall' },
    { key: 'zoe-garbett', fullName: 'Zoë Garbett' },

    // Secretariat, from "Contact us" (emails as printed, including "Janette.roker").
    { key: 'janette-roker', fullName: 'Janette Roker', email: 'Janette.roker@london.gov.uk' },
    { key: 'philip-lewis', fullName: 'Philip Lewis', email: 'Philip.Lewis@london.gov.uk' },
    { key: 'rebecca-storer', fullName: 'Rebecca Storer', email: 'Rebecca.Storer@london.gov.uk' },
    { key: 'yonah-ehrlich', fullName: 'Yonah Ehrlich', email: 'Yonah.Ehrlich@london.gov.uk' },
    { key: 'anthony-smyth', fullName: 'Anthony Smyth', email: 'Anthony.Smyth@london.gov.uk' },
    { key: 'lauren-harvey', fullName: 'Lauren Harvey', email: 'Lauren.Harvey@london.gov.uk' },

    // Guests at the formal meeting of 15 January 2025 (Committee Activity).
    { key: 'ben-bradford', fullName: 'Ben Bradford', honorific: 'Professor' },
    { key: 'jyoti-belur', fullName: 'Jyoti Belur', honorific: 'Professor' },
    { key: 'sophia-worringer', fullName: 'Sophia Worringer' },
    { key: 'stephen-walcott', fullName: 'Stephen Walcott' },
    { key: 'louise-holden', fullName: 'Louise Holden' },
    { key: 'john-hayward-cripps', fullName: 'John Hayward-Cripps' },
    { key: 'nahar-choudhury', fullName: 'Nahar Choudhury' },

    // Guests at the Q&A sessions (Committee Activity).
    { key: 'kaya-comer-schwartz', fullName: 'Kaya Comer-Schwartz' },
    { key: 'matt-twist', fullName: 'Matt Twist' },
    { key: 'claire-waxman', fullName: 'Claire Waxman', postNominals: 'OBE' },
    { key: 'mark-rowley', fullName: 'Mark Rowley', honorific: 'Sir' },
  ],

  members: [
    // Foreword: "Susan Hall AM / Chairman of the Police and Crime Committee".
    { person: 'susan-hall', role: 'chairman' },
    // Footnotes 9, 111 and 112: "Zoë Garbett AM".
    { person: 'zoe-garbett', role: 'member' },
  ],

  secretariat: [
    { person: 'janette-roker', jobTitle: 'Senior Policy Adviser', email: 'Janette.roker@london.gov.uk' },
    { person: 'philip-lewis', jobTitle: 'Policy Adviser', email: 'Philip.Lewis@london.gov.uk' },
    { person: 'rebecca-storer', jobTitle: 'Research Analyst', email: 'Rebecca.Storer@london.gov.uk' },
    { person: 'yonah-ehrlich', jobTitle: 'Secretariat Intern', email: 'Yonah.Ehrlich@london.gov.uk' },
    {
      person: 'anthony-smyth',
      jobTitle: 'External Communications Officer',
      email: 'Anthony.Smyth@london.gov.uk',
    },
    { person: 'lauren-harvey', jobTitle: 'Principal Committee Manager', email: 'Lauren.Harvey@london.gov.uk' },
  ],

  investigation: {
    key: 'investigation',
    // As the cover's heading prints it (straight apostrophe); the Contents' first line has "Mayor’s".
    title: "Response to the Mayor's draft Police and Crime Plan 2025-29",
    status: 'published',
    // The Mayor published the draft Plan on 18 December 2024; the Committee's first Q&A on it was
    // the same day. The seed prints no publication date for the report, so publishedOn is omitted.
    startedOn: '2024-12-18',
    summary:
      "The Police and Crime Committee's response to the Mayor's draft Police and Crime Plan 2025-29, which the London Assembly must review under the Police Reform and Social Responsibility Act 2011. The Committee investigated the draft Plan's contents and likely impact, with the aim of strengthening the final Plan and improving police and crime outcomes in London, and makes 12 recommendations.",
    termsOfReference: [
      'any new elements featured in the draft PCP, and the reasons for any changing priorities',
      'how the Mayor and MOPAC decided on the priorities and resourcing set out in the new draft PCP, including how they have ensured it aligns with the current and future challenges of policing in London, and the needs of Londoners',
      'how risks to the delivery of the PCP have been identified and considered in the draft',
      'how MOPAC will measure progress against outcomes and the effectiveness of its oversight arrangements.',
    ],
  },

  // In date order.
  meetings: [
    {
      key: 'pcc-2024-07-17',
      // Judgement call: the seed cites this transcript in the same form as the Q&A sessions'
      // ("Police and Crime Committee Transcript", no panel), not as the panel meeting's.
      kind: 'qa_session',
      heldOn: '2024-07-17',
      title: 'Police and Crime Committee meeting',
      notes:
        'Held before the investigation began; its transcript is cited once (footnote 73, p.4) on the abstraction of neighbourhood officers to police protest. The report names no guests or members for this meeting.',
      panels: [],
      participants: [],
    },
    {
      key: 'pcc-2024-09-11',
      // Judgement call: cited in the Q&A sessions' form, and the report says "We heard from the Met".
      kind: 'qa_session',
      heldOn: '2024-09-11',
      title: 'Police and Crime Committee meeting',
      notes:
        'Held before the investigation began; its transcript is cited once (footnote 74, p.18), where the report says "We heard from the Met" about a plan to reduce the removal of frontline officers from local areas. The report names no guests or members for this meeting.',
      panels: [],
      participants: [],
    },
    {
      key: 'qa-2024-12-18',
      kind: 'qa_session',
      heldOn: '2024-12-18',
      title: 'Q&A session with the Deputy Mayor for Policing and Crime',
      notes: 'Held on the day the Mayor published the draft Police and Crime Plan 2025-29.',
      panels: [],
      participants: [
        { person: 'kaya-comer-schwartz', kind: 'guest', roleText: 'Deputy Mayor for Policing and Crime' },
      ],
    },
    {
      key: 'lya-2025-01-06',
      kind: 'informal_meeting',
      heldOn: '2025-01-06',
      title: 'Informal meeting with the London Youth Assembly',
      notes:
        'The Committee heard feedback on the draft PCP from representatives of the London Youth Assembly. There is no transcript: the report cites it as "Based on evidence heard at an informal meeting…" (footnote 110) and "Based on information and views heard at an informal meeting…" (footnote 138). The representatives are not named.',
      panels: [],
      participants: [],
    },
    {
      key: 'formal-2025-01-15',
      kind: 'formal_meeting',
      heldOn: '2025-01-15',
      title: 'Formal meeting: response to the draft Police and Crime Plan',
      notes:
        'The Committee heard from external guests in two panels; each panel has its own transcript ("Police and Crime Committee Transcript Panel 1" and "Panel 2").',
      panels: [
        {
          key: 'formal-2025-01-15-panel-1',
          title: 'Panel 1',
          participants: [
            {
              person: 'ben-bradford',
              kind: 'guest',
              roleText: 'Director of the Centre for Global City Policing',
              organisation: 'UCL',
            },
            { person: 'jyoti-belur', kind: 'guest', roleText: 'Professor of Policing', organisation: 'UCL' },
            {
              person: 'sophia-worringer',
              kind: 'guest',
              roleText: 'Deputy Policy Director',
              organisation: 'Centre for Social Justice',
            },
          ],
        },
        {
          key: 'formal-2025-01-15-panel-2',
          title: 'Panel 2',
          participants: [
            {
              person: 'stephen-walcott',
              kind: 'guest',
              roleText: 'Senior Researcher',
              organisation: 'Runnymede Trust',
            },
            {
              person: 'louise-holden',
              kind: 'guest',
              roleText: 'Senior Policy Officer',
              organisation: 'Inclusion London',
            },
            {
              person: 'john-hayward-cripps',
              kind: 'guest',
              roleText: 'CEO',
              organisation: 'Neighbourhood Watch Network',
            },
            { person: 'nahar-choudhury', kind: 'guest', roleText: 'CEO', organisation: "Solace Women's Aid" },
          ],
        },
      ],
      participants: [],
    },
    {
      key: 'qa-2025-01-29',
      kind: 'qa_session',
      heldOn: '2025-01-29',
      title: "Q&A session with the Met, the Victims' Commissioner and the Deputy Mayor",
      panels: [],
      participants: [
        {
          person: 'matt-twist',
          kind: 'guest',
          roleText: 'Assistant Commissioner (Frontline Operations)',
          organisation: 'Metropolitan Police',
        },
        { person: 'claire-waxman', kind: 'guest', roleText: "London's Independent Victims' Commissioner" },
        { person: 'kaya-comer-schwartz', kind: 'guest', roleText: 'Deputy Mayor for Policing and Crime' },
      ],
    },
    {
      key: 'qa-2025-02-12',
      kind: 'qa_session',
      heldOn: '2025-02-12',
      title: 'Q&A session with the Commissioner and the Deputy Mayor for Policing and Crime',
      panels: [],
      participants: [
        { person: 'mark-rowley', kind: 'guest', roleText: 'Commissioner of the Metropolitan Police' },
        { person: 'kaya-comer-schwartz', kind: 'guest', roleText: 'Deputy Mayor for Policing and Crime' },
      ],
    },
  ],

  // In document order, from the Contents. The cover ("Response to the Mayor’s draft Police and
  // Crime Plan 2025-29"), "Police and Crime Committee", "Contact us" and "Contents" pages are
  // generated from the committee, secretariat and chapters, so they are not chapters here.
  chapters: [
    { key: 'foreword', kind: 'front_matter', title: 'Foreword', sections: [] },
    { key: 'executive-summary', kind: 'front_matter', title: 'Executive Summary', sections: [] },
    { key: 'recommendations', kind: 'front_matter', title: 'Recommendations', sections: [] },
    { key: 'introduction', kind: 'introduction', title: 'Introduction', sections: [] },
    {
      key: 'chapter-one',
      kind: 'chapter',
      label: 'Chapter one',
      title: 'Delivery and performance monitoring',
      sections: [
        { key: 'same-approach-different-results', title: 'Same approach, different results?' },
        { key: 'budgetary-constraints', title: 'Budgetary constraints' },
        { key: 'performance-monitoring', title: 'Performance monitoring and publishing progress' },
      ],
    },
    {
      key: 'chapter-two',
      kind: 'chapter',
      label: 'Chapter two',
      title: 'Increasing trust and confidence',
      sections: [
        { key: 'transparency-and-accountability', title: 'Transparency and accountability' },
        { key: 'neighbourhood-policing', title: 'Neighbourhood policing' },
        { key: 'public-order', title: 'Public order' },
      ],
    },
    {
      key: 'chapter-three',
      kind: 'chapter',
      label: 'Chapter three',
      title: 'Reducing violence and criminal exploitation',
      sections: [
        { key: 'clear-hold-build', title: 'Clear, Hold, Build' },
        { key: 'stop-and-search', title: 'Stop and search' },
        // The body also has two headings under this section that the Contents does not list:
        // "Preventative work to tackle VAWG" and "The police response to VAWG and Operation
        // Soteria". Sections cannot nest, so they are not entered.
        { key: 'vawg', title: 'Violence against women and girls' },
        { key: 'hatred-extremism-counterterrorism', title: 'Hatred, extremism and counterterrorism' },
      ],
    },
    {
      key: 'chapter-four',
      kind: 'chapter',
      label: 'Chapter four',
      title: 'Improving the Criminal Justice System and supporting victims',
      sections: [{ key: 'victim-focus-and-victim-care-hub', title: 'Victim Focus and the Victim Care Hub' }],
    },
    { key: 'committee-activity', kind: 'closing_matter', title: 'Committee Activity', sections: [] },
    { key: 'other-formats-and-languages', kind: 'closing_matter', title: 'Other formats and languages', sections: [] },
    { key: 'connect-with-us', kind: 'closing_matter', title: 'Connect with us', sections: [] },
  ],

  // In document order. Text is the chapter version of each recommendation. The summary list
  // ("Recommendations") prints the same words for all twelve; the only difference is Recommendation
  // 8's dissent footnote, numbered 9 in the list and 112 in Chapter three, whose quoted words use
  // straight quotation marks in footnote 9 and curly ones in footnote 112.
  //
  // Addressees: recommendations about the final Police and Crime Plan are addressed to MOPAC (the
  // Act requires the report to be made to MOPAC, and the Foreword asks "that MOPAC take forward"
  // the recommendations); Recommendation 7 asks the Met to act; Recommendation 9 concerns the
  // Mayor's own VAWG strategy.
  recommendations: [
    {
      key: 'rec-1',
      chapter: 'chapter-one',
      section: 'same-approach-different-results',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-1-p1',
          kind: 'paragraph',
          text: 'The final Police and Crime Plan should outline what MOPAC, the Met and partners will do that is new or different over the next four years to drive change in areas where there has not been a recorded improvement in performance compared to 2021-22. These areas include levels of trust and confidence in the Met, including disproportionate levels of trust between different groups of Londoners; victim satisfaction levels; and the overall volume of recorded crime, including the volume of gun crime, robbery and theft.',
        },
      ],
    },
    {
      key: 'rec-2',
      chapter: 'chapter-one',
      section: 'budgetary-constraints',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-2-p1',
          kind: 'paragraph',
          text: 'The final Police and Crime Plan should clearly identify the areas that are at risk due to budgetary challenges and ensure that mitigating actions are identified for the context of the agreed 2025-26 Budget in February 2025. In future years, the Budget process should identify how the Budget will support the ambitions of the final Police and Crime Plan and any risks the budgetary position poses to its continued delivery.',
        },
      ],
    },
    {
      key: 'rec-3',
      chapter: 'chapter-one',
      section: 'performance-monitoring',
      addressee: 'MOPAC',
      // Q1 2025-26 is April to June 2025.
      dueOn: '2025-06-30',
      dueNote: 'Dashboard live by the end of Q1 2025-26',
      parts: [
        {
          key: 'rec-3-p1',
          kind: 'paragraph',
          text: 'MOPAC should ensure there is a single dashboard that reports on performance data against every metric of the final Police and Crime Plan 2025-29. This dashboard should be live by the end of Q1 2025-26, and updated on a monthly basis. All raw data relating to the performance framework measures should also be available to download on the London Datastore.',
        },
      ],
    },
    {
      key: 'rec-4',
      chapter: 'chapter-two',
      section: 'transparency-and-accountability',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-4-p1',
          kind: 'paragraph',
          text: "MOPAC should strengthen the draft Police and Crime Plan's commitment to create new forums by including its work on a co-production model for community engagement in the final Police and Crime Plan. This should include specific actions for engaging with all Londoners, including LGBTQ+ Londoners and deaf and disabled Londoners.",
        },
      ],
    },
    {
      key: 'rec-5',
      chapter: 'chapter-two',
      section: 'neighbourhood-policing',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-5-p1',
          kind: 'paragraph',
          text: "The final Police and Crime Plan should outline what actions will be taken to meet the Mayor's manifesto commitment to deliver an additional 1,300 neighbourhood officers and Police Community Support Officers (PCSOs). It should include a resourcing plan with interim targets for each year of the Police and Crime Plan 2025-29.",
        },
      ],
    },
    {
      key: 'rec-6',
      chapter: 'chapter-two',
      section: 'public-order',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-6-p1',
          kind: 'paragraph',
          text: "The final Police and Crime Plan should include detail about how the Mayor and MOPAC will support the Met in its public order work over the next four years and balance people's right to protest.",
        },
      ],
    },
    {
      key: 'rec-7',
      chapter: 'chapter-three',
      section: 'clear-hold-build',
      addressee: 'The Met',
      parts: [
        {
          key: 'rec-7-p1',
          kind: 'paragraph',
          text: 'To ensure transparency, the Met should publish the evaluation findings of its eight Clear, Hold, Build (CHB) programmes, and the analysis underpinning any decision it makes on the future of CHB.',
        },
        {
          key: 'rec-7-p2',
          kind: 'paragraph',
          text: "Ahead of any wider roll out of CHB, the Met, local authorities and partner organisations should continue to work closely, consulting widely with community groups and local residents on how the 'build' activity will be factored into CHB programmes from the start. This approach should also place emphasis on the local community owning this phase of work.",
        },
      ],
    },
    {
      key: 'rec-8',
      chapter: 'chapter-three',
      section: 'stop-and-search',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-8-p1',
          kind: 'paragraph',
          text: 'The final Police and Crime Plan should include further information on how stop and search will continue to be used in London. This should include details of how MOPAC will:',
        },
        { key: 'rec-8-p2', kind: 'bullet', text: "support the Met's use of the tactic" },
        {
          key: 'rec-8-p3',
          kind: 'bullet',
          text: 'monitor and scrutinise its use, including the part that communities will play in this process.',
        },
      ],
    },
    {
      key: 'rec-9',
      chapter: 'chapter-three',
      // Printed under the unlisted sub-heading "Preventative work to tackle VAWG".
      section: 'vawg',
      addressee: 'The Mayor',
      parts: [
        {
          key: 'rec-9-p1',
          kind: 'paragraph',
          text: "The Mayor's refreshed Violence Against Women and Girls (VAWG) strategy should:",
        },
        {
          key: 'rec-9-p2',
          kind: 'bullet',
          text: 'take an intersectional approach that addresses the higher rates of domestic abuse and sexual violence experienced by certain communities. This should include a specific disability action plan to address VAWG',
        },
        {
          key: 'rec-9-p3',
          kind: 'bullet',
          text: 'set out specific detail on how the Met and MOPAC will tackle misogyny',
        },
        {
          key: 'rec-9-p4',
          kind: 'bullet',
          text: 'address issues of sustainability linked to the current funding model for preventative services.',
        },
      ],
    },
    {
      key: 'rec-10',
      chapter: 'chapter-three',
      // Printed under the unlisted sub-heading "The police response to VAWG and Operation Soteria".
      section: 'vawg',
      addressee: 'MOPAC',
      // "by April 2026": taken as the end of April 2026.
      dueOn: '2026-04-30',
      dueNote: 'Pilot launched by April 2026',
      parts: [
        {
          key: 'rec-10-p1',
          kind: 'paragraph',
          text: 'The final Police and Crime Plan should include a commitment to support the Met to pilot the Operation Soteria approach to tackling rape and sexual assault for an expanded group of other forms of violence against women and girls, including domestic abuse. This pilot should be launched by April 2026.',
        },
      ],
    },
    {
      key: 'rec-11',
      chapter: 'chapter-three',
      section: 'hatred-extremism-counterterrorism',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-11-p1',
          kind: 'paragraph',
          text: 'The final Police and Crime Plan should include specific commitments to tackle the online enablers of hate crime, extremism, and radicalisation. This should include work that MOPAC will undertake to support and provide educational opportunities for young people, particularly young men, to equip them against peer pressure related to extremist material.',
        },
      ],
    },
    {
      key: 'rec-12',
      chapter: 'chapter-four',
      section: 'victim-focus-and-victim-care-hub',
      addressee: 'MOPAC',
      parts: [
        {
          key: 'rec-12-p1',
          kind: 'paragraph',
          text: "The final Police and Crime Plan should include a commitment for the Mayor and Deputy Mayor for Policing and Crime (DMPC) to advocate for the Victim Care Hub model alongside London's Independent Victims' Commissioner, including working with Government for the necessary changes to national legislation.",
        },
      ],
    },
  ],

  objections: [
    {
      key: 'dissent-garbett-rec-8',
      kind: 'dissent',
      member: 'zoe-garbett',
      recommendation: 'rec-8',
      part: 'rec-8-p2',
      // Footnote 9 (the summary list's), links reduced to their text. Footnote 112 in Chapter
      // three repeats it with curly quotation marks around the quoted words.
      text: 'Zoë Garbett AM dissents from part of Recommendation 8. Studies (e.g. Tiratelli et al 2018, Braakmann 2022) have shown that, and the Committee heard from guests such as Professor Ben Bradford, Professor Jyoti Belur, and Stephen Walcott that stop and search is minimally effective at preventing crime and damages trust. Therefore, she disagrees with the part of the recommendation that says MOPAC should include details of how it will "support the Met\'s use of the tactic". Assembly Member Garbett agrees with the recommendation\'s wording that MOPAC should "monitor and scrutinise its use".',
    },
    {
      key: 'reservation-garbett-stop-and-search',
      kind: 'reservation',
      member: 'zoe-garbett',
      // Chapter three, "Stop and search": the sentence footnote 111 is attached to.
      anchorText: 'Stop and search is an important operational tool for the police.',
      text: 'Zoë Garbett AM disagrees with how stop and search is characterised in the report here and wishes to emphasise that it is the police that consider stop and search to be an important operational tool. Studies (e.g. Tiratelli et al 2018, Braakmann 2022) have shown that, and the Committee heard from guests such as Professor Ben Bradford, Professor Jyoti Belur, and Stephen Walcott that stop and search is minimally effective at preventing crime and damages trust.',
    },
  ],
};
