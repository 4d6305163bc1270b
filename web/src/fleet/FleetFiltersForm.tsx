// The fleet list's search and filters. Changes apply as the user makes them
// (the search box on submit, so that typing does not flood the server).
import { useEffect, useState, type FormEvent } from 'react';

import type { LiftStatus, Validity } from '../api/types';
import { Field } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { STATUS_LABEL, VALIDITY_LABEL } from '../i18n/labels';
import { EMPTY_FILTERS, MAX_DUE_DAYS, type FleetFilters } from './filters';

interface Props {
  filters: FleetFilters;
  regions: string[];
  onChange: (filters: FleetFilters) => void;
}

export function FleetFiltersForm({ filters, regions, onChange }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q);
  const [due, setDue] = useState(filters.dueWithinDays === null ? '' : String(filters.dueWithinDays));
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => setDue(filters.dueWithinDays === null ? '' : String(filters.dueWithinDays)), [filters.dueWithinDays]);

  const dueValid = due === '' || (/^\d+$/.test(due) && Number(due) <= MAX_DUE_DAYS);
  const change = (patch: Partial<FleetFilters>) => onChange({ ...filters, ...patch, page: 1 });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dueValid) return;
    change({ q, dueWithinDays: due === '' ? null : Number(due) });
  }

  return (
    <form className="filters" role="search" aria-label={t('fleet.filters')} onSubmit={submit}>
      <Field id="fleet-q" label={t('fleet.search')} hint={t('fleet.searchHint')} className="grow">
        {(p) => <input {...p} type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      <Field id="fleet-region" label={t('fleet.region')}>
        {(p) => (
          <select {...p} value={filters.region} onChange={(e) => change({ region: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="fleet-status" label={t('fleet.status')}>
        {(p) => (
          <select
            {...p}
            value={filters.status}
            onChange={(e) => change({ status: e.target.value as LiftStatus | '' })}
          >
            <option value="">{t('common.all')}</option>
            {(Object.keys(STATUS_LABEL) as LiftStatus[]).map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="fleet-validity" label={t('fleet.validity')}>
        {(p) => (
          <select
            {...p}
            value={filters.validity}
            onChange={(e) => change({ validity: e.target.value as Validity | '' })}
          >
            <option value="">{t('common.all')}</option>
            {(Object.keys(VALIDITY_LABEL) as Validity[]).map((v) => (
              <option key={v} value={v}>
                {t(VALIDITY_LABEL[v])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="fleet-due"
        label={t('fleet.dueWithin')}
        error={dueValid ? undefined : t('fleet.dueInvalid', { max: MAX_DUE_DAYS })}
      >
        {(p) => (
          <input {...p} inputMode="numeric" value={due} size={5} onChange={(e) => setDue(e.target.value.trim())} />
        )}
      </Field>
      <div className="filter-end">
        <div className="field checkbox-field">
          <input
            id="fleet-overdue"
            type="checkbox"
            checked={filters.overdue}
            onChange={(e) => change({ overdue: e.target.checked })}
          />
          <label htmlFor="fleet-overdue">{t('fleet.overdueOnly')}</label>
        </div>
        <div className="filter-buttons">
          <button type="submit" className="primary">
            {t('fleet.apply')}
          </button>
          <button type="button" onClick={() => onChange(EMPTY_FILTERS)}>
            {t('fleet.clear')}
          </button>
        </div>
      </div>
    </form>
  );
}
