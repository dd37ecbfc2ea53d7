/**
 * Police and Crime Committee, 11 September 2024 (rendered as plain text). The report cites this
 * transcript once (footnote 74, p.18: "We heard from the Met that there is a plan in place to
 * reduce the removal of frontline officers from local areas") and names no speaker; the sample
 * gives the Met's answers to Assistant Commissioner Matt Twist. Everything here is invented and
 * printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { PCC_2024_09_11_KEY } from '../quoted-passages';
import { GARBETT, HALL, TWIST } from '../speakers';
import { more, s } from './blocks';

export const PCC_2024_09_11: TranscriptContent = {
  key: PCC_2024_09_11_KEY,
  runningHeader: 'Police and Crime Committee – 11 September 2024',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 11 September 2024',
    'Transcript of Agenda Item 5 – Question and Answer Session: Policing London over the Summer',
  ],
  pages: [
    // p.1
    [
      s(HALL, 'Good morning and welcome to this meeting of the Police and Crime Committee. Our main item today is the policing of London over the summer, and I welcome Assistant Commissioner Matt Twist from the Metropolitan Police Service. Assistant Commissioner, the summer included serious disorder in a number of towns and cities following the attack in Southport. How was London affected, and how did the Met respond?'),
      s(TWIST, 'Thank you, Chair. London saw some disorder, though on a smaller scale than some other places, and we were able to respond quickly. We put a large number of officers on duty at short notice, protected places that we assessed were at risk, and worked hard to identify and arrest those responsible.'),
    ],
    // p.2
    [
      s(GARBETT, 'Assistant Commissioner, how quickly were people brought before the courts?'),
      s(TWIST, 'Very quickly, in many cases within days. We worked closely with the Crown Prosecution Service and the courts to make sure that cases were charged and heard swiftly, and I think that sent a clear message that disorder would have consequences. Our investigation teams reviewed a great deal of footage to identify those involved, and that work is continuing.'),
      s(GARBETT, 'Were there any concerns about how people were treated in custody during that period?'),
      s(TWIST, 'Custody was under pressure, and we put additional staff in place to make sure it remained safe.'),
      s(HALL, 'Thank you. What about reassurance for communities?'),
    ],
    // p.3
    [
      s(TWIST, 'That was a very important part of our response. Many communities, particularly Muslim communities and people seeking asylum, were understandably frightened. Neighbourhood officers spent a great deal of time visiting mosques, community centres and other places that felt at risk, and we increased patrols in those areas. The feedback we received was that this visible presence mattered a great deal.'),
      s(HALL, 'Did you have enough officers to do that while also responding to the disorder?'),
      s(TWIST, 'It was stretched, and we cancelled leave and rest days to make it work. I am very grateful to our officers for what they did.'),
      s(GARBETT, 'What role did social media play in the disorder?'),
    ],
    // p.4
    [
      s(TWIST, 'A very significant one. False information about the attack spread very rapidly online, and some people used social media to organise and encourage disorder. We worked with partners to identify those responsible for inciting violence, and a number of people have been charged with offences relating to what they posted online.'),
      s(GARBETT, 'Do the police have the powers they need in that area?'),
      s(TWIST, 'There are powers, but the speed and scale of online activity is a real challenge, and much of it sits with the platforms and national government.'),
      s(HALL, 'Thank you. I would like to turn to Notting Hill Carnival.'),
    ],
    // p.5
    [
      s(HALL, 'Assistant Commissioner, Carnival took place shortly after the disorder. How did that affect your planning?'),
      s(TWIST, 'Carnival is always one of the largest operations of the year for us, and this year we had to plan it in the context of a very tiring summer for our officers. We worked closely with the organisers, the local authority and other partners, as we do every year, and we deployed a large number of officers across both days. The vast majority of people had a safe and enjoyable time.'),
      s(HALL, 'But there was serious violence.'),
      s(TWIST, 'There was, and that is a matter of great concern.'),
    ],
    // p.6
    [
      more(s(TWIST, 'There were serious assaults over the weekend, and our thoughts are with those affected and their families. Those investigations are ongoing, so I cannot say much about them. More broadly, we will be reviewing the operation with our partners, as we always do, to see what can be learned about keeping people safe at an event of that size.')),
      s(HALL, 'Should Carnival be reviewed more fundamentally?'),
      s(TWIST, 'That is a matter for the organisers and partners, and we will contribute to any discussion. Our role is to keep people safe.'),
      s(GARBETT, 'Assistant Commissioner, I would like to ask about the tactics used at Carnival.'),
    ],
    // p.7
    [
      s(GARBETT, 'How many people were stopped and searched over the weekend, and how do you make sure that is done fairly?'),
      s(TWIST, 'I will write to the Committee with the figures. Stop and search at Carnival is intelligence-led and targeted at preventing weapons being brought into the event, and our officers are briefed on the standards we expect. Body-worn video is used, and we review complaints carefully. I recognise that this is a sensitive issue, particularly at an event that is so important to London’s Caribbean communities.'),
      s(GARBETT, 'Do community representatives observe those operations?'),
      s(TWIST, 'They do, and their feedback is valuable to us.'),
      s(HALL, 'Thank you. Let us return to protest.'),
    ],
    // p.8
    [
      s(HALL, 'Assistant Commissioner, how has protest demand changed since you were last before the Committee in July?'),
      s(TWIST, 'It remains very high. Protests relating to the conflict in the Middle East continue on a regular basis, and over the summer we also had counter-protests and events linked to the disorder. Each of those requires planning, intelligence work and officers on the day, and some of them require very large deployments.'),
      s(HALL, 'Is the demand sustainable?'),
      s(TWIST, 'It is very demanding on the organisation, and particularly on the officers who are deployed repeatedly. We are managing it, but it comes at a cost elsewhere.'),
    ],
    // p.9
    [
      s(HALL, 'What has this summer meant for officer welfare?'),
      s(TWIST, 'It has been a very demanding period. Many officers have had rest days cancelled, some more than once, and some have been deployed into situations where they were assaulted or faced real hostility. We have put additional welfare support in place, and supervisors have been asked to keep a close eye on their teams. I do not want to underestimate the toll it has taken.'),
      s(HALL, 'How many officers were injured during the disorder?'),
      s(TWIST, 'A number were, some seriously, and I will provide the Committee with the figures.'),
      s(GARBETT, 'What support is available to them?'),
    ],
    // p.10
    [
      s(TWIST, 'Occupational health support, trauma support and time to recover, as well as the support of their colleagues and the Police Federation. We have also tried to make sure that rest days that were cancelled are given back as quickly as possible, although that is difficult when demand remains so high.'),
      s(GARBETT, 'Are you worried about the effect on retention?'),
      s(TWIST, 'It is something we watch closely. Officers joined to serve their communities, and long periods of public order duty away from their usual work can be frustrating for them.'),
      s(HALL, 'Thank you. Zoë, you had a question about counter-protests.'),
    ],
    // p.11
    [
      s(GARBETT, 'Assistant Commissioner, how does the Met approach events where opposing groups are present, particularly where one of them is associated with the far right?'),
      s(TWIST, 'Our aim is to keep the groups apart, to allow lawful protest to take place, and to deal robustly with anyone who commits offences or tries to intimidate communities. Those events require a great deal of intelligence work beforehand, and we work closely with community groups to understand their concerns and to reassure them.'),
      s(GARBETT, 'Some communities feel that they are not always protected at those events.'),
      s(TWIST, 'I understand that, and I want to hear from anyone who feels that way. Protecting communities from intimidation is a core part of our role.'),
    ],
    // p.12
    [
      s(HALL, 'Assistant Commissioner, what has the summer cost the Met?'),
      s(TWIST, 'The costs are significant, including overtime, mutual aid and the cost of cancelled rest days, and we are still calculating the full figure. I will share it with the Committee when it is complete. We have been discussing with the Home Office whether there will be additional support for the costs of the disorder in particular.'),
      s(HALL, 'And the costs of protest policing more generally?'),
      s(TWIST, 'Those continue to be met largely from within our own budget, which means they have an impact on other things we would like to do.'),
      s(HALL, 'Which brings me to neighbourhood policing.'),
    ],
    // p.13
    [
      s(HALL, 'How many neighbourhood officers have been taken away from their areas over the summer?'),
      s(TWIST, 'A significant number, particularly during the disorder and over the Carnival weekend. When we need large numbers of officers at short notice, neighbourhood teams are one of the places we draw them from, because they are trained for public order and they are available. I will write to the Committee with the detail.'),
      s(HALL, 'Communities notice when their local officers disappear.'),
      s(TWIST, 'They do, and we hear that very clearly. That is why we are looking at how we manage it.'),
      s(GARBETT, 'Assistant Commissioner, how are neighbourhood teams made up at the moment?'),
    ],
    // p.14
    [
      s(TWIST, 'Each ward has dedicated officers and police community support officers, supported by wider neighbourhood teams in each borough, and we have been adding town centre teams in many areas. The dedicated ward officers are the ones we try hardest to protect from being taken away, because they are the people communities know and rely on.'),
      s(GARBETT, 'Are those dedicated officers ever abstracted?'),
      s(TWIST, 'Occasionally, in exceptional circumstances, and it requires senior authority. The wider neighbourhood teams are more likely to be called on.'),
      s(HALL, 'Thank you. Zoë, did you want to ask about the effect on communities?'),
    ],
    // p.15
    [
      s(GARBETT, 'Yes. Assistant Commissioner, what effect do you think these abstractions have on local trust and confidence?'),
      s(TWIST, 'I think they have a real effect. Trust is built through familiar faces and through officers following up on the problems people raise. When officers are repeatedly taken away, that continuity is lost, meetings are cancelled and local problems wait longer to be dealt with. People may not know why their officer has not been around, but they notice that they have not been.'),
      s(GARBETT, 'Do you explain to communities why officers have been taken away?'),
      s(TWIST, 'We try to, through local channels, but I accept that we could do it better.'),
    ],
    // p.16
    [
      s(HALL, 'Assistant Commissioner, how much did London rely on other forces over the summer?'),
      s(TWIST, 'We received mutual aid at the height of the disorder, and we have also sent officers to support other forces when they needed it. The national mutual aid arrangements worked well, although the fact that disorder was taking place in many places at the same time put pressure on everyone. For regular protest policing, London generally has to meet the demand itself.'),
      s(HALL, 'Is there enough public order capacity nationally?'),
      s(TWIST, 'The summer tested it, and there is a national review of what was learned, which we are contributing to.'),
    ],
    // p.17
    [
      s(GARBETT, 'Assistant Commissioner, how many officers does the Met have trained in public order?'),
      s(TWIST, 'A large proportion of our officers have some level of public order training, and we have specialist units trained to the highest level. The summer showed the value of that investment. We are reviewing whether we have the right numbers at each level, given the demand we expect to continue, and that is linked to how we protect neighbourhood teams.'),
      s(GARBETT, 'In what way?'),
      s(TWIST, 'If we have enough trained officers in other parts of the organisation, we can call on neighbourhood officers less often.'),
      s(HALL, 'Which is my final question.'),
    ],
    // p.18
    [
      s(HALL, 'What is the Met doing to reduce the number of neighbourhood officers taken away from their areas?'),
      s(TWIST, 'We do have a plan to reduce the number of times we take officers away from their local areas. It means planning further ahead for the events we know are coming, drawing more on officers from other parts of the organisation, tightening the authority needed to abstract neighbourhood officers, and monitoring it closely so that we can see where particular teams are being called on too often.'),
      more(s(TWIST, 'I will not pretend that we can end it altogether, given the demands on London, but I want our neighbourhood officers to spend as much time as possible in their neighbourhoods.')),
      s(HALL, 'Thank you, Assistant Commissioner. The Committee will want to follow that up. That concludes this item.'),
    ],
  ],
};
