/**
 * Dates in house style: "18 December 2024". Pure functions, no locale data needed, so the
 * output is the same in Node, Chromium and Electron whatever the machine's locale.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "2024-12-18" → "18 December 2024". */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2025-01-15" → "Wednesday 15 January 2025", as the report's Committee Activity prints it. */
export function formatDateWithWeekday(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${formatLongDate(iso)}`;
}

/** Today's date as an ISO calendar date in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A date as precise as a source gives it, in house style: "2024-12-18" → "18 December 2024",
 * "2023-03" → "March 2023", "2024" → "2024". Anything else is a programming error (the contract
 * only lets these three shapes in), so it throws rather than printing something half-right.
 */
export function formatPartialDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match || (month !== undefined && (month < 1 || month > 12))) throw new RangeError(`Not a partial date: ${value}`);
  if (month === undefined) return match[1]!;
  if (match[3] === undefined) return `${MONTHS[month - 1]} ${match[1]}`;
  const day = Number(match[3]);
  const real = new Date(Date.UTC(Number(match[1]), month - 1, day));
  if (real.getUTCMonth() !== month - 1 || day < 1) throw new RangeError(`Not a real calendar date: ${value}`);
  return formatLongDate(value);
}
