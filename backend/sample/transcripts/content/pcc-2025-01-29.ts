/**
 * Police and Crime Committee, 29 January 2025: Q&A on the draft Police and Crime Plan with
 * Assistant Commissioner Matt Twist, Claire Waxman OBE and the Deputy Mayor for Policing and Crime
 * (rendered as Word). Only the report's quoted passages are genuine; every block made with s() is
 * invented and printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { QA_2025_01_29_KEY } from '../quoted-passages';
import { COMER_SCHWARTZ, GARBETT, HALL, TWIST, WAXMAN } from '../speakers';
import { more, q, s } from './blocks';

export const QA_2025_01_29: TranscriptContent = {
  key: QA_2025_01_29_KEY,
  runningHeader: 'Police and Crime Committee – 29 January 2025',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 29 January 2025',
    'Transcript of Agenda Item 6 – Question and Answer Session: the Draft Police and Crime Plan 2025-29',
  ],
  pages: [
    // p.1
    [
      s(HALL, "Welcome to this question and answer session on the Mayor's draft Police and Crime Plan. I welcome Assistant Commissioner Matt Twist of the Metropolitan Police Service, Claire Waxman, London's Victims' Commissioner, and Kaya Comer-Schwartz, the Deputy Mayor for Policing and Crime. Assistant Commissioner, I want to start with the budget, because it underlies everything else we will discuss. Where does the Met stand for next year?"),
      s(TWIST, 'Thank you, Chair. We have been very open that the financial position is extremely difficult. We have had confirmation of additional funding from the Home Office, which is welcome, but it does not close the gap.'),
      more(q(TWIST, 'That leaves us with tough choices. The headcount within the MPS is going to reduce by over 1,000 people, even with the additional money that the Home Office has provided.')),
      more(s(TWIST, 'We are working through where those reductions fall, and we will do everything we can to protect the front line.')),
    ],
    // p.2
    [
      s(HALL, 'Is that reduction in officers, in staff, or both?'),
      s(TWIST, 'It will affect both, and we are still working through the detail with MOPAC. Our first principle is to protect the services that matter most to the public: answering emergency calls, investigating serious crime and keeping neighbourhood teams in place. But I do not want to pretend that a reduction of that scale can happen without the public noticing some difference.'),
      s(GARBETT, 'When will Londoners know what those differences are?'),
      s(TWIST, 'We will set that out as soon as the budget is settled. I would rather be straightforward about it than have people discover it for themselves.'),
      s(HALL, 'Deputy Mayor, is City Hall able to do anything more?'),
    ],
    // p.3
    [
      s(COMER_SCHWARTZ, 'The Mayor has already put significant additional funding into the Met from City Hall over recent years, far more than any previous Mayor, and he is looking very carefully at what more can be done in the final budget. But the fundamental issue is the national funding settlement, and we will keep making the case to Government for a fairer deal for London, including recognition of the costs of policing the capital.'),
      s(HALL, 'So the draft Plan was written without knowing what the budget would be?'),
      s(COMER_SCHWARTZ, 'The draft Plan sets the priorities. The budget determines how fast we can move on them, and the final Plan will be published with a clearer picture of both.'),
      s(GARBETT, 'Thank you. I would like to bring in the Victims’ Commissioner.'),
    ],
    // p.4
    [
      s(GARBETT, 'Claire, from your perspective, does the draft Plan reflect what victims in London need?'),
      s(WAXMAN, 'I am pleased that victims are one of the three priorities, and that there is a clear commitment to improving their experience right through the criminal justice system, not only at the point of reporting. Victims tell me very consistently that what matters most to them is being kept informed, being treated with dignity, and having support that does not depend on whether their case reaches court.'),
      s(GARBETT, 'Is the Plan specific enough about how that will happen?'),
      s(WAXMAN, 'In some areas it could go further, and I will be responding to the consultation myself. I would like to see clearer commitments on the support available to victims while they wait for their cases to come to court, because the delays are having a real impact.'),
    ],
    // p.5
    [
      s(GARBETT, 'Victim satisfaction in London has fallen over the period of the current Plan. Why do you think that is?'),
      s(WAXMAN, 'There are a number of factors. The court backlog is a very significant one: victims wait a long time, and the longer they wait the more likely they are to withdraw. Communication is another. Too many victims still feel that they report a crime and then hear nothing. And some groups, including disabled victims and LGBTQ+ victims, consistently report lower satisfaction, which tells us that the service is not working equally well for everyone.'),
      s(GARBETT, 'What would make the biggest difference?'),
      s(WAXMAN, 'A consistent approach to keeping victims updated, and much better joining up between the agencies, so that the victim does not have to tell their story again and again.'),
    ],
    // p.6
    [
      s(HALL, 'Assistant Commissioner, what is the Met doing about victim satisfaction?'),
      s(TWIST, 'It is a priority for us, and we know we need to improve. We have been looking particularly at the experience of people who report online, because satisfaction for that group is lower. Part of the answer is making sure that reports are picked up quickly and that people are told what will happen next. Part of it is making sure that officers keep people updated as the investigation progresses.'),
      s(HALL, 'Is there a risk that the budget reductions make that harder?'),
      s(TWIST, 'There is a risk, yes, and we are very conscious of it. That is why we are trying to protect the parts of the organisation that deal directly with victims.'),
    ],
    // p.7
    [
      s(HALL, 'Deputy Mayor, the consultation on the draft Plan is under way. What are you hearing so far?'),
      s(COMER_SCHWARTZ, 'It is still open, so it would be premature to draw firm conclusions, but we have had a good level of response. The themes coming through are familiar ones: people want to see visible local policing, they want to feel safe on public transport and in town centres, and they want to know that if they report something it will be taken seriously. We have also been running sessions with young people and with community groups, because we want the final Plan to reflect a wide range of voices.'),
      s(HALL, 'Will the Committee see the results?'),
      s(COMER_SCHWARTZ, 'Yes. We will publish a summary of the consultation alongside the final Plan.'),
    ],
    // p.8
    [
      s(GARBETT, 'Deputy Mayor, how does the London Policing Board fit into the oversight of the new Plan?'),
      s(COMER_SCHWARTZ, 'The Board is one of the main ways in which the Mayor holds the Commissioner to account for the reform of the Met, and it will continue to play that role. It brings independent expertise into the room and it meets in public. Alongside that, MOPAC has its own oversight arrangements, and of course this Committee scrutinises MOPAC.'),
      s(GARBETT, 'Community groups have told us they do not feel they can contribute to the Board’s work. What would you say to them?'),
      s(COMER_SCHWARTZ, 'I would want to hear more about that. It is important that people feel there are routes in, and we are looking at how we improve community engagement as part of the Plan.'),
    ],
    // p.9
    [
      s(HALL, 'How will progress against the Plan be measured?'),
      s(COMER_SCHWARTZ, 'The draft Plan commits us to publishing a performance framework alongside the final Plan. It will draw on the New Met for London measures, so that MOPAC and the Met are working from the same picture, and it will combine data with what Londoners tell us about their experience and their confidence in the police.'),
      s(HALL, 'The Committee has found that some of the current dashboards are out of date. Will that be fixed?'),
      s(COMER_SCHWARTZ, 'I am aware of that, and I have asked officers to make sure that the reporting for the new Plan is timely and easy to find.'),
      s(HALL, 'Thank you. Assistant Commissioner, how is the New Met for London plan progressing?'),
    ],
    // p.10
    [
      s(TWIST, 'We are now well into delivery. The priorities are more trust, less crime and high standards, and there has been progress on each of them, although not as fast as we would like in every area. We have strengthened our neighbourhood teams, we have made significant changes to how we deal with misconduct, and we have put a lot of effort into the areas of crime that cause the most harm.'),
      s(HALL, 'Does the budget put that programme at risk?'),
      s(TWIST, 'Some elements will have to be slowed down or reshaped. The core direction remains the same.'),
      s(GARBETT, 'Deputy Mayor, turning to the content of the draft Plan itself, how different is it from the Plan it replaces?'),
    ],
    // p.11
    [
      s(COMER_SCHWARTZ, 'There is a lot of continuity, and I think that is the right thing. The problems we are dealing with are long-term ones, and you do not solve violence or rebuild trust in a single Plan period.'),
      more(q(COMER_SCHWARTZ, "I would say that this [Plan] is almost an evolution of the Mayor's previous PCP.")),
      more(s(COMER_SCHWARTZ, 'It builds on what has worked, it sharpens the focus in some areas, such as exploitation and the experience of victims, and it takes account of what we have learned over the last few years.')),
      s(GARBETT, 'Some people might say that if the previous Plan did not deliver in some areas, more of the same is unlikely to deliver either.'),
      s(COMER_SCHWARTZ, 'I understand that argument, but I do not accept that the Plan is more of the same. The priorities are similar because the evidence points to them.'),
    ],
    // p.12
    [
      more(q(COMER_SCHWARTZ, 'That is deliberate, because we need to be evidence-led, we need to be following what the data says, and the data says we need to continue to focus on these areas that we have outlined.')),
      more(s(COMER_SCHWARTZ, 'Violence, exploitation, violence against women and girls and the experience of victims are where the greatest harm is, and the data on trust and confidence tells us that the work to reform the Met has to continue. Where the evidence shows that something is not working, we will change it, and the final Plan will say so.')),
      s(HALL, 'Assistant Commissioner, from the Met’s point of view, is continuity helpful?'),
      q(TWIST, 'Not having it radically different is not a bad thing. If we are looking at long-term strategy, part of the challenge in setting priorities and investment over years is that,'),
    ],
    // p.13
    [
      more(q(TWIST, 'if plans radically change one way or another, it often unpicks some of the work that has been done before.')),
      more(q(TWIST, "In terms of the PCP, one of the things that we are pleased about is that it aligns in many areas with our New Met for London plan, specifically a significant focus on violent crime, focus on reducing robbery, commitment to tackling VAWG, commitment to tackling exploitation, and commitment to a child-first approach, which follows on from our Children's Strategy launched in September. There is quite a lot of alignment between what the MPS is trying to do to improve through our New Met for London delivery and what is now set out in the PCP. Had the PCP been wildly different, that would have been more difficult for us.")),
      s(HALL, 'Deputy Mayor, how will ordinary Londoners relate to a strategic document like this?'),
      q(COMER_SCHWARTZ, "That is really important to me. There is a need for ordinary Londoners to be able to see their safety within the plan and be able to see that the Mayor's priorities and their priorities align."),
    ],
    // p.14
    [
      s(HALL, 'Assistant Commissioner, what is the biggest challenge in delivering the Plan?'),
      q(TWIST, 'The budget is the thing that is going to exercise a lot of our focus in the coming months. If you ask me what is the biggest challenge at the moment, our budgetary position is going to be significantly challenging. We have been open about that, and there are tough choices to come and we cannot escape those even with the additional money that has been provided by the Home Office and maybe City Hall.'),
      s(GARBETT, 'Deputy Mayor, the draft Plan says the Mayor will support the use of stop and search. Why is that in the Plan?'),
      s(COMER_SCHWARTZ, 'Because it is an important power, and used well it has a positive impact: it takes weapons off the streets and plays a role in reducing criminality in London. But it has to be intelligence-led, and it has to be used fairly and proportionately, because we know the damage that is done to trust when it is not. That is why the Plan also commits to Londoners being able to see the data and scrutinise its use.'),
    ],
    // p.15
    [
      s(HALL, 'Assistant Commissioner, coming back to the reduction in headcount, what will the Met stop doing?'),
      q(TWIST, 'There is nothing that we are going to reduce that we are going to think we did not need that anyway; all of it has value, and the simple fact is that reducing budget and reducing headcount means that you have to do less.'),
      s(HALL, 'So does the Met have the resources to deliver the Plan as it stands?'),
      q(TWIST, 'We have the resources to deliver the priorities within the PCP.'),
      more(s(TWIST, 'Those are our priorities too. What it means is that other areas of our work will feel the pressure, and we will have to be disciplined about where we put our effort.')),
      s(HALL, 'Thank you. I want to turn to neighbourhood policing.'),
    ],
    // p.16
    [
      s(HALL, "Deputy Mayor, the Mayor's manifesto committed to an additional 1,300 neighbourhood officers and PCSOs. That commitment is not in the draft Plan. Why not?"),
      q(COMER_SCHWARTZ, 'Delivering those additional officers is a key priority for us. We are trying to make that work.'),
      more(s(COMER_SCHWARTZ, 'It depends to a large extent on the funding position, and in particular on the Government’s neighbourhood policing funding, which we are still waiting to see the detail of. I do not want to put a number in the Plan that I cannot be confident of delivering.')),
      s(HALL, 'So will they be delivered by 2029?'),
      s(COMER_SCHWARTZ, 'We are doing everything we can to make that happen, and I will keep the Committee updated.'),
    ],
    // p.17
    [
      s(GARBETT, 'Assistant Commissioner, how will the Met keep neighbourhood officers in their neighbourhoods when there are so many other demands?'),
      s(TWIST, 'It is something we are very focused on. Neighbourhood officers are sometimes taken away to deal with other events, and we understand the frustration that causes for communities and for the officers themselves. We have tightened the rules about when that can happen and we monitor it closely. But there will always be occasions, particularly with large events and protests, when we need officers from across London.'),
      s(GARBETT, 'Do you publish how often that happens?'),
      s(TWIST, 'We report it internally and I am happy to look at what more can be shared.'),
      s(HALL, 'Thank you. On that point, I would like to ask about public order.'),
    ],
    // p.18
    [
      s(HALL, 'Assistant Commissioner, how significant is the demand from protest and public order on the Met at the moment?'),
      q(TWIST, 'I will not understate it: it is a significant challenge. Over the last year or so this has been the most operationally challenging period of policing public order I have ever known in my service.'),
      more(s(TWIST, 'The number and scale of protests, and the tensions around them, have required a very large commitment of officers week after week.')),
      more(q(TWIST, 'London is a global city, and we know that what happens around the world resonates loudly on the streets of London.')),
      s(HALL, 'Deputy Mayor, there is no mention of public order policing in the draft Plan. Why is that?'),
    ],
    // p.19
    [
      q(COMER_SCHWARTZ, 'Public order policing is a key area of what the MPS does operationally and therefore this is a strategic plan for the priorities of London across the next five years. We are not going to cover every part of the operations of the police in it.'),
      s(HALL, 'But it takes up a very large amount of the Met’s resources.'),
      s(COMER_SCHWARTZ, 'It does, and we oversee it closely, but it is an operational matter for the Commissioner.'),
      s(GARBETT, 'Thank you. I would like to move on to violence against women and girls. Assistant Commissioner, where is the Met on rape investigations?'),
      q(TWIST, 'We are now 14th nationally out of 43 in England and Wales for rape offences with positive outcomes.'),
      more(s(TWIST, 'That is a very different position from where we were a few years ago, although there is still a long way to go.')),
    ],
    // p.20
    [
      s(GARBETT, 'Claire, how does that progress look from the point of view of victims?'),
      s(WAXMAN, 'It is real progress and I want to recognise it. But for many victims of domestic abuse and other forms of violence against women and girls, the experience is still very variable. Victims tell me about long waits, about not being updated, and about feeling that they are the ones being investigated. We need the same cultural change we have seen in rape investigations to extend across the whole response.'),
      s(GARBETT, 'Deputy Mayor, the refreshed VAWG strategy is due this year. What will it add?'),
      s(COMER_SCHWARTZ, 'It will set out in more detail how we will tackle violence against women and girls across prevention, policing and support for victims, and it will reflect what the sector has told us.'),
    ],
    // p.21
    [
      s(GARBETT, 'We heard from specialist services that the funding model is short-term and competitive, and that it is not sustainable. What is your response?'),
      s(COMER_SCHWARTZ, 'I understand the pressures on the sector, but I would dispute that characterisation.'),
      more(q(COMER_SCHWARTZ, 'MOPAC has commissioned VAWG services significantly and consistently for a long period of time.')),
      more(q(COMER_SCHWARTZ, 'We have also recently been talking to the sector about how we could commission better for the sector, and that will be reflected in the new VAWG strategy.')),
      s(GARBETT, 'Would you consider longer-term grants?'),
      s(COMER_SCHWARTZ, 'We are open to looking at different models, including longer funding periods where that gives better value and stability.'),
    ],
    // p.22
    [
      s(HALL, 'Claire, do you have a view on how services for victims are commissioned?'),
      s(WAXMAN, 'Stability matters enormously for victims. When a service closes or changes provider, victims lose the relationship with the advocate they trusted, and sometimes they disengage from the criminal justice process altogether. I would support longer-term funding arrangements for the specialist sector, alongside proper monitoring of outcomes.'),
      s(HALL, 'Assistant Commissioner, how does the Met work with those services?'),
      s(TWIST, 'Very closely, and they are essential to us. Victims who have the support of an independent advocate are much more likely to stay engaged with an investigation, which means we are much more likely to get a charge.'),
    ],
    // p.23
    [
      s(GARBETT, 'Assistant Commissioner, what has Operation Soteria changed in practice?'),
      q(TWIST, 'It has transformed our approach to rape investigation.'),
      more(s(TWIST, 'The focus is now much more firmly on the suspect, on their behaviour and their patterns of offending, rather than on the credibility of the victim. We have invested in specialist training, we have changed how cases are supervised, and we work much more closely with the Crown Prosecution Service at an early stage. The improvement in outcomes is a direct result of that work.')),
      s(GARBETT, 'Could that approach be applied to other offences?'),
      s(TWIST, 'We think many of the principles are transferable, and we are looking at that.'),
    ],
    // p.24
    [
      s(HALL, 'Assistant Commissioner, what about domestic abuse specifically?'),
      s(TWIST, 'Domestic abuse is one of the largest areas of demand for us and one of the areas of greatest risk. We are focusing on the most harmful perpetrators, using the same kind of proactive approach that we use for other serious offending, and on making sure that officers attending domestic incidents have the right training to recognise coercive control and risk.'),
      s(HALL, 'Claire, is that what victims are experiencing?'),
      s(WAXMAN, 'Some are, and where it works it makes a huge difference. But the experience is not yet consistent enough, and that consistency is what we need to see.'),
    ],
    // p.25
    [
      s(GARBETT, 'Claire, what impact are court delays having on victims in London?'),
      s(WAXMAN, 'A very serious one. Victims are waiting years for trials in some cases, and during that time their lives are on hold. Some withdraw because they simply cannot go on waiting. Others tell me that the wait was harder than the crime itself. The Mayor does not control the courts, but the Plan can make sure that victims are supported throughout that wait, and I will continue to press Government on the wider reforms that are needed.'),
      s(GARBETT, 'Deputy Mayor, does the Plan address that?'),
      s(COMER_SCHWARTZ, 'It does, and we work closely with the Victims’ Commissioner on it.'),
      s(HALL, 'Thank you. I would like to turn to online crime.'),
    ],
    // p.26
    [
      s(HALL, 'Assistant Commissioner, how concerned are you about online offending?'),
      q(TWIST, 'Online offending is really, really concerning. There are a number of facets to it, whether it is driving polarisation in society or driving misinformation or whether it is enabling offences that have always happened whether that is fraud, theft or deception at a truly industrial scale.'),
      more(q(TWIST, 'Frankly, there almost is no criminal footprint now that does not have some sort of online space.')),
      s(HALL, 'Can the Met tackle that on its own?'),
      q(TWIST, 'No. Because of the globalised nature of it, it is a massive challenge for the whole of social [media] and the international community.'),
    ],
    // p.27
    [
      s(HALL, 'We have seen a number of cases in which young people have been radicalised online, sometimes without any clear ideology. How concerned are you about that?'),
      q(TWIST, 'It is deeply concerning. We have seen how incel motivation led to attacks in the south of England. We have seen how violence has become almost radicalising of itself and people are taking action because they are radicalised to be violent without any traditional terrorist ideology or something that we would recognise and that is deeply concerning.'),
      s(HALL, 'Deputy Mayor, what is MOPAC doing about online extremism targeting young people?'),
      s(COMER_SCHWARTZ, 'Positive interventions are very important here. Young people need trusted adults, youth services and education that helps them recognise and resist the material they are being exposed to online. We fund work of that kind through the Violence Reduction Unit and with partners, and I would like to see it grow.'),
    ],
    // p.28
    [
      s(GARBETT, 'Deputy Mayor, does the draft Plan say enough about online harms more generally, including online violence against women and girls?'),
      s(COMER_SCHWARTZ, 'Online harms run through several parts of the Plan rather than having a section of their own, and I recognise the argument that they could be more visible. I will look carefully at what the consultation and this Committee say on that point before the Plan is finalised.'),
      s(GARBETT, 'Claire, what do victims of online abuse tell you?'),
      s(WAXMAN, 'That they often do not know whether what has happened to them is a crime, and that when they report it they are not always taken seriously. Online abuse can be relentless, and the impact on victims is very real.'),
      s(HALL, 'Thank you. Let us move on to trust and confidence.'),
    ],
    // p.29
    [
      s(HALL, 'Deputy Mayor, the approach to increasing trust and confidence in the draft Plan looks very similar to the current Plan. Is that enough, given how low confidence is?'),
      q(COMER_SCHWARTZ, 'I believe it is the right approach, because the work that we are seeing is working and the stats hold up to that. We know as well that trust and confidence in the police is stabilising, which is significant given where we were.'),
      more(s(COMER_SCHWARTZ, 'I am not complacent about it. Confidence is still too low, and it is lower for some communities than for others. But the reforms under way in the Met are the right ones, and they need time to take effect.')),
      s(HALL, 'What would tell you that the approach is not working?'),
      s(COMER_SCHWARTZ, 'If confidence started to fall again, or if the gaps between communities widened, we would need to look again.'),
    ],
    // p.30
    [
      s(GARBETT, 'Assistant Commissioner, confidence among LGBTQ+ Londoners is particularly low. What is the Met doing about that?'),
      s(TWIST, 'We recognise that, and the findings of the Casey Review about homophobia in the organisation were very hard to read. We have been working with LGBTQ+ community groups on how we respond to hate crime, how we support LGBTQ+ victims and how we deal with officers whose behaviour falls short. Rebuilding that trust will take time, and it will depend on people seeing a consistent difference in how they are treated.'),
      s(GARBETT, 'Are LGBTQ+ communities involved in shaping that work?'),
      s(TWIST, 'They are, and we want that involvement to be ongoing rather than one-off.'),
    ],
    // p.31
    [
      s(HALL, 'Assistant Commissioner, how is the Met dealing with officers who should not be in the organisation?'),
      s(TWIST, 'We have made significant changes to how we deal with misconduct and vetting, and more officers have left the organisation as a result. The public rightly expect us to be uncompromising about standards, and so do the great majority of our officers and staff, who are let down by the behaviour of a few.'),
      s(GARBETT, 'How will communities be able to scrutinise the Met’s work on trust?'),
      s(TWIST, 'Community scrutiny is very important to us, and we are reviewing how it works across London.'),
      s(GARBETT, 'Can you say more about that?'),
    ],
    // p.32
    [
      q(TWIST, 'At the moment, community scrutiny is a slightly mixed approach across different parts of London. Some of it is done through Safer Neighbourhood Boards, some of it is done through Police Encounter Panels and some through Community Monitoring Groups. We are looking at ways in which we can bring that together into a more consistent form of scrutiny.'),
      more(s(TWIST, 'We want communities wherever they live to have the same ability to see what we are doing, particularly on stop and search and the use of force, and to challenge us on it.')),
      s(GARBETT, 'Deputy Mayor, will that be reflected in the final Plan?'),
      s(COMER_SCHWARTZ, 'I would expect it to be. Community scrutiny is an important part of how we rebuild trust, and MOPAC funds a number of the existing arrangements.'),
      s(HALL, 'Thank you. Let us turn to Clear, Hold, Build.'),
    ],
    // p.33
    [
      s(HALL, 'Assistant Commissioner, how important is Clear, Hold, Build to the Met’s approach to violence?'),
      q(TWIST, 'I think taking a multi-agency approach to fighting crime in communities through Clear, Hold, Build has been enormously important. It brings partners together around one place in a way that we have not always managed before, and I think Clear, Hold, Build is the biggest thing that we are doing and potentially the most significant difference that we can make.'),
      s(HALL, 'Will the budget allow it to be rolled out more widely?'),
      q(TWIST, 'We are looking at that as part of the business case. Of course, this is going to make it harder when our ambition would be to grow in order to meet the demand, not to reduce, but that is the budgetary position we are faced with.'),
    ],
    // p.34
    [
      s(GARBETT, 'Assistant Commissioner, are there specialist functions the Met is considering reducing or stopping altogether?'),
      s(TWIST, 'We are looking at every part of the organisation. One of the options we have had to consider is whether we continue to provide dedicated policing for the Royal Parks. If that were to stop, local neighbourhood teams would need to step into that space, alongside the parks’ own arrangements. No decision has been taken, and we are talking to partners about it.'),
      s(GARBETT, 'Would that not put further pressure on neighbourhood teams?'),
      s(TWIST, 'It would add to their work, and that is one of the things we have to weigh up.'),
      s(HALL, 'Deputy Mayor, is MOPAC involved in those decisions?'),
    ],
    // p.35
    [
      s(COMER_SCHWARTZ, 'We are. The Commissioner is responsible for operational decisions, but MOPAC oversees the budget and we are discussing the options with the Met in detail. The Mayor’s priority is to protect the services that matter most to Londoners, and neighbourhood policing is at the heart of that.'),
      s(HALL, 'Will the Committee see the options before decisions are made?'),
      s(COMER_SCHWARTZ, 'We will publish the budget information in the usual way, and I am happy to discuss it with the Committee.'),
      s(GARBETT, 'Assistant Commissioner, coming back to online crime, what more would you like to see in the Plan?'),
      s(TWIST, 'I would like the Plan to recognise just how much of our work now has an online dimension.'),
    ],
    // p.36
    [
      more(q(TWIST, 'But we also have to be realistic. It is a national challenge, and really an international one, and it cannot be done through one PCP.')),
      more(s(TWIST, 'What London can do is make sure that our own investigators have the skills and tools they need, and work with national partners and the platforms to make it harder for offenders to operate.')),
      s(GARBETT, 'Deputy Mayor, will the final Plan say more about online crime?'),
      s(COMER_SCHWARTZ, 'I am listening carefully to the views we are hearing on that, including from this Committee.'),
      s(HALL, 'Thank you. I would like to bring the Victims’ Commissioner back in.'),
    ],
    // p.37
    [
      s(HALL, 'Claire, how would you describe the Met’s work with victims over the last year or two?'),
      q(WAXMAN, 'Overall, there is a huge amount of work underway with the MPS and we have really seen some great progress, I would say, over the last 18 months. Obviously, you are all aware I have been in the role since 2017, and I do not think I have seen this level of commitment previously, so I really do welcome that we are now finally focused on how to improve the service to victims.'),
      s(HALL, 'Is that change being felt by victims themselves?'),
      s(WAXMAN, 'In some areas, yes. In others it has not yet reached the front line consistently, and that is where the focus needs to be.'),
    ],
    // p.38
    [
      s(HALL, 'What about Operation Soteria?'),
      q(WAXMAN, 'Operation Soteria has been a huge success story.'),
      more(s(WAXMAN, 'It has led to a much better response to investigating and prosecuting rape in London, and I would like to see its principles extended to other forms of violence against women and girls.')),
      more(q(WAXMAN, 'It is about taking the fundamentals of Operation Soteria and now ensuring it is embedded across the MPS in relation to other VAWG offences so that it is very much suspect focused. We are not looking at victim credibility, we are looking at the suspect and we are making sure that the investigation is properly moving forward.')),
      s(HALL, 'Assistant Commissioner, is that the Met’s intention?'),
      s(TWIST, 'It is, and we are working on it.'),
    ],
    // p.39
    [
      s(GARBETT, 'Claire, you have proposed a Victim Care Hub for London. Can you explain the idea?'),
      s(WAXMAN, 'At the moment, victims are passed between different agencies, each with its own responsibilities under the Victims’ Code, and too often nobody takes overall responsibility for making sure the victim is informed and supported. The idea of a Victim Care Hub is that a single independent service would take on that role, so that the victim has one point of contact from the moment they report through to the end of the process.'),
      s(GARBETT, 'What has stopped it happening already?'),
      s(WAXMAN, 'There are practical and legal obstacles.'),
    ],
    // p.40
    [
      more(q(WAXMAN, "There is a need for investment into something like this and possibly some changes to the Victims' Code or primary legislation, because the duties currently sit with the police, and there will be some difficulties in the police trying to discharge their duties and give that to a different body or entity to deliver that, however sensible it might be in principle.")),
      more(q(WAXMAN, 'I still believe in this Victim Care Hub, but it goes beyond policing, so it is one that I am taking to Government when we are looking at the court reform work.')),
      s(GARBETT, 'Deputy Mayor, would the Mayor support that?'),
      s(COMER_SCHWARTZ, 'We work very closely with the Victims’ Commissioner and we are supportive of anything that improves the experience of victims.'),
      s(HALL, 'Thank you all very much for your time this morning. That concludes this item.'),
    ],
  ],
};
