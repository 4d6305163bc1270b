// What a lift's page offers follows the role (and the lift's company or
// building): the server enforces it, the page hides what the role cannot do.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Lift, PublicLift, SignedInUser } from '../api/types';
import { PROFILE } from '../test/profile';
import { fakeServer, INSPECTOR, OWNER, renderConsole, TECHNICIAN, type Route } from '../test/render';
import { OPEN_ORDER } from '../test/workOrder';
import { LiftPage } from './LiftPage';

const PUBLIC: PublicLift = {
  registration_no: '9000001',
  building: { name: '[DEMO] Tower', address: '1 Abay Ave', region: 'Medeu' },
  kind: 'passenger',
  status: 'in_service',
  validity: 'conditional',
  last_result: 'conditional',
  last_inspection_on: '2026-10-01',
  valid_until: '2027-09-30',
  next_inspection_due: '2026-11-30',
};

const FULL: Lift = {
  ...PUBLIC,
  version: 4,
  drive: 'traction',
  rated_load_kg: 1000,
  rated_speed_mps: 1.6,
  persons: 13,
  floors_served: 12,
  machine_room_less: false,
  manufacturer: 'Fictive Elevator Works',
  model: 'DL-200',
  model_certificate_no: 'DEMO-M-002',
  installed_on: '1998-05-15',
  first_use_on: null,
  company_id: 1,
  safety_manager: 'Demo Safety Manager 1',
  valid_from: '2026-10-01',
  remediation_until: '2026-11-30',
  next_inspection_kind: 'confirmation',
  next_precision_due: null,
  updated_at: '2026-10-01T10:00:00Z',
};

function server(lift: Lift | PublicLift): Record<string, Route> {
  return {
    'GET /api/v1/lifts/9000001': { body: lift },
    'GET /api/v1/profile': { body: PROFILE },
    'GET /api/v1/lifts/9000001/timeline': {
      body: { events: [{ at: '2026-10-01', type: 'inspection', summary: 'periodic inspection: conditional' }] },
    },
    'GET /api/v1/lifts/9000001/parts': {
      body: { items: [{ id: 1, component_kind: 'safety_gear', certificate_no: 'KC-1', serial_no: 'S1' }] },
    },
    'GET /api/v1/certificates/KC-1': {
      body: { certificate_no: 'KC-1', holder: 'Gear Co', valid_until: '2030-01-01', status: 'valid' },
    },
    'GET /api/v1/lifts/9000001/work-orders': {
      body: {
        items: [
          { ...OPEN_ORDER, id: 5, called_at: '2026-11-20T08:00' },
        ],
      },
    },
  };
}

async function show(user: SignedInUser, lift: Lift | PublicLift = FULL) {
  fakeServer(server(lift));
  renderConsole(<LiftPage registrationNo="9000001" />, { user });
  await screen.findByRole('heading', { name: 'Lift 9000001', level: 1 });
}

const button = (name: string) => screen.queryByRole('button', { name });

describe('LiftPage', () => {
  it('shows an inspector the record, parts with certificates, the timeline and the inspection form', async () => {
    await show(INSPECTOR);
    expect(await screen.findByText('Gear Co')).toBeInTheDocument();
    expect(screen.getByText('periodic inspection: conditional')).toBeInTheDocument();
    expect(screen.getByText('2026-11-30', { selector: 'dd' })).toBeInTheDocument(); // remediation until
    expect(button('Record inspection')).toBeInTheDocument();
    expect(button('Download certificate (PDF)')).toBeInTheDocument();
    expect(button('Report accident')).toBeInTheDocument();
    expect(button('Record self-inspection')).toBeNull();
    expect(button('Open call-out')).toBeNull();
    expect(button('Close work order')).toBeNull();
  });

  it("lets a technician of the lift's company record maintenance but not inspections", async () => {
    await show(TECHNICIAN);
    expect(button('Record self-inspection')).toBeInTheDocument();
    expect(button('Open call-out')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Close work order' })).toBeInTheDocument();
    expect(button('Record inspection')).toBeNull();
  });

  it("gives a technician of another company no maintenance forms", async () => {
    await show({ ...TECHNICIAN, company_id: 3 });
    expect(button('Record self-inspection')).toBeNull();
    expect(button('Open call-out')).toBeNull();
    expect(button('Report accident')).toBeInTheDocument();
  });

  it('shows an owner outside their buildings only the public view, and no actions', async () => {
    await show(OWNER, PUBLIC);
    expect(screen.getByText(/You see the public view/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Actions' })?.children ?? []).toHaveLength(0);
    expect(screen.queryByText('Timeline')).toBeNull();
  });
});
