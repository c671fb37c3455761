/**
 * The wait shown on each grade button ("Good · 3 d"). Apart from review-queue.ts, which /review/
 * loads with the page, because only the grade buttons need it: it loads with them, on the first
 * flip (src/components/islands/card-grading.tsx).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Returns "10 min", "3 h", "4 d", "2 mo" or "1.5 y" for a wait in milliseconds. */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))} mo`;
  return `${Math.round((ms / (365 * DAY)) * 10) / 10} y`;
}
