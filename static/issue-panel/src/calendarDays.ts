/** The calendar day `days` after an ISO date (YYYY-MM-DD); whole days, so no time zone enters. */
export function addCalendarDays(isoDate: string, days: number): string {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(at)) return '';
  return new Date(at + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Today as the reader's clock gives it (UTC). It only decides what the panel offers first; the
 * server decides by the programme's own day and says so in words when the two differ.
 */
export function todayOnThisClock(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
