import { describe, expect, it } from 'vitest';

import { OPEN_ORDER } from '../test/workOrder';
import { closeBody, initialClose, initialOpen, openBody, responseMinutes, validateClose, validateOpen } from './workOrder';

const ORDER = OPEN_ORDER;
const NOW = '2026-11-25T12:00';

describe('work orders', () => {
  it('open with a call time, the reported problem and an explicit out-of-service choice', () => {
    expect(initialOpen().outOfService).toBeNull(); // nothing assumed
    expect(validateOpen(initialOpen(), NOW)).toEqual({
      calledAt: 'form.error.time',
      problem: 'workOrder.error.problem',
      outOfService: 'workOrder.error.outOfService',
    });
    expect(validateOpen({ ...initialOpen(), calledAt: '2026-11-25T13:00', problem: 'x', outOfService: false }, NOW)).toEqual({
      calledAt: 'form.error.future',
    });
    expect(openBody({ calledAt: '2026-11-25T09:30', technicianId: 4, outOfService: false, problem: ' stuck ' })).toEqual({
      called_at: '2026-11-25T09:30',
      problem: 'stuck',
      out_of_service: false,
      technician_id: 4,
    });
  });

  it('close only with a completion after the call and the arrival, the cause and the action', () => {
    const v = initialClose(ORDER);
    expect(v).toEqual({ arrivedAt: '', completedAt: '', cause: '', action: '' });
    expect(validateClose(v, ORDER.called_at, NOW)).toEqual({
      completedAt: 'workOrder.error.completedRequired',
      cause: 'workOrder.error.cause',
      action: 'workOrder.error.action',
    });
    const ready = { ...v, cause: 'lock', action: 'x' };
    expect(validateClose({ ...ready, completedAt: '2026-11-25T09:00' }, ORDER.called_at, NOW)).toEqual({
      completedAt: 'workOrder.error.beforeCall',
    });
    expect(
      validateClose({ ...ready, arrivedAt: '2026-11-25T10:30', completedAt: '2026-11-25T10:00' }, ORDER.called_at, NOW),
    ).toEqual({ completedAt: 'workOrder.error.beforeArrival' });
    expect(validateClose({ ...ready, completedAt: '2026-11-25T13:00' }, ORDER.called_at, NOW)).toEqual({
      completedAt: 'form.error.future',
    });
    expect(closeBody({ ...ready, action: ' fixed ', arrivedAt: '2026-11-25T10:00', completedAt: '2026-11-25T11:00' })).toEqual({
      arrived_at: '2026-11-25T10:00',
      completed_at: '2026-11-25T11:00',
      cause: 'lock',
      action: 'fixed',
      status: 'closed',
    });
  });

  it('measures the response from the call to the arrival', () => {
    expect(responseMinutes(ORDER)).toBeNull();
    expect(responseMinutes({ ...ORDER, arrived_at: '2026-11-25T10:15' })).toBe(45);
  });
});
