/**
 * The sample report's drafted text: every chapter's and section's paragraphs, lists, witness
 * quotes and recommendations, in the seed's order. Generated from the seed report by
 * scripts/make-sample-report.ts and reviewed; the app never reads the seed.
 *
 * Notation (shared/report/markup.ts): **bold**, *italic*, [words](link), [^N] the seed's footnote
 * N (the loader finds the register's footnote at position N), "\n" a line break. Quotes are the
 * sample's quotes by footnote and index (backend/sample/load-sample-quotes.ts); `cites: false`
 * when the next quote's footnote covers this one, `excerpt` when the report leaves words out.
 * Chapters' keys are those of police-and-crime-plan.ts; generated chapters (Recommendations,
 * Committee Activity) have no text of their own.
 */

export type SampleBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'heading'; text: string; level: 3 }
  | { kind: 'quote'; footnote: number; index: number; cites: boolean; attribution?: string; excerpt?: string }
  | { kind: 'recommendation'; key: string };

export interface SampleChapterText {
  chapter: string;
  /** Before the chapter's first section. */
  blocks: SampleBlock[];
  sections: { section: string; blocks: SampleBlock[] }[];
}

const p = (text: string): SampleBlock => ({ kind: 'paragraph', text });
const list = (...items: string[]): SampleBlock => ({ kind: 'list', items });
const h3 = (text: string): SampleBlock => ({ kind: 'heading', text, level: 3 });
const rec = (key: string): SampleBlock => ({ kind: 'recommendation', key });
const quote = (footnote: number, index: number, options: { cites?: boolean; attribution?: string; excerpt?: string } = {}): SampleBlock => ({
  kind: 'quote',
  footnote,
  index,
  cites: options.cites ?? true,
  ...(options.attribution ? { attribution: options.attribution } : {}),
  ...(options.excerpt ? { excerpt: options.excerpt } : {}),
});

export const SAMPLE_REPORT_TEXT: readonly SampleChapterText[] = [
  {
    chapter: 'foreword',
    blocks: [
      p("On 18 December 2024, the Mayor published his draft Police and Crime Plan 2025-29 for consultation.[^1] Under the Police Reform and Social Responsibility Act 2011, the London Assembly must review the Mayor's draft Plan and make a report or recommendations to the Mayor's Office for Policing and Crime (MOPAC)."),
      p('The Police and Crime Committee therefore set out to investigate the contents and likely impact of the draft Plan, with the aim of strengthening the final Plan and improving police and crime outcomes in London.'),
      p('This draft Plan sits against a backdrop of some unique challenges for the Metropolitan Police (the Met). Trust and confidence in the police have been at record lows in recent years, whilst the Met Commissioner has made clear the severe financial pressures that the Met is facing. This means that more than ever, this Plan must be clear about how it will deliver, and its reporting and monitoring must be transparent.'),
      p('The new Plan must deliver the benefits that the previous Plan did not. Areas that have not seen enough progress include the total volume of recorded crime increasing year-on-year since 2021-22, including increases in gun crime, robbery and theft.[^2] Additionally, since 2021-22, overall confidence in the Met has decreased and victim satisfaction levels have fallen.[^3] To deliver improvements in these areas, a bolder and more innovative approach is needed.'),
      p('To help the Met deliver, the final Plan also needs to identify the areas that are at risk due to budgetary challenges and ensure that mitigating actions are identified for the context of the agreed 2025-26 Budget in February 2025. This Plan should be both deliverable and measurable, and Londoners need to have confidence in that.'),
      p('Following our investigation, transparency in monitoring performance is another key area where we would like to see improvement in the final Plan. For example, MOPAC reports against the performance metrics[^4] of the current Plan in several places.[^5] Publishing data across multiple reports makes it more difficult for Londoners to access timely information and reduces transparency. MOPAC should therefore ensure there is a single dashboard that reports on performance data against every metric of the final Police and Crime Plan 2025-29.'),
      p("Throughout our investigation we spoke with a number of witnesses who provided evidence and insight. We would like to thank them for generously giving up their time to support the Committee's work."),
      p('Policing in London is facing huge challenges but as the Mayor himself has agreed, keeping Londoners safe must be his top priority. We hope that MOPAC take forward the cross-party recommendations put forward within our report to help strengthen the final Plan and genuinely deliver on this priority.'),
    ],
    sections: [],
  },
  {
    chapter: 'executive-summary',
    blocks: [
      p("The Mayor, as London's Police and Crime Commissioner, is required to create, consult on, and publish a Police and Crime Plan (PCP) within the financial year he is elected.[^6] On 18 December 2024, the Mayor published his draft PCP 2025-29 for consultation.[^7] Under the Police Reform and Social Responsibility Act 2011, the London Assembly must review the Mayor's draft PCP and make a report or recommendations to the Mayor's Office for Policing and Crime (MOPAC)."),
      p("This report is the Police and Crime Committee's response to the Mayor's draft PCP. We set out to investigate its contents and likely impact, with the aim of strengthening the final PCP and improving police and crime outcomes in London."),
      p('The Committee gathered evidence at a formal meeting on 15 January 2025, and at our Q&A sessions with MOPAC and the Metropolitan Police (the Met) on 18 December 2024 and 29 January 2025. We engaged with a range of relevant stakeholders from policing, academia, community organisations and charities. We also heard from representatives of the London Youth Assembly on their views on the draft PCP and priorities for policing in London. We appreciate these contributions and have drawn on their insights in the development of this report.'),
      p("The Committee's key findings include:"),
      list(
        'The general priorities outlined in the draft PCP are the correct ones. However, a lack of detail in some areas risks undermining the robustness of the final PCP and the confidence of Londoners that it will be delivered. The Mayor must use this opportunity to explain how he will assure Londoners that this PCP will be implemented.',
        "Financial challenges pose a substantial risk to the delivery of the final PCP. We have heard that the Met may need to take a series of 'tough choices' as the result of budgetary pressures. We are not convinced that the draft PCP adequately addresses this risk or what the consequences of these 'tough choices' would mean for the delivery of the PCP. The final PCP should outline the mitigating actions that the Mayor, MOPAC and the Met will take in a challenging budgetary context.",
        "Oversight of the performance of the current PCP 2022-25 is fragmented and inconsistent, with data held in multiple dashboards. Some police recorded crime data on MOPAC's current dashboard has not been updated for over a year.[^8] This makes it more difficult to access timely information, especially for Londoners who might be less familiar with MOPAC's outputs. We heard from community groups that they do not feel they can hold the Met and MOPAC to account because of a lack of transparency around existing oversight structures. Performance data should be available in a single, easily accessible dashboard that is regularly updated.",
        'Increasing trust and confidence should be a top priority for the Mayor and the Met. Policing by consent is the foundation of our policing system, and a lack of public support for the Met risks jeopardising everything that the PCP sets out to achieve.',
        "The Committee welcomes the PCP's commitments to combatting extremism, yet it does not address the unique dangers posed by online radicalisation. We heard concerns that the online space was increasing polarisation and driving crime on an 'industrial scale'. Online crime, and the online enablers of crime, should therefore take greater precedence throughout the final PCP.",
      ),
      p('The Committee makes 12 recommendations, which are set out below.'),
    ],
    sections: [],
  },
  {
    chapter: 'recommendations',
    blocks: [],
    sections: [],
  },
  {
    chapter: 'introduction',
    blocks: [
      p("Under national legislation, the Mayor has a duty to draft, consult on and publish a Police and Crime Plan (PCP) in the financial year that he is elected.[^10] The PCP must set out the priorities of the Mayor's Office for Policing and Crime (MOPAC) for the Mayor's term. This includes, for example, police and crime objectives, the resources that will be provided to the Commissioner of the Metropolitan Police Service (the Met) and performance measures. On 18 December 2024, the Mayor published his draft PCP 2025-29 for consultation.[^11]"),
      p("Under the Police Reform and Social Responsibility Act 2011, the London Assembly must review the Mayor's draft PCP and make a report or recommendations to MOPAC.[^12]"),
      p("This report sets out the Police and Crime Committee's response to the Mayor's draft PCP. Our investigation aimed to examine the contents and likely impact of the Mayor's draft PCP. In particular:"),
      list(
        'any new elements featured in the draft PCP, and the reasons for any changing priorities',
        'how the Mayor and MOPAC decided on the priorities and resourcing set out in the new draft PCP, including how they have ensured it aligns with the current and future challenges of policing in London, and the needs of Londoners',
        'how risks to the delivery of the PCP have been identified and considered in the draft',
        'how MOPAC will measure progress against outcomes and the effectiveness of its oversight arrangements.',
      ),
      p('This report focusses on the priorities as they are set out in the draft PCP: increasing trust and confidence; reducing violence and criminal exploitation; and improving the criminal justice system and supporting victims. The first chapter looks at delivery and performance monitoring, which are critical to ensuring that the final PCP goes beyond words on paper and makes a material difference to Londoners.'),
      p('Cutting across these areas, the Committee heard that the draft PCP does not include enough of a focus on the issue of online crime. For example, Professor Ben Bradford, Director of Global City Policing, University College London, said "the one thing that is lacking [...] is what we do with online crime and all the multifarious versions of that".[^13] He added: "While there is allusion to that in here and there are some policies and things set out, collectively we are very far away from working out what a response to that looks like." The Committee shares these concerns.'),
      p('Assistant Commissioner Matt Twist, Frontline Policing, Met Police, also highlighted concerns about online offending. He told us that:'),
      quote(14, 0),
      p("Assistant Commissioner Twist, Frontline Policing, Met Police, added that online crime is a \"national challenge [...] it cannot be done through one PCP\".[^15] However, given that he told us \"there almost is no criminal footprint now that does not have some sort of online space\",[^16] the Committee believes that greater provision for this should be made in the Mayor's final PCP."),
      p("MOPAC has said the findings from its consultation will inform the final PCP.[^17] We share the view of the Deputy Mayor for Policing and Crime (DMPC) that there is a \"need for ordinary Londoners to be able to see their safety within the plan and be able to see that the Mayor's priorities and their priorities align.\"[^18] The Committee trusts that the Mayor and DMPC will carefully consider the Committee's report in this spirit of consultation and constructive feedback. Meaningful and reflective engagement with the consultation findings, including with the recommendations of this report, will ensure a final PCP that better reflects Londoners priorities for a safer city for all."),
    ],
    sections: [],
  },
  {
    chapter: 'chapter-one',
    blocks: [
      p('Delivery and performance monitoring is the final section of the draft PCP. The Committee explored whether the final PCP could feasibly deliver its intended benefits, and how its delivery will be monitored.'),
      p("Multiple stakeholders raised questions about how the commitments in the draft PCP would translate into action. For example, Professor Ben Bradford, Director of Global City Policing, University College London, told the Committee that there was a 'bigger question' of \"how much we think what is in the PCP is going to filter down to the front line where policing is done\".[^19]"),
      p("Some of these questions stemmed from a lack of detail in the draft PCP about how its aims would be achieved. For example, Nahar Choudhury, Chief Executive, Solace Women's Aid, told us that it was \"very difficult to comment on this plan because of its lack of detail\".[^20] In addition, Professor Jyoti Belur, Professor of Policing, University College London, said: \"You talk about public health approaches, but what does that involve, or you talk about effective interventions to hold perpetrators of VAWG [violence against women and girls] to account. What does that involve?\"[^21]"),
      p('Without this detail, it is very difficult for us, and Londoners, to be assured that the PCP will deliver its intended outcomes. We appreciate that the PCP is still in draft, but we would like to see further detail in some areas in the final PCP, for example in the area of VAWG.'),
    ],
    sections: [
      {
        section: 'same-approach-different-results',
        blocks: [
          p("The draft PCP 2025-29 is the third Police and Crime Plan published by the current Mayor, Sir Sadiq Khan.[^22] The draft PCP 2025-29 is very similar to the current PCP 2022-25.[^23] The DMPC, Kaya Comer-Schwartz, told us that \"this [Plan] is almost an evolution of the Mayor's previous PCP\".[^24] She explained that \"we need to be evidence-led, we need to be following what the data says, and the data says we need to continue to focus on these areas that we have outlined\".[^25]"),
          p('Assistant Commissioner Twist, Frontline Policing, Met Police, agreed that "Not having it radically different is not a bad thing". He added:'),
          quote(26, 1),
          p('The Committee would not expect to see a draft PCP that is drastically different, given the long-term nature of many of the policing and crime challenges London faces. We believe that the main areas of focus proposed in the draft PCP are broadly the right ones and address the issues of greatest concern to Londoners, using methods such as a public health approach to tackle the root cause of issues such as violence. However, the performance of the current PCP has been mixed. There has been work resulting in measurable progress: positive outcomes for rape and sexual assault investigations have increased,[^27] while homicides have reduced.[^28] But, there are also areas where improvement is needed. The total volume of recorded crime has increased year-on-year since 2021-22, including increases in gun crime, robbery and theft.[^29] Since 2021-22, overall confidence in the Met has decreased while trust has stagnated, and victim satisfaction levels have fallen by 3 percentage points.[^30][^31] A new PCP that is similar to the current PCP is likely to produce the same outcomes. The Committee is not assured that this PCP will deliver the benefits that the previous PCP did not. We believe that in the areas that have not seen the required progress, a bolder and more innovative approach is needed.'),
          rec('rec-1'),
        ],
      },
      {
        section: 'budgetary-constraints',
        blocks: [
          p('The draft PCP acknowledges the funding challenges facing the Met. It states:'),
          p('*"For the MPS [Metropolitan Police Service] to match 2012 real-term funding, it would require an increase in per-capita funding of 27%, the equivalent of an additional £878m. Over the years, tough decisions have been taken to protect front line policing in the face of continued underfunding – and options for further savings or reallocations of funding are now limited.”[^32]*'),
          p('John Hayward-Cripps, CEO, Neighbourhood Watch, told us that due to funding constraints, it was clear that some things were not going to be a priority. He argued that this should be addressed more openly in the PCP.'),
          quote(33, 0, { attribution: 'John Hayward-Cripps, CEO, Neighbourhood Watch' }),
          p('Professor Ben Bradford, Director of Global City Policing, University College London, also questioned how the Met would be able to balance the commitments in the draft PCP with everything else that it is tasked to deliver. He said:'),
          quote(34, 0),
          p("We have already seen the impact that budgetary pressures could have on the Met's plan for reform, A New Met for London (NMfL). The 2025-26 MOPAC budget is clear that “Without additional funding from the Government than assumed in this submission, achieving the wider ambition of NMfL and maintaining police officer numbers at current levels will not be possible.”[^35] MOPAC's 2025-26 Budget submission includes £25.9 million of investment in NMfL. However, this is £32 million less than was anticipated when the budget was set in 2024-25.[^36] Any further implications of the additional funding for policing announced in the Mayor's final consolidated budget 2025-26 have not yet been made clear.[^37]"),
          p('We heard from the Met that budgetary constraints would be the biggest challenge that it will face in the implementation of the final PCP over the next four years. AC Matt Twist, Frontline Policing, Met Police, said:'),
          quote(38, 0, { excerpt: 'The budget is the thing that is going to exercise a lot of our focus in the coming months. If you ask me what is the biggest challenge at the moment, our budgetary position is going to be significantly challenging [...] there are tough choices to come and we cannot escape those even with the additional money that has been provided by the Home Office and maybe City Hall.' }),
          p("In mid-January 2025, MOPAC reported the Met was projecting a net reduction of 1,479 officers in 2025-26.[^39] Following the publication of the final draft consolidated Budget 2025-26 on 17 February 2025, it said the Met is \"working through the implications\" for officer numbers of £83.2m additional funding.[^40] It said that this was likely to fund at least an additional several hundred officers compared to the mid-January projections. On 29 January 2025, AC Twist, Frontline Policing, Met Police, told us that 'tough choices' would mean that \"The headcount within the MPS is going to reduce by over 1,000 people, even with the additional money that the Home Office has provided.\"[^41] He added: \"There is nothing that we are going to reduce that we are going to think we did not need that anyway [...] reducing budget and reducing headcount means that you have to do less.\"[^42]"),
          p("When asked whether the Met had the resources to deliver the Mayor's PCP as it currently stands, AC Twist, Frontline Policing, Met Police, told us that it has the resources to deliver the 'priorities within' the PCP.[^43] He added \"Of course, this is going to make it harder when our ambition would be to grow in order to meet the demand, not to reduce, but that is the budgetary position we are faced with.\"[^44]"),
          p("We were pleased to also hear that the draft PCP is in alignment with the Met's current strategy for reform, NMfL. AC Matt Twist, Frontline Policing, Met Police, told us that this alignment would make the delivery of the PCP easier:"),
          quote(45, 0),
          p("Alignment between MOPAC and the Met's priorities will inevitably make delivery of the Mayor's PCP more feasible. However, we are concerned about the achievability of the final PCP given the funding challenges the Met, MOPAC and the Violence Reduction Unit are facing. The Committee believes that the final PCP should include a more honest explanation of what is not a priority and what cannot be achieved. The Committee appreciates the frankness with which AC Twist, Frontline Policing, Met Police, and Sir Mark Rowley, Met Commissioner, have communicated the 'tough choices' that may have to be made. For the sake of transparency, and to ensure that MOPAC and the Met can deliver the priorities, the final PCP should adopt a similarly frank assessment of the risks of financial uncertainty to delivery."),
          rec('rec-2'),
        ],
      },
      {
        section: 'performance-monitoring',
        blocks: [
          p('The draft PCP says that MOPAC will use a mixture of quantitative and qualitative measures to monitor the delivery of the PCP.[^46] It states that these measures will be drawn from those outlined in the New Met for London framework, covering areas such as violent crime, neighbourhood crime, public trust and complaints and conduct matters.'),
          p('The Committee welcomes the commitment in the draft PCP to publish a full performance framework alongside the final PCP document. We heard from the DMPC that when the draft PCP "is finally signed off in March [2025], we will make sure that it has that dashboard and insight evaluation so that we can all make sure that we are looking at it and learning from it."[^47]'),
          p('The Committee heard concerns about the evaluation of current performance in the Met and MOPAC. Professor Jyoti Belur, Professor of Policing, University College London, told us: "a lot of the new things that the police are putting into place, there are not enough evaluations or, if they are, they are being conducted in-house, it is like you are marking your own homework".[^48]'),
          p('This was echoed by community organisations; Louise Holden, Senior Policy Officer, Inclusion London, added "We are continually bombarded with new initiatives. We cannot see whether they have been effective or not."[^49]'),
          p('Sophia Worringer, Deputy Policy Director, Centre for Social Justice, stated that it was often difficult to measure the impact of Police and Crime Plans in general because “they do not set themselves up to be easy to measure the impact. Then one fades away, and one is replaced by the next one, without much scrutiny on what has gone before”.[^50]'),
          p("This reflects our own experience of reviewing performance against the Mayor's current PCP. The Committee has found that consistent and timely data is sometimes difficult to find. For example, MOPAC reports against the performance metrics[^51] of the current PCP in several places.[^52] MOPAC's Police and Crime Plan Dashboard reports on 25 of the 39 non-experimental metrics. Metrics that are not reported within the Police and Crime Plan Dashboard include volumes of teen homicide, burglary, robbery and antisocial behaviour (although these measures are reported in other locations). There is no single source that reports on all measures of the current PCP. Publishing data across multiple dashboards and reports makes it more difficult to access timely information, especially for Londoners who might be less familiar with MOPAC's outputs. The Committee believes this fragmented approach makes accessing information more difficult and less transparent."),
          p("Several measures in the Police and Crime Plan Dashboard were last updated in January 2024.[^53] The Committee understands that the dashboard is currently under maintenance and that more recent metrics can be found on the Met's Crime Dashboard.[^54] However, we are concerned by the fact that the dedicated Police and Crime Plan Dashboard is missing data from the past 12 months, making it more difficult for the public and scrutiny bodies to access accurate and timely information."),
          p("The Committee thanks MOPAC's evidence and insight team for providing additional raw data from the Public Voice survey to the Committee. To increase transparency, the Committee believes MOPAC should publish this raw data as standard alongside police recorded crime data on the London Datastore. We believe that a lack of transparent performance monitoring and evaluation not only makes it more challenging for progress to be scrutinised, it also raises questions about whether the final PCP can and will be delivered. To gain the confidence of Londoners, the Mayor must ensure that mechanisms for monitoring performance of the final PCP are designed with this in mind."),
          rec('rec-3'),
        ],
      },
    ],
  },
  {
    chapter: 'chapter-two',
    blocks: [
      p("A series of horrific incidents have shaken public trust and confidence in the Met, including the findings from Baroness Casey's review into the culture and standards of the Met published in March 2023. The Casey Review, commissioned following the rape and murder of Sarah Everard by a serving Met officer in March 2020, found a series of failings in the Met and concluded that the force was institutionally racist, sexist and homophobic.[^55] The Committee believes that increasing trust and confidence in the Met should be a top priority over the next four years."),
      p("Trust and confidence are vital to the fundamental principle of 'policing by consent'.[^56] The Committee heard from Sophia Worringer, Deputy Policy Director, Centre for Social Justice, about the gap that can exist between recorded crime levels and Londoners' perception of crime and safety. She told us that these perceptions have a particular impact on trust and confidence in the police.[^57]"),
      p('The DMPC highlighted that the approach to increasing trust and confidence in the draft PCP was similar to that in the existing PCP. She said: "the work that we are seeing is working and the stats hold up to that. We know as well that trust and confidence in the police is stabilising, which is significant given where we were."[^58]'),
      p('However, public confidence in the Met is at an all-time low. From June 2019 to the most recently available data in December 2024, it has declined from 59 per cent to 46 per cent.[^59] Public trust in the Met has remained relatively stable in the three years of the current PCP, but at 73 per cent it is still 13 percentage points lower than the 84 per cent recorded pre-pandemic in December 2019.[^60] Trust and confidence is also disproportionately lower for certain groups. For example, confidence in the Met is lower for LGBTQ+ Londoners (36 per cent) and White British Londoners (40 per cent), and trust in the Met is lower for LGBTQ+ Londoners (56 per cent), Black Londoners (63 per cent), Mixed ethnicity Londoners (60 per cent) and disabled Londoners (68 per cent).[^61]'),
      p('In light of this, the Committee believes that the final PCP must go further in its commitments to increase trust and confidence in the Met. A stronger and more innovative approach is required if Londoners are to see the necessary change. Policing by consent is the foundation of our system of policing and therefore the central pillar on which all the other objectives of the PCP hinge. As a result, the final PCP should make clear that increasing trust and confidence is the top priority for the Mayor and the Met. We are clear that without improvements in this area, delivering the rest of the PCP will be almost impossible. This is a two-way process, given the parallel impact that tackling crime, especially volume crime, has on restoring the trust and confidence of Londoners in the Met.'),
      p("On 11 February 2025, the High Court ruled against the Met's Operation Assure programme to dismiss officers on vetting grounds. Sir Mark Rowley said that the ruling left the Met in a \"hopeless\" position and that there was now \"no mechanism to rid the Met\" of these officers.[^62] He told the Committee that the Met would appeal this judgement, but that \"regardless of that we urgently need to change the regulations\".[^63] The Committee wholeheartedly supports the Commissioner in his comments and in the Met's intention to appeal this judgement. The Mayor must work with the Met and the Government to ensure a fit-for-purpose vetting system, which is vital for increasing trust and confidence in the Met."),
    ],
    sections: [
      {
        section: 'transparency-and-accountability',
        blocks: [
          p("The draft PCP states that MOPAC will continue to strengthen its oversight of the Met, increase community participation, and support the Met to deliver reforms and improvements.[^64] It adds that the London Policing Board will remain at the heart of MOPAC's oversight of police reform."),
          p('With confidence in the Met at an all-time low, the Committee is particularly concerned that existing accountability structures are not as robust or inclusive as they could be. For example, Louise Holden, Senior Policy Officer, Inclusion London, told us that:'),
          quote(65, 0),
          p("In particular, we heard criticism of the draft PCP's commitment that the Mayor will create new forums for deaf and disabled Londoners to engage with the Met, Transport for London and the London Fire Brigade. Louise Holden, Senior Policy Officer, Inclusion London, advocated for a co-production model instead of the creation of new forums."),
          quote(66, 0, { excerpt: 'I do not have a lot of confidence in those forums. It is being led by the people in power. We have been working with MOPAC on our co-production model for community which is obviously more difficult, and it is led by the participants, so it will have a different agenda set [...] I would strongly recommend that they work on a co-produced model instead of setting up more forums.' }),
          p("Inclusion London also highlighted a wider lack of consideration of the needs of disabled Londoners in the draft PCP. Louise Holden, Senior Policy Officer, Inclusion London, said \"the word 'disabled' is mentioned three times, [...] but there is no clear disability action plan. There is no clear pathway to looking at any data collection on the impact of disabled people\".[^67] The Committee believes the final PCP must do better in this respect."),
          p('The Committee also heard that there was a lack of specific engagement with LGBTQ+ Londoners in the draft PCP. Professor Ben Bradford, Director of Global City Policing, University College London, said:'),
          quote(68, 0),
          p("As well as a lack of intersectionality, we also heard about a lack of consistency in how MOPAC and the Met engage with London's communities. AC Matt Twist, Frontline Policing, Met Police, told us that:"),
          quote(69, 0),
          p("The Committee believes that this inconsistency risks undermining community trust and confidence. We welcome the Met's aim to provide a more consistent model for community scrutiny and believe that this should be reflected in the Mayor's final PCP."),
          rec('rec-4'),
        ],
      },
      {
        section: 'neighbourhood-policing',
        blocks: [
          p('The draft PCP commits the Mayor to work with the Government to fund neighbourhood policing in London and tackle crime and anti-social behaviour. It states that "Neighbourhood policing remains the bedrock of community confidence and safety in London" and outlines several of its benefits.[^70] These include gathering intelligence, preventing crime, protecting the vulnerable and providing police legitimacy.'),
          p('Sir Mark Rowley, Met Commissioner, told us that neighbourhood policing "is the foundation of policing, it is the foundation of trust."[^71] The Committee agrees that neighbourhood policing is integral to public trust and confidence in the Met. We are also clear that good neighbourhood policing requires sufficient resources and local neighbourhood officers to maintain a visible and consistent presence in communities. Professor Ben Bradford, Director of Global City Policing, University College London, told us:'),
          quote(72, 0, { cites: false }),
          quote(72, 1),
          p("The removal of neighbourhood officers from their local areas to police one-off events, known as abstraction, continues to play a significant part in the Met's response to largescale and sustained protest.[^73] We heard from the Met that there is a plan in place to reduce the removal of frontline officers from local areas, but we believe this practice is still too common.[^74] This is a concern, especially as Sophia Worringer, Deputy Policy Director, Centre for Social Justice, told the Committee that: \"our surveys have shown that when the public in London are asked what they want from the police, the number one priority is local police that they see on the beat\".[^75] We heard that reducing the number of neighbourhood officers called away to other duties should be prioritised if the Met is to increase trust and confidence.[^76]"),
          p("As noted in the preceding chapter, the budgetary challenges facing the Met may result in officer numbers reducing by over 1,000 people next year.[^77] We welcome the Commissioner's reassurance that neighbourhood policing will be protected in the face of the Met's financial challenges.[^78] Yet, we are concerned about the impact that reductions in other areas will have on neighbourhood teams. For example, we heard that there is a possibility that Royal Parks police will be discontinued and that local neighbourhood teams will need to step into that space of policing.[^79] When we asked Sir Mark Rowley, Met Commissioner, about the impact of the additional workload for neighbourhood teams, he said \"we are going to have to be more choosy about the work that they do. There will be some work that is currently ongoing that will not be done\".[^80]"),
          p("Given the PCP's commitment to neighbourhood policing, and the anticipated pressures on officer's capacity, we would expect to see the Mayor's manifesto pledge to put an additional 1,300 police officers and Police Community Support Officers (PCSOs) on the streets included in the draft PCP.[^81] This was a top ten pledge in the Mayor's manifesto and should be reflected in the final PCP. The DMPC told us that delivering the additional neighbourhood officers \"is a key priority for us. We are trying to make that work\",[^82] but was unable to confirm that these officers would be delivered in the new PCP period, 2025-29. The Committee believes that there is a disconnect between the Mayor's manifesto promise for an additional 1,300 neighbourhood officers, the draft PCP's commitment to neighbourhood policing, and the reality of the impact of staff cuts as a result of budget pressure. Without further assurances, we are not convinced that these additional officers will be delivered."),
          rec('rec-5'),
        ],
      },
      {
        section: 'public-order',
        blocks: [
          p("The conflict in Gaza has led to increase in largescale and sustained protest activity in London. This has created additional demand on the Met's resources. AC Matt Twist, Frontline Policing, Met Police, told us \"it is a significant challenge\" and \"the most operationally challenging period of policing public order I have ever known in my service\".[^83]"),
          p("There are significant challenges for the Met in balancing the right to peaceful protest with a duty to maintain public safety. Sir Mark Rowley, Met Commissioner, told us that the Met's policing of protests over the past two years has been \"highly scrutinised and massively contentious\".[^84] Despite the scale of this challenge, there is no mention of public order policing in the draft PCP. When asked about this, the DMPC told us that:"),
          quote(85, 0),
          p("We appreciate that the draft PCP cannot cover every aspect of policing and crime in London. However, London's place as a capital city means that it is highly likely that public order and protest policing will continue to be a significant job for the Met over the next four years. As such, the Committee believes that the scale and impact of public order demand on the Met must be taken into account in the final PCP."),
          rec('rec-6'),
        ],
      },
    ],
  },
  {
    chapter: 'chapter-three',
    blocks: [
      p('The picture of violent crime in London is complex. The volume of knife crime offences recorded by the Met increased by 6.9 per cent in 2024 compared to the previous year.[^86] In the same period, the number of knife crimes resulting in injury rose by 4.1 per cent.[^87] In 2024, gun crime recorded by the Met increased by 29.8 per cent compared to the previous year; however, the discharge of a lethal weapon decreased by 12.6 per cent.[^88] Homicide rates in London have also fallen since 2019.[^89]'),
      p("The Committee notes the continuation of the Mayor's public health approach to tackling violence. Stephen Walcott, Senior Researcher, Runnymede Trust, told us that:"),
      quote(90, 0),
      p('Similarly, Sophia Worringer spoke about the importance of opportunities to protect young people from violence. She said:'),
      quote(91, 0, { excerpt: 'seeing police engage with schools and just the wider youth offer is really important. More sport, more community provision, [...] keeps young people off the streets in that crucial window of the 4pm to 6pm window, where often a lot of violent crime is committed. It also provides that key mentorship and role-modelling, which is so key for young people who are often looking to escape from a very deprived community.' }),
      p('She added:'),
      quote(92, 0),
      p("The Committee would expect to see the Mayor's manifesto pledge to \"Invest more in youth clubs – creating 250,000 positive opportunities for young Londoners to help steer them away from gangs and crime\" included in the final PCP.[^93]"),
      p('As recommended in its report on Preventing violence and protecting young people, the Committee believes that the Mayor should work with voluntary and community organisations to increase investment in community-based non-policing solutions to tackle the root causes of violence affecting children and young people.'),
    ],
    sections: [
      {
        section: 'clear-hold-build',
        blocks: [
          p("The draft PCP commits MOPAC to scrutinising and supporting the Met's use of the 'Clear, Hold, Build' (CHB) approach to reduce violence.[^94]"),
          p('CHB is a framework that takes a local approach to tackle serious organised crime in an area. It combines police enforcement activity against organised criminal groups with community resilience work to build safer communities and prevent organised crime.[^95] Currently, CHB remains in its pilot phase in the Met and is active across eight locations in London.[^96] In January 2025, the Mayor said that a decision on its full implementation is expected in March or April 2025, following the consideration of a business case by the Met.[^97]'),
          p('Both Neighbourhood Watch and the Met told us of the positive impact that CHB has had in reducing violence in London. AC Matt Twist, Frontline Policing, Met Police, said:'),
          quote(98, 0, { excerpt: 'taking a multi-agency approach to fighting crime in communities through Clear, Hold, Build has been enormously important [...] I think Clear, Hold, Build is the biggest thing that we are doing and potentially the most significant difference that we can make.' }),
          p("Although those we spoke with were generally supportive of CHB, the Committee heard some concerns around its delivery. In particular, we heard that the current approach to CHB does not place enough emphasis on the build phase. The third and final phase, 'Build' brings together the Met, local authorities, the third sector and communities to deliver a whole-system approach to \"tackle the drivers of crime and reduce the risk of SOC [serious and organised crime] re-emerging in the future\".[^99]"),
          quote(100, 0, { attribution: 'John Hayward-Cripps, CEO, Neighbourhood Watch' }),
          p("We also heard evidence that enabling the community to own the 'build' phase is key to providing longevity to CHB work. John Hayward-Cripps, CEO, Neighbourhood Watch, told the Committee:"),
          quote(101, 0, { excerpt: "With the greatest respect to the police, that ['build' phase] is not their skillset [...] they can really advocate and support that and what that community might build itself. They might like 80 per cent of [it] and not 20 per cent but that means the community doing it is likely to have longevity. The police need to be positive advocates for that rather than needing to control that build phase." }),
          p('The Committee believes that, if the evaluation of the CHB pilots reflects the positive results reported to this Committee in our formal meeting, the ambition for the Met in this PCP period 2025-29 should be to roll out CHB more widely across London, dependent on consultation with community groups.'),
          p("It is also crucial that the CHB approach places equal emphasis on all phases. This means ensuring that community resilience-building work starts at the beginning of CHB activity rather than as its final stage. It also means recognising the most appropriate partner to lead on each phase. In the case of 'build' this is the community themselves, with the support of the Met and MOPAC."),
          rec('rec-7'),
        ],
      },
      {
        section: 'stop-and-search',
        blocks: [
          p('In 2024, the Met carried out 118,688 stop and searches, a decrease of 22.2 per cent on the previous year.[^102] Of these, 20,792, 17.5 per cent, resulted in an arrest. The reason given for someone being stopped was related to suspected weapons in 16.9 per cent of all cases.[^103] The draft PCP says that the Mayor will support "the intelligence-led and professionally conducted use of stop and search powers by officers, while ensuring that Londoners are able to see data and play a part in scrutinising its use".[^104]'),
          p('We heard a range of views on the role of stop and search as a policing tool. Sophia Worringer, Deputy Policy Director, Centre for Social Justice, told the Committee that:'),
          quote(105, 0),
          p('Sir Mark Rowley, Met Commissioner, highlighted that "in the London context [...there is a] very significant correlation in terms of more stop and search and less violence. It absolutely works."[^106] The DMPC also acknowledged the positive impact of stop and search, the role it plays in reducing criminality in London, and the need for it to be done fairly and proportionately.[^107]'),
          p("In contrast, Professor Ben Bradford, Director of Global City Policing, University College London, highlighted that research shows that stop and search is 'minimally effective'. He argued that \"we cannot just keep turning to stop and search as if it is a magic wand that is going to solve all our problems because it never has and it never will\".[^108] We also heard from Stephen Walcott, Senior Researcher, Runnymede Trust that stop and search does “more harm than good” given its “disproportionate impact on communities of colour”.[^109]"),
          p('A representative of the London Youth Assembly told us that many people do not know their rights when it comes to the use of stop and search. They advocated for clear guidance and information on the use of stop and search to help make it a less intimidating and more positive experience, especially for young people.[^110]'),
          p("Stop and search is an important operational tool for the police. Yet, the way it has been used has created an environment of mistrust. The Mayor has a crucial role overseeing the Met, and how it deploys such tactics. The final PCP needs to set out in more detail the Mayor's position on stop and search. This should include the rationale for its use, and details of the mechanisms by which it will be scrutinised by MOPAC. There should be ongoing engagement to see if communities are more informed about and more confident in the use of stop and search."),
          rec('rec-8'),
        ],
      },
      {
        section: 'vawg',
        blocks: [
          p('In July 2024, Deputy Chief Constable Maggie Blyth, the National Police Chief Council lead for violence against women and girls, described VAWG as a “national emergency”.[^113] The Met police Commissioner Sir Mark Rowley has also said VAWG is “endemic, systemic and a threat to society on the same scale as terrorism”.[^114] In the 12 months to the end of January 2025, reported sexual offences in London have increased by 7.4 per cent and rape has increased by 2.2 per cent, compared to the previous 12 months.[^115] During the same period, domestic abuse has decreased by 4 per cent.[^116]'),
          p("The Committee is clear that there is much to do to improve the safety of women and girls in London, and tackling VAWG is rightly a priority in the Mayor's draft PCP. However, we heard a range of concerns relating to the draft PCP and its approach to VAWG. For example, Nahar Choudhury, Chief Executive, Solace Women's Aid, told us that the draft PCP lacks detail in this area.[^117] The Committee welcomes the Mayor's commitment to publish a refreshed VAWG strategy in 2025.[^118] This refreshed Strategy must provide this further necessary detail."),
          p('The Committee heard that the draft PCP does not take a sufficiently intersectional approach to VAWG. In particular, Louise Holden told us that:'),
          quote(119, 0),
          p('We are therefore concerned that the draft PCP does not adequately address the unique harms that face certain groups of Londoners, especially in its approach to VAWG. The final PCP must take an intersectional approach that provides greater support for disabled people who experience VAWG.'),
          h3('Preventative work to tackle VAWG'),
          p("While the Committee heard evidence that tackling misogyny is an important preventative measure to reducing VAWG, we also heard that work to tackle misogyny is made more difficult by the lack of sustainable funding.[^120] According to Nahar Choudhury, Chief Executive, Solace Women's Aid, this is characteristic of the overall funding model for VAWG in London, which is 'very competitive' and not sustainable.[^121]"),
          p("As a delivery organisation, Solace Women's Aid told us they \"would much prefer a grants process, a longer-term process\".[^122] A lack of sustainability and consistency in funding and resource allocation was also raised as an issue by Professor Jyoti Belur, Professor of Policing, University College London. She told us that:"),
          quote(123, 0, { cites: false }),
          quote(123, 1),
          p('The DMPC disputed this characterisation and told the Committee that MOPAC has "commissioned VAWG services significantly and consistently for a long period of time".[^124] She added that MOPAC has recently engaged with the VAWG sector to determine how it could "commission better for the sector" and that this will be reflected in the new VAWG Strategy.[^125]'),
          p('The Committee believes that MOPAC should explore alternative options for a sustainable funding model for VAWG community organisations and charities. This model should prioritise long-term grants and therefore enable greater consistency in VAWG provision.'),
          rec('rec-9'),
          h3('The police response to VAWG and Operation Soteria'),
          p("Operation Soteria is a national police programme that has been designed to transform the investigation of rape and sexual assault.[^126] The Mayor's draft PCP says that MOPAC will work with the Met to \"embed recommendations from Operation Soteria [...] to improve the standards of investigation and support for victims of rape and sexual assault\".[^127]"),
          p("The Committee heard positive evidence on the impact of Operation Soteria. AC Matt Twist, Frontline Policing, Met Police, said that the Met has \"transformed\" its approach as a result of Operation Soteria principles.[^128] The Met is now \"14th nationally out of 43 in England and Wales for rape offences with positive outcomes\".[^129] Nahar Choudhury, Chief Executive, Solace Women's Aid, told us that:"),
          quote(130, 0, { excerpt: 'you do have some really good examples of policing, but they are at the frontline. They are dealing with the survivor and the work that we have seen is, as I have said, inconsistent. It is poor in terms of cultural understanding. It is quite random in terms of the practice [...] from our experience of initiatives like Operation Soteria, which I really think is an excellent initiative, that is where we are seeing some of that cultural change. We would really like to see that introduced for domestic abuse and not just sexual violence' }),
          p("Claire Waxman OBE, London's Victims' Commissioner, described Operation Soteria as \"a huge success story\" which had resulted in a much better response to investigating and prosecuting rape in London. She also advocated for the extension of Operation Soteria principles to other areas of VAWG.[^131]"),
          quote(132, 0, { attribution: "Claire Waxman OBE, London's Victims' Commissioner" }),
          p("The Committee notes the positive effect Operation Soteria has had on the Met's investigation of rape and sexual assault. We heard this from both the Met and stakeholders representing victims. However, we know that there is still a long way to go to support victims of VAWG in London and bring perpetrators to justice. We agree that Operation Soteria principles should be embedded across the wider response to VAWG, including domestic abuse."),
          rec('rec-10'),
        ],
      },
      {
        section: 'hatred-extremism-counterterrorism',
        blocks: [
          p('We know that the threat of extremism and hate crime in London is impacted by global and national events. As described by AC Matt Twist, Frontline Policing, Met Police, "what happens around the world resonates loudly on the streets of London".[^133] For example, following the 7 October 2023 Hamas attack, and the subsequent armed conflict in Gaza, there has been a concerning rise in antisemitic and Islamophobic hate crime in London.[^134] In addition, high profile national events, such as the fatal stabbing of three children in Southport in July 2024, and the subsequent violent disorder that followed, have also contributed to a fraught environment. In London, the Met arrested over 100 people in Southport related disorder.[^135]'),
          p('The Committee welcomes the commitments in the draft PCP to continue to strengthen communities to stand against extremism, tackle hate crime, and work with partners to combat the threat of terrorism. However, we are not confident that the draft PCP adequately grasps the online dimensions of hate crime, extremism and terrorism. Professor Ben Bradford, Director of Global City Policing, University College London, told the Committee that he "would have expected more on the online environment and the interplay". He added:'),
          quote(136, 1),
          quote(137, 0, { attribution: 'Matt Twist, Assistant Commissioner, Met Police' }),
          p('We also heard about the specific danger posed by online radicalisation. This risk is particularly acute for young people, especially young men and boys. A representative from the London Youth Assembly told us that there needs to be more education to combat extremism and radicalisation. In particular, they highlighted that young men are being subjected to lots of peer pressure in relation to extremist ideology.[^138]'),
          p('The DMPC told us that positive interventions are very important to tackle online extremism targeting young people.[^139] While we welcome these comments, there is currently no mention in the draft PCP of the risks of online extremism or how dangers associated with boys and men radicalised by online materials will be addressed.'),
          p('We heard that this is an issue that goes beyond London and is influenced by national and international state and non-state actors, including large tech companies. For example, AC Matt Twist, Frontline Policing, Met Police, told us that “the globalised nature” of online offending meant that it was a “massive challenge for the whole of social [media] and the international community”.[^140] While we appreciate the national and international scale of the issue, we are clear that the Mayor, MOPAC and the Met have a part to play. The Committee believes the draft PCP needs to set out the work they will do to combat pervasive online influence and build resilience among young Londoners being exposed to extremist material online.'),
          rec('rec-11'),
        ],
      },
    ],
  },
  {
    chapter: 'chapter-four',
    blocks: [
      p('It is widely reported that the criminal justice system (CJS) is failing some victims of crime. In December 2024, reports warned that the Crown court backlog had reached a record high and was set to continue increasing.[^141] We know that victims wait on average a year for their cases to be resolved, with rape victims waiting more than double this.[^142]'),
      p('The Mayor has limited powers in this area, but inevitably court delays and worsening criminal justice outcomes in London will be something that the Mayor, MOPAC and the Met will need to grapple with over the next four years.'),
      p('The current PCP 2022-25, includes an ambition to better support victims and witnesses. As of December 2024, 61 per cent of victims in London were satisfied with the service they received from the Met.[^143] However, victim satisfaction levels are lower for some groups, including LGBTQ+ Londoners at 56 per cent, and disabled Londoners at 53 per cent.[^144] In September 2024, the satisfaction of those who report online was at an all-time low, with only 28 per cent of victims who report in this way satisfied.[^145] The Committee believes that work to address this needs to be strengthened in the new PCP if we are to see measurable improvements.'),
    ],
    sections: [
      {
        section: 'victim-focus-and-victim-care-hub',
        blocks: [
          p('Many of those the Committee engaged with while examining the draft PCP stressed the need for a victim-focused approach. For example, Professor Ben Bradford, Director of Global City Policing, University College London, said:'),
          quote(146, 0, { excerpt: 'One thing is, this has always been a challenge for policing, is to move away from a police-focused vision of what victimisation is to a victim-focused understanding of what victimisation is [...] Very often the systems and processes that are set up around these crimes are in place to help the police. Sometimes for understandable reasons, because they need to do the investigation, but without historically giving a huge amount of thought to what the victims want out of that process. That is why things like Operation Soteria and other efforts have been so important because they have refocused and made it a more victim-focused process.' }),
          p('This victim-focused approach also involves consideration of whether other agencies, instead of the police, are best placed to offer support to victims. Louise Holden, Senior Policy Officer, Inclusion London, told us: "There has to be a real shift in culture to victim-focus and there has to be a real shift to treating community agencies as just as equal as other agencies".[^147] Professor Jyoti Belur, Professor of Policing, University College London, added: "If you take a victim-centred view of what the victim would want, then maybe the police are not the right agency to be providing that all-round support, except for providing the support [...] they want the police services for".[^148]'),
          p("The Committee was pleased to hear about the positive work that the Met has been doing to improve the service it provides to victims of crime. Claire Waxman OBE, London's Victims' Commissioner, said that:"),
          quote(149, 0),
          p("The draft PCP commits London's Independent Victims' Commissioner to continue \"Advocating for an independent Victim Care Hub model in London, working with justice agencies to increase and promote joint working in the interest of ensuring the experience of victims is a seamless, supportive service.\"[^150]"),
          p("The Committee heard that there are some challenges in delivering the Victim Care Hub. Claire Waxman OBE, London's Victims' Commissioner, told us that:"),
          quote(151, 0, { cites: false, excerpt: "There is a need for investment into something like this and possibly some changes to the Victims' Code or primary legislation [...] there will be some difficulties in the police trying to discharge their duties and give that to a different body or entity to deliver that [...]" }),
          quote(151, 1),
          p("The Committee welcomes the Independent Victims' Commissioner's commitment to advocate for the Victim Care Hub model. We support the Victims' Commissioner in her call for the Government to make the necessary changes to primary legislation that would enable the Met to discharge some of its duties in this area to more suitable agencies. The Mayor and MOPAC should also take an active role in advocating for this change."),
          rec('rec-12'),
        ],
      },
    ],
  },
  {
    chapter: 'committee-activity',
    blocks: [],
    sections: [],
  },
  {
    chapter: 'other-formats-and-languages',
    blocks: [
      p('If you, or someone you know needs this report in large print or braille, or a copy of the summary and main findings in another language, then please call us on: 020 7983 4100 or email [assembly.translations@london.gov.uk](mailto:assembly.translations@london.gov.uk)'),
      h3('Chinese'),
      p('如您需要这份文件的简介的翻译本，\n请电话联系我们或按上面所提供的邮寄地址或\nEmail 与我们联系。'),
      h3('Vietnamese'),
      p('Nếu ông (bà) muốn nội dung văn bản này được dịch sang tiếng Việt, xin vui lòng liên hệ với chúng tôi bằng điện thoại, thư hoặc thư điện tử theo địa chỉ ở trên.'),
      h3('Greek'),
      p('*Εάν επιθυμείτε περίληψη αυτού του κειμένου στην γλώσσα σας, παρακαλώ καλέστε τον αριθμό ή επικοινωνήστε μαζί μας στην ανωτέρω ταχυδρομική ή την ηλεκτρονική διεύθυνση.*'),
      h3('Turkish'),
      p('Bu belgenin kendi dilinize çevrilmiş bir özetini okumak isterseniz, lütfen yukarıdaki telefon numarasını arayın, veya posta ya da e-posta adresi aracılığıyla bizimle temasa geçin.'),
      h3('Punjabi'),
      p("ਜੇ ਤੁਸੀਂ ਇਸ ਦਸਤਾਵੇਜ਼ ਦਾ ਸੰਖੇਪ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿਚ ਲੈਣਾ ਚਾਹੋ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਉਪਰ ਦਿੱਤੇ ਡਾਕ ਜਾਂ ਈਮੇਲ ਪਤੇ 'ਤੇ ਸਾਨੂੰ ਸੰਪਰਕ ਕਰੋ।"),
      h3('Hindi'),
      p('यदि आपको इस दस्तावेज़ का सारांश अपनी भाषा में चाहिए तो उपर दिये हुए नंबर पर फोन करें या उपर दिये गये डाक पते या ई मेल पते पर हम से संपर्क करें।'),
      h3('Bengali'),
      p('আপনি যদি এই দলিলের একটা সারাংশ নিজের ভাষায় পেতে চান, তাহলে দয়া করে ফো করবেন অথবা উল্লেখিত ডাক ঠিকানায় বা ই-মেইল ঠিকানায় আমাদের সাথে যোগাযোগ করবেন।'),
      h3('Urdu'),
      p('اگر آپ کو اس دستاویز کا خلاصہ اپنی زبان میں درکار ہو تو، براہ کرم نمبر پر فون کریں یا مذکورہ بالا ڈاک کے پتے یا ای میل پتے پر ہم سے رابطہ کریں۔'),
      h3('Arabic'),
      p('الحصول على ملخص لهذا المستند بلغتك،\nفارجاء الاتصال برقم الهاتف أو الاتصال على\nالعنوان البريدي أو عنوان البريد\nالإلكتروني أعلاه.'),
      h3('Gujarati'),
      p('જો તમારે આ દસ્તાવેજનો સાર તમારી ભાષામાં જોઈતો હોય તો ઉપર આપેલ નંબર પર ફોન કરો અથવા ઉપર આપેલ ટપાલ અથવા ઈ-મેઈલ સરનામા પર અમારો સંપર્ક કરો.'),
    ],
    sections: [],
  },
  {
    chapter: 'connect-with-us',
    blocks: [
      h3('The London Assembly'),
      p('City Hall\nKamal Chunchie Way\nLondon E16 1ZE'),
      p('Website: [https://www.london.gov.uk/who-we-are/what-london-assembly-does](https://www.london.gov.uk/who-we-are/what-london-assembly-does)'),
      p('Phone: 020 7983 4000'),
      h3('Follow us on social media'),
    ],
    sections: [],
  },
];
