// "Record as a type test of a model" (admin and inspector, as the server
// allows): choose a lift model of the registry by search, or register a new
// one (none is chosen at first); confirm; the server runs the suite again on
// the inputs of the results shown and stores its report, and the page shows
// the stored record's id and verdict.
import { useEffect, useState, type FormEvent } from 'react';

import { ApiError } from '../api/client';
import type { Page } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { LiftModel, LiftModelListed, TowerRequest, TypeTest } from './types';
import { withoutField } from './request';
import { modelLabel } from './typeTests';
import { TypeTestReportButton } from './TypeTestReportButton';
import { VerdictMark } from './VerdictMark';

export const MODEL_PAGE_SIZE = 20;

interface Props {
  request: TowerRequest; // the inputs of the results shown
  lift: string;
  stale: boolean;
}

type NewModelErrors = Partial<Record<'manufacturer' | 'name', MessageKey>>;

export function RecordTypeTest({ request, lift, stale }: Props) {
  const { t } = useI18n();
  const { client } = useSession();

  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Page<LiftModelListed> | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [searching, setSearching] = useState(false);

  const [creating, setCreating] = useState(false);
  const [manufacturer, setManufacturer] = useState('');
  const [name, setName] = useState('');
  const [newErrors, setNewErrors] = useState<NewModelErrors>({});
  const [createError, setCreateError] = useState<unknown>(null);

  const [chosen, setChosen] = useState<LiftModel | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [recordError, setRecordError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<{ test: TypeTest; model: LiftModel } | null>(null);

  // Other results: what was recorded and the confirmation belong to the old ones.
  useEffect(() => {
    setConfirming(false);
    setRecorded(null);
    setRecordError(null);
  }, [request]);

  async function search(event: FormEvent) {
    event.preventDefault();
    setSearching(true);
    setSearchError(null);
    try {
      const q = new URLSearchParams({ q: query.trim(), per_page: String(MODEL_PAGE_SIZE) });
      setFound(await client.get<Page<LiftModelListed>>(`/models?${q.toString()}`));
    } catch (e) {
      setFound(null);
      setSearchError(e);
    } finally {
      setSearching(false);
    }
  }

  function choose(model: LiftModel) {
    setChosen(model);
    setConfirming(false);
    setRecorded(null);
    setCreating(false);
    setNewErrors({});
    setCreateError(null);
  }

  async function register(event: FormEvent) {
    event.preventDefault();
    const errors: NewModelErrors = {};
    if (!manufacturer.trim()) errors.manufacturer = 'typeTest.error.manufacturer';
    if (!name.trim()) errors.name = 'typeTest.error.name';
    setNewErrors(errors);
    setCreateError(null);
    if (errors.manufacturer || errors.name) {
      document.getElementById(errors.manufacturer ? 'model-manufacturer' : 'model-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      const model = await client.post<LiftModel>('/models', { manufacturer: manufacturer.trim(), name: name.trim() });
      choose(model);
      setCreating(false);
      setManufacturer('');
      setName('');
    } catch (e) {
      setCreateError(e);
    } finally {
      setBusy(false);
    }
  }

  async function record() {
    if (!chosen) return;
    setBusy(true);
    setRecordError(null);
    try {
      const test = await client.post<TypeTest>(`/models/${chosen.id}/type-tests`, request);
      setRecorded({ test, model: chosen });
      setConfirming(false);
    } catch (e) {
      setRecordError(e);
    } finally {
      setBusy(false);
    }
  }

  // The server's refusal of a new model names its field (or is a 409: it exists).
  const createField =
    createError instanceof ApiError && (createError.field === 'manufacturer' || createError.field === 'name')
      ? createError.field
      : createError instanceof ApiError && createError.status === 409
        ? 'name'
        : null;
  const createMessage =
    createError instanceof ApiError && createField
      ? withoutField(createError.message, createError.field ?? createField)
      : createError instanceof Error
        ? createError.message
        : null;
  const changes = [
    ...(request.faults ?? []).map((f) => t('typeTest.withFault', { fault: f })),
    ...(request.set ?? []).map((s) => t('typeTest.withSet', { set: s })),
  ];

  return (
    <section className="card tower-record" aria-labelledby="tower-record-title" data-testid="record-type-test">
      <h2 id="tower-record-title" className="card-title">
        {t('typeTest.recordTitle')}
      </h2>
      <p className="hint">{t('typeTest.recordHint')}</p>

      <form role="search" onSubmit={search} className="tower-model-search" aria-label={t('typeTest.searchLabel')}>
        <Field id="model-search" label={t('typeTest.search')} hint={t('typeTest.searchHint')}>
          {(p) => <input {...p} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
        </Field>
        <button type="submit" disabled={searching}>
          {t('typeTest.searchButton')}
        </button>
      </form>
      <ErrorNotice error={searchError} />
      {found && found.items.length === 0 && (
        <p className="empty" role="status">
          {t('typeTest.noModel')}
        </p>
      )}
      {found && found.items.length > 0 && (
        <fieldset className="tower-model-list">
          <legend>{t('typeTest.models', { shown: found.items.length, total: found.total })}</legend>
          <ul>
            {found.items.map((m) => (
              <li key={m.id}>
                <input
                  type="radio"
                  name="type-test-model"
                  id={`model-${m.id}`}
                  checked={chosen?.id === m.id}
                  aria-describedby={`model-${m.id}-about`}
                  onChange={() => choose(m)}
                />
                <label htmlFor={`model-${m.id}`}>{modelLabel(m)}</label>{' '}
                <small id={`model-${m.id}-about`} className="hint">
                  {m.latest
                    ? t('typeTest.modelAbout', {
                        count: m.type_tests,
                        date: m.latest.run_at.slice(0, 10),
                        verdict: t(m.latest.verdict === 'pass' ? 'tower.pass' : 'tower.fail'),
                      })
                    : t('typeTest.modelNone')}
                </small>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      {!creating ? (
        <button type="button" className="link-button" onClick={() => setCreating(true)}>
          {t('typeTest.newModel')}
        </button>
      ) : (
        <form onSubmit={register} className="tower-new-model" noValidate aria-labelledby="new-model-title">
          <h3 id="new-model-title">{t('typeTest.newModelTitle')}</h3>
          <div className="form-grid">
            <Field
              id="model-manufacturer"
              label={t('typeTest.manufacturer')}
              error={
                newErrors.manufacturer
                  ? t(newErrors.manufacturer)
                  : createField === 'manufacturer'
                    ? (createMessage ?? undefined)
                    : undefined
              }
            >
              {(p) => <input {...p} value={manufacturer} onChange={(e) => setManufacturer(e.target.value)} />}
            </Field>
            <Field
              id="model-name"
              label={t('typeTest.modelName')}
              error={newErrors.name ? t(newErrors.name) : createField === 'name' ? (createMessage ?? undefined) : undefined}
            >
              {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
          </div>
          {createError !== null && createField === null && <ErrorNotice error={createError} />}
          {createField !== null && (
            <p className="visually-hidden" role="alert">
              {createMessage}
            </p>
          )}
          <div className="form-buttons">
            <button type="submit" disabled={busy}>
              {t('typeTest.register')}
            </button>
            <button
              type="button"
              onClick={() => {
                setCreating(false);
                setNewErrors({});
                setCreateError(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}

      <p className="tower-chosen-model" data-testid="chosen-model">
        {chosen ? t('typeTest.chosen', { model: modelLabel(chosen) }) : t('typeTest.chosenNone')}
      </p>
      {stale && <p className="notice notice-warning">{t('typeTest.stale')}</p>}

      {chosen && !confirming && !recorded && (
        <button type="button" className="primary" disabled={stale || busy} onClick={() => setConfirming(true)}>
          {t('typeTest.record')}
        </button>
      )}
      {chosen && confirming && (
        <div className="tower-confirm" role="group" aria-labelledby="tower-confirm-text">
          <p id="tower-confirm-text">
            {t('typeTest.confirm', { lift, model: modelLabel(chosen) })}{' '}
            {changes.length ? t('typeTest.confirmChanges', { changes: changes.join('; ') }) : t('typeTest.confirmAsIs')}
          </p>
          <div className="form-buttons">
            <button type="button" className="primary" onClick={record} disabled={busy || stale}>
              {t('typeTest.confirmButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorNotice error={recordError} />
      {recorded && (
        <div className="notice tower-recorded" role="status" data-testid="type-test-recorded">
          <p>
            {t('typeTest.recorded', { id: recorded.test.id, model: modelLabel(recorded.model) })}{' '}
            <VerdictMark verdict={recorded.test.verdict} />
            {recorded.test.failed.length > 0 && ` ${t('typeTest.failed', { tests: recorded.test.failed.join(', ') })}`}
          </p>
          <TypeTestReportButton id={recorded.test.id} />
        </div>
      )}
    </section>
  );
}
