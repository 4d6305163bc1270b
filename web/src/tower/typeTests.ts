// How type tests of the registry are written on screen.
import type { LiftModel } from './types';

export function modelLabel(m: Pick<LiftModel, 'manufacturer' | 'name'>): string {
  return `${m.manufacturer} ${m.name}`;
}

// "2026-11-25T09:30:12Z" as "2026-11-25 09:30" (ISO, as the registry writes dates).
export function runAt(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(timestamp);
  return match ? `${match[1]} ${match[2]}` : timestamp;
}
