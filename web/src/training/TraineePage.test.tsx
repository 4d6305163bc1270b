import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeServer, TECHNICIAN, renderConsole } from '../test/render';
import { TraineePage } from './TraineePage';
import type { Trainee } from './types';

function trainee(status: 'valid' | 'expired' | 'not_trained'): Trainee {
  return {
    id: 12,
    name: 'kim',
    role: 'technician',
    company_id: 1,
    profile: 'korea',
    qualification: {
      training: 'job training of maintenance technicians',
      refresher_years: 3,
      confirmed: false,
      source: 'Elevator Safety Management Act',
      status,
      last_passed_at: status === 'not_trained' ? null : '2022-11-01T09:00:00Z',
      valid_until: status === 'not_trained' ? null : '2025-11-01',
    },
    sessions: {
      total: 1,
      page: 1,
      per_page: 100,
      items: [
        {
          id: 3,
          user_id: 12,
          user: 'kim',
          scenario: 'doors-slam',
          title: 'Passengers are struck by the closing doors',
          seed: 1,
          started_at: '2022-11-01T08:50:00Z',
          observations: [],
          answered_at: '2022-11-01T09:00:00Z',
          diagnosis: 'doors_too_fast',
          action: null,
          passed: true,
          score: 70,
          refresher: { due: '2025-11-01', confirmed: false },
        },
      ],
    },
  };
}

describe('TraineePage', () => {
  it('says plainly that a qualification has expired, with the rule and its source', async () => {
    fakeServer({ 'GET /api/v1/training/trainees/12': { body: trainee('expired') } });
    renderConsole(<TraineePage id="12" />, { user: TECHNICIAN });
    expect(await screen.findByRole('heading', { name: 'Qualification expired: refresher overdue' })).toBeInTheDocument();
    expect(screen.getByText('2025-11-01', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText(/every 3 years \(korea profile\) \(rule not confirmed\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Training history (1 sessions)' })).toBeInTheDocument();
    expect(screen.getByText('Passed (70)')).toBeInTheDocument();
  });

  it('shows nobody the server does not show, and no request for a malformed id', async () => {
    const calls = fakeServer({
      'GET /api/v1/training/trainees/13': { status: 404, body: { error: 'not_found', message: 'no trainee 13' } },
    });
    renderConsole(<TraineePage id="13" />, { user: TECHNICIAN });
    expect(await screen.findByRole('heading', { name: /No such trainee/ })).toBeInTheDocument();
    renderConsole(<TraineePage id="x1" />, { user: TECHNICIAN });
    expect(calls.filter((c) => c.path.includes('/trainees/x1'))).toHaveLength(0);
  });
});
