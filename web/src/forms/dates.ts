// Dates and times as the API writes them: dates YYYY-MM-DD, times
// YYYY-MM-DDTHH:MM (what <input type="datetime-local"> gives). Both compare
// correctly as strings.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

export function isTimestamp(text: string): boolean {
  return TIMESTAMP.test(text) && isDate(text.slice(0, 10));
}

// The local time now, to the minute, as YYYY-MM-DDTHH:MM.
export function nowMinute(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(
    now.getMinutes(),
  )}`;
}

// "2026-11" of "2026-11-25".
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

// The day `days` after `date` (YYYY-MM-DD), in the calendar, not a time zone.
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
