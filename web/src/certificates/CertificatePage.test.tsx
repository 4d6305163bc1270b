// The certificate page: a model's certificate with its type tests, a safety
// component's, the states in words, an unknown number, the route for every
// role and the way there from a lift's page.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { App } from '../App';
import type { Lift, SignedInUser } from '../api/types';
import { PROFILE } from '../test/profile';
import { fakeServer, INSPECTOR, OWNER, renderConsole, TECHNICIAN } from '../test/render';
import type { TypeTest } from '../tower/types';
import type { CertificateRecord } from './types';

const ADMIN: SignedInUser = { name: 'root', role: 'admin', company_id: null };

function typeTest(id: number, failed: string[], run_at: string): TypeTest {
  return {
    id,
    model_id: 4,
    run_at,
    suite: 'en81-20',
    lift: 'MRL 630 kg 1.0 m/s',
    verdict: failed.length ? 'fail' : 'pass',
    failed,
    submitted_by: 'demo-inspector',
    changes: failed.length ? { faults: ['worn_brake_lining'] } : {},
    tests: [],
  };
}

const MODEL_CERTIFICATE: CertificateRecord = {
  id: 1,
  certificate_no: 'DEMO-M-004',
  subject: 'model',
  component_kind: null,
  model: 'DL-400',
  manufacturer: 'Example Hoist Ltd',
  holder: 'Example Hoist Holdings',
  issued_on: '2018-11-25',
  valid_until: '2028-11-25',
  status: 'valid',
  model_id: 4,
  type_tests: [typeTest(12, ['brake_125', 'brake_one_set'], '2026-11-20T14:05:09Z'), typeTest(7, [], '2026-03-02T09:30:00Z')],
};

const PART_CERTIFICATE: CertificateRecord = {
  id: 2,
  certificate_no: 'DEMO-C-003-01',
  subject: 'component',
  component_kind: 'safety_gear',
  model: 'safety_gear-3',
  manufacturer: 'Gear Co',
  holder: 'Gear Co',
  issued_on: '2018-11-25',
  valid_until: '2030-01-01',
  status: 'suspended',
};

// The row of the facts list labelled `term`, as "term: value".
function fact(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return `${dt.textContent}: ${dt.nextElementSibling?.textContent}`;
}

function show(path: string, user: SignedInUser = OWNER, language: 'en' | 'ko' = 'en') {
  return renderConsole(<App />, { user, path, language });
}

describe('CertificatePage', () => {
  it("shows a model's certificate in words and the model's type tests with their reports", async () => {
    const calls = fakeServer({
      'GET /api/v1/certificates/DEMO-M-004': { body: MODEL_CERTIFICATE },
      'GET /api/v1/type-tests/12/report.html': { body: '<!DOCTYPE html>' },
    });
    const created = vi.fn((_blob: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => undefined });
    show('/certificates/DEMO-M-004');

    expect(await screen.findByRole('heading', { name: 'Certificate DEMO-M-004', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Lift model: Example Hoist Ltd DL-400')).toBeInTheDocument();
    expect(fact('Certificate number')).toBe('Certificate number: DEMO-M-004');
    expect(fact('Certifies')).toBe('Certifies: Lift model');
    expect(fact('Model')).toBe('Model: DL-400');
    expect(fact('Manufacturer')).toBe('Manufacturer: Example Hoist Ltd');
    expect(fact('Holder')).toBe('Holder: Example Hoist Holdings');
    expect(fact('Issued on')).toBe('Issued on: 2018-11-25');
    expect(fact('Valid until')).toBe('Valid until: 2028-11-25');
    await waitFor(() =>
      expect(fact('Status')).toBe(
        'Status: Valid: the certificate is in force. It remains valid up to and including 2028-11-25.',
      ),
    );
    expect(screen.queryByText('Component kind')).toBeNull();

    const section = screen.getByTestId('certificate-type-tests');
    expect(within(section).getByRole('heading', { name: 'Type tests of this model', level: 2 })).toBeInTheDocument();
    const table = within(section).getByRole('table', {
      name: 'Type tests of Example Hoist Ltd DL-400 (2), newest first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('2026-11-20 14:05');
    expect(rows[0]).toHaveTextContent('no. 12, by demo-inspector');
    expect(rows[0]).toHaveTextContent('✗ FAIL');
    expect(rows[0]).toHaveTextContent('brake_125, brake_one_set');
    expect(rows[1]).toHaveTextContent('✓ pass');
    expect(rows[1]).toHaveTextContent('none');

    await userEvent.setup().click(within(rows[0]!).getByRole('button', { name: 'HTML report of type test 12' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(calls.some((c) => c.path === '/api/v1/type-tests/12/report.html')).toBe(true);
  });

  it("says so when a model's certificate has no type test", async () => {
    fakeServer({ 'GET /api/v1/certificates/DEMO-M-004': { body: { ...MODEL_CERTIFICATE, type_tests: [] } } });
    show('/certificates/DEMO-M-004');
    const section = await screen.findByTestId('certificate-type-tests');
    expect(within(section).getByText('No type test is recorded for this model.')).toBeInTheDocument();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('says so when the model of the certificate is not registered', async () => {
    const unregistered: CertificateRecord = { ...MODEL_CERTIFICATE };
    delete unregistered.model_id;
    fakeServer({ 'GET /api/v1/certificates/DEMO-M-004': { body: { ...unregistered, type_tests: [] } } });
    show('/certificates/DEMO-M-004');
    const section = await screen.findByTestId('certificate-type-tests');
    expect(section).toHaveTextContent(
      'No type test is recorded for this model: Example Hoist Ltd DL-400 is not registered as a lift model.',
    );
  });

  it("shows a safety component's certificate with the profile's name for its kind, suspended, without type tests", async () => {
    fakeServer({
      'GET /api/v1/certificates/DEMO-C-003-01': { body: PART_CERTIFICATE },
      'GET /api/v1/profile': { body: PROFILE },
    });
    show('/certificates/DEMO-C-003-01', TECHNICIAN);
    expect(await screen.findByRole('heading', { name: 'Certificate DEMO-C-003-01', level: 1 })).toBeInTheDocument();
    expect(fact('Certifies')).toBe('Certifies: Safety component');
    await waitFor(() => expect(fact('Component kind')).toBe('Component kind: Safety gear'));
    expect(screen.getByText('Safety component: Safety gear, Gear Co safety_gear-3')).toBeInTheDocument();
    expect(fact('Model')).toBe('Model: safety_gear-3');
    expect(fact('Status')).toBe(
      'Status: Suspended: it certifies nothing until the authority lifts the suspension. ' +
        'Once the suspension is lifted, it is valid up to and including 2030-01-01.',
    );
    expect(screen.getByText('Suspended', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByTestId('certificate-type-tests')).toBeNull();
    expect(screen.queryByText('Type tests of this model')).toBeNull();
  });

  it("uses the profile's local name of the kind in Korean", async () => {
    fakeServer({
      'GET /api/v1/certificates/DEMO-C-003-01': { body: PART_CERTIFICATE },
      'GET /api/v1/profile': { body: PROFILE },
    });
    show('/certificates/DEMO-C-003-01', OWNER, 'ko');
    await screen.findByRole('heading', { name: '인증서 DEMO-C-003-01', level: 1 });
    await waitFor(() => expect(fact('부품 종류')).toBe('부품 종류: 추락방지안전장치'));
    expect(fact('인증 대상')).toBe('인증 대상: 안전부품');
  });

  it('says a revoked certificate certifies nothing, and a valid one past its end date has expired', async () => {
    fakeServer({
      'GET /api/v1/certificates/R-1': { body: { ...PART_CERTIFICATE, certificate_no: 'R-1', status: 'revoked' } },
      'GET /api/v1/certificates/E-1': {
        body: { ...PART_CERTIFICATE, certificate_no: 'E-1', status: 'valid', valid_until: '2026-11-24' },
      },
      'GET /api/v1/profile': { body: PROFILE },
    });
    const revoked = show('/certificates/R-1');
    await screen.findByRole('heading', { name: 'Certificate R-1', level: 1 });
    expect(fact('Status')).toBe(
      'Status: Revoked: it has been withdrawn for good and certifies nothing. Its end date (2030-01-01) no longer applies.',
    );
    revoked.unmount();
    // The demo server's today is 2026-11-25 (GET /info).
    show('/certificates/E-1');
    await screen.findByRole('heading', { name: 'Certificate E-1', level: 1 });
    await waitFor(() =>
      expect(fact('Status')).toBe(
        'Status: Expired: the registry records it as valid, but its period of validity has ended. ' +
          'Its last day of validity was 2026-11-24.',
      ),
    );
    expect(screen.getByText('Expired', { selector: '.badge' })).toBeInTheDocument();
  });

  it('says plainly that there is no such certificate', async () => {
    fakeServer({
      'GET /api/v1/certificates/NOPE-1': {
        status: 404,
        body: { error: 'not_found', status: 404, message: 'certificate NOPE-1 not found' },
      },
    });
    show('/certificates/NOPE-1');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No such certificate. The registry has no certificate numbered NOPE-1. Check the number.',
    );
    expect(screen.getByRole('heading', { name: 'Certificate NOPE-1', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Certificate data')).toBeNull();
    expect(screen.getByRole('link', { name: '← Back to the fleet' })).toHaveAttribute('href', '/fleet');
  });

  it('shows another error as the server says it', async () => {
    fakeServer({
      'GET /api/v1/certificates/DEMO-M-004': {
        status: 503,
        body: { error: 'unavailable', status: 503, message: 'the database is unavailable' },
      },
    });
    show('/certificates/DEMO-M-004');
    expect(await screen.findByRole('alert')).toHaveTextContent('the database is unavailable');
    expect(screen.queryByText('No such certificate.')).toBeNull();
  });

  it('asks for a number with a slash or a space as it is written', async () => {
    const calls = fakeServer({
      'GET /api/v1/certificates/KC%2F7%20A': { body: { ...PART_CERTIFICATE, certificate_no: 'KC/7 A' } },
    });
    show('/certificates/KC%2F7%20A');
    expect(await screen.findByRole('heading', { name: 'Certificate KC/7 A', level: 1 })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/certificates/KC%2F7%20A')).toBe(true);
  });

  it.each([ADMIN, INSPECTOR, TECHNICIAN, OWNER])('is open to $role', async (user) => {
    fakeServer({ 'GET /api/v1/certificates/DEMO-M-004': { body: MODEL_CERTIFICATE } });
    show('/certificates/DEMO-M-004', user);
    expect(await screen.findByRole('heading', { name: 'Certificate DEMO-M-004', level: 1 })).toBeInTheDocument();
  });

  it('asks a visitor to sign in first', async () => {
    fakeServer({});
    renderConsole(<App />, { path: '/certificates/DEMO-M-004' });
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeInTheDocument();
  });
});

describe("a lift's page", () => {
  const LIFT = {
    registration_no: '9000002',
    building: { name: '[DEMO] Tower', address: '1 Abay Ave', region: 'Medeu' },
    kind: 'passenger',
    status: 'in_service',
    validity: 'valid',
    last_result: 'pass',
    last_inspection_on: '2026-10-01',
    valid_until: '2027-09-30',
    next_inspection_due: '2027-09-30',
    version: 1,
    drive: 'traction',
    rated_load_kg: 630,
    rated_speed_mps: 1,
    persons: 8,
    floors_served: 9,
    machine_room_less: true,
    manufacturer: 'Example Hoist Ltd',
    model: 'DL-400',
    model_certificate_no: 'DEMO-M-004',
    installed_on: '2001-05-15',
    first_use_on: null,
    company_id: 1,
    safety_manager: 'Demo Safety Manager 1',
    valid_from: '2026-10-01',
    remediation_until: null,
    next_inspection_kind: null,
    next_precision_due: null,
    updated_at: '2026-10-01T10:00:00Z',
  } satisfies Lift;

  it("links the model's certificate and each part's to their pages", async () => {
    fakeServer({
      'GET /api/v1/lifts/9000002': { body: LIFT },
      'GET /api/v1/profile': { body: PROFILE },
      'GET /api/v1/lifts/9000002/timeline': { body: { events: [] } },
      'GET /api/v1/lifts/9000002/work-orders': { body: { items: [] } },
      'GET /api/v1/lifts/9000002/type-tests': { body: { model: null, items: [] } },
      'GET /api/v1/lifts/9000002/parts': {
        body: { items: [{ id: 1, component_kind: 'safety_gear', certificate_no: 'DEMO-C-003-01', serial_no: 'S1' }] },
      },
      'GET /api/v1/certificates/DEMO-C-003-01': { body: PART_CERTIFICATE },
      'GET /api/v1/certificates/DEMO-M-004': { body: MODEL_CERTIFICATE },
    });
    show('/lifts/9000002', INSPECTOR);
    await screen.findByRole('heading', { name: 'Lift 9000002', level: 1 });
    const model = screen.getByRole('link', { name: 'DEMO-M-004' });
    expect(model).toHaveAttribute('href', '/certificates/DEMO-M-004');
    expect(model.closest('dd')).toHaveTextContent('DL-400 (DEMO-M-004)');
    const part = await screen.findByRole('link', { name: 'DEMO-C-003-01' });
    expect(part).toHaveAttribute('href', '/certificates/DEMO-C-003-01');

    await userEvent.setup().click(model);
    expect(await screen.findByRole('heading', { name: 'Certificate DEMO-M-004', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Type tests of Example Hoist Ltd DL-400/ })).toBeInTheDocument();
  });
});
