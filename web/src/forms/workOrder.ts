// Call-out work orders: opening one (the call, the reported problem, whether
// the lift is out of service: nothing assumed) and closing it (arrival,
// completion, the cause found and the action taken, all needed).
import type { WorkOrder } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { isTimestamp } from './dates';

export interface OpenWorkOrderValues {
  calledAt: string;
  technicianId: number | null;
  outOfService: boolean | null; // null until chosen
  problem: string;
}

export interface CloseWorkOrderValues {
  arrivedAt: string;
  completedAt: string;
  cause: string;
  action: string;
}

export type WorkOrderErrors = Partial<
  Record<'calledAt' | 'problem' | 'outOfService' | 'arrivedAt' | 'completedAt' | 'cause' | 'action', MessageKey>
>;

export function initialOpen(): OpenWorkOrderValues {
  return { calledAt: '', technicianId: null, outOfService: null, problem: '' };
}

export function validateOpen(v: OpenWorkOrderValues, now: string): WorkOrderErrors {
  const errors: WorkOrderErrors = {};
  if (!isTimestamp(v.calledAt)) errors.calledAt = 'form.error.time';
  else if (v.calledAt > now) errors.calledAt = 'form.error.future';
  if (!v.problem.trim()) errors.problem = 'workOrder.error.problem';
  if (v.outOfService === null) errors.outOfService = 'workOrder.error.outOfService';
  return errors;
}

export function openBody(v: OpenWorkOrderValues) {
  return {
    called_at: v.calledAt,
    problem: v.problem.trim(),
    out_of_service: v.outOfService === true,
    ...(v.technicianId !== null ? { technician_id: v.technicianId } : {}),
  };
}

export function initialClose(order: WorkOrder): CloseWorkOrderValues {
  return { arrivedAt: order.arrived_at ?? '', completedAt: order.completed_at ?? '', cause: order.cause, action: order.action };
}

export function validateClose(v: CloseWorkOrderValues, calledAt: string, now: string): WorkOrderErrors {
  const errors: WorkOrderErrors = {};
  if (v.arrivedAt && !isTimestamp(v.arrivedAt)) errors.arrivedAt = 'form.error.time';
  else if (v.arrivedAt && v.arrivedAt < calledAt.slice(0, 16)) errors.arrivedAt = 'workOrder.error.beforeCall';
  else if (v.arrivedAt > now) errors.arrivedAt = 'form.error.future';
  if (!isTimestamp(v.completedAt)) errors.completedAt = 'workOrder.error.completedRequired';
  else if (v.completedAt < calledAt.slice(0, 16)) errors.completedAt = 'workOrder.error.beforeCall';
  else if (v.arrivedAt && isTimestamp(v.arrivedAt) && v.completedAt < v.arrivedAt) {
    errors.completedAt = 'workOrder.error.beforeArrival';
  } else if (v.completedAt > now) errors.completedAt = 'form.error.future';
  if (!v.cause.trim()) errors.cause = 'workOrder.error.cause';
  if (!v.action.trim()) errors.action = 'workOrder.error.action';
  return errors;
}

export function closeBody(v: CloseWorkOrderValues) {
  return {
    ...(v.arrivedAt ? { arrived_at: v.arrivedAt } : {}),
    completed_at: v.completedAt,
    cause: v.cause.trim(),
    action: v.action.trim(),
    status: 'closed',
  };
}

// Minutes from the call to the technician's arrival; null before arrival.
export function responseMinutes(order: Pick<WorkOrder, 'called_at' | 'arrived_at'>): number | null {
  if (!order.arrived_at) return null;
  const called = Date.parse(`${order.called_at.slice(0, 16)}:00Z`);
  const arrived = Date.parse(`${order.arrived_at.slice(0, 16)}:00Z`);
  if (Number.isNaN(called) || Number.isNaN(arrived)) return null;
  return Math.round((arrived - called) / 60000);
}
