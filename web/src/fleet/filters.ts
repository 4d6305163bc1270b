// The fleet list's filters, kept in the page's address (so that back, reload
// and shared links keep them) and turned into the API's query.
import type { LiftStatus, Validity } from '../api/types';

export const PER_PAGE = 25;
export const MAX_DUE_DAYS = 3650;

export interface FleetFilters {
  q: string;
  region: string;
  status: LiftStatus | '';
  validity: Validity | '';
  overdue: boolean;
  dueWithinDays: number | null;
  // A technician sees their company's lifts unless they ask for all of them.
  allCompanies: boolean;
  page: number;
}

export const EMPTY_FILTERS: FleetFilters = {
  q: '',
  region: '',
  status: '',
  validity: '',
  overdue: false,
  dueWithinDays: null,
  allCompanies: false,
  page: 1,
};

const STATUSES: readonly LiftStatus[] = ['in_service', 'out_of_service', 'prohibited'];
const VALIDITIES: readonly Validity[] = [
  'valid',
  'conditional',
  'remediation_overdue',
  'expired',
  'prohibited',
  'not_inspected',
];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n <= max ? n : null;
}

export function filtersFromSearch(search: string): FleetFilters {
  const p = new URLSearchParams(search);
  return {
    q: (p.get('q') ?? '').slice(0, 100),
    region: p.get('region') ?? '',
    status: oneOf(p.get('status'), STATUSES),
    validity: oneOf(p.get('validity'), VALIDITIES),
    overdue: p.get('overdue') === 'true',
    dueWithinDays: positiveInt(p.get('due_within_days'), MAX_DUE_DAYS),
    allCompanies: p.get('all') === 'true',
    page: Math.max(1, positiveInt(p.get('page'), 1_000_000) ?? 1),
  };
}

// The filters as query parameters of both the page address and GET /lifts
// (the same names); empty ones are left out.
export function filtersToParams(f: FleetFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.region) p.set('region', f.region);
  if (f.status) p.set('status', f.status);
  if (f.validity) p.set('validity', f.validity);
  if (f.overdue) p.set('overdue', 'true');
  if (f.dueWithinDays !== null) p.set('due_within_days', String(f.dueWithinDays));
  if (f.allCompanies) p.set('all', 'true');
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

// GET /lifts of the filters; `companyId` (a technician's company) narrows
// it to that company's lifts unless the filters ask for all.
export function liftsApiPath(f: FleetFilters, companyId: number | null = null): string {
  const p = filtersToParams(f);
  p.delete('all');
  if (companyId !== null && !f.allCompanies) p.set('company_id', String(companyId));
  p.set('page', String(f.page));
  p.set('per_page', String(PER_PAGE));
  p.set('sort', 'registration_no');
  return `/lifts?${p.toString()}`;
}
