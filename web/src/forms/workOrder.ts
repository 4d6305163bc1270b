// Call-out work orders: opening one (the call) and closing it (arrival,
// completion, cause and action). Closing needs the completion time.
import type { WorkOrder } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { isTimestamp } from './dates';

export interface OpenWorkOrderValues {
  calledAt: string;
  technicianId: number | null;
  outOfService: boolean;
  cause: string;
}

export interface CloseWorkOrderValues {
  arrivedAt: string;
  completedAt: string;
  cause: string;
  action: string;
}

export type WorkOrderErrors = Partial<Record<'calledAt' | 'arrivedAt' | 'completedAt' | 'action', MessageKey>>;

export function validateOpen(v: OpenWorkOrderValues): WorkOrderErrors {
  return isTimestamp(v.calledAt) ? {} : { calledAt: 'form.error.time' };
}

export function openBody(v: OpenWorkOrderValues) {
  return {
    called_at: v.calledAt,
    out_of_service: v.outOfService,
    ...(v.technicianId !== null ? { technician_id: v.technicianId } : {}),
    ...(v.cause.trim() ? { cause: v.cause.trim() } : {}),
  };
}

export function initialClose(order: WorkOrder, now: string): CloseWorkOrderValues {
  return {
    arrivedAt: order.arrived_at || '',
    completedAt: order.completed_at || now,
    cause: order.cause,
    action: order.action,
  };
}

export function validateClose(v: CloseWorkOrderValues, calledAt: string): WorkOrderErrors {
  const errors: WorkOrderErrors = {};
  if (v.arrivedAt && !isTimestamp(v.arrivedAt)) errors.arrivedAt = 'form.error.time';
  else if (v.arrivedAt && v.arrivedAt < calledAt.slice(0, 16)) errors.arrivedAt = 'workOrder.error.beforeCall';
  if (!isTimestamp(v.completedAt)) errors.completedAt = 'workOrder.error.completedRequired';
  else if (v.completedAt < calledAt.slice(0, 16)) errors.completedAt = 'workOrder.error.beforeCall';
  else if (v.arrivedAt && isTimestamp(v.arrivedAt) && v.completedAt < v.arrivedAt) {
    errors.completedAt = 'workOrder.error.beforeArrival';
  }
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
