import { describe, expect, it } from 'vitest';

import { EMPTY_FILTERS, filtersFromSearch, filtersToParams, liftsApiPath } from './filters';

describe('fleet filters', () => {
  it('round-trip through the address', () => {
    const f = {
      ...EMPTY_FILTERS,
      q: 'Alatau',
      region: 'Medeu',
      status: 'in_service' as const,
      overdue: true,
      dueWithinDays: 30,
      page: 3,
    };
    const search = filtersToParams(f).toString();
    expect(search).toBe('q=Alatau&region=Medeu&status=in_service&overdue=true&due_within_days=30&page=3');
    expect(filtersFromSearch(`?${search}`)).toEqual(f);
  });

  it('ignore what the API would refuse', () => {
    expect(filtersFromSearch('?status=broken&validity=nope&due_within_days=-5&page=0&overdue=1')).toEqual(EMPTY_FILTERS);
    expect(filtersFromSearch('?due_within_days=99999').dueWithinDays).toBeNull();
  });

  it('ask the API for one page, sorted by registration number', () => {
    expect(liftsApiPath({ ...EMPTY_FILTERS, region: 'Almaly' })).toBe(
      '/lifts?region=Almaly&page=1&per_page=25&sort=registration_no',
    );
  });

  it("narrow a technician's list to their company's lifts unless they ask for all", () => {
    expect(liftsApiPath(EMPTY_FILTERS, 3)).toBe('/lifts?company_id=3&page=1&per_page=25&sort=registration_no');
    const all = { ...EMPTY_FILTERS, allCompanies: true };
    expect(liftsApiPath(all, 3)).toBe('/lifts?page=1&per_page=25&sort=registration_no');
    expect(filtersToParams(all).toString()).toBe('all=true');
    expect(filtersFromSearch('?all=true')).toEqual(all);
  });
});
