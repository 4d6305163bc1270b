// Message keys of the API's enumerations, so that every value has a
// translation (the compiler checks the keys exist).
import type {
  InspectionKind,
  LiftStatus,
  Role,
  TimelineType,
  Validity,
  Verdict,
} from '../api/types';
import type { MessageKey } from './messages';

export const VALIDITY_LABEL: Record<Validity, MessageKey> = {
  valid: 'validity.valid',
  conditional: 'validity.conditional',
  remediation_overdue: 'validity.remediation_overdue',
  expired: 'validity.expired',
  prohibited: 'validity.prohibited',
  not_inspected: 'validity.not_inspected',
};

export const STATUS_LABEL: Record<LiftStatus, MessageKey> = {
  in_service: 'status.in_service',
  out_of_service: 'status.out_of_service',
  prohibited: 'status.prohibited',
};

export const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  pass: 'verdict.pass',
  conditional: 'verdict.conditional',
  fail: 'verdict.fail',
};

export const INSPECTION_KIND_LABEL: Record<InspectionKind, MessageKey> = {
  installation: 'inspectionKind.installation',
  periodic: 'inspectionKind.periodic',
  adhoc: 'inspectionKind.adhoc',
  precision: 'inspectionKind.precision',
};

export const TIMELINE_LABEL: Record<TimelineType, MessageKey> = {
  inspection: 'timeline.type.inspection',
  self_inspection: 'timeline.type.self_inspection',
  work_order: 'timeline.type.work_order',
  accident: 'timeline.type.accident',
  change: 'timeline.type.change',
};

export const ROLE_LABEL: Record<Role, MessageKey> = {
  admin: 'role.admin',
  inspector: 'role.inspector',
  technician: 'role.technician',
  owner: 'role.owner',
  public: 'role.public',
};
