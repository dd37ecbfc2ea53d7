/** Screen helpers over the house-style date functions in shared/format/dates.ts. */
import { formatLongDate } from '../../../shared/format/dates';

/** "18 December 2024", or the given placeholder when there is no date. */
export function longDateOr(iso: string | null | undefined, placeholder: string): string {
  if (!iso) return placeholder;
  try {
    return formatLongDate(iso);
  } catch {
    return iso; // An unexpected value is shown as it is rather than breaking the page.
  }
}
