/**
 * How members tag the sample's quoted passages against the report's own structure: for every
 * passage in QUOTED_PASSAGES (backend/sample/transcripts/quoted-passages.ts), where the seed report
 * (tests/fixtures/seed/response-to-draft-police-and-crime-plan-2025-29.md) prints it and which of
 * its 12 recommendations it supports.
 *
 * A passage is identified by its footnote number plus its index among the passages carrying that
 * footnote (footnotes 13, 19, 26, 41, 72, 83, 108, 109, 123, 136, 140 and 151 carry two).
 *
 * Placement follows the footnote marker in the seed's body text and the heading it falls under.
 * The two unlisted VAWG sub-headings ("Preventative work to tackle VAWG", "The police response to
 * VAWG and Operation Soteria") belong to the section 'vawg'; quotes under the first lead to
 * Recommendation 9, under the second to Recommendation 10.
 *
 * "Supports", as a clerk would judge it: a quote inside a section supports the recommendation(s)
 * that section (or sub-heading) ends in. A quote in the Introduction or a chapter's opening supports
 * a recommendation only where it clearly bears on it; otherwise none. Judgement calls:
 * - Introduction, footnotes 13-16 (online crime) → Recommendation 11, the report's only
 *   recommendation on online enablers; the Executive Summary ties footnote 14's words
 *   ("polarisation", "industrial scale") to its finding on online radicalisation.
 * - Chapter two's opening, footnote 58 (the DMPC: the same approach to trust "is working") →
 *   Recommendation 1, which asks for something new where trust and confidence have not improved;
 *   the Committee answers her with "A stronger and more innovative approach is required".
 * - None: footnote 18 (the Introduction's framing of the consultation); footnotes 19-21 (Chapter
 *   one's opening on the draft's lack of detail, which no recommendation asks for as such — 21's
 *   VAWG example is answered in the VAWG section, whose detail asks are narrower); footnote 63
 *   (vetting regulations, where the report urges the Mayor but makes no numbered recommendation);
 *   footnotes 90-92 (Chapter three's opening on the public health approach and youth provision,
 *   which ends in a manifesto pledge and an earlier report's recommendation, not one of these).
 *
 * tests/unit/sample-quote-tags.test.ts checks every tagging against the seed, so any drift fails.
 */

export interface SampleQuoteTagging {
  footnote: number;
  /** 0 for the first passage carrying this footnote number, 1 for the second… */
  index: number;
  /** Chapter key (from police-and-crime-plan.ts) where the report prints the quote. */
  chapter: string;
  /** Section key within that chapter, when the quote sits inside a section. */
  section?: string;
  /**
   * Keys of the recommendations the quote supports (the recommendation(s) that the paragraph or
   * section the quote sits in leads to). Usually one; may be empty where the quote supports none
   * (e.g. the Introduction's general framing), or two.
   */
  recommendations: string[];
  /** One short line: why these recommendations (for a reviewer). */
  reason: string;
}

/** In the report's order, as QUOTED_PASSAGES. */
export const SAMPLE_QUOTE_TAGS: readonly SampleQuoteTagging[] = [
  // Introduction
  {
    footnote: 13, index: 0, chapter: 'introduction', recommendations: ['rec-11'],
    reason: 'Online crime is what the draft lacks; Rec 11 is the only recommendation on online enablers.',
  },
  {
    footnote: 13, index: 1, chapter: 'introduction', recommendations: ['rec-11'],
    reason: 'No worked-out response to online crime; Rec 11 asks for specific commitments on online enablers.',
  },
  {
    footnote: 14, index: 0, chapter: 'introduction', recommendations: ['rec-11'],
    reason: 'Online polarisation at industrial scale; the Executive Summary ties it to online radicalisation (Rec 11).',
  },
  {
    footnote: 15, index: 0, chapter: 'introduction', recommendations: ['rec-11'],
    reason: 'The national scale the report answers by asking for more in the final PCP, as in Rec 11.',
  },
  {
    footnote: 16, index: 0, chapter: 'introduction', recommendations: ['rec-11'],
    reason: 'Almost all crime has an online footprint: the case for tackling online enablers (Rec 11).',
  },
  {
    footnote: 18, index: 0, chapter: 'introduction', recommendations: [],
    reason: "General framing of the consultation (Londoners' priorities); no recommendation.",
  },

  // Chapter one: opening
  {
    footnote: 19, index: 0, chapter: 'chapter-one', recommendations: [],
    reason: "Chapter opening on turning the draft into action; no recommendation asks for this as such.",
  },
  {
    footnote: 19, index: 1, chapter: 'chapter-one', recommendations: [],
    reason: 'Chapter opening: whether the PCP reaches the front line; framing, no recommendation.',
  },
  {
    footnote: 20, index: 0, chapter: 'chapter-one', recommendations: [],
    reason: "Chapter opening on the draft's general lack of detail; no recommendation asks for it.",
  },
  {
    footnote: 21, index: 0, chapter: 'chapter-one', recommendations: [],
    reason: "Chapter opening on lack of detail; its VAWG example is not one of Rec 9's specific asks.",
  },

  // Chapter one: Same approach, different results?
  {
    footnote: 24, index: 0, chapter: 'chapter-one', section: 'same-approach-different-results', recommendations: ['rec-1'],
    reason: 'The draft is an evolution of the last PCP: the premise of Rec 1 (do something new or different).',
  },
  {
    footnote: 25, index: 0, chapter: 'chapter-one', section: 'same-approach-different-results', recommendations: ['rec-1'],
    reason: "The DMPC's case for continuing the same focus, which Rec 1 answers.",
  },
  {
    footnote: 26, index: 0, chapter: 'chapter-one', section: 'same-approach-different-results', recommendations: ['rec-1'],
    reason: 'The Met defends continuity; the Committee concludes a bolder approach is needed (Rec 1).',
  },
  {
    footnote: 26, index: 1, chapter: 'chapter-one', section: 'same-approach-different-results', recommendations: ['rec-1'],
    reason: 'Why plans stay similar; set against the mixed results that lead to Rec 1.',
  },

  // Chapter one: Budgetary constraints
  {
    footnote: 33, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Calls for an honest account of what will not be a priority: areas at risk (Rec 2).',
  },
  {
    footnote: 34, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Can the Met deliver the priorities and everything else: the delivery risk Rec 2 asks to identify.',
  },
  {
    footnote: 38, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'The budget is the biggest challenge, with tough choices to come (Rec 2).',
  },
  {
    footnote: 41, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: "'Tough choices' from the budget: the risks Rec 2 asks the final PCP to identify.",
  },
  {
    footnote: 41, index: 1, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Headcount falling by over 1,000: a budgetary risk to delivery (Rec 2).',
  },
  {
    footnote: 42, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Less budget means doing less: areas at risk that Rec 2 asks to be identified.',
  },
  {
    footnote: 43, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Resources cover only the priorities within the PCP: the limits Rec 2 asks to be stated.',
  },
  {
    footnote: 44, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Shrinking, not growing, to meet demand: the budgetary risk to delivery (Rec 2).',
  },
  {
    footnote: 45, index: 0, chapter: 'chapter-one', section: 'budgetary-constraints', recommendations: ['rec-2'],
    reason: 'Alignment with NMfL eases delivery, weighed against the funding risks behind Rec 2.',
  },

  // Chapter one: Performance monitoring and publishing progress
  {
    footnote: 47, index: 0, chapter: 'chapter-one', section: 'performance-monitoring', recommendations: ['rec-3'],
    reason: "The DMPC's promise of a dashboard for the final PCP (Rec 3).",
  },
  {
    footnote: 48, index: 0, chapter: 'chapter-one', section: 'performance-monitoring', recommendations: ['rec-3'],
    reason: 'Too few, in-house evaluations: the case for transparent performance data (Rec 3).',
  },
  {
    footnote: 49, index: 0, chapter: 'chapter-one', section: 'performance-monitoring', recommendations: ['rec-3'],
    reason: 'Community groups cannot see whether initiatives work: published performance data (Rec 3).',
  },
  {
    footnote: 50, index: 0, chapter: 'chapter-one', section: 'performance-monitoring', recommendations: ['rec-3'],
    reason: "Plans are not set up to measure impact: a single dashboard against every metric (Rec 3).",
  },

  // Chapter two: opening
  {
    footnote: 58, index: 0, chapter: 'chapter-two', recommendations: ['rec-1'],
    reason: "DMPC: the same approach to trust is working; the Committee wants a new one, as Rec 1 asks.",
  },
  {
    footnote: 63, index: 0, chapter: 'chapter-two', recommendations: [],
    reason: 'Vetting regulations: the report urges the Mayor to act but makes no numbered recommendation.',
  },

  // Chapter two: Transparency and accountability
  {
    footnote: 65, index: 0, chapter: 'chapter-two', section: 'transparency-and-accountability', recommendations: ['rec-4'],
    reason: 'No real opportunity to input into the new boards: community engagement (Rec 4).',
  },
  {
    footnote: 66, index: 0, chapter: 'chapter-two', section: 'transparency-and-accountability', recommendations: ['rec-4'],
    reason: 'A co-produced model instead of new forums: the words of Rec 4.',
  },
  {
    footnote: 67, index: 0, chapter: 'chapter-two', section: 'transparency-and-accountability', recommendations: ['rec-4'],
    reason: 'Disabled Londoners overlooked: Rec 4 asks for actions for deaf and disabled Londoners.',
  },
  {
    footnote: 68, index: 0, chapter: 'chapter-two', section: 'transparency-and-accountability', recommendations: ['rec-4'],
    reason: 'Too little engagement with LGBTQ+ Londoners: named in Rec 4.',
  },
  {
    footnote: 69, index: 0, chapter: 'chapter-two', section: 'transparency-and-accountability', recommendations: ['rec-4'],
    reason: 'Inconsistent community scrutiny across London: a consistent engagement model (Rec 4).',
  },

  // Chapter two: Neighbourhood policing
  {
    footnote: 71, index: 0, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: 'Neighbourhood policing is the foundation of trust: why the extra officers matter (Rec 5).',
  },
  {
    footnote: 72, index: 0, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: 'Trust depends on neighbourhood policing: resourcing it (Rec 5).',
  },
  {
    footnote: 72, index: 1, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: 'Neighbourhood teams exist on paper only, abstracted: the case for a resourcing plan (Rec 5).',
  },
  {
    footnote: 75, index: 0, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: "Londoners' top priority is local police on the beat (Rec 5).",
  },
  {
    footnote: 80, index: 0, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: 'Neighbourhood teams will do less under extra workload: pressure on capacity (Rec 5).',
  },
  {
    footnote: 82, index: 0, chapter: 'chapter-two', section: 'neighbourhood-policing', recommendations: ['rec-5'],
    reason: 'The DMPC cannot confirm the 1,300 extra officers: Rec 5 asks how they will be delivered.',
  },

  // Chapter two: Public order
  {
    footnote: 83, index: 0, chapter: 'chapter-two', section: 'public-order', recommendations: ['rec-6'],
    reason: 'Protest policing is a significant challenge for the Met (Rec 6).',
  },
  {
    footnote: 83, index: 1, chapter: 'chapter-two', section: 'public-order', recommendations: ['rec-6'],
    reason: 'The most challenging period of public order policing: support for the Met (Rec 6).',
  },
  {
    footnote: 84, index: 0, chapter: 'chapter-two', section: 'public-order', recommendations: ['rec-6'],
    reason: "Protest policing contentious: balancing the right to protest (Rec 6).",
  },
  {
    footnote: 85, index: 0, chapter: 'chapter-two', section: 'public-order', recommendations: ['rec-6'],
    reason: 'The DMPC explains why the draft omits public order, which Rec 6 asks to include.',
  },

  // Chapter three: opening
  {
    footnote: 90, index: 0, chapter: 'chapter-three', recommendations: [],
    reason: "Chapter opening on the public health approach; it ends in no recommendation of this report.",
  },
  {
    footnote: 91, index: 0, chapter: 'chapter-three', recommendations: [],
    reason: 'Youth provision: leads to the manifesto youth-clubs pledge, not a numbered recommendation.',
  },
  {
    footnote: 92, index: 0, chapter: 'chapter-three', recommendations: [],
    reason: 'Hollowed-out community infrastructure: points to an earlier report, not one of these.',
  },

  // Chapter three: Clear, Hold, Build
  {
    footnote: 98, index: 0, chapter: 'chapter-three', section: 'clear-hold-build', recommendations: ['rec-7'],
    reason: "The Met's claim for CHB: publish the evaluation before wider roll-out (Rec 7).",
  },
  {
    footnote: 100, index: 0, chapter: 'chapter-three', section: 'clear-hold-build', recommendations: ['rec-7'],
    reason: "'Build' must start at the beginning: factored in from the start (Rec 7).",
  },
  {
    footnote: 101, index: 0, chapter: 'chapter-three', section: 'clear-hold-build', recommendations: ['rec-7'],
    reason: "The community should own the 'build' phase (Rec 7).",
  },

  // Chapter three: Stop and search
  {
    footnote: 105, index: 0, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: 'Clear messaging on the role of stop and search: how it will be used (Rec 8).',
  },
  {
    footnote: 106, index: 0, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: "The Commissioner: stop and search works; supporting the Met's use of it (Rec 8).",
  },
  {
    footnote: 108, index: 0, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: 'Research finds it minimally effective: why its use needs scrutiny (Rec 8).',
  },
  {
    footnote: 108, index: 1, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: 'Not a magic wand: the contrasting view weighed in Rec 8.',
  },
  {
    footnote: 109, index: 0, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: 'More harm than good: the case for monitoring and community scrutiny (Rec 8).',
  },
  {
    footnote: 109, index: 1, chapter: 'chapter-three', section: 'stop-and-search', recommendations: ['rec-8'],
    reason: 'Disproportionate impact on communities of colour: the part communities play (Rec 8).',
  },

  // Chapter three: Violence against women and girls (before "Preventative work to tackle VAWG")
  {
    footnote: 119, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: "No intersectional actions for disabled women: Rec 9's intersectional approach and disability plan.",
  },

  // Chapter three: Violence against women and girls ("Preventative work to tackle VAWG")
  {
    footnote: 121, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: 'A very competitive funding model: sustainability of preventative services (Rec 9).',
  },
  {
    footnote: 122, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: 'Longer-term grants preferred: the funding model Rec 9 asks to address.',
  },
  {
    footnote: 123, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: "VAWG resources come and go ('flavour of the month'): funding sustainability (Rec 9).",
  },
  {
    footnote: 123, index: 1, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: 'Interventions not sustained long enough to show results: funding sustainability (Rec 9).',
  },
  {
    footnote: 124, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: 'The DMPC disputes the funding critique; weighed in Rec 9 on the funding model.',
  },
  {
    footnote: 125, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-9'],
    reason: 'MOPAC to commission better in the new VAWG strategy, which Rec 9 addresses.',
  },

  // Chapter three: Violence against women and girls ("The police response to VAWG and Operation Soteria")
  {
    footnote: 128, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-10'],
    reason: 'Soteria transformed the Met\'s approach to rape: the basis for extending it (Rec 10).',
  },
  {
    footnote: 129, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-10'],
    reason: "The Met's improved rape outcomes under Soteria (Rec 10).",
  },
  {
    footnote: 130, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-10'],
    reason: 'Soteria should be introduced for domestic abuse: what Rec 10 asks.',
  },
  {
    footnote: 131, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-10'],
    reason: 'Soteria a huge success story, to extend to other VAWG (Rec 10).',
  },
  {
    footnote: 132, index: 0, chapter: 'chapter-three', section: 'vawg', recommendations: ['rec-10'],
    reason: 'Embed Soteria across other VAWG offences: the pilot Rec 10 asks for.',
  },

  // Chapter three: Hatred, extremism and counterterrorism
  {
    footnote: 133, index: 0, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'Global events drive hate and extremism in London: context for Rec 11.',
  },
  {
    footnote: 136, index: 0, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'Expected more on the online environment: online enablers (Rec 11).',
  },
  {
    footnote: 136, index: 1, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'Online is a key driver of this behaviour: online enablers (Rec 11).',
  },
  {
    footnote: 137, index: 0, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'Radicalisation to violence, incel attacks: tackling radicalisation (Rec 11).',
  },
  {
    footnote: 140, index: 0, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'The globalised nature of online offending, which the report says London must still act on (Rec 11).',
  },
  {
    footnote: 140, index: 1, chapter: 'chapter-three', section: 'hatred-extremism-counterterrorism', recommendations: ['rec-11'],
    reason: 'A massive challenge for social media: online enablers (Rec 11).',
  },

  // Chapter four: Victim Focus and the Victim Care Hub
  {
    footnote: 146, index: 0, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: 'A victim-focused, not police-focused, approach: the premise of the Victim Care Hub (Rec 12).',
  },
  {
    footnote: 147, index: 0, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: 'Treat community agencies as equals: support beyond the police, as the Hub would (Rec 12).',
  },
  {
    footnote: 148, index: 0, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: 'The police may not be the right agency for all-round support: the Hub model (Rec 12).',
  },
  {
    footnote: 149, index: 0, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: "The Victims' Commissioner on the Met's progress for victims, leading to the Hub (Rec 12).",
  },
  {
    footnote: 151, index: 0, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: 'The Hub needs investment and legislative change: advocacy with Government (Rec 12).',
  },
  {
    footnote: 151, index: 1, chapter: 'chapter-four', section: 'victim-focus-and-victim-care-hub', recommendations: ['rec-12'],
    reason: "She is taking the Hub to Government: the Mayor and DMPC to advocate alongside her (Rec 12).",
  },
];
