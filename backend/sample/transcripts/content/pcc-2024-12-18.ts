/**
 * Police and Crime Committee, 18 December 2024: Q&A with the Deputy Mayor for Policing and Crime
 * (rendered as PDF). Only the report's quoted passage (footnote 47) is genuine; every block made
 * with s() is invented and printed with the "[Sample text]" marker.
 */
import type { TranscriptContent } from '../types';
import { QA_2024_12_18_KEY } from '../quoted-passages';
import { COMER_SCHWARTZ, GARBETT, HALL } from '../speakers';
import { more, q, s } from './blocks';

export const QA_2024_12_18: TranscriptContent = {
  key: QA_2024_12_18_KEY,
  runningHeader: 'Police and Crime Committee – 18 December 2024',
  headerLines: [
    'Appendix 1',
    'Police and Crime Committee – 18 December 2024',
    'Transcript of Agenda Item 5 – Question and Answer Session with the Deputy Mayor for Policing and Crime',
  ],
  pages: [
    // p.1
    [
      s(HALL, 'Good morning and welcome to this meeting of the Police and Crime Committee. This is our regular question and answer session with the Deputy Mayor for Policing and Crime, Kaya Comer-Schwartz, whom I welcome. Deputy Mayor, I understand the Mayor has published his draft Police and Crime Plan for consultation this morning, so the timing of this session is rather fortunate. Perhaps you could start by telling us briefly what the draft Plan sets out to do.'),
      s(COMER_SCHWARTZ, 'Thank you, Chair, and good morning. Yes, the draft Plan was published today and the consultation will run into the new year. It sets out the Mayor’s priorities for policing and community safety over the next four years: reducing violence and exploitation, increasing trust and confidence in the police, and improving the criminal justice system for victims. It has been informed by the engagement we have done with Londoners, with partners and with the Met, and by what the data tells us about where the greatest harm is.'),
    ],
    // p.2
    [
      s(HALL, 'Thank you. The Committee will of course be responding formally to the draft Plan. How will MOPAC take account of what it hears during the consultation?'),
      s(COMER_SCHWARTZ, 'We want the consultation to be genuine. There is an online survey, there will be events across London, and we are particularly keen to hear from groups whose voices are not always heard in these processes, including young people. Everything we hear will be analysed and we will publish a summary alongside the final Plan, setting out what we have changed as a result. I would very much welcome the Committee’s views as part of that.'),
      s(GARBETT, 'Deputy Mayor, what is genuinely new in this draft compared with the current Plan?'),
      s(COMER_SCHWARTZ, 'There is continuity, deliberately, because many of the challenges are long-term. But there is a stronger focus on prevention, on tackling exploitation and on the experience of victims throughout the justice system.'),
    ],
    // p.3
    [
      s(GARBETT, 'How does the draft Plan reflect the financial position the Met is in?'),
      s(COMER_SCHWARTZ, 'The draft Plan is candid about the funding gap, and the Mayor has been clear that the Met needs a fairer settlement from Government. We are working through the budget for next year now and there are difficult decisions ahead. The Plan sets out the priorities that we will protect as far as we possibly can within the resources that are available.'),
      s(GARBETT, 'Will the final Plan say which areas are at risk?'),
      s(COMER_SCHWARTZ, 'The final Plan will be published alongside a clearer picture of the budget, and we will be open with Londoners about the choices being made.'),
      s(HALL, 'Thank you. I would like to turn to how we will all know whether the Plan is working.'),
    ],
    // p.4
    [
      s(HALL, 'The Committee has found it quite difficult to follow performance against the current Plan. Data is spread across several dashboards and reports, and some of it is not up to date. How will that be different this time?'),
      s(COMER_SCHWARTZ, 'I recognise that concern, and I want the performance framework for the new Plan to be clear and accessible, not just to this Committee but to any Londoner who wants to see how we are doing. The draft Plan commits us to publishing a full performance framework alongside the final document, drawing on the measures in the New Met for London plan so that the Met and MOPAC are looking at the same things.'),
      s(HALL, 'Will there be a single place where people can find all of it?'),
      s(COMER_SCHWARTZ, 'That is certainly our intention.'),
    ],
    // p.5
    [
      s(HALL, 'And when will that be in place?'),
      q(COMER_SCHWARTZ, 'When the Plan is finally signed off in March [2025], we will make sure that it has that dashboard and insight evaluation so that we can all make sure that we are looking at it and learning from it.'),
      more(s(COMER_SCHWARTZ, 'We have a strong evidence and insight team at MOPAC and I want their work to be visible. Evaluation should not be something that happens quietly at the end; it should shape what we do as we go.')),
      s(GARBETT, 'Will the raw data be published as well, so that others can analyse it?'),
      s(COMER_SCHWARTZ, 'I am happy to look at that and come back to the Committee in writing.'),
      s(HALL, 'Thank you, Deputy Mayor. We will return to the draft Plan in the new year, when we will also hear from the Met. That concludes this item.'),
    ],
  ],
};
