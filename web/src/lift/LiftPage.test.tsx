// What a lift's page offers is what the server says the caller may do on it
// (allowed_actions), with the reasons for the rest: the page keeps no role
// table of its own.
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

// The actions the server gives each caller on this lift (registry/access.h).
const FOR_INSPECTOR: Partial<Lift> = {
  allowed_actions: ['edit_lift', 'download_certificate', 'record_inspection', 'report_accident', 'add_part'],
  unavailable_actions: [],
};
const FOR_TECHNICIAN: Partial<Lift> = {
  allowed_actions: ['download_certificate', 'record_self_inspection', 'report_accident', 'open_work_order', 'update_work_order'],
  unavailable_actions: [],
};
const FOR_OTHER_TECHNICIAN: Partial<Lift> = {
  allowed_actions: ['download_certificate', 'report_accident'],
  unavailable_actions: [
    { action: 'record_self_inspection', code: 'not_your_company', reason: 'lift 9000001 is not maintained by your company' },
    { action: 'open_work_order', code: 'not_your_company', reason: 'lift 9000001 is not maintained by your company' },
    { action: 'update_work_order', code: 'not_your_company', reason: 'lift 9000001 is not maintained by your company' },
  ],
};

function server(lift: Lift | PublicLift): Record<string, Route> {
  return {
    'GET /api/v1/lifts/9000001': { body: lift },
    'GET /api/v1/profile': { body: PROFILE },
    'GET /api/v1/lifts/9000001/timeline': {
      body: {
        events: [
          {
            at: '2026-10-01',
            type: 'inspection',
            summary: 'periodic inspection: conditional',
            data: { kind: 'periodic', result: 'conditional' },
          },
        ],
      },
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

async function show(user: SignedInUser, lift: Lift | PublicLift, language: 'en' | 'ko' | 'ru' = 'en', title: string | RegExp = 'Lift 9000001') {
  fakeServer(server(lift));
  renderConsole(<LiftPage registrationNo="9000001" />, { user, language });
  await screen.findByRole('heading', { name: title, level: 1 });
}

const button = (name: string) => screen.queryByRole('button', { name });

describe('LiftPage', () => {
  it('shows an inspector the record, parts with certificates, the timeline and the inspection form', async () => {
    await show(INSPECTOR, { ...FULL, ...FOR_INSPECTOR });
    expect(await screen.findByText('Gear Co')).toBeInTheDocument();
    expect(screen.getByText('periodic inspection: conditional pass')).toBeInTheDocument();
    expect(screen.getByText('passenger lift')).toBeInTheDocument(); // values in words
    expect(screen.getByText('2026-11-30 (confirmation inspection)')).toBeInTheDocument();
    expect(screen.getByText('2026-11-30', { selector: 'dd' })).toBeInTheDocument(); // remediation until
    expect(button('Record inspection')).toBeInTheDocument();
    expect(button('Download certificate (PDF)')).toBeInTheDocument();
    expect(button('Report accident')).toBeInTheDocument();
    expect(button('Record self-inspection')).toBeNull();
    expect(button('Open call-out')).toBeNull();
    expect(button('Close work order')).toBeNull();
  });

  it("lets a technician of the lift's company record maintenance but not inspections", async () => {
    await show(TECHNICIAN, { ...FULL, ...FOR_TECHNICIAN });
    expect(button('Record self-inspection')).toBeInTheDocument();
    expect(button('Open call-out')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Close work order' })).toBeInTheDocument();
    expect(button('Record inspection')).toBeNull();
  });

  it('gives a technician of another company no maintenance forms, and says why', async () => {
    await show({ ...TECHNICIAN, company_id: 3 }, { ...FULL, ...FOR_OTHER_TECHNICIAN });
    expect(button('Record self-inspection')).toBeNull();
    expect(button('Open call-out')).toBeNull();
    expect(button('Report accident')).toBeInTheDocument();
    expect(screen.getByText('Why some actions are not offered here')).toBeInTheDocument();
    expect(screen.getByText('Record self-inspection: Lift 9000001 is not maintained by your company.')).toBeInTheDocument();
  });

  // The server's reason by its code, in the reader's language (the English
  // `reason` is only the fallback of other clients).
  it.each([
    { language: 'en' as const, line: 'Record self-inspection: Lift 9000001 is not maintained by your company.' },
    { language: 'ko' as const, line: '자체점검 기록: 승강기 9000001은(는) 소속 회사가 유지관리하는 승강기가 아닙니다.' },
    { language: 'ru' as const, line: 'Записать ежемесячный осмотр: Лифт 9000001 не обслуживается вашей компанией.' },
  ])('says why in $language', async ({ language, line }) => {
    await show({ ...TECHNICIAN, company_id: 3 }, { ...FULL, ...FOR_OTHER_TECHNICIAN }, language, /9000001/);
    expect(screen.getByText(line)).toBeInTheDocument();
  });

  it('shows the open call-out with its problem, assignee and response time', async () => {
    await show(TECHNICIAN, { ...FULL, ...FOR_TECHNICIAN });
    expect(await screen.findByText(/doors do not close/)).toBeInTheDocument();
    expect(screen.getByText(/assigned to nobody yet/)).toBeInTheDocument();
    expect(screen.getByText(/technician not yet arrived/)).toBeInTheDocument();
  });

  it('shows an owner outside their buildings only the public view, and no actions', async () => {
    await show(OWNER, { ...PUBLIC, allowed_actions: [], unavailable_actions: [] });
    expect(screen.getByText(/You see the public view/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Actions' })?.children ?? []).toHaveLength(0);
    expect(screen.queryByText('Timeline')).toBeNull();
  });
});
