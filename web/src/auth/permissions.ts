// What each role may do, as the server enforces it (src/registry/auth.cc):
// the console hides what the role cannot do. Scope (a technician's company,
// an owner's buildings) is checked against the lift at hand.
import type { Lift, PublicLift, Role, SignedInUser } from '../api/types';
import { isFullLift } from '../api/types';

export type Action =
  | 'handle_alarms'
  | 'record_inspection'
  | 'record_maintenance'
  | 'report_accident'
  | 'download_certificate'
  | 'use_workbench';

const ROLES_FOR: Record<Action, readonly Role[]> = {
  // Acknowledge and close alarms: the authority and the lift's company (the
  // technician sees only their company's alarms).
  handle_alarms: ['admin', 'technician'],
  record_inspection: ['admin', 'inspector'],
  record_maintenance: ['admin', 'technician'],
  report_accident: ['admin', 'inspector', 'technician', 'owner'],
  download_certificate: ['admin', 'inspector', 'technician', 'owner'],
  use_workbench: ['admin', 'inspector', 'technician', 'owner'],
};

export function roleMay(role: Role, action: Action): boolean {
  return ROLES_FOR[action].includes(role);
}

// Whether `user` may do `action` on `lift`: the role's permission, a
// technician only for lifts of their company, an owner only for lifts the
// server shows them in full (those of their buildings).
export function mayOnLift(user: SignedInUser | null, action: Action, lift: PublicLift | Lift): boolean {
  if (!user || !roleMay(user.role, action)) return false;
  if (!isFullLift(lift)) return false;
  if (user.role === 'technician' && action === 'record_maintenance') {
    return user.company_id !== null && lift.company_id === user.company_id;
  }
  return true;
}
