import { describe, expect, it } from 'vitest';

import type { Lift, PublicLift } from '../api/types';
import { mayOnLift, roleMay } from './permissions';

const PUBLIC_LIFT: PublicLift = {
  registration_no: '9000001',
  building: { name: 'B', address: 'A', region: 'R' },
  kind: 'passenger',
  status: 'in_service',
  validity: 'valid',
  last_result: 'pass',
  last_inspection_on: '2026-01-01',
  valid_until: '2026-12-31',
  next_inspection_due: '2026-12-31',
};
const LIFT = { ...PUBLIC_LIFT, version: 3, company_id: 2 } as Lift;

describe('what a role may do (as the server enforces it)', () => {
  it('follows the roles of registry/auth.cc', () => {
    expect(roleMay('inspector', 'record_inspection')).toBe(true);
    expect(roleMay('technician', 'record_inspection')).toBe(false);
    expect(roleMay('technician', 'record_maintenance')).toBe(true);
    expect(roleMay('inspector', 'record_maintenance')).toBe(false);
    expect(roleMay('owner', 'report_accident')).toBe(true);
    expect(roleMay('owner', 'record_inspection')).toBe(false);
    expect(roleMay('public', 'use_workbench')).toBe(false);
    expect(roleMay('owner', 'use_workbench')).toBe(true);
    expect(roleMay('inspector', 'record_type_test')).toBe(true);
    expect(roleMay('technician', 'record_type_test')).toBe(false);
    expect(roleMay('owner', 'record_type_test')).toBe(false);
  });

  it("limits technicians to their company's lifts and everyone to lifts shown in full", () => {
    expect(mayOnLift({ name: 't', role: 'technician', company_id: 2 }, 'record_maintenance', LIFT)).toBe(true);
    expect(mayOnLift({ name: 't', role: 'technician', company_id: 1 }, 'record_maintenance', LIFT)).toBe(false);
    expect(mayOnLift({ name: 't', role: 'technician', company_id: null }, 'record_maintenance', LIFT)).toBe(false);
    expect(mayOnLift({ name: 'o', role: 'owner', company_id: null }, 'report_accident', LIFT)).toBe(true);
    expect(mayOnLift({ name: 'o', role: 'owner', company_id: null }, 'report_accident', PUBLIC_LIFT)).toBe(false);
    expect(mayOnLift(null, 'download_certificate', LIFT)).toBe(false);
  });
});
