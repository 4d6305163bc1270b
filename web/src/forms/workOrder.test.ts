import { describe, expect, it } from 'vitest';

import { OPEN_ORDER } from '../test/workOrder';
import { closeBody, initialClose, openBody, validateClose, validateOpen } from './workOrder';

const ORDER = OPEN_ORDER;

describe('work orders', () => {
  it('open with a call time', () => {
    expect(validateOpen({ calledAt: '', technicianId: null, outOfService: true, cause: '' })).toEqual({
      calledAt: 'form.error.time',
    });
    expect(openBody({ calledAt: '2026-11-25T09:30', technicianId: 4, outOfService: false, cause: ' stuck ' })).toEqual({
      called_at: '2026-11-25T09:30',
      out_of_service: false,
      technician_id: 4,
      cause: 'stuck',
    });
  });

  it('close only with a completion after the call and the arrival, and an action', () => {
    const v = initialClose(ORDER, '2026-11-25T11:00');
    expect(v).toEqual({ arrivedAt: '', completedAt: '2026-11-25T11:00', cause: 'door fault', action: '' });
    expect(validateClose(v, ORDER.called_at)).toEqual({ action: 'workOrder.error.action' });
    expect(validateClose({ ...v, action: 'x', completedAt: '2026-11-25T09:00' }, ORDER.called_at)).toEqual({
      completedAt: 'workOrder.error.beforeCall',
    });
    expect(
      validateClose({ ...v, action: 'x', arrivedAt: '2026-11-25T10:30', completedAt: '2026-11-25T10:00' }, ORDER.called_at),
    ).toEqual({ completedAt: 'workOrder.error.beforeArrival' });
    expect(validateClose({ ...v, action: 'x', completedAt: '' }, ORDER.called_at)).toEqual({
      completedAt: 'workOrder.error.completedRequired',
    });
    expect(closeBody({ ...v, action: ' fixed ', arrivedAt: '2026-11-25T10:00' })).toEqual({
      arrived_at: '2026-11-25T10:00',
      completed_at: '2026-11-25T11:00',
      cause: 'door fault',
      action: 'fixed',
      status: 'closed',
    });
  });
});
