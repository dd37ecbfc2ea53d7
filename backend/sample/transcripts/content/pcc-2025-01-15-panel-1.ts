/**
 * Police and Crime Committee, 15 January 2025, Panel 1 (rendered as PDF). Guests: Professor Ben
 * Bradford, Professor Jyoti Belur, Sophia Worringer. Only the report's quoted passages are
 * genuine; every block made with s() is invented and printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { PANEL_1_KEY } from '../quoted-passages';
import { BELUR, BRADFORD, GARBETT, HALL, WORRINGER } from '../speakers';
import { more, q, s } from './blocks';

export const PANEL_1: TranscriptContent = {
  key: PANEL_1_KEY,
  runningHeader: 'Police and Crime Committee – 15 January 2025',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 15 January 2025',
    'Transcript of Agenda Item 5 – Response to the Draft Police and Crime Plan 2025-29 – Panel 1',
  ],
  pages: [
    // p.1
    [
      s(HALL, "Good morning and welcome to this meeting of the Police and Crime Committee. Today's main item is our investigation into the Mayor's draft Police and Crime Plan 2025-29, which was published for consultation on 18 December 2024. We will hear from two panels of guests this morning. On our first panel I am pleased to welcome Professor Ben Bradford, Director of Global City Policing at University College London; Professor Jyoti Belur, Professor of Policing at University College London; and Sophia Worringer, Deputy Policy Director at the Centre for Social Justice. Thank you all for joining us."),
      more(s(HALL, 'I would like to start with a general question to all our guests. Does the draft Plan set the right priorities for policing and crime in London over the next four years, and is there anything you would have expected to see in it that is not there? Sophia, perhaps you could start us off.')),
      s(WORRINGER, 'Thank you, Chairman, and thank you for the invitation. Broadly, the priorities are recognisable ones. Reducing violence, supporting victims and rebuilding trust are the areas that come up time and again when we speak to communities in London, so it would be surprising to see a plan that did not lead with them. Where I would push a little harder is on the link between those priorities and what people actually experience on their own streets.'),
    ],
    // p.2
    [
      more(s(WORRINGER, 'One of the things our research keeps coming back to is the gap between recorded crime and how safe people feel. The recorded figures can move in one direction while perceptions of crime and safety move in the other, and it is those perceptions that have a particular impact on trust and confidence in the police. If people feel that antisocial behaviour or shoplifting goes unchallenged on their high street, a fall in the headline numbers will not persuade them that things are getting better. I would like the final Plan to treat that perception gap as something to be measured and acted on, not explained away.')),
      s(HALL, 'Thank you. Professor Belur, do you agree with that assessment?'),
      s(BELUR, 'Largely, yes. The priorities themselves are sensible and I do not think anyone on this panel would argue for dropping any of them. My concern, which I will probably come back to several times this morning, is less about what is in the Plan and more about how we will know whether it is working. A plan is a statement of intent. The real test is whether the interventions that flow from it are properly designed, properly resourced and properly evaluated.'),
      s(HALL, 'Professor Bradford?'),
    ],
    // p.3
    [
      s(BRADFORD, 'Thank you. I agree with a lot of what has been said. If you look at the big areas in the draft, it is hard to argue with any of them, and there is a good deal of continuity with the previous Plan, which in itself is not a bad thing. Policing does not change direction quickly and it would be odd if the priorities had been torn up. There is a lot in here about trust, about violence and about victims, and I welcome that.'),
      more(q(BRADFORD, 'For me, the one thing that is lacking from the document as a whole is what we do with online crime and all the multifarious versions of that. While there is allusion to that in here and there are some policies and things set out,')),
    ],
    // p.4
    [
      more(q(BRADFORD, 'collectively we are very far away from working out what a response to that looks like.')),
      more(s(BRADFORD, 'That is not a criticism of London alone; it is true of policing across the country. But a plan for the next four years has to grapple with where crime is going, not only where it has been.')),
      s(HALL, 'Thank you. Sophia, you wanted to come back in on violence.'),
      s(WORRINGER, 'Yes, briefly.'),
      more(q(WORRINGER, 'My view is that the enforcement response to that [violent crime] needs to be front and centre and there is obviously lots of preventative work that needs to be done, but there needs to be clear messaging on the positive role of stop and search in cracking down on that violent crime.')),
      more(s(WORRINGER, 'The families we work with in the most affected neighbourhoods want to see both things: visible enforcement against the people causing harm, and real investment in the young people at risk of being drawn in.')),
      s(GARBETT, 'Thank you. Can I ask how the Plan intends to deliver these priorities? Professor Belur, you mentioned design and evaluation.'),
    ],
    // p.5
    [
      s(BELUR, 'Yes. The difficulty is that the draft often describes approaches rather than actions. It names the right things, but it does not tell us what will actually be done, by whom, and how we will know.'),
      more(q(BELUR, 'You talk about public health approaches, but what does that involve, or you talk about effective interventions to hold perpetrators of VAWG [violence against women and girls] to account. What does that involve?')),
      more(s(BELUR, 'Without that level of detail it is very hard for anyone outside MOPAC to judge whether the commitments are realistic, or to come back in two years and ask whether they have been met.')),
      s(GARBETT, 'So what would good look like in the final Plan?'),
      s(BELUR, 'I would want each commitment to be tied to a small number of concrete interventions, with a clear theory of how they are expected to work and a plan for testing whether they do. That does not need to run to hundreds of pages. It needs to be specific enough that the people delivering the work and the people scrutinising it are looking at the same thing.'),
    ],
    // p.6
    [
      s(GARBETT, 'Is the evidence base there to design interventions in that way?'),
      s(BELUR, 'In some areas it is, in others it is not.'),
      more(q(BELUR, 'My worry is that a lot of the new things that the police are putting into place, there are not enough evaluations or, if they are, they are being conducted in-house, it is like you are marking your own homework.')),
      more(s(BELUR, 'In-house evaluation has its place, and the Met has some very capable analysts, but for the big programmes there needs to be independent evaluation built in from the start, with the results published whether they are good or bad. Otherwise we keep repeating initiatives without learning from them.')),
      s(HALL, 'Professor Bradford, would you agree?'),
      s(BRADFORD, 'Yes. There is a lot of activity in policing and not much of it is evaluated in a way that would let you say with confidence that it works. The Plan could make a real contribution by committing to a programme of evaluation alongside its priorities.'),
    ],
    // p.7
    [
      s(HALL, 'Sophia, from your work on previous plans, how easy has it been to judge whether they have delivered?'),
      s(WORRINGER, 'Honestly, not very.'),
      more(q(WORRINGER, 'Part of the problem with plans like this is that they do not set themselves up to be easy to measure the impact. Then one fades away, and one is replaced by the next one, without much scrutiny on what has gone before.')),
      more(s(WORRINGER, "I would like to see the final Plan open with an honest account of what the last Plan achieved and where it fell short, and then carry a small set of measures through from one plan to the next so that progress can be tracked over time. That would help this Committee and it would help Londoners.")),
      s(HALL, 'Thank you. I want to turn to resources. The draft Plan itself says that the Met would need considerably more funding to match its 2012 position in real terms. Professor Bradford, do you think the priorities are deliverable in that context?'),
    ],
    // p.8
    [
      s(BRADFORD, 'It is the right question to ask. Looking at the priorities themselves, I do not think there are any surprises.'),
      more(q(BRADFORD, 'It is fair to say that [the priorities] naturally suggest themselves, given where we are politically and the public concerns about these issues. I guess taking a step back, the issue would be can the MPS walk and chew gum, in other words can it concentrate on these crimes and do all the other things that it needs to do?')),
      more(s(BRADFORD, 'Every force has a large volume of demand that never appears in a plan like this: mental health calls, missing people, public order, and so on. If the priority areas are protected, something else gives, and the Plan is quite quiet about what that something else is.')),
      s(HALL, 'Professor Belur, you mentioned resourcing earlier as well.'),
      s(BELUR, 'Yes, and my concern is less the overall amount than the way it is allocated. Resources follow the priority of the moment and then move on.'),
    ],
    // p.9
    [
      more(q(BELUR, 'Some of the things in the area of VAWG has been quite a bit of flavour of the month. Today this is important. A lot of resources are put into it and something seems to be working well. Yet, tomorrow, somebody else comes in, it is not that important anymore, resources are withdrawn from it.')),
      more(q(BELUR, 'There is no consistency in how some of these areas and interventions are carried on and they are not carried on long enough for the results to be seen.')),
      more(s(BELUR, 'That is frustrating for the organisations delivering the work and for the women and girls who rely on it. A four-year plan is an opportunity to commit to sustaining the interventions that show promise for long enough to find out whether they really work.')),
      s(GARBETT, 'Thank you. I would like to move on to hatred and extremism, which is one of the areas covered in the draft Plan. Professor Bradford, is the draft Plan strong enough in this area?'),
    ],
    // p.10
    [
      s(BRADFORD, 'The commitments on community cohesion and on hate crime are welcome.'),
      more(q(BRADFORD, 'But I would have expected more on the online environment and the interplay between what happens online and what happens on the street.')),
      more(q(BRADFORD, 'We need to stop talking about online and offline. Everyone is online all the time, it is more complicated than that. I would have expected to see more on that because that is clearly a really important driver of a lot of this behaviour.')),
      s(GARBETT, 'Is that something that MOPAC and the Met can realistically address at a London level?'),
      s(BRADFORD, 'Not on their own, no. Much of it sits with national government, with the regulators and with the platforms themselves. But the police in London will be dealing with the consequences, so the Plan should at least set out how they will work with those partners and what they will ask of them.'),
      s(HALL, 'Thank you. Let us turn to trust and confidence.'),
    ],
    // p.11
    [
      s(HALL, 'The draft Plan puts a great deal of weight on rebuilding trust in the Met. Professor Bradford, is there anything you would have expected to see on trust that is not there?'),
      s(BRADFORD, 'Yes, one thing.'),
      more(q(BRADFORD, 'I would have expected to see more about engagement with the LGBTQ+ community because we know that is one of the biggest challenges. If you look at all the charts, LGBTQ+ people are way below everyone else [in trust and confidence in the Met] and in a significant downward trajectory.')),
      more(s(BRADFORD, 'More generally, the research on what drives trust is quite consistent. It is about how people are treated, whether the police are seen to be fair, and whether they are present and engaged in the community.')),
      more(q(BRADFORD, 'If police want to change levels of public trust and confidence, they need to attend to those things, which means neighbourhood policing, which means reassurance policing, which means community policing, which means engagement with communities in all the ways that we have all been discussing. All that is in the report.')),
      more(q(BRADFORD, 'Whether it transpires is another question and of course over the last few years it has proven very difficult for the MPS and other forces to do this stuff because there are so many competing demands. You are always hearing about neighbourhood teams that exist on paper but not in reality, because they are being abstracted all the time to deal with other pressing issues.')),
    ],
    // p.12
    [
      s(HALL, 'Professor Belur, what is your view on how the Met should approach rebuilding trust?'),
      s(BELUR, 'I would add that trust is not one thing. Different communities have very different experiences of the police, and a single London-wide target can hide those differences. The Plan talks about closing the gaps between groups, which is right, but it should say how progress for each group will be reported.'),
      more(s(BELUR, 'I would also like to see more about the role of the workforce. Officers who feel supported and well trained are more likely to treat the public well, and that is where trust is won or lost.')),
      s(GARBETT, 'Sophia, do you want to come in on this?'),
      s(WORRINGER, 'Yes. I would echo the point about visibility. People judge the police on what they see and on what happens when they ask for help.'),
    ],
    // p.13
    [
      more(s(WORRINGER, 'We see that very clearly in our own work.')),
      more(q(WORRINGER, 'I would say that our surveys have shown that when the public in London are asked what they want from the police, the number one priority is local police that they see on the beat.')),
      more(s(WORRINGER, 'That has been consistent across the surveys we have run, and it holds across age groups and across boroughs. It is not a nostalgic wish; people understand that a local officer who knows the area is more likely to prevent problems before they escalate.')),
      s(HALL, 'Does the draft Plan do enough to deliver that?'),
      s(WORRINGER, 'It says the right things about neighbourhood policing. The question is whether the numbers are there and whether those officers stay in their neighbourhoods rather than being pulled elsewhere. I would like the final Plan to be specific about both.'),
      s(HALL, 'Thank you. We will come back to neighbourhood policing with the Met later in our investigation.'),
    ],
    // p.14
    [
      s(GARBETT, 'I would like to ask about prevention and the role of partners outside policing. Sophia, your organisation has written about the wider community infrastructure. What role do you see for it in the Plan?'),
      s(WORRINGER, 'It is central. A lot of what the public expects the police to do is really about the health of communities more broadly: whether young people have somewhere to go, whether families are supported, whether there are trusted adults around. The police can contribute to that, but they cannot carry it.'),
      s(GARBETT, 'Professor Belur, is there good evidence for that kind of community investment?'),
      s(BELUR, 'There is reasonable evidence for some of it, particularly mentoring and well-run youth provision, though the quality varies a great deal. The important thing is that programmes are sustained and evaluated, which brings me back to my earlier point.'),
      s(HALL, 'Sophia, you wanted to add something.'),
    ],
    // p.15
    [
      s(WORRINGER, 'Yes. I think we need to be honest about what has happened to that infrastructure over the last decade.'),
      more(q(WORRINGER, 'The reality is that it cannot all lay on the police, and the community infrastructure organisations that previously may have supported that community cohesion have often been hollowed out. When we think about youth clubs, community groups, faith groups, for example, they had a very real role in providing that community cohesion, unfortunately those numbers have just gone down.')),
      more(s(WORRINGER, 'Rebuilding that capacity is a long-term task, and it involves councils and government as well as MOPAC, but the Plan could set out how the Mayor intends to support it.')),
      s(HALL, 'Thank you. Let us move on to victims. Professor Bradford, how well does the draft Plan reflect the needs of victims?'),
    ],
    // p.16
    [
      s(BRADFORD, 'It is one of the stronger parts of the document, I think.'),
      more(q(BRADFORD, 'One thing is, this has always been a challenge for policing, is to move away from a police-focused vision of what victimisation is to a victim-focused understanding of what victimisation is, and to build the service around that. Very often the systems and processes that are set up around these crimes are in place to help the police. Sometimes for understandable reasons, because they need to do the investigation, but without historically giving a huge amount of thought to what the victims want out of that process. That is why things like Operation Soteria and other efforts have been so important because they have refocused and made it a more victim-focused process.')),
      s(HALL, 'Professor Belur?'),
      s(BELUR, 'I agree, and I would go further.'),
      more(q(BELUR, 'If you take a victim-centred view of what the victim would want, then maybe the police are not the right agency to be providing that all-round support, except for providing the support that relates to the investigation itself, which is what they want the police services for.')),
      more(s(BELUR, 'Other agencies, including specialist charities, may be better placed to provide the rest.')),
    ],
    // p.17
    [
      s(GARBETT, 'I would like to return to delivery. Professor Bradford, how confident are you that a plan at this level shapes what happens on the ground?'),
      q(BRADFORD, 'That is the bigger question, really: how much we think what is in the PCP is going to filter down to the front line where policing is done.'),
      more(s(BRADFORD, 'A plan like this is mainly read by senior leaders, by partners and by bodies like this Committee. An officer on a response team in Croydon or Barnet will not have read it, and nor would we expect them to. What matters is whether its priorities are reflected in the things that shape their working day: tasking, training, supervision and the performance measures they are held to.')),
      s(GARBETT, 'Does the draft Plan make those links?'),
      s(BRADFORD, 'Not explicitly. It would be strengthened by saying how each priority will be translated into the Met’s own plans and how MOPAC will check that it has been.'),
    ],
    // p.18
    [
      s(GARBETT, 'The draft Plan says that the Mayor will support the intelligence-led use of stop and search. What does the evidence say about its effectiveness?'),
      s(BRADFORD, 'There is a substantial body of research on this, including work I have been involved in.'),
      more(q(BRADFORD, 'What it shows is that stop and search is minimally effective.')),
      more(s(BRADFORD, 'There may be specific, targeted uses where it has a role, but the overall effect on crime is small and the cost in terms of trust can be large.')),
      more(q(BRADFORD, 'So my view is that we cannot just keep turning to stop and search as if it is a magic wand that is going to solve all our problems because it never has and it never will.')),
      s(HALL, 'Sophia, you took a different view earlier.'),
      s(WORRINGER, 'I do, to an extent. I recognise the concerns about trust, but in the communities most affected by knife crime there is often strong support for the police using the powers they have, provided they are used fairly.'),
    ],
    // p.19
    [
      s(HALL, 'Professor Belur, where do you stand?'),
      s(BELUR, 'I think the evidence is closer to Professor Bradford’s reading, but I also think the debate often becomes too polarised. The questions the Plan should answer are: what are the specific circumstances in which stop and search is used, how is it supervised, and how will communities be able to see and scrutinise how it is used? If the final Plan answered those questions clearly, it would be a real step forward.'),
      s(GARBETT, 'Thank you. My last question is about young people and prevention more broadly. What would you most want to see strengthened in the final Plan?'),
      s(BELUR, 'For me, sustained funding for the programmes that work, and an honest approach to stopping those that do not.'),
      s(HALL, 'Sophia?'),
    ],
    // p.20
    [
      q(WORRINGER, 'I would say that seeing police engage with schools and just the wider youth offer is really important. More sport, more community provision, the things that give young people somewhere to be after school, keeps young people off the streets in that crucial window of the 4pm to 6pm window, where often a lot of violent crime is committed. It also provides that key mentorship and role-modelling, which is so key for young people who are often looking to escape from a very deprived community.'),
      s(HALL, 'Thank you. Professor Bradford, a final word?'),
      s(BRADFORD, 'Only that the priorities are the right ones, and the test will be whether the final Plan says clearly how they will be delivered and how we will all know.'),
      s(HALL, 'Thank you very much to all three of our guests for your time and your evidence this morning. We will now take a short break before our second panel.'),
    ],
  ],
};
