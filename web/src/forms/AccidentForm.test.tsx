import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { PROFILE } from '../test/profile';
import { fakeServer, OWNER, renderConsole } from '../test/render';
import { accidentBody, initialAccident, validateAccident } from './accident';
import { AccidentForm } from './AccidentForm';

describe('accident reports', () => {
  it('start with nothing chosen and need a kind, a description, a past time and whole numbers of persons', () => {
    expect(validateAccident(initialAccident(), '2026-11-25T10:00')).toEqual({
      kind: 'accident.error.kind',
      occurredAt: 'form.error.time',
      description: 'accident.error.description',
    });
    const v = { ...initialAccident(), kind: 'accident' as const, occurredAt: '2026-11-25T10:00' };
    expect(validateAccident(v, '2026-11-25T10:00')).toEqual({ description: 'accident.error.description' });
    expect(
      validateAccident(
        { ...v, description: 'x', occurredAt: '2026-11-25T11:00', counts: { ...v.counts, deaths: '-1' } },
        '2026-11-25T10:00',
      ),
    ).toEqual({ occurredAt: 'form.error.future', deaths: 'form.error.count' });
    expect(accidentBody({ ...v, description: ' trapped ', counts: { ...v.counts, persons_trapped: '2' } })).toEqual({
      kind: 'accident',
      occurred_at: '2026-11-25T10:00',
      description: 'trapped',
      persons_trapped: 2,
    });
  });

  it('are sent by an owner and say when the server judges them serious', async () => {
    const calls = fakeServer({
      'POST /api/v1/lifts/9000001/accidents': {
        status: 201,
        body: { id: 1, kind: 'failure', occurred_at: '2026-11-25T08:00', description: 'x', serious: true },
      },
    });
    renderConsole(
      <AccidentForm registrationNo="9000001" profile={PROFILE} onSaved={() => undefined} onCancel={() => undefined} />,
      { user: OWNER },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(screen.getByText('Describe what happened.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'failure');
    await user.type(screen.getByLabelText('When it happened'), '2026-11-25T08:00');
    await user.selectOptions(screen.getByLabelText('Type of serious failure'), 'trapped_mid_travel');
    await user.type(screen.getByLabelText('What happened'), 'car stopped between floors');
    await user.type(screen.getByLabelText('Persons trapped'), '3');
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByText(/this is serious/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      kind: 'failure',
      failure_type: 'trapped_mid_travel',
      description: 'car stopped between floors',
      persons_trapped: 3,
    });
  });
});
