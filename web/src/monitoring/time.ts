// Times of telemetry (RFC 3339, UTC) in the reader's language and time zone.
export function formatTime(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (!iso || !Number.isFinite(time)) return '–';
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(time);
}
