import type { WorkOrder } from '../api/types';

// An open call-out for tests; spread it and override what a test needs.
export const OPEN_ORDER: WorkOrder = {
  id: 3,
  registration_no: '9000001',
  called_at: '2026-11-25T09:30:00',
  arrived_at: null,
  completed_at: null,
  problem: 'doors do not close',
  cause: '',
  action: '',
  status: 'open',
  out_of_service: true,
  origin: '',
  technician_id: null,
  company_id: 1,
  version: 1,
};
