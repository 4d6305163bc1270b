import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { SignedInUser } from '../api/types';
import { fakeServer, INSPECTOR, renderConsole, TECHNICIAN } from '../test/render';
import { FleetPage } from './FleetPage';

const EMPTY_PAGE = { items: [], total: 0, page: 1, per_page: 50 };

// Whose lifts the list starts with comes from GET /me (the server's policy:
// ReachOf), never from the role's name in the console.
const CASES: { name: string; user: SignedInUser; maintenance: number | null; companyQuery: string | null }[] = [
  { name: "a technician's list starts with their company's lifts", user: TECHNICIAN, maintenance: 1, companyQuery: '1' },
  { name: "an inspector's list holds every lift", user: INSPECTOR, maintenance: null, companyQuery: null },
  // The server narrows by its policy, whatever the session's copy of the user says.
  { name: 'a company the server does not name is not assumed', user: { ...TECHNICIAN, company_id: 7 }, maintenance: null, companyQuery: null },
];

describe('FleetPage', () => {
  it.each(CASES)('$name', async ({ user, maintenance, companyQuery }) => {
    const calls = fakeServer({
      'GET /api/v1/me': {
        body: { ...user, technician_id: null, maintenance_company_id: maintenance, permissions: ['read_registry'] },
      },
      'GET /api/v1/lifts': { body: EMPTY_PAGE },
      'GET /api/v1/summary/regions': { body: { regions: [] } },
    });
    renderConsole(<FleetPage />, { user });
    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/v1/lifts'))).toBe(true));
    const lifts = calls.filter((c) => c.path.startsWith('/api/v1/lifts'));
    expect(lifts).toHaveLength(1); // it waited for /me: no list of the wrong lifts first
    expect(new URL(lifts[0]!.path, 'http://x').searchParams.get('company_id')).toBe(companyQuery);
    if (companyQuery) expect(await screen.findByRole('group', { name: 'Show' })).toBeInTheDocument();
    else expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
  });
});
