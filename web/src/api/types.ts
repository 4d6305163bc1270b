// Shapes of the JSON the server answers with (src/server/web/openapi.json).
// Only what the console reads is typed; the server may send more.

export type Role = 'admin' | 'inspector' | 'technician' | 'owner' | 'public';

export type LiftStatus = 'in_service' | 'out_of_service' | 'prohibited';

export type Validity =
  | 'valid'
  | 'conditional'
  | 'remediation_overdue'
  | 'expired'
  | 'prohibited'
  | 'not_inspected';

export type Verdict = 'pass' | 'conditional' | 'fail';

export type InspectionKind = 'installation' | 'periodic' | 'adhoc' | 'precision';

export interface Building {
  id?: number;
  name: string;
  address: string;
  region: string;
  use?: string;
}

// What everyone may see of a lift.
export interface PublicLift {
  registration_no: string;
  building: Building;
  kind: string;
  status: LiftStatus;
  validity: Validity;
  last_result: Verdict | null;
  last_inspection_on: string | null;
  valid_until: string | null;
  next_inspection_due: string | null;
}

// The full record (signed in, and for owners only their buildings' lifts).
export interface Lift extends PublicLift {
  version: number;
  drive: string;
  rated_load_kg: number;
  rated_speed_mps: number;
  persons: number;
  floors_served: number;
  machine_room_less: boolean;
  manufacturer: string;
  model: string;
  model_certificate_no: string;
  installed_on: string;
  first_use_on: string | null;
  company_id: number | null;
  safety_manager: string;
  valid_from: string | null;
  remediation_until: string | null;
  next_inspection_kind: string | null;
  next_precision_due: string | null;
  updated_at: string;
  self_inspection?: { late_months: string[]; missing_months: string[] };
}

export function isFullLift(lift: PublicLift | Lift): lift is Lift {
  return 'version' in lift;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

export interface RegionSummary {
  region: string;
  total: number;
  valid: number;
  due_30_days: number;
  overdue: number;
  prohibited: number;
  conditional: number;
}

export interface ChecklistItemResult {
  code: string;
  name: string;
  result: 'pass' | 'fail' | 'na' | 'defect' | 'observation';
  measured: number | null;
  unit: string;
  note: string;
}

export interface Inspection {
  id: number;
  kind: InspectionKind;
  date: string;
  result: Verdict;
  inspector: string;
  notes?: string;
  items: ChecklistItemResult[];
  valid_from: string | null;
  valid_until: string | null;
  remediation_until: string | null;
}

export interface Grade {
  code: string;
  name: string;
  local: string;
}

export interface SelfInspection {
  id: number;
  month: string;
  visited_on: string;
  entered_on: string;
  late: boolean;
  items: { code: string; name: string; grade: string; note: string }[];
}

export interface WorkOrder {
  id: number;
  registration_no: string;
  called_at: string;
  arrived_at: string;
  completed_at: string;
  cause: string;
  action: string;
  status: 'open' | 'closed';
  out_of_service: boolean;
  technician_id: number | null;
  company_id: number | null;
  version: number;
}

export interface Accident {
  id: number;
  kind: 'accident' | 'failure';
  occurred_at: string;
  description: string;
  serious: boolean;
}

export interface LiftPart {
  id: number;
  component_kind: string;
  certificate_no: string;
  serial_no: string;
}

export interface Certificate {
  certificate_no: string;
  subject: string;
  component_kind: string;
  model: string;
  manufacturer: string;
  holder: string;
  issued_on: string;
  valid_until: string;
  status: 'valid' | 'suspended' | 'revoked';
}

export interface Technician {
  id: number;
  company_id: number;
  name: string;
  qualification: string;
}

export type TimelineType = 'inspection' | 'self_inspection' | 'work_order' | 'accident' | 'change';

export interface TimelineEvent {
  at: string;
  type: TimelineType;
  summary: string;
}

export interface ProfileItem {
  code: string;
  name: string;
  local: string;
}

export interface ChecklistSpec {
  code: string;
  name: string;
  unit: string;
  max: number | null;
  max_abs: number | null;
  clause: string;
}

export interface Profile {
  id: string;
  name: string;
  inspection_kinds: InspectionKind[];
  remediation_days: number | null;
  checklist: ChecklistSpec[];
  grades: Grade[];
  self_inspection_items: ProfileItem[];
  serious_failures: ProfileItem[];
  component_kinds: ProfileItem[];
}

export interface DemoSignIn {
  name: string;
  password: string;
  role: Role;
}

export interface Info {
  name: string;
  version: string;
  demo: boolean;
  today: string;
  demo_sign_ins?: DemoSignIn[];
}

export interface SignedInUser {
  name: string;
  role: Role;
  company_id: number | null;
}

export interface LoginResponse {
  token: string;
  user: SignedInUser & { id: number };
}

// The live events of GET /api/v1/events.
export interface LiveEvent {
  type: string;
  registration_no?: string;
  id?: string;
  progress?: number;
  status?: string;
}
