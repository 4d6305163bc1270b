// The monitoring page against a fake server: the entrapment banner, alarms by
// severity with the actions the role allows, the fleet grid and a lift's health.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type uPlot from 'uplot';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SignedInUser } from '../api/types';
import { fakeServer, OWNER, renderConsole, TECHNICIAN, type Call } from '../test/render';
import type { Alarm, FleetView, LiftHealth, TelemetryEvent } from './types';

const made: { options: uPlot.Options; data: uPlot.AlignedData }[] = [];
vi.mock('uplot', () => {
  class FakePlot {
    constructor(options: uPlot.Options, data: uPlot.AlignedData) {
      made.push({ options, data });
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});

const { MonitoringPage } = await import('./MonitoringPage');

const ADMIN: SignedInUser = { name: 'demo-admin', role: 'admin', company_id: null };
const recent = new Date(Date.now() - 30_000).toISOString();

function alarm(id: number, cause: string, severity: Alarm['severity'], state: Alarm['state'] = 'open'): Alarm {
  return {
    id,
    registration_no: cause === 'entrapment' ? '9000003' : '9000001',
    cause,
    severity,
    state,
    opened_at: '2026-12-03T08:00:00.000Z',
    last_at: '2026-12-03T08:00:00.000Z',
    count: cause === 'door_faults' ? 4 : 1,
    event_id: 'e1',
    figures:
      cause === 'entrapment'
        ? { reason: 'stopped_outside_door_zone', since: '2026-12-03T07:59:30.000Z', load_kg: 300 }
        : {},
    acknowledged_at: '',
    acknowledged_by: state === 'acknowledged' ? 'lee' : '',
    closed_at: '',
    closed_by: '',
    close_note: '',
    work_order_id: cause === 'entrapment' ? 11 : null,
    accident_id: cause === 'entrapment' ? 12 : null,
    version: 1,
  };
}

const TRAPPED = alarm(7, 'entrapment', 'critical');
const ALARMS = [TRAPPED, alarm(8, 'door_faults', 'minor', 'acknowledged'), alarm(9, 'signal:door_close_time', 'minor')];

const FLEET: FleetView = {
  items: [
    { registration_no: '9000001', building: 'Tower A', region: 'Medeu', last_seen_at: recent, mode: 'normal', floor: 4, out_of_service: false, worst_severity: 'minor', entrapment: false, open_alarms: 2 },
    { registration_no: '9000002', building: 'Tower A', region: 'Medeu', last_seen_at: recent, mode: 'normal', floor: 0, out_of_service: false, worst_severity: '', entrapment: false, open_alarms: 0 },
    { registration_no: '9000003', building: 'Tower B', region: 'Medeu', last_seen_at: recent, mode: 'normal', floor: 2, out_of_service: false, worst_severity: 'critical', entrapment: true, open_alarms: 1 },
    { registration_no: '9000004', building: 'Tower C', region: 'Medeu', last_seen_at: '', mode: '', floor: null, out_of_service: false, worst_severity: '', entrapment: false, open_alarms: 0 },
  ],
  total: 4,
  page: 1,
  per_page: 500,
  connected: 3,
  open_alarms: { critical: 1, major: 0, minor: 2 },
  availability: { window_days: 30, fraction: 0.9875, lifts_out_of_service_periods: 1 },
};

const HEALTH: LiftHealth = {
  registration_no: '9000001',
  connected: true,
  last_seen_at: recent,
  out_of_service: false,
  availability: { window_days: 30, fraction: 0.995, downtime_s: 12960, daily: [{ date: '2026-12-02', fraction: 0.9 }, { date: '2026-12-03', fraction: 1 }] },
  status: { time: recent, mode: 'normal', floor: 4, moving: false, doors: 'closed', load_kg: 150 },
  counters: { time: recent, trips: 123456, door_cycles: 250000, motor_starts: 130000, running_hours: 800 },
  signals: [
    { name: 'door_close_time', raised: true, figures: { baseline: 3, recent: 3.9, threshold: 3.75, unit: 's', baseline_trips: 200, recent_trips: 80, learning: false } },
    { name: 'levelling_error', raised: false, figures: { baseline: 0, recent: 0, threshold: 3, unit: 'mm', baseline_trips: 12, recent_trips: 0, learning: true } },
    { name: 'start_failures', raised: false, figures: { baseline_per_1000_trips: 0.5, recent_per_1000_trips: 0.6, threshold_per_1000_trips: 2, learning: false } },
    { name: 'trips_since_maintenance', raised: false, figures: { since_maintenance: 1200, interval: 40000 } },
  ],
  open_alarms: [],
};

function trip(n: number, door: number): TelemetryEvent {
  const time = new Date(Date.parse('2026-12-03T08:00:00Z') + n * 30_000).toISOString();
  return { event_id: `t${n}`, registration_no: '9000001', time, kind: 'trip', known: true, floor: 3, detail: { door_close_s: door, levelling_error_mm: -1.5 }, received_at: time };
}

// What GET /me says each role may do (registry/access.h).
function me(who: SignedInUser) {
  const handles = who.role === 'admin' || who.role === 'technician';
  return { ...who, technician_id: null, permissions: handles ? ['read_registry', 'record_maintenance'] : ['read_registry'] };
}

function server(who: SignedInUser = ADMIN): Call[] {
  return fakeServer({
    'GET /api/v1/me': { body: me(who) },
    'GET /api/v1/monitoring/fleet': { body: FLEET },
    'GET /api/v1/alarms': (call) => ({
      body: call.path.includes('cause=entrapment')
        ? { items: [TRAPPED], total: 1, page: 1, per_page: 20 }
        : { items: call.path.includes('state=closed') ? [] : ALARMS, total: 3, page: 1, per_page: 25 },
    }),
    'POST /api/v1/alarms/7/ack': { body: { ...TRAPPED, state: 'acknowledged' } },
    'POST /api/v1/alarms/9/close': { body: { ...ALARMS[2], state: 'closed' } },
    'GET /api/v1/lifts/9000001/health': { body: HEALTH },
    'GET /api/v1/lifts/9000001/events': (call) => ({
      body: call.path.includes('kind=trip')
        ? { items: [trip(2, 3.3), trip(1, 3.1)], total: 2, page: 1, per_page: 200 }
        : { items: [{ ...trip(3, 3.2), kind: 'car_light_off', known: false, detail: {} }], total: 1, page: 1, per_page: 20 },
    }),
  });
}

describe('MonitoringPage', () => {
  beforeEach(() => {
    made.length = 0;
  });

  it('puts an entrapment across the top and first among the alarms, with the actions an admin has', async () => {
    const calls = server();
    renderConsole(<MonitoringPage />, { user: ADMIN, path: '/monitoring' });
    const banner = await screen.findByTestId('entrapment-banner');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(within(banner).getByRole('heading', { name: /PASSENGERS TRAPPED/ })).toBeInTheDocument();
    expect(banner).toHaveTextContent('Lift 9000003: stopped outside door zone');
    expect(banner).toHaveTextContent('300 kg in the car');
    const table = await screen.findByRole('table', { name: /Alarms, entrapments first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('critical');
    expect(rows[0]).toHaveTextContent('Entrapment');
    expect(rows[0]).toHaveTextContent('work order 11');
    expect(rows[0]).toHaveClass('alarm-row-entrapment');
    expect(rows[1]).toHaveTextContent('Door faults');
    expect(rows[1]).toHaveTextContent('acknowledged by lee');
    expect(rows[2]).toHaveTextContent('Predictive: door closing time rising');
    // Acknowledge is offered for open alarms only; Close for all that are not closed.
    expect(within(rows[1]!).queryByRole('button', { name: /Acknowledge/ })).toBeNull();
    await userEvent.click(within(rows[0]!).getByRole('button', { name: /Acknowledge/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/alarms/7/ack')).toBe(true));
    // The summary: connected lifts, open alarms by severity, fleet availability.
    expect(screen.getByText('3 lifts reporting')).toBeInTheDocument();
    expect(screen.getByText('critical: 1')).toBeInTheDocument();
    expect(screen.getByText(/98\.75 % of the time in service/)).toBeInTheDocument();
  });

  it('closes an alarm with a note', async () => {
    const calls = server(TECHNICIAN);
    renderConsole(<MonitoringPage />, { user: TECHNICIAN, path: '/monitoring' });
    const table = await screen.findByRole('table', { name: /Alarms/ });
    const row = within(table).getAllByRole('row')[3]!;
    await userEvent.click(within(row).getByRole('button', { name: /Close/ }));
    await userEvent.type(screen.getByLabelText('Note on closing alarm 9 (optional)'), 'door operator replaced');
    await userEvent.click(screen.getByRole('button', { name: 'Close alarm' }));
    await waitFor(() => {
      const close = calls.find((c) => c.method === 'POST' && c.path === '/api/v1/alarms/9/close');
      expect(close?.body).toEqual({ note: 'door operator replaced' });
    });
  });

  it('shows an owner the alarms without actions, and asks the server for the chosen state', async () => {
    const calls = server(OWNER);
    renderConsole(<MonitoringPage />, { user: OWNER, path: '/monitoring' });
    const table = await screen.findByRole('table', { name: /Alarms/ });
    expect(within(table).queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(calls.some((c) => c.path.startsWith('/api/v1/alarms?') && c.path.includes('state=active'))).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('State'), 'closed');
    expect(await screen.findByText('No alarms.')).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('state=closed'))).toBe(true);
  });

  it('colours the fleet by state and opens a lift: availability, signals with units, charts, event log', async () => {
    server();
    renderConsole(<MonitoringPage />, { user: ADMIN, path: '/monitoring' });
    const grid = await screen.findByRole('list', { name: /Lifts by state/ });
    const trapped = within(grid).getByRole('button', { name: 'Lift 9000003, Tower B: passengers trapped' });
    expect(trapped).toHaveClass('tile-entrapment');
    expect(within(grid).getByRole('button', { name: 'Lift 9000004, Tower C: never reported' })).toHaveClass('tile-silent');
    expect(screen.getByRole('list', { name: 'Colours' })).toHaveTextContent('passengers trapped: 1');
    await userEvent.click(within(grid).getByRole('button', { name: /Lift 9000001/ }));
    expect(await screen.findByRole('heading', { name: 'Lift 9000001' })).toBeInTheDocument();
    expect(screen.getByTestId('availability')).toHaveTextContent('99.50 % in service (3.6 h out of service)');
    const signals = screen.getByRole('table', { name: /Predictive signals of the lift/ });
    const door = within(signals).getByRole('row', { name: /door closing time rising/ });
    expect(door).toHaveTextContent('yes');
    expect(door).toHaveTextContent('3.00 s');
    expect(door).toHaveTextContent('3.90 s');
    expect(within(signals).getByRole('row', { name: /levelling error/ })).toHaveTextContent('learning the baseline (12 trips so far)');
    expect(within(signals).getByRole('row', { name: /start failures/ })).toHaveTextContent('0.5 per 1000 trips');
    expect(within(signals).getByRole('row', { name: /trips since maintenance/ })).toHaveTextContent('1,200 since maintenance');
    await waitFor(() => expect(made.length).toBe(3));
    const door_chart = made.find((m) => m.options.series[1]?.label === 'Door closing time per trip (s)');
    expect(door_chart?.data[1]).toEqual([3.1, 3.3]);
    expect(screen.getByRole('img', { name: /Availability per day \(% of the day in service\)/ })).toBeInTheDocument();
    const log = await screen.findByRole('table', { name: /Events the lift sent/ });
    expect(log).toHaveTextContent('car_light_off (not in the contract)');
  });
});
