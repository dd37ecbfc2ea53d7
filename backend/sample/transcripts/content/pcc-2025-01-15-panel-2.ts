/**
 * Police and Crime Committee, 15 January 2025, Panel 2 (rendered as PDF). Guests: Stephen Walcott,
 * Louise Holden, John Hayward-Cripps, Nahar Choudhury. Only the report's quoted passages are
 * genuine; every block made with s() is invented and printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { PANEL_2_KEY } from '../quoted-passages';
import { CHOUDHURY, GARBETT, HALL, HAYWARD_CRIPPS, HOLDEN, WALCOTT } from '../speakers';
import { more, q, s } from './blocks';

export const PANEL_2: TranscriptContent = {
  key: PANEL_2_KEY,
  runningHeader: 'Police and Crime Committee – 15 January 2025',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 15 January 2025',
    'Transcript of Agenda Item 5 – Response to the Draft Police and Crime Plan 2025-29 – Panel 2',
  ],
  pages: [
    // p.1
    [
      s(HALL, "Welcome back. For our second panel I am pleased to welcome Stephen Walcott, Senior Researcher at the Runnymede Trust; Louise Holden, Senior Policy Officer at Inclusion London; John Hayward-Cripps, Chief Executive Officer of Neighbourhood Watch Network; and Nahar Choudhury, Chief Executive of Solace Women's Aid. Thank you all for coming. I will start with the same question I put to our first panel: does the draft Plan have the right priorities? Nahar, would you like to begin?"),
      s(CHOUDHURY, 'Thank you, Chairman. The priorities are broadly right, and we welcome the fact that violence against women and girls is named as one of them. But as a specialist provider our overriding reaction is that the draft lacks detail on violence against women and girls. It tells us that the issue matters; it does not tell us what will be done differently, or how survivors will notice the difference.'),
      s(HALL, 'John?'),
      s(HAYWARD_CRIPPS, 'From a community point of view the emphasis on neighbourhood policing is very welcome. What our members tell us, over and over, is that they lose their local officers to other things. If the Met is serious about trust and confidence, reducing the number of neighbourhood officers being called away to other duties should be a priority in its own right.'),
    ],
    // p.2
    [
      s(HALL, 'Stephen?'),
      q(WALCOTT, 'To address the harm of, for example, serious youth violence and VAWG, we urgently need to create adequate provision of investment in community-led projects which aim to reduce the harm in communities through, for example, healthcare, mental health support, education, accessible early years support, meaningful employment opportunities, and we need to design broader structures and fundamentally new ways to address the harm, which presumably this plan has at its heart.'),
      s(HALL, 'Louise?'),
      q(HOLDEN, "If you look through the draft Plan, the word 'disabled' is mentioned three times, in a document of this length, but there is no clear disability action plan. There is no clear pathway to looking at any data collection on the impact of disabled people."),
      more(q(HOLDEN, 'Also, we have a concern that with the new boards that have been set up, with the LPB [London Policing Board] and then you have the other boards about the Disproportionality Board, that there is not any real opportunity for us to input into that or to critically evaluate anything that they are doing.')),
      more(q(HOLDEN, 'We are continually bombarded with new initiatives. We cannot see whether they have been effective or not.')),
    ],
    // p.3
    [
      s(GARBETT, 'Thank you. Nahar, I would like to come back to you on prevention. What would you want the Plan to say about preventing violence against women and girls before it happens?'),
      s(CHOUDHURY, 'For us, tackling misogyny is one of the most important preventative measures there is. It is about attitudes in schools, in workplaces, online and, frankly, within policing itself. The difficulty is that the organisations doing that work are funded in short bursts. Work to tackle misogyny is made much harder when nobody knows whether the funding will still be there next year, because you cannot build relationships with schools or communities on that basis.'),
      s(GARBETT, 'Is that a London problem or a national one?'),
      s(CHOUDHURY, 'Both. But the Mayor and MOPAC commission a significant amount of this work, so there is something they can change directly.'),
      s(HALL, 'Thank you. Stephen, do you want to add anything on prevention?'),
      s(WALCOTT, 'Only that prevention has to start from the communities affected, and has to be designed with them rather than for them.'),
    ],
    // p.4
    [
      s(GARBETT, "Stephen, I would like to ask about the Met's commitments on race equality. How does the draft Plan relate to the work that is already under way?"),
      s(WALCOTT, 'The draft refers to existing commitments, which is right, but the communities we work with have heard many commitments before. What they have not seen is consistent change in their day-to-day experience of policing. The Plan would be stronger if it set out clearly which outcomes it expects to change, by how much and by when, and how communities themselves will be involved in judging whether that has happened.'),
      s(GARBETT, 'What kind of involvement do you have in mind?'),
      s(WALCOTT, 'Community oversight that has real access to data and a real ability to ask questions and get answers, not a consultation exercise after the decisions have been made. There are good examples of local scrutiny groups that do this well, and others that exist mostly on paper.'),
      s(HALL, 'Thank you. Let us come on to stop and search.'),
    ],
    // p.5
    [
      s(HALL, 'The draft Plan says that the Mayor will support the intelligence-led use of stop and search. Stephen, what is your view?'),
      q(WALCOTT, 'Our position is that, as it is currently used, stop and search does more harm than good, given its disproportionate impact on communities of colour.'),
      more(s(WALCOTT, 'The damage to trust is felt well beyond the individuals who are stopped. Young people talk to each other, families talk to each other, and every negative encounter shapes how a whole community sees the police. Any benefit in terms of weapons recovered has to be weighed against that.')),
      s(HALL, 'John, what do your members say?'),
      s(HAYWARD_CRIPPS, 'Views vary. Some members want to see more of it in areas where they are worried about knife crime; others share the concerns Stephen describes. What they all want is for it to be done respectfully and explained properly.'),
    ],
    // p.6
    [
      s(GARBETT, 'John, I would like to ask about the role of communities more generally. What contribution can organisations like yours make to the aims of the Plan?'),
      s(HAYWARD_CRIPPS, 'A great deal, if we are used well. Neighbourhood Watch has a very large network of volunteers in London, and they are the eyes and ears of their communities. They share information, they look out for vulnerable neighbours and they are often the first people the police hear from when something is going wrong. But the relationship works best when it is two-way: when the police tell people what has happened as a result of the information they have given.'),
      s(GARBETT, 'Does that happen at the moment?'),
      s(HAYWARD_CRIPPS, 'In some places very well, in others hardly at all. It often depends on individual officers, and when they move on the relationship has to be built again from scratch.'),
    ],
    // p.7
    [
      s(HALL, 'Louise, could you say more about the experience of deaf and disabled Londoners when they report crime?'),
      s(HOLDEN, 'Many of the people we work with find it very hard to report in the first place. Online forms are not always accessible, the phone is not an option for many deaf people, and when people do get through they often find that officers are not confident about making reasonable adjustments. That means a lot of crime against disabled people, including hate crime, never reaches the police at all.'),
      s(HALL, 'What would help?'),
      s(HOLDEN, 'Accessible reporting routes, designed with disabled people, and training for officers that is delivered by disabled people themselves. We also need the data: if the Met does not record whether victims are disabled, nobody can tell whether things are getting better.'),
      s(HALL, 'Thank you. Nahar, coming back to you.'),
    ],
    // p.8
    [
      s(HALL, 'How well does the draft Plan reflect what survivors of domestic abuse and sexual violence tell you they need?'),
      s(CHOUDHURY, 'I have to be candid.'),
      more(q(CHOUDHURY, 'It is very difficult to comment on this plan because of its lack of detail.')),
      more(s(CHOUDHURY, 'The themes are the right ones. Survivors tell us they want to be believed, to be kept informed, and to feel that the system is on their side rather than putting them on trial. They want consistency: the same quality of response whichever borough they live in and whichever officer they happen to get. The draft Plan gestures towards all of that, but it does not say how it will be achieved, which makes it very hard for us to say whether it will make a difference.')),
      s(HALL, 'What would you want added?'),
      s(CHOUDHURY, 'Specific commitments, with timescales, and a clear role for specialist services in designing them.'),
    ],
    // p.9
    [
      s(GARBETT, 'Nahar, you mentioned consistency. Can you give us a sense of how the response varies?'),
      s(CHOUDHURY, 'It varies a great deal. Some of our advocates have excellent relationships with their local officers; others struggle to get calls returned. Survivors from some communities face additional barriers, including language, immigration status and a fear of how they will be treated. Where officers understand those barriers the response can be very good; where they do not, it can put women off ever coming forward again.'),
      s(GARBETT, 'Louise, is that your experience too?'),
      s(HOLDEN, 'Very much so. Disabled women face particular barriers, and often the person abusing them is also the person who provides their care, which makes reporting even harder.'),
      s(HALL, 'Thank you. Let me turn to the question of an intersectional approach, which the draft Plan says it will take.'),
    ],
    // p.10
    [
      s(HALL, 'Louise, does the draft Plan live up to that?'),
      q(HOLDEN, 'Not in our view. When you look for it, there are no specific actions around disabled women experiencing domestic violence and sexual violence. They are twice as likely to experience those crimes but there is not the response in the report. Without having that intersectional lens, these things are missed and unfortunately despite the report saying that it is going to have an intersectional approach, we cannot see any work that is reflecting that, so it is just words.'),
      s(HALL, 'Nahar?'),
      q(CHOUDHURY, 'I would agree, and I would say that you do have some really good examples of policing, but they are at the frontline. They are dealing with the survivor and the work that we have seen is, as I have said, inconsistent. It is poor in terms of cultural understanding. It is quite random in terms of the practice.'),
    ],
    // p.11
    [
      more(q(CHOUDHURY, 'What we have found is that, from our experience of initiatives like Operation Soteria, which I really think is an excellent initiative, that is where we are seeing some of that cultural change. We would really like to see that introduced for domestic abuse and not just sexual violence.')),
      more(s(CHOUDHURY, 'Operation Soteria has changed the focus of rape investigations towards the behaviour of the suspect. Domestic abuse cases would benefit from exactly the same shift, and the Plan could commit to testing it.')),
      s(HALL, 'Thank you. Stephen, is there anything you want to add on the intersectional point?'),
      s(WALCOTT, 'Only that an intersectional approach means starting with the data. If outcomes are not broken down by ethnicity, disability, gender and age together, the Plan cannot know whether it is serving the people most at risk.'),
      s(GARBETT, 'I would like to ask about engagement. The draft Plan commits to new forums for deaf and disabled Londoners to engage with the Met, Transport for London and the London Fire Brigade. Louise, do you welcome that?'),
    ],
    // p.12
    [
      q(HOLDEN, 'To be honest, I do not have a lot of confidence in those forums. It is being led by the people in power. We have been working with MOPAC on our co-production model for community which is obviously more difficult, and it is led by the participants, so it will have a different agenda set by disabled Londoners themselves rather than by the organisations. I would strongly recommend that they work on a co-produced model instead of setting up more forums.'),
      s(GARBETT, 'Thank you. Nahar, you mentioned funding earlier. How is the current model working for specialist services?'),
      q(CHOUDHURY, 'The way services are funded at the moment is very competitive.'),
      more(s(CHOUDHURY, 'We find ourselves bidding against partners we work alongside every day, for short pots of money, and the model as a whole is not sustainable.')),
      more(q(CHOUDHURY, 'As a delivery organisation, we would much prefer a grants process, a longer-term process, where we can plan properly.')),
    ],
    // p.13
    [
      s(HALL, 'John, the draft Plan itself sets out the funding pressures on the Met. Do you think it deals with them honestly?'),
      q(HAYWARD_CRIPPS, 'So my point would be in the report it says really clearly £878 million less in real terms since 2012. OK, so some things are not going to be a priority, and I think there needs to be a bit more of an honest explanation of that. Some things are not going to be a priority; they cannot all be.'),
      s(HALL, 'Thank you. I would like to ask about Clear, Hold, Build, which the Met is piloting in several areas. What is your view of it?'),
      q(HAYWARD_CRIPPS, "It is promising, but the issue is that the 'build' bit at the end is often, by its very element, this thing that happens at the end. It needs to happen right at the beginning. You cannot build a resilient community that will fill that space if organised crime has left unless you have been working on that for some time. It cannot be the last three months of a Clear, Hold, Build programme. It needs to be integral to that work right from the beginning."),
      more(q(HAYWARD_CRIPPS, "With the greatest respect to the police, that ['build' phase] is not their skillset. What they can do is stand alongside the community, and they can really advocate and support that and what that community might build itself. They might like 80 per cent of [it] and not 20 per cent but that means the community doing it is likely to have longevity. The police need to be positive advocates for that rather than needing to control that build phase.")),
    ],
    // p.14
    [
      s(GARBETT, 'Stephen, does Clear, Hold, Build raise any concerns for the communities you work with?'),
      s(WALCOTT, 'It can, if the clear phase is experienced as a surge of enforcement without any explanation or any say for local people. The communities where these programmes run are often the same communities that already have the lowest trust in the police. If the programme is done with them, it could help. If it is done to them, it could make things worse.'),
      s(GARBETT, 'So community involvement from the start?'),
      s(WALCOTT, 'From the start, and with real influence over the build phase, as John says.'),
      s(HALL, 'Louise, Nahar, anything to add?'),
      s(HOLDEN, 'Just that any community engagement needs to be accessible from the outset, so that disabled residents are not left out of it.'),
    ],
    // p.15
    [
      s(HALL, 'I would like to move on to victims. The draft Plan talks about putting victims at the heart of the criminal justice system. Nahar, what would that mean in practice?'),
      s(CHOUDHURY, 'It would mean survivors being kept informed without having to chase, being offered support from the start whether or not they want to go to court, and not being retraumatised by the process. It would also mean recognising that the specialist sector often holds the relationship with the survivor for much longer than any police officer does.'),
      s(HALL, 'John?'),
      s(HAYWARD_CRIPPS, 'For victims of neighbourhood crime, the most common complaint we hear is simply not knowing what happened after they reported. A short update can make an enormous difference to how people feel about the police.'),
      s(HALL, 'Louise?'),
    ],
    // p.16
    [
      q(HOLDEN, 'There has to be a real shift in culture to victim-focus and there has to be a real shift to treating community agencies as just as equal as other agencies.'),
      more(s(HOLDEN, 'Disabled people’s organisations and specialist services are often the ones that victims trust, and they should be treated as partners, not as an afterthought.')),
      s(HALL, 'Thank you. Stephen, a final word?'),
      s(WALCOTT, 'That the Plan should be judged by whether the communities with the least trust in the police feel a difference by the end of it.'),
      s(HALL, 'Thank you all very much for your time and your evidence this morning. It has been extremely helpful and will inform our response to the draft Plan.'),
    ],
  ],
};
