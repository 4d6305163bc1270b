import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeServer, TECHNICIAN, renderConsole, type Call } from '../test/render';
import { TrainingPage } from './TrainingPage';
import { tracePoints } from './TracePlot';
import type { Grade, Observation, RecordsPage, ScenarioList, TrainingSession } from './types';

const SCENARIOS: ScenarioList = {
  total: 1,
  items: [
    {
      id: 'doors-slam',
      title: 'Passengers are struck by the closing doors',
      level: 'apprentice',
      lift: 'mrl-630',
      diagnoses: [
        { id: 'doors_too_fast', text: 'The door operator closes too fast' },
        { id: 'no_fault', text: 'The doors are within the limits' },
      ],
    },
  ],
};

const SESSION: TrainingSession = {
  id: 7,
  scenario: 'doors-slam',
  title: 'Passengers are struck by the closing doors',
  level: 'apprentice',
  seed: 42,
  started_at: '2026-12-01T10:00:00Z',
  observations: [
    {
      kind: 'briefing',
      complaint: 'A resident was struck by the closing doors.',
      lift: 'mrl-630',
      lift_name: 'MRL 630 kg',
      tests: [{ id: 'door_kinetic_energy', clause: 'EN 81-20 5.3.6.2.2.1 b', what: 'kinetic energy of the doors' }],
      traces: true,
      ride: true,
    },
    {
      kind: 'ride',
      runs: [
        {
          id: 'full_travel',
          title: 'Full travel down',
          flight_time_s: 21.5,
          max_speed_mps: 1.0,
          speed_at_mid_travel_mps: 1.0,
          stopping_error_mm: 0.4,
          ride: [],
        },
      ],
    },
  ],
  diagnoses: [
    { id: 'no_fault', text: 'The doors are within the limits' },
    { id: 'doors_too_fast', text: 'The door operator closes too fast' },
  ],
  actions: [
    { id: 'return_to_service', text: 'No action' },
    { id: 'readjust_door_operator', text: 'Re-adjust the door operator' },
  ],
};

const TEST_RESULT: Observation = {
  kind: 'test',
  test: 'door_kinetic_energy',
  result: {
    id: 'door_kinetic_energy',
    clause: 'EN 81-20 5.3.6.2.2.1 b',
    title: 'the doors closing',
    measured: 17.2,
    unit: 'J',
    limit_text: '<= 10 J',
    verdict: 'fail',
    finding: 'The doors carry 17.2 J.',
    figures: [],
  },
};

const GRADE: Grade = {
  id: 7,
  passed: true,
  score: 100,
  explanation: 'The kinetic energy must not exceed 10 J.\nReference: EN 81-20 5.3.6.2.2.1 b',
  right_diagnosis: 'doors_too_fast',
  right_actions: ['readjust_door_operator'],
};

const RECORDS: RecordsPage = { items: [], total: 0, page: 1, per_page: 100 };

function trainingServer(): Call[] {
  return fakeServer({
    'GET /api/v1/training/scenarios': { body: SCENARIOS },
    'GET /api/v1/training/records': { body: RECORDS },
    'POST /api/v1/training/sessions': { status: 201, body: SESSION },
    'POST /api/v1/training/sessions/7/observations': { body: TEST_RESULT },
    'POST /api/v1/training/sessions/7/answer': { body: GRADE },
  });
}

describe('TrainingPage', () => {
  it('walks a scenario: start, run a test, answer, read the explanation', async () => {
    const calls = trainingServer();
    renderConsole(<TrainingPage />, { user: TECHNICIAN });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Start: Passengers are struck/ }));
    expect(await screen.findByText('A resident was struck by the closing doors.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Normal runs (half load)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Run test door_kinetic_energy' }));
    const result = await screen.findByRole('region', { name: 'door_kinetic_energy fail' });
    expect(within(result).getByText('<= 10 J')).toBeInTheDocument();

    // Nothing is sent without a diagnosis.
    await user.click(screen.getByRole('button', { name: 'Submit the answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a diagnosis');
    // ... said at the choices, the first of which takes the focus.
    const diagnoses = screen.getByRole('group', { name: 'Diagnosis' });
    expect(diagnoses).toHaveAttribute('aria-invalid', 'true');
    expect(within(diagnoses).getAllByRole('radio')[0]).toHaveFocus();
    await user.click(screen.getByLabelText('The door operator closes too fast'));
    await user.click(screen.getByLabelText('Re-adjust the door operator'));
    await user.click(screen.getByRole('button', { name: 'Submit the answer' }));
    expect(await screen.findByText('Score: 100 / 100')).toBeInTheDocument();
    expect(screen.getByText(/Reference: EN 81-20 5.3.6.2.2.1 b/)).toBeInTheDocument();

    const answers = calls.filter((c) => c.path === '/api/v1/training/sessions/7/answer');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body).toEqual({ diagnosis: 'doors_too_fast', action: 'readjust_door_operator' });
    const observations = calls.filter((c) => c.path === '/api/v1/training/sessions/7/observations');
    expect(observations.map((c) => c.body)).toEqual([{ kind: 'test', test: 'door_kinetic_energy' }]);
  });

  it('shows the records the server answers, in Korean too', async () => {
    fakeServer({
      'GET /api/v1/training/scenarios': { body: SCENARIOS },
      'GET /api/v1/training/records': {
        body: {
          total: 1,
          page: 1,
          per_page: 100,
          items: [
            {
              id: 1,
              user_id: 3,
              user: 'demo-technician',
              scenario: 'doors-slam',
              title: 'Passengers are struck by the closing doors',
              seed: 1,
              started_at: '2026-01-01T10:00:00Z',
              observations: [{ kind: 'test', test: 'door_kinetic_energy', at: '2026-01-01T10:02:00Z' }],
              answered_at: '2026-01-01T10:15:00Z',
              diagnosis: 'doors_too_fast',
              action: 'readjust_door_operator',
              passed: true,
              score: 100,
              refresher: { due: '2029-01-01', confirmed: false },
            },
          ],
        },
      },
    });
    renderConsole(<TrainingPage />, { user: TECHNICIAN, language: 'ko' });
    expect(await screen.findByText('demo-technician')).toBeInTheDocument();
    expect(screen.getByText('합격 (100)')).toBeInTheDocument();
    expect(screen.getByText('2029-01-01 (규정 미확인)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '교육 기록' })).toBeInTheDocument();
  });
});

describe('TrainingPage telemetry', () => {
  it("shows monitoring's view when the scenario has a machine fault", async () => {
    const briefing = { ...SESSION.observations[0]!, telemetry: true };
    const calls = fakeServer({
      'GET /api/v1/training/scenarios': { body: SCENARIOS },
      'GET /api/v1/training/records': { body: RECORDS },
      'POST /api/v1/training/sessions': { status: 201, body: { ...SESSION, observations: [briefing] } },
      'POST /api/v1/training/sessions/7/observations': {
        body: {
          kind: 'telemetry',
          hours: 4,
          events: [{ kind: 'trip', count: 120 }],
          alarms: [],
          signals: [{ name: 'levelling_error', summary: 'levelling error rose to 6 mm', minute: 95 }],
          entrapments: 0,
        },
      },
    });
    renderConsole(<TrainingPage />, { user: TECHNICIAN });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Start: Passengers are struck/ }));
    await user.click(await screen.findByRole('button', { name: 'Monitoring: four hours in service' }));
    const view = await screen.findByRole('region', { name: 'Monitoring (emulated)' });
    expect(within(view).getByText(/levelling error rose to 6 mm, minute 95/)).toBeInTheDocument();
    expect(within(view).getByText(/trip ×120/)).toBeInTheDocument();
    const posted = calls.filter((c) => c.path === '/api/v1/training/sessions/7/observations');
    expect(posted.map((c) => c.body)).toEqual([{ kind: 'telemetry' }]);
  });
});

// An unanswered session in the records, of `user`.
function openRecord(id: number, user: string): RecordsPage['items'][number] {
  return {
    id,
    user_id: id,
    user,
    scenario: 'doors-slam',
    title: 'Passengers are struck by the closing doors',
    seed: id,
    started_at: '2026-12-01T10:00:00Z',
    observations: id === 7 ? [{ kind: 'test', test: 'door_kinetic_energy', at: '2026-12-01T10:02:00Z' }] : [],
    answered_at: null,
    diagnosis: null,
    action: null,
    passed: null,
    score: null,
    refresher: null,
  };
}

describe('TrainingPage history and taking a session up again', () => {
  it("continues one's own open session: its observations, then the lift's history", async () => {
    const briefing = { ...SESSION.observations[0]!, history: true };
    const calls = fakeServer({
      'GET /api/v1/training/scenarios': { body: SCENARIOS },
      'GET /api/v1/training/records': {
        body: {
          total: 2,
          page: 1,
          per_page: 100,
          items: [openRecord(7, TECHNICIAN.name), openRecord(8, 'someone-else')],
        },
      },
      'GET /api/v1/training/sessions/7': {
        body: { ...SESSION, observations: [briefing, SESSION.observations[1]!, TEST_RESULT] },
      },
      'POST /api/v1/training/sessions/7/observations': {
        body: {
          kind: 'history',
          records: [
            { days_ago: 61, kind: 'maintenance', text: 'Contactors not inspected' },
            { days_ago: 6, kind: 'callout', text: 'The lift does not start; no fault found' },
          ],
        },
      },
    });
    renderConsole(<TrainingPage />, { user: TECHNICIAN });
    const user = userEvent.setup();
    // Only one's own open session can be continued.
    const resume = await screen.findAllByRole('button', { name: /^Continue: / });
    expect(resume).toHaveLength(1);
    await user.click(resume[0]!);
    expect(await screen.findByText('A resident was struck by the closing doors.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'door_kinetic_energy fail' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Diagnosis' })).not.toBeDisabled();
    await user.click(screen.getByRole('button', { name: "The lift's history" }));
    const table = await screen.findByRole('table', { name: "The lift's history (oldest first)" });
    expect(within(table).getByText('6 days before the call-out')).toBeInTheDocument();
    expect(within(table).getByText('call-out')).toBeInTheDocument();
    const posted = calls.filter((c) => c.path === '/api/v1/training/sessions/7/observations');
    expect(posted.map((c) => c.body)).toEqual([{ kind: 'history' }]);
  });

  it('shows the grade of a session taken up after its answer', async () => {
    fakeServer({
      'GET /api/v1/training/scenarios': { body: SCENARIOS },
      'GET /api/v1/training/records': { body: RECORDS },
    });
    const { SessionView } = await import('./SessionView');
    renderConsole(
      <SessionView
        session={{ ...SESSION, ...GRADE, answered_at: '2026-12-01T10:20:00Z', diagnosis: 'doors_too_fast', action: '' }}
        onLeave={() => undefined}
      />,
      { user: TECHNICIAN },
    );
    expect(await screen.findByText('Score: 100 / 100')).toBeInTheDocument();
    expect(screen.getByLabelText('The door operator closes too fast')).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Submit the answer' })).not.toBeInTheDocument();
  });
});

describe('tracePoints', () => {
  it('draws nothing for fewer than two points and skips nulls', () => {
    expect(tracePoints({ time_s: [0], position_m: [0], velocity_mps: [0], acceleration_mps2: [0] })).toBe('');
    const points = tracePoints({
      time_s: [0, 1, 2],
      position_m: [0, 0, 0],
      velocity_mps: [0, null, 1],
      acceleration_mps2: [0, 0, 0],
    });
    expect(points.split(' ')).toHaveLength(2);
  });
});
