/**
 * Every passage the report (tests/fixtures/seed/response-to-draft-police-and-crime-plan-2025-29.md)
 * quotes from a transcript, with the footnote that cites it, and every point it cites a transcript
 * for in its own words.
 *
 * Texts are exactly as the report prints them, without the surrounding quotation marks. "[...]"
 * marks words the report leaves out (the transcripts print invented words there); other square
 * brackets are the report's editorial insertions, which the transcripts print as they stand.
 * Words in single quotation marks that the report attributes to a witness ('bigger question',
 * 'tough choices', 'priorities within', 'minimally effective', 'very competitive') are included
 * as inline passages too. Where one footnote covers two quotations ("He added: …"), both carry it.
 *
 * tests/unit/sample-transcripts.test.ts checks each passage against the seed and the transcripts.
 */
import type { ParaphrasedPoint, QuotedPassage } from './types';

export const PANEL_1_KEY = 'transcript-2025-01-15-panel-1';
export const PANEL_2_KEY = 'transcript-2025-01-15-panel-2';
export const QA_2024_12_18_KEY = 'transcript-2024-12-18';
export const QA_2025_01_29_KEY = 'transcript-2025-01-29';
export const QA_2025_02_12_KEY = 'transcript-2025-02-12';
export const PCC_2024_07_17_KEY = 'transcript-2024-07-17';
export const PCC_2024_09_11_KEY = 'transcript-2024-09-11';

const P1 = PANEL_1_KEY;
const P2 = PANEL_2_KEY;
const D18 = QA_2024_12_18_KEY;
const J29 = QA_2025_01_29_KEY;
const F12 = QA_2025_02_12_KEY;

/** In the report's order. */
export const QUOTED_PASSAGES: readonly QuotedPassage[] = [
  // Introduction
  {
    footnote: 13, transcriptKey: P1, page: 3, lastPage: 4, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'the one thing that is lacking [...] is what we do with online crime and all the multifarious versions of that',
  },
  {
    footnote: 13, transcriptKey: P1, page: 3, lastPage: 4, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'While there is allusion to that in here and there are some policies and things set out, collectively we are very far away from working out what a response to that looks like.',
  },
  {
    footnote: 14, transcriptKey: J29, page: 26, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'Online offending is really, really concerning. There are a number of facets to it, whether it is driving polarisation in society or driving misinformation or whether it is enabling offences that have always happened whether that is fraud, theft or deception at a truly industrial scale.',
  },
  {
    footnote: 15, transcriptKey: J29, page: 36, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'national challenge [...] it cannot be done through one PCP',
  },
  {
    footnote: 16, transcriptKey: J29, page: 26, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'there almost is no criminal footprint now that does not have some sort of online space',
  },
  {
    footnote: 18, transcriptKey: J29, page: 13, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: "need for ordinary Londoners to be able to see their safety within the plan and be able to see that the Mayor's priorities and their priorities align.",
  },

  // Chapter one
  {
    footnote: 19, transcriptKey: P1, page: 17, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'bigger question',
  },
  {
    footnote: 19, transcriptKey: P1, page: 17, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'how much we think what is in the PCP is going to filter down to the front line where policing is done',
  },
  {
    footnote: 20, transcriptKey: P2, page: 8, speakerPersonKey: 'nahar-choudhury', form: 'inline',
    text: 'very difficult to comment on this plan because of its lack of detail',
  },
  {
    footnote: 21, transcriptKey: P1, page: 5, speakerPersonKey: 'jyoti-belur', form: 'inline',
    text: 'You talk about public health approaches, but what does that involve, or you talk about effective interventions to hold perpetrators of VAWG [violence against women and girls] to account. What does that involve?',
  },
  {
    footnote: 24, transcriptKey: J29, page: 11, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: "this [Plan] is almost an evolution of the Mayor's previous PCP",
  },
  {
    footnote: 25, transcriptKey: J29, page: 12, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'we need to be evidence-led, we need to be following what the data says, and the data says we need to continue to focus on these areas that we have outlined',
  },
  {
    footnote: 26, transcriptKey: J29, page: 12, lastPage: 13, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'Not having it radically different is not a bad thing',
  },
  {
    footnote: 26, transcriptKey: J29, page: 12, lastPage: 13, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'If we are looking at long-term strategy, part of the challenge in setting priorities and investment over years is that, if plans radically change one way or another, it often unpicks some of the work that has been done before.',
  },
  {
    footnote: 33, transcriptKey: P2, page: 13, speakerPersonKey: 'john-hayward-cripps', form: 'block',
    text: 'my point would be in the report it says really clearly £878 million less in real terms since 2012. OK, so some things are not going to be a priority, and I think there needs to be a bit more of an honest explanation of that. Some things are not going to be a priority; they cannot all be.',
  },
  {
    footnote: 34, transcriptKey: P1, page: 8, speakerPersonKey: 'ben-bradford', form: 'block',
    text: '[the priorities] naturally suggest themselves, given where we are politically and the public concerns about these issues. I guess taking a step back, the issue would be can the MPS walk and chew gum, in other words can it concentrate on these crimes and do all the other things that it needs to do?',
  },
  {
    footnote: 38, transcriptKey: J29, page: 14, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'The budget is the thing that is going to exercise a lot of our focus in the coming months. If you ask me what is the biggest challenge at the moment, our budgetary position is going to be significantly challenging [...] there are tough choices to come and we cannot escape those even with the additional money that has been provided by the Home Office and maybe City Hall.',
  },
  {
    footnote: 41, transcriptKey: J29, page: 1, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'tough choices',
  },
  {
    footnote: 41, transcriptKey: J29, page: 1, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'The headcount within the MPS is going to reduce by over 1,000 people, even with the additional money that the Home Office has provided.',
  },
  {
    footnote: 42, transcriptKey: J29, page: 15, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'There is nothing that we are going to reduce that we are going to think we did not need that anyway [...] reducing budget and reducing headcount means that you have to do less.',
  },
  {
    footnote: 43, transcriptKey: J29, page: 15, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'priorities within',
  },
  {
    footnote: 44, transcriptKey: J29, page: 33, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'Of course, this is going to make it harder when our ambition would be to grow in order to meet the demand, not to reduce, but that is the budgetary position we are faced with.',
  },
  {
    footnote: 45, transcriptKey: J29, page: 13, speakerPersonKey: 'matt-twist', form: 'block',
    text: "In terms of the PCP, one of the things that we are pleased about is that it aligns in many areas with our New Met for London plan, specifically a significant focus on violent crime, focus on reducing robbery, commitment to tackling VAWG, commitment to tackling exploitation, and commitment to a child-first approach, which follows on from our Children's Strategy launched in September. There is quite a lot of alignment between what the MPS is trying to do to improve through our New Met for London delivery and what is now set out in the PCP. Had the PCP been wildly different, that would have been more difficult for us.",
  },
  {
    footnote: 47, transcriptKey: D18, page: 5, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'is finally signed off in March [2025], we will make sure that it has that dashboard and insight evaluation so that we can all make sure that we are looking at it and learning from it.',
  },
  {
    footnote: 48, transcriptKey: P1, page: 6, speakerPersonKey: 'jyoti-belur', form: 'inline',
    text: 'a lot of the new things that the police are putting into place, there are not enough evaluations or, if they are, they are being conducted in-house, it is like you are marking your own homework',
  },
  {
    footnote: 49, transcriptKey: P2, page: 2, speakerPersonKey: 'louise-holden', form: 'inline',
    text: 'We are continually bombarded with new initiatives. We cannot see whether they have been effective or not.',
  },
  {
    footnote: 50, transcriptKey: P1, page: 7, speakerPersonKey: 'sophia-worringer', form: 'inline',
    text: 'they do not set themselves up to be easy to measure the impact. Then one fades away, and one is replaced by the next one, without much scrutiny on what has gone before',
  },

  // Chapter two
  {
    footnote: 58, transcriptKey: J29, page: 29, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'the work that we are seeing is working and the stats hold up to that. We know as well that trust and confidence in the police is stabilising, which is significant given where we were.',
  },
  {
    footnote: 63, transcriptKey: F12, page: 3, speakerPersonKey: 'mark-rowley', form: 'inline',
    text: 'regardless of that we urgently need to change the regulations',
  },
  {
    footnote: 65, transcriptKey: P2, page: 2, speakerPersonKey: 'louise-holden', form: 'block',
    text: 'we have a concern that with the new boards that have been set up, with the LPB [London Policing Board] and then you have the other boards about the Disproportionality Board, that there is not any real opportunity for us to input into that or to critically evaluate anything that they are doing.',
  },
  {
    footnote: 66, transcriptKey: P2, page: 12, speakerPersonKey: 'louise-holden', form: 'block',
    text: 'I do not have a lot of confidence in those forums. It is being led by the people in power. We have been working with MOPAC on our co-production model for community which is obviously more difficult, and it is led by the participants, so it will have a different agenda set [...] I would strongly recommend that they work on a co-produced model instead of setting up more forums.',
  },
  {
    footnote: 67, transcriptKey: P2, page: 2, speakerPersonKey: 'louise-holden', form: 'inline',
    text: "the word 'disabled' is mentioned three times, [...] but there is no clear disability action plan. There is no clear pathway to looking at any data collection on the impact of disabled people",
  },
  {
    footnote: 68, transcriptKey: P1, page: 11, speakerPersonKey: 'ben-bradford', form: 'block',
    text: 'I would have expected to see more about engagement with the LGBTQ+ community because we know that is one of the biggest challenges. If you look at all the charts, LGBTQ+ people are way below everyone else [in trust and confidence in the Met] and in a significant downward trajectory',
  },
  {
    footnote: 69, transcriptKey: J29, page: 32, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'At the moment, community scrutiny is a slightly mixed approach across different parts of London. Some of it is done through Safer Neighbourhood Boards, some of it is done through Police Encounter Panels and some through Community Monitoring Groups. We are looking at ways in which we can bring that together into a more consistent form of scrutiny.',
  },
  {
    footnote: 71, transcriptKey: F12, page: 13, speakerPersonKey: 'mark-rowley', form: 'inline',
    text: 'is the foundation of policing, it is the foundation of trust.',
  },
  {
    footnote: 72, transcriptKey: P1, page: 11, speakerPersonKey: 'ben-bradford', form: 'block',
    text: 'If police want to change levels of public trust and confidence, they need to attend to those things, which means neighbourhood policing, which means reassurance policing, which means community policing, which means engagement with communities in all the ways that we have all been discussing. All that is in the report.',
  },
  {
    footnote: 72, transcriptKey: P1, page: 11, speakerPersonKey: 'ben-bradford', form: 'block',
    text: 'Whether it transpires is another question and of course over the last few years it has proven very difficult for the MPS and other forces to do this stuff because there are so many competing demands. You are always hearing about neighbourhood teams that exist on paper but not in reality, because they are being abstracted all the time to deal with other pressing issues',
  },
  {
    footnote: 75, transcriptKey: P1, page: 13, speakerPersonKey: 'sophia-worringer', form: 'inline',
    text: 'our surveys have shown that when the public in London are asked what they want from the police, the number one priority is local police that they see on the beat',
  },
  {
    footnote: 80, transcriptKey: F12, page: 7, speakerPersonKey: 'mark-rowley', form: 'inline',
    text: 'we are going to have to be more choosy about the work that they do. There will be some work that is currently ongoing that will not be done',
  },
  {
    footnote: 82, transcriptKey: J29, page: 16, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'is a key priority for us. We are trying to make that work',
  },
  {
    footnote: 83, transcriptKey: J29, page: 18, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'it is a significant challenge',
  },
  {
    footnote: 83, transcriptKey: J29, page: 18, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'the most operationally challenging period of policing public order I have ever known in my service',
  },
  {
    footnote: 84, transcriptKey: F12, page: 16, speakerPersonKey: 'mark-rowley', form: 'inline',
    text: 'highly scrutinised and massively contentious',
  },
  {
    footnote: 85, transcriptKey: J29, page: 19, speakerPersonKey: 'kaya-comer-schwartz', form: 'block',
    text: 'Public order policing is a key area of what the MPS does operationally and therefore this is a strategic plan for the priorities of London across the next five years. We are not going to cover every part of the operations of the police in it.',
  },

  // Chapter three
  {
    footnote: 90, transcriptKey: P2, page: 2, speakerPersonKey: 'stephen-walcott', form: 'block',
    text: 'To address the harm of, for example, serious youth violence and VAWG, we urgently need to create adequate provision of investment in community-led projects which aim to reduce the harm in communities through, for example, healthcare, mental health support, education, accessible early years support, meaningful employment opportunities, and we need to design broader structures and fundamentally new ways to address the harm, which presumably this plan has at its heart.',
  },
  {
    footnote: 91, transcriptKey: P1, page: 20, speakerPersonKey: 'sophia-worringer', form: 'block',
    text: 'seeing police engage with schools and just the wider youth offer is really important. More sport, more community provision, [...] keeps young people off the streets in that crucial window of the 4pm to 6pm window, where often a lot of violent crime is committed. It also provides that key mentorship and role-modelling, which is so key for young people who are often looking to escape from a very deprived community.',
  },
  {
    footnote: 92, transcriptKey: P1, page: 15, speakerPersonKey: 'sophia-worringer', form: 'block',
    text: 'it cannot all lay on the police, and the community infrastructure organisations that previously may have supported that community cohesion have often been hollowed out. When we think about youth clubs, community groups, faith groups, for example, they had a very real role in providing that community cohesion, unfortunately those numbers have just gone down.',
  },
  {
    footnote: 98, transcriptKey: J29, page: 33, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'taking a multi-agency approach to fighting crime in communities through Clear, Hold, Build has been enormously important [...] I think Clear, Hold, Build is the biggest thing that we are doing and potentially the most significant difference that we can make.',
  },
  {
    footnote: 100, transcriptKey: P2, page: 13, speakerPersonKey: 'john-hayward-cripps', form: 'block',
    text: "the 'build' bit at the end is often, by its very element, this thing that happens at the end. It needs to happen right at the beginning. You cannot build a resilient community that will fill that space if organised crime has left unless you have been working on that for some time. It cannot be the last three months of a Clear, Hold, Build programme. It needs to be integral to that work right from the beginning.",
  },
  {
    footnote: 101, transcriptKey: P2, page: 13, speakerPersonKey: 'john-hayward-cripps', form: 'block',
    text: "With the greatest respect to the police, that ['build' phase] is not their skillset [...] they can really advocate and support that and what that community might build itself. They might like 80 per cent of [it] and not 20 per cent but that means the community doing it is likely to have longevity. The police need to be positive advocates for that rather than needing to control that build phase.",
  },
  {
    footnote: 105, transcriptKey: P1, page: 4, speakerPersonKey: 'sophia-worringer', form: 'block',
    text: 'the enforcement response to that [violent crime] needs to be front and centre and there is obviously lots of preventative work that needs to be done, but there needs to be clear messaging on the positive role of stop and search in cracking down on that violent crime.',
  },
  {
    footnote: 106, transcriptKey: F12, page: 31, speakerPersonKey: 'mark-rowley', form: 'inline',
    text: 'in the London context [...there is a] very significant correlation in terms of more stop and search and less violence. It absolutely works.',
  },
  {
    footnote: 108, transcriptKey: P1, page: 18, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'minimally effective',
  },
  {
    footnote: 108, transcriptKey: P1, page: 18, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'we cannot just keep turning to stop and search as if it is a magic wand that is going to solve all our problems because it never has and it never will',
  },
  {
    footnote: 109, transcriptKey: P2, page: 5, speakerPersonKey: 'stephen-walcott', form: 'inline',
    text: 'more harm than good',
  },
  {
    footnote: 109, transcriptKey: P2, page: 5, speakerPersonKey: 'stephen-walcott', form: 'inline',
    text: 'disproportionate impact on communities of colour',
  },
  {
    footnote: 119, transcriptKey: P2, page: 10, speakerPersonKey: 'louise-holden', form: 'block',
    text: 'there are no specific actions around disabled women experiencing domestic violence and sexual violence. They are twice as likely to experience those crimes but there is not the response in the report. Without having that intersectional lens, these things are missed and unfortunately despite the report saying that it is going to have an intersectional approach, we cannot see any work that is reflecting that, so it is just words.',
  },
  {
    footnote: 121, transcriptKey: P2, page: 12, speakerPersonKey: 'nahar-choudhury', form: 'inline',
    text: 'very competitive',
  },
  {
    footnote: 122, transcriptKey: P2, page: 12, speakerPersonKey: 'nahar-choudhury', form: 'inline',
    text: 'would much prefer a grants process, a longer-term process',
  },
  {
    footnote: 123, transcriptKey: P1, page: 9, speakerPersonKey: 'jyoti-belur', form: 'block',
    text: 'Some of the things in the area of VAWG has been quite a bit of flavour of the month. Today this is important. A lot of resources are put into it and something seems to be working well. Yet, tomorrow, somebody else comes in, it is not that important anymore, resources are withdrawn from it.',
  },
  {
    footnote: 123, transcriptKey: P1, page: 9, speakerPersonKey: 'jyoti-belur', form: 'block',
    text: 'There is no consistency in how some of these areas and interventions are carried on and they are not carried on long enough for the results to be seen.',
  },
  {
    footnote: 124, transcriptKey: J29, page: 21, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'commissioned VAWG services significantly and consistently for a long period of time',
  },
  {
    footnote: 125, transcriptKey: J29, page: 21, speakerPersonKey: 'kaya-comer-schwartz', form: 'inline',
    text: 'commission better for the sector',
  },
  {
    footnote: 128, transcriptKey: J29, page: 23, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'transformed',
  },
  {
    footnote: 129, transcriptKey: J29, page: 19, speakerPersonKey: 'matt-twist', form: 'inline',
    text: '14th nationally out of 43 in England and Wales for rape offences with positive outcomes',
  },
  {
    footnote: 130, transcriptKey: P2, page: 10, lastPage: 11, speakerPersonKey: 'nahar-choudhury', form: 'block',
    text: 'you do have some really good examples of policing, but they are at the frontline. They are dealing with the survivor and the work that we have seen is, as I have said, inconsistent. It is poor in terms of cultural understanding. It is quite random in terms of the practice [...] from our experience of initiatives like Operation Soteria, which I really think is an excellent initiative, that is where we are seeing some of that cultural change. We would really like to see that introduced for domestic abuse and not just sexual violence',
  },
  {
    footnote: 131, transcriptKey: J29, page: 38, speakerPersonKey: 'claire-waxman', form: 'inline',
    text: 'a huge success story',
  },
  {
    footnote: 132, transcriptKey: J29, page: 38, speakerPersonKey: 'claire-waxman', form: 'block',
    text: 'It is about taking the fundamentals of Operation Soteria and now ensuring it is embedded across the MPS in relation to other VAWG offences so that it is very much suspect focused. We are not looking at victim credibility, we are looking at the suspect and we are making sure that the investigation is properly moving forward.',
  },
  {
    footnote: 133, transcriptKey: J29, page: 18, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'what happens around the world resonates loudly on the streets of London',
  },
  {
    footnote: 136, transcriptKey: P1, page: 10, speakerPersonKey: 'ben-bradford', form: 'inline',
    text: 'would have expected more on the online environment and the interplay',
  },
  {
    footnote: 136, transcriptKey: P1, page: 10, speakerPersonKey: 'ben-bradford', form: 'block',
    text: 'We need to stop talking about online and offline. Everyone is online all the time, it is more complicated than that. I would have expected to see more on that because that is clearly a really important driver of a lot of this behaviour.',
  },
  {
    footnote: 137, transcriptKey: J29, page: 27, speakerPersonKey: 'matt-twist', form: 'block',
    text: 'It is deeply concerning. We have seen how incel motivation led to attacks in the south of England. We have seen how violence has become almost radicalising of itself and people are taking action because they are radicalised to be violent without any traditional terrorist ideology or something that we would recognise and that is deeply concerning.',
  },
  {
    footnote: 140, transcriptKey: J29, page: 26, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'the globalised nature',
  },
  {
    footnote: 140, transcriptKey: J29, page: 26, speakerPersonKey: 'matt-twist', form: 'inline',
    text: 'massive challenge for the whole of social [media] and the international community',
  },

  // Chapter four
  {
    footnote: 146, transcriptKey: P1, page: 16, speakerPersonKey: 'ben-bradford', form: 'block',
    text: 'One thing is, this has always been a challenge for policing, is to move away from a police-focused vision of what victimisation is to a victim-focused understanding of what victimisation is [...] Very often the systems and processes that are set up around these crimes are in place to help the police. Sometimes for understandable reasons, because they need to do the investigation, but without historically giving a huge amount of thought to what the victims want out of that process. That is why things like Operation Soteria and other efforts have been so important because they have refocused and made it a more victim-focused process.',
  },
  {
    footnote: 147, transcriptKey: P2, page: 16, speakerPersonKey: 'louise-holden', form: 'inline',
    text: 'There has to be a real shift in culture to victim-focus and there has to be a real shift to treating community agencies as just as equal as other agencies',
  },
  {
    footnote: 148, transcriptKey: P1, page: 16, speakerPersonKey: 'jyoti-belur', form: 'inline',
    text: 'If you take a victim-centred view of what the victim would want, then maybe the police are not the right agency to be providing that all-round support, except for providing the support [...] they want the police services for',
  },
  {
    footnote: 149, transcriptKey: J29, page: 37, speakerPersonKey: 'claire-waxman', form: 'block',
    text: 'there is a huge amount of work underway with the MPS and we have really seen some great progress, I would say, over the last 18 months. Obviously, you are all aware I have been in the role since 2017, and I do not think I have seen this level of commitment previously, so I really do welcome that we are now finally focused on how to improve the service to victims.',
  },
  {
    footnote: 151, transcriptKey: J29, page: 40, speakerPersonKey: 'claire-waxman', form: 'block',
    text: "There is a need for investment into something like this and possibly some changes to the Victims' Code or primary legislation [...] there will be some difficulties in the police trying to discharge their duties and give that to a different body or entity to deliver that [...]",
  },
  {
    footnote: 151, transcriptKey: J29, page: 40, speakerPersonKey: 'claire-waxman', form: 'block',
    text: 'I still believe in this Victim Care Hub, but it goes beyond policing, so it is one that I am taking to Government when we are looking at the court reform work.',
  },
];

/**
 * Footnotes that cite a transcript for a point the report makes in its own words. The sample
 * transcripts carry each point in a "[Sample text]" turn on the cited page; `marker` is a phrase
 * of that turn.
 */
export const PARAPHRASED_POINTS: readonly ParaphrasedPoint[] = [
  {
    footnote: 57, transcriptKey: P1, page: 2, speakerPersonKey: 'sophia-worringer', speakerNamedByReport: true,
    point: "The gap that can exist between recorded crime levels and Londoners' perception of crime and safety; these perceptions have a particular impact on trust and confidence in the police.",
    marker: 'gap between recorded crime and how safe people feel',
  },
  {
    footnote: 63, transcriptKey: F12, page: 3, speakerPersonKey: 'mark-rowley', speakerNamedByReport: true,
    point: 'The Met would appeal the High Court judgement on Operation Assure.',
    marker: 'We will be appealing the judgment',
  },
  {
    footnote: 73, transcriptKey: PCC_2024_07_17_KEY, page: 4, speakerPersonKey: 'matt-twist', speakerNamedByReport: false,
    point: "The removal of neighbourhood officers from their local areas to police one-off events (abstraction) continues to play a significant part in the Met's response to largescale and sustained protest.",
    marker: 'abstracting neighbourhood officers',
  },
  {
    footnote: 74, transcriptKey: PCC_2024_09_11_KEY, page: 18, speakerPersonKey: 'matt-twist', speakerNamedByReport: false,
    point: 'The Met has a plan in place to reduce the removal of frontline officers from local areas.',
    marker: 'plan to reduce the number of times we take officers away from their local areas',
  },
  {
    footnote: 76, transcriptKey: P2, page: 1, speakerPersonKey: 'john-hayward-cripps', speakerNamedByReport: false,
    point: 'Reducing the number of neighbourhood officers called away to other duties should be prioritised if the Met is to increase trust and confidence.',
    marker: 'neighbourhood officers being called away to other duties',
  },
  {
    // The report names no one here ("As noted in the preceding chapter"); it refers back to
    // AC Twist's evidence on the same page (footnote 41).
    footnote: 77, transcriptKey: J29, page: 1, speakerPersonKey: 'matt-twist', speakerNamedByReport: false,
    point: 'Budgetary challenges may result in officer numbers reducing by over 1,000 people next year.',
    marker: 'reduce by over 1,000 people',
  },
  {
    footnote: 78, transcriptKey: F12, page: 5, speakerPersonKey: 'mark-rowley', speakerNamedByReport: true,
    point: "The Commissioner's reassurance that neighbourhood policing will be protected in the face of the Met's financial challenges.",
    marker: 'neighbourhood policing will be protected',
  },
  {
    footnote: 79, transcriptKey: J29, page: 34, speakerPersonKey: 'matt-twist', speakerNamedByReport: false,
    point: 'There is a possibility that Royal Parks police will be discontinued and that local neighbourhood teams will need to step into that space of policing.',
    marker: 'Royal Parks',
  },
  {
    footnote: 107, transcriptKey: J29, page: 14, speakerPersonKey: 'kaya-comer-schwartz', speakerNamedByReport: true,
    point: 'The positive impact of stop and search, the role it plays in reducing criminality in London, and the need for it to be done fairly and proportionately.',
    marker: 'fairly and proportionately',
  },
  {
    footnote: 117, transcriptKey: P2, page: 1, speakerPersonKey: 'nahar-choudhury', speakerNamedByReport: true,
    point: 'The draft PCP lacks detail in its approach to VAWG.',
    marker: 'lacks detail on violence against women and girls',
  },
  {
    footnote: 120, transcriptKey: P2, page: 3, speakerPersonKey: 'nahar-choudhury', speakerNamedByReport: false,
    point: 'Tackling misogyny is an important preventative measure to reducing VAWG, but work to tackle misogyny is made more difficult by the lack of sustainable funding.',
    marker: 'tackling misogyny',
  },
  {
    footnote: 121, transcriptKey: P2, page: 12, speakerPersonKey: 'nahar-choudhury', speakerNamedByReport: true,
    point: "The overall funding model for VAWG in London is 'very competitive' and not sustainable.",
    marker: 'is not sustainable',
  },
  {
    footnote: 131, transcriptKey: J29, page: 38, speakerPersonKey: 'claire-waxman', speakerNamedByReport: true,
    point: 'Operation Soteria has resulted in a much better response to investigating and prosecuting rape in London; its principles should be extended to other areas of VAWG.',
    marker: 'extended to other forms of violence against women and girls',
  },
  {
    footnote: 139, transcriptKey: J29, page: 27, speakerPersonKey: 'kaya-comer-schwartz', speakerNamedByReport: true,
    point: 'Positive interventions are very important to tackle online extremism targeting young people.',
    marker: 'Positive interventions',
  },
];
