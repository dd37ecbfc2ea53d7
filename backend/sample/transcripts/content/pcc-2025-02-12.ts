/**
 * Police and Crime Committee, 12 February 2025: Q&A with the Commissioner of Police of the
 * Metropolis and the Deputy Mayor for Policing and Crime (rendered as Word). Only the report's
 * quoted passages are genuine; every block made with s() is invented and printed with the
 * "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { QA_2025_02_12_KEY } from '../quoted-passages';
import { COMER_SCHWARTZ, GARBETT, HALL, ROWLEY } from '../speakers';
import { more, q, s } from './blocks';

export const QA_2025_02_12: TranscriptContent = {
  key: QA_2025_02_12_KEY,
  runningHeader: 'Police and Crime Committee – 12 February 2025',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 12 February 2025',
    'Transcript of Agenda Item 5 – Question and Answer Session with the Commissioner of Police of the Metropolis and the Deputy Mayor for Policing and Crime',
  ],
  pages: [
    // p.1
    [
      s(HALL, 'Welcome to this question and answer session with the Commissioner of Police of the Metropolis, Sir Mark Rowley, and the Deputy Mayor for Policing and Crime, Kaya Comer-Schwartz. Commissioner, I want to start with yesterday’s High Court ruling on the Met’s approach to officers who have lost their vetting. Can you tell the Committee what the ruling means for the Met?'),
      s(ROWLEY, 'Thank you, Chair. It is a very disappointing judgment. We have been working to remove from the organisation people who should not be police officers, and a central part of that has been reviewing the vetting of officers where there are serious concerns about them. The court has found that the regulations as they stand do not allow us to dismiss officers simply because they no longer hold vetting.'),
    ],
    // p.2
    [
      more(s(ROWLEY, 'That leaves us in a very difficult position. We have officers who cannot be deployed to the public because they do not hold vetting, but whom we cannot remove. That is not fair on the public, and it is not fair on the great majority of officers who meet the standards expected of them.')),
      s(GARBETT, 'Commissioner, how many officers are affected?'),
      s(ROWLEY, 'It is a significant number, and I will write to the Committee with the detail, but the principle is what matters here. Policing has to be able to remove people who cannot be trusted.'),
      s(HALL, 'What happens next?'),
    ],
    // p.3
    [
      s(ROWLEY, 'We will be appealing the judgment. We think there are strong grounds to do so.'),
      more(q(ROWLEY, 'But regardless of that we urgently need to change the regulations.')),
      more(s(ROWLEY, 'An appeal will take time and its outcome is uncertain. A change to the regulations would give every force in the country the clarity it needs. We have been discussing this with the Home Office and I hope they will act quickly.')),
      s(HALL, 'Deputy Mayor, does the Mayor support the Commissioner on this?'),
      s(COMER_SCHWARTZ, 'Yes, absolutely. The Mayor has been clear that Londoners need to have confidence that the people policing them are fit to do so.'),
    ],
    // p.4
    [
      more(s(COMER_SCHWARTZ, 'We will be making the case to Government alongside the Commissioner for the regulations to be changed as a matter of urgency. This is fundamental to rebuilding trust and confidence, which is at the heart of the Police and Crime Plan.')),
      s(GARBETT, 'Commissioner, how will you make sure that the vetting process itself is fair, particularly for officers from minority backgrounds?'),
      s(ROWLEY, 'That is an important point. Vetting decisions have to be fair and consistent, and we monitor them for disproportionality. Removing people who should not be in policing and treating our own people fairly are not in tension; both are part of high standards.'),
      s(HALL, 'Thank you. I would like to move on to the budget.'),
    ],
    // p.5
    [
      s(HALL, 'Commissioner, the Met has set out a number of tough choices as a result of its budget position. Where does neighbourhood policing sit among those choices?'),
      s(ROWLEY, 'Whatever else we have to do, neighbourhood policing will be protected. We have spent the last two years rebuilding our neighbourhood teams and I am not going to unpick that work. It is where we prevent crime, where we gather intelligence and where we build the relationships with communities that everything else depends on.'),
      s(HALL, 'So the reductions will fall elsewhere?'),
      s(ROWLEY, 'They will, and some of them will be painful. We are looking at specialist units, at our back office and at some of the services we provide that other organisations could reasonably provide instead.'),
    ],
    // p.6
    [
      s(GARBETT, 'Commissioner, how large is the gap you are trying to close?'),
      s(ROWLEY, 'It is very substantial, even after the additional funding from the Home Office and from City Hall, for which we are grateful. We have been open about the scale of it because I think Londoners deserve to understand the consequences. A smaller Met will be able to do less.'),
      s(GARBETT, 'Deputy Mayor, is there any more City Hall can do?'),
      s(COMER_SCHWARTZ, 'The Mayor’s final budget proposals are being published shortly and I would not want to pre-empt them, but he is doing everything he can to support the Met. Ultimately, though, police funding is the responsibility of national government.'),
      s(HALL, 'Commissioner, coming back to neighbourhood teams.'),
    ],
    // p.7
    [
      s(HALL, 'If specialist units such as the Royal Parks policing are reduced, neighbourhood teams will have more to do. How will they cope?'),
      q(ROWLEY, 'It means we are going to have to be more choosy about the work that they do. There will be some work that is currently ongoing that will not be done.'),
      more(s(ROWLEY, 'Neighbourhood officers will focus on the problems that matter most to their communities and on the people causing the most harm. Some of the things they do now that are not really policing, or that other agencies should be doing, will have to stop.')),
      s(HALL, 'Can you give an example?'),
      s(ROWLEY, 'Much of the time officers spend waiting with people in mental health crisis is a good example of work that health services should lead.'),
    ],
    // p.8
    [
      s(GARBETT, 'Commissioner, how has the change in the Met’s approach to mental health calls worked in practice?'),
      s(ROWLEY, 'It has released a significant amount of officer time, and it means that people in crisis are more often seen by the professionals best placed to help them. We still attend where there is a risk to life or a crime, and we have worked closely with health partners to make sure that the change was made safely. It is a good example of policing focusing on what only the police can do.'),
      s(GARBETT, 'Are health services able to meet the demand?'),
      s(ROWLEY, 'They are under pressure too, and we keep that under close review with them.'),
      s(HALL, 'Deputy Mayor, does MOPAC monitor that?'),
    ],
    // p.9
    [
      s(COMER_SCHWARTZ, 'We do, and we meet health partners regularly. The Mayor has also been pressing the Government on the neighbourhood policing funding it has announced, because it is important that London receives a fair share of it and that it can be used flexibly to support the teams we already have.'),
      s(HALL, 'Will that funding allow the Mayor to deliver his manifesto commitment on neighbourhood officers?'),
      s(COMER_SCHWARTZ, 'It will help. We are still waiting for the full detail, and once we have it we will be able to say more.'),
      s(GARBETT, 'Commissioner, how is recruitment going?'),
      s(ROWLEY, 'Recruitment has been challenging, as it has for forces across the country, but we have seen improvements recently.'),
    ],
    // p.10
    [
      more(s(ROWLEY, 'The bigger challenge now is that, with the budget as it is, we will be recruiting fewer officers than we would like over the next year. Retention is also important: we want to keep experienced officers, particularly detectives, and we have been working on the support and development we offer them.')),
      s(GARBETT, 'What is driving officers to leave?'),
      s(ROWLEY, 'A mixture of workload, pay, and in some cases the pressure of the job. We are doing what we can within our control.'),
      s(HALL, 'Thank you. I would like to ask about the progress of reform more generally.'),
    ],
    // p.11
    [
      s(HALL, 'Commissioner, you are now some way into the New Met for London plan. What has changed?'),
      s(ROWLEY, 'A great deal. We have removed a significant number of people who should not be in the organisation, we have rebuilt neighbourhood teams, we have changed how we deal with complaints and misconduct, and we have put more effort into the crimes that cause the most harm, such as violence against women and girls and robbery. There is much more to do, and the budget pressures will slow some of it down, but the direction is right.'),
      s(HALL, 'How will the public know that the reforms are working?'),
      s(ROWLEY, 'Ultimately through their own experience of the police, and through the confidence and trust measures.'),
    ],
    // p.12
    [
      s(HALL, 'Trust and confidence remain low, Commissioner. Why have the reforms not yet shifted them?'),
      s(ROWLEY, 'Trust is lost quickly and rebuilt slowly. There have been some very damaging cases over the last few years and people remember them. What we have seen is that the decline has stopped, and in some measures there are signs of improvement. But I am under no illusion about how far we have to go, particularly with some communities.'),
      s(GARBETT, 'Which communities are you most concerned about?'),
      s(ROWLEY, 'Black Londoners and LGBTQ+ Londoners in particular, where the gap is largest.'),
      s(HALL, 'What role does neighbourhood policing play in that?'),
    ],
    // p.13
    [
      q(ROWLEY, 'Neighbourhood policing is the foundation of policing, it is the foundation of trust.'),
      more(s(ROWLEY, 'People need to know who their local officers are, to see them regularly, and to feel that they are dealing with the problems that matter to them. That is why we have protected those teams and why I am determined to keep doing so.')),
      s(HALL, 'Deputy Mayor, is that reflected in the draft Police and Crime Plan?'),
      s(COMER_SCHWARTZ, 'It is. The draft Plan describes neighbourhood policing as the bedrock of community confidence and safety, and that is exactly how the Mayor sees it.'),
      s(GARBETT, 'Commissioner, how much of their time do neighbourhood officers actually spend in their neighbourhoods?'),
    ],
    // p.14
    [
      s(ROWLEY, 'More than they did, but not as much as I would like. Officers are still taken away for large events and protests, and we have tightened the controls on that. We have also created dedicated town centre teams in many boroughs, which has made a visible difference in the places where people shop, travel and go out.'),
      s(GARBETT, 'Will those teams survive the budget?'),
      s(ROWLEY, 'They are part of what we are protecting.'),
      s(HALL, 'Deputy Mayor, how will MOPAC know whether neighbourhood policing is working?'),
      s(COMER_SCHWARTZ, 'Through the performance framework for the new Plan, which will include measures of local confidence and visibility, as well as what communities tell us directly.'),
    ],
    // p.15
    [
      s(HALL, 'Commissioner, I would like to turn to public order. Protest has placed heavy demands on the Met over the last two years. What has that meant for the organisation?'),
      s(ROWLEY, 'It has been a very significant commitment, week after week, and it has cost a great deal in terms of money and officer time. Every officer deployed to a protest is an officer who is not doing something else, and many of those officers come from neighbourhood teams. We have tried to balance that as carefully as we can.'),
      s(HALL, 'And the policing of those protests has been criticised from many directions.'),
      s(ROWLEY, 'It has.'),
    ],
    // p.16
    [
      more(q(ROWLEY, 'Our policing of protests over the last two years has been highly scrutinised and massively contentious.')),
      more(s(ROWLEY, 'Some people think we have been too heavy-handed; others think we have not been robust enough. We have to operate within the law as it stands, which protects the right to protest and also gives us powers to deal with serious disruption and with offences such as incitement or support for proscribed organisations. Our officers have done a very difficult job with great professionalism.')),
      s(GARBETT, 'Commissioner, how do you make sure that the right to peaceful protest is protected?'),
      s(ROWLEY, 'It is the starting point for every operation we plan.'),
    ],
    // p.17
    [
      more(s(ROWLEY, 'The great majority of protests take place without any significant problems. Where we impose conditions, we do so because the law allows it and because we judge that it is necessary. Those decisions are reviewed, and in some cases challenged in the courts, which is as it should be.')),
      s(GARBETT, 'Is the law in this area clear enough?'),
      s(ROWLEY, 'In some respects it is not, and we have said so. Clearer legislation would help officers and the public alike.'),
      s(HALL, 'Deputy Mayor, should the final Police and Crime Plan say something about public order?'),
    ],
    // p.18
    [
      s(COMER_SCHWARTZ, 'Public order is an operational matter for the Commissioner, and the Plan is a strategic document focused on the Mayor’s priorities. But I recognise the Committee’s concern about the demand it places on the Met and on neighbourhood officers in particular, and I will reflect on that before the Plan is finalised.'),
      s(HALL, 'What about the impact on communities who feel targeted by protests or by the policing of them?'),
      s(COMER_SCHWARTZ, 'That matters a great deal. We have been working with faith and community groups who have been affected, and we will continue to do so.'),
      s(HALL, 'Thank you. Let us move on to violent crime.'),
    ],
    // p.19
    [
      s(HALL, 'Commissioner, knife crime rose last year. What is the Met doing about it?'),
      s(ROWLEY, 'Knife crime is one of our highest priorities. We are targeting the people and the places most associated with it, using intelligence to focus our patrols, and working with partners on prevention, because enforcement alone will not solve it. Homicide in London has fallen over recent years, which is welcome, but every incident of knife violence is a tragedy for the people involved and their families.'),
      s(GARBETT, 'How much of that work is prevention rather than enforcement?'),
      s(ROWLEY, 'A growing part of it, particularly with schools and the Violence Reduction Unit.'),
      s(HALL, 'Deputy Mayor?'),
    ],
    // p.20
    [
      s(COMER_SCHWARTZ, 'The Mayor’s public health approach to violence is central to the draft Plan. The Violence Reduction Unit funds work in schools, in hospitals and in communities to reach young people at the moments when they are most at risk, and we are committed to continuing that work.'),
      s(HALL, 'Commissioner, what about robbery and phone theft?'),
      s(ROWLEY, 'Robbery, particularly of mobile phones, has been a real concern. We have had some success targeting the organised groups behind it and the people who handle stolen phones, and we are pressing the manufacturers to do more to make stolen phones worthless.'),
      s(HALL, 'Is that having an effect?'),
      s(ROWLEY, 'We are starting to see one in some areas.'),
    ],
    // p.21
    [
      s(GARBETT, 'Commissioner, shop theft has risen sharply. What is the Met’s approach?'),
      s(ROWLEY, 'We have been working much more closely with retailers, sharing information about prolific offenders and focusing on the organised groups responsible for a large share of the offending. Retail workers have also been subjected to violence and abuse, and we take that very seriously. We want to make sure that when a retailer reports a crime, they have confidence that it will be followed up.'),
      s(GARBETT, 'Do retailers have that confidence now?'),
      s(ROWLEY, 'Not all of them, and we are working to change that.'),
      s(HALL, 'Thank you. Let us turn to violence against women and girls.'),
    ],
    // p.22
    [
      s(HALL, 'Commissioner, the Met has described violence against women and girls as one of its top priorities. What has changed?'),
      s(ROWLEY, 'We have changed how we target the most dangerous perpetrators, using the techniques we have traditionally used against organised criminals. We have also transformed how we investigate rape, through Operation Soteria, and we are seeing much better outcomes as a result. And we have been dealing with officers whose own conduct towards women falls short, which is essential if women are to trust us.'),
      s(HALL, 'Deputy Mayor, how will the refreshed VAWG strategy build on that?'),
    ],
    // p.23
    [
      s(COMER_SCHWARTZ, 'It will bring together prevention, policing and support for victims, and it will reflect what we have heard from the specialist sector and from survivors. We want to build on the progress in rape investigations and extend it to other offences, including domestic abuse.'),
      s(GARBETT, 'Commissioner, would the Met support piloting the Soteria approach for domestic abuse?'),
      s(ROWLEY, 'Many of the principles are transferable, particularly the focus on the suspect, and we are already applying some of them. I would be happy to discuss how that could be developed further.'),
      s(HALL, 'Thank you. I would like to ask about technology.'),
    ],
    // p.24
    [
      s(HALL, 'Commissioner, the Met has expanded its use of live facial recognition. What has that achieved?'),
      s(ROWLEY, 'It has helped us to find people who are wanted for serious offences, including violent and sexual offences, and to do so quickly. We deploy it in a targeted way, with safeguards, and the images of people who are not on a watchlist are deleted immediately. We publish information about every deployment.'),
      s(GARBETT, 'Commissioner, there are real concerns about privacy and about accuracy, particularly for people from some ethnic groups. How do you respond?'),
      s(ROWLEY, 'We take those concerns seriously, and the system has been independently tested.'),
    ],
    // p.25
    [
      more(s(ROWLEY, 'We set the system up to avoid the disparities that earlier technologies showed, and we keep its performance under review. I understand why people are cautious about new technology in policing, and that is why we have been open about how we use it.')),
      s(GARBETT, 'Deputy Mayor, does MOPAC oversee the use of facial recognition?'),
      s(COMER_SCHWARTZ, 'We do, and we have asked for regular reporting on its use. There is also a need for a clearer national legal framework, which the Mayor has called for.'),
      s(HALL, 'Commissioner, more generally, is the Met making the most of data and technology?'),
      s(ROWLEY, 'Not yet. Our systems are old and expensive to run, and replacing them is part of the reform programme.'),
    ],
    // p.26
    [
      s(GARBETT, 'Commissioner, I would like to ask about custody. What is the Met doing to make sure that people held in custody are safe?'),
      s(ROWLEY, 'Safety in custody is a fundamental responsibility. We have improved the healthcare available in our custody suites and the training of custody staff, and we learn from every serious incident. Independent custody visitors play an important role in giving the public confidence about what happens in custody.'),
      s(GARBETT, 'Deputy Mayor, MOPAC runs that scheme. Is it working well?'),
      s(COMER_SCHWARTZ, 'It is, and we are grateful to the volunteers who give their time to it.'),
      s(HALL, 'Thank you. I would like to return to victims.'),
    ],
    // p.27
    [
      s(HALL, 'Commissioner, victim satisfaction has fallen over the period of the current Plan. What is the Met doing about it?'),
      s(ROWLEY, 'We know that victims want to be kept informed and to feel that we care about what has happened to them. Where we fall short is often in the basics: returning calls, explaining what will happen next, letting people know the outcome. We are working on all of those, and on making sure that online reports are picked up quickly.'),
      s(HALL, 'Deputy Mayor, how does the draft Plan address victim satisfaction?'),
      s(COMER_SCHWARTZ, 'Improving the experience of victims is one of the three priorities, and we work closely with the Victims’ Commissioner on it.'),
    ],
    // p.28
    [
      s(GARBETT, 'Commissioner, some groups, including disabled victims, report much lower satisfaction. Why is that?'),
      s(ROWLEY, 'Part of it is accessibility: people need to be able to report in a way that works for them, and officers need to be confident about making adjustments. Part of it is about whether victims feel listened to. We have been working with disabled people’s organisations on both, and I accept that there is more to do.'),
      s(GARBETT, 'Will the Met publish satisfaction data broken down by group?'),
      s(ROWLEY, 'Much of it is already published through MOPAC, and I am happy to look at what more we can do.'),
      s(HALL, 'Thank you. I want to turn finally to stop and search.'),
    ],
    // p.29
    [
      s(HALL, 'Commissioner, the use of stop and search has fallen significantly. Why is that?'),
      s(ROWLEY, 'We have been focusing on quality rather than quantity. We want every stop to be lawful, based on good grounds and carried out respectfully, and we have put a lot of effort into supervision and into the use of body-worn video. The proportion of searches that find something has improved as a result.'),
      s(GARBETT, 'Commissioner, the disproportionality in stop and search remains very large. How do you justify that?'),
      s(ROWLEY, 'We use stop and search where the violence is, and that is reflected in who is stopped.'),
    ],
    // p.30
    [
      more(s(ROWLEY, 'But I do not dismiss the impact on trust. That is why we have been working with communities on how stop and search is scrutinised, and why we want community monitoring to be more consistent across London. Young people in particular need to understand their rights and what to expect.')),
      s(GARBETT, 'Deputy Mayor, how will MOPAC scrutinise the use of stop and search under the new Plan?'),
      s(COMER_SCHWARTZ, 'Through the data we publish, through community monitoring groups and through our own oversight of the Met. The draft Plan commits to Londoners being able to see the data and to play a part in scrutinising its use.'),
      s(HALL, 'Commissioner, does stop and search work?'),
    ],
    // p.31
    [
      q(ROWLEY, 'If you look at the evidence over time in the London context, there is a very significant correlation in terms of more stop and search and less violence. It absolutely works.'),
      more(s(ROWLEY, 'It is not the only tool and it has to be used well, but taking weapons off the streets saves lives.')),
      s(GARBETT, 'Commissioner, the academic evidence we heard at our formal meeting suggested its effect on crime is small. I think we will have to disagree on this.'),
      s(ROWLEY, 'I respect that there are different views, and I am happy to share our analysis with the Committee.'),
      s(HALL, 'Thank you, Commissioner and Deputy Mayor, for your time this morning. That concludes this item.'),
    ],
  ],
};
