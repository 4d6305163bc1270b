// A result pinned for comparison: the description that made it, its seed
// and runs, and its figures and timeline; kept for the browser tab.
import { useCallback, useState } from 'react';

import type { SimulationReport, Timeline } from './types';

export const PINNED_STORAGE_KEY = 'hoistway.workbench.pinned';

export interface PinnedResult {
  text: string;
  label: string;
  seed: number;
  runs: number;
  report: SimulationReport;
  timeline: Timeline;
}

function stored(): PinnedResult | null {
  try {
    const raw = window.sessionStorage.getItem(PINNED_STORAGE_KEY);
    return raw ? (JSON.parse(raw) as PinnedResult) : null;
  } catch {
    return null;
  }
}

export function usePinned(): [PinnedResult | null, (pinned: PinnedResult | null) => void] {
  const [pinned, setPinned] = useState<PinnedResult | null>(stored);
  const update = useCallback((next: PinnedResult | null) => {
    setPinned(next);
    try {
      if (next) {
        window.sessionStorage.setItem(PINNED_STORAGE_KEY, JSON.stringify(next));
      } else {
        window.sessionStorage.removeItem(PINNED_STORAGE_KEY);
      }
    } catch {
      // a result too large for the tab's storage stays pinned in memory only
    }
  }, []);
  return [pinned, update];
}
