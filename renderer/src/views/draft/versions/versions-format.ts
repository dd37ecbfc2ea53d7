/** How versions and agreements read on screen: dates in house style, times on the clerk's clock. */
import type { NotedDissent } from '../../../../../shared/domain/versions';
import { formatLongDate } from '../../../../../shared/format/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the clerk's local date and time: "4 March 2025 at 14:05". */
export function savedAt(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatLongDate(day)} at ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today on the clerk's calendar, as the date field wants it ("2025-03-04"). */
export function localTodayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Zoë Garbett AM, Recommendation 8, from “support the Met's use of the tactic”". */
export function dissentHeading(dissent: NotedDissent): string {
  const on = dissent.recommendationNumber !== null ? `, Recommendation ${dissent.recommendationNumber}` : '';
  const part = dissent.part ? `, from “${dissent.part}”` : '';
  return `${dissent.member}${on}${part}`;
}
