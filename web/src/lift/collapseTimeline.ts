// Runs of identical timeline entries (the same type and summary within the
// same minute, e.g. a batch of audit entries) shown as one with a count.
import type { TimelineEvent } from '../api/types';

export interface TimelineRow extends TimelineEvent {
  count: number;
}

export function collapseTimeline(events: TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const event of events) {
    const last = rows[rows.length - 1];
    if (last && last.type === event.type && last.summary === event.summary && last.at.slice(0, 16) === event.at.slice(0, 16)) {
      last.count += 1;
    } else {
      rows.push({ ...event, count: 1 });
    }
  }
  return rows;
}
