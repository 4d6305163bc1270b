// Message keys of the API's enumerations, so that every value has a
// translation (the compiler checks the keys exist).
import type {
  ChecklistItemResult,
  Denial,
  InspectionKind,
  Lift,
  LiftAction,
  LiftKind,
  LiftStatus,
  ProblemCode,
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
  inspection_application: 'timeline.type.inspection_application',
};

export const ROLE_LABEL: Record<Role, MessageKey> = {
  admin: 'role.admin',
  inspector: 'role.inspector',
  technician: 'role.technician',
  owner: 'role.owner',
  public: 'role.public',
};

export const LIFT_KIND_LABEL: Record<LiftKind, MessageKey> = {
  passenger: 'liftKind.passenger',
  freight: 'liftKind.freight',
  bed: 'liftKind.bed',
  firefighting: 'liftKind.firefighting',
  accessible: 'liftKind.accessible',
  evacuation: 'liftKind.evacuation',
  observation: 'liftKind.observation',
  car: 'liftKind.car',
  dumbwaiter: 'liftKind.dumbwaiter',
  escalator: 'liftKind.escalator',
  moving_walk: 'liftKind.moving_walk',
};

export const DRIVE_LABEL: Record<Lift['drive'], MessageKey> = {
  traction: 'drive.traction',
  hydraulic: 'drive.hydraulic',
  other: 'drive.other',
};

export const NEXT_KIND_LABEL: Record<NonNullable<Lift['next_inspection_kind']>, MessageKey> = {
  installation: 'nextKind.installation',
  periodic: 'nextKind.periodic',
  confirmation: 'nextKind.confirmation',
  reinspection: 'nextKind.reinspection',
  precision: 'nextKind.precision',
};

export type ItemResult = ChecklistItemResult['result'];

export const ITEM_RESULT_LABEL: Record<ItemResult, MessageKey> = {
  pass: 'inspection.item.pass',
  defect: 'inspection.item.defect',
  fail: 'inspection.item.fail',
  observation: 'inspection.item.observation',
  na: 'inspection.item.na',
};

export const ACTION_LABEL: Record<LiftAction, MessageKey> = {
  edit_lift: 'action.edit_lift',
  download_certificate: 'lift.downloadCertificate',
  record_inspection: 'lift.recordInspection',
  record_self_inspection: 'lift.recordSelfInspection',
  report_accident: 'lift.reportAccident',
  open_work_order: 'lift.openWorkOrder',
  update_work_order: 'action.update_work_order',
  add_part: 'action.add_part',
  apply_for_inspection: 'action.apply_for_inspection',
  handle_alarms: 'action.handle_alarms',
  view_telemetry: 'action.view_telemetry',
};

// Why an action is not offered on a lift (its `unavailable_actions[].code`);
// the texts take the lift's number as {no}.
export const DENIAL_LABEL: Record<Denial, MessageKey> = {
  sign_in: 'denial.sign_in',
  role_may_not: 'denial.role_may_not',
  not_your_building: 'denial.not_your_building',
  not_your_company: 'denial.not_your_company',
};

// The server's refusal of a field by its `problem_code`, in the words the
// forms' own checks use where they say the same thing.
export const PROBLEM_LABEL: Record<ProblemCode, MessageKey> = {
  required: 'problem.required',
  in_future: 'form.error.future',
  before_earliest: 'problem.before_earliest',
  before_installation: 'problem.before_installation',
  out_of_order: 'problem.out_of_order',
  beyond_limit: 'inspection.error.beyondLimit',
  needs_note: 'problem.needs_note',
  verdict_disallows: 'inspection.error.verdictItem',
};
