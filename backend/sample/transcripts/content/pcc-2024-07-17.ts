/**
 * Police and Crime Committee, 17 July 2024 (rendered as plain text). The report cites this
 * transcript once (footnote 73, p.4) for a point in its own words and names no speaker; the sample
 * gives the turn to Assistant Commissioner Matt Twist, the Met's lead for public order in the
 * report. Everything here is invented and printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { PCC_2024_07_17_KEY } from '../quoted-passages';
import { GARBETT, HALL, TWIST } from '../speakers';
import { s } from './blocks';

export const PCC_2024_07_17: TranscriptContent = {
  key: PCC_2024_07_17_KEY,
  runningHeader: 'Police and Crime Committee – 17 July 2024',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 17 July 2024',
    'Transcript of Agenda Item 6 – Question and Answer Session: Policing Protest in London',
  ],
  pages: [
    // p.1
    [
      s(HALL, 'Good morning and welcome to this meeting of the Police and Crime Committee. This morning we are looking at the policing of protest in London, and I welcome Assistant Commissioner Matt Twist from the Metropolitan Police Service. Assistant Commissioner, the Met has policed a very large number of protests over the past nine months. Could you start by giving us a sense of the scale of that demand?'),
      s(TWIST, 'Thank you, Chair. It has been sustained and very large. Since last October we have policed protests in central London almost every weekend, many of them involving tens of thousands of people, alongside a great many smaller events across the boroughs. The great majority have passed off peacefully, but each of them requires careful planning, and the larger ones require thousands of officers on the day.'),
    ],
    // p.2
    [
      s(GARBETT, 'Assistant Commissioner, how do you balance the right to protest with the concerns of other Londoners?'),
      s(TWIST, 'The right to protest is fundamental and our starting point is always to facilitate it. Where we impose conditions, we do so because the law allows it and because we judge it necessary to prevent serious disruption or disorder, or to protect communities who feel threatened. Those are difficult judgements and we know that people on all sides will sometimes disagree with them.'),
      s(GARBETT, 'Are those decisions reviewed afterwards?'),
      s(TWIST, 'They are, both internally and, where there is a challenge, by the courts. We learn from each operation.'),
      s(HALL, 'Thank you. I would like to ask about the cost.'),
    ],
    // p.3
    [
      s(HALL, 'What has the policing of these protests cost the Met?'),
      s(TWIST, 'It has cost a significant amount, both in money and in officer time, and I will write to the Committee with the latest figures. A large part of the cost is overtime and cancelled rest days, which also has an effect on the wellbeing of our officers. We have on occasion asked other forces for mutual aid, but for the most part London has had to meet this demand from its own resources.'),
      s(HALL, 'Has the Home Office helped with those costs?'),
      s(TWIST, 'There has been some support, but it does not cover the full cost. That is a matter for discussion between MOPAC and the Home Office.'),
    ],
    // p.4
    [
      s(HALL, 'Where do the officers policing these events come from?'),
      s(TWIST, 'From right across the organisation. We have specialist public order units, but for events of this size and frequency we continue to rely on abstracting neighbourhood officers from their local areas to police one-off events, and for largescale and sustained protest that remains a significant part of how we resource the operation. I know that is felt in communities, and by the officers themselves, who want to be working in their neighbourhoods.'),
      s(GARBETT, 'Do you record how often neighbourhood officers are taken away?'),
      s(TWIST, 'We do, and we monitor it closely, although I would like us to be able to report it more clearly.'),
      s(HALL, 'Thank you, Assistant Commissioner. That concludes this item.'),
    ],
  ],
};
