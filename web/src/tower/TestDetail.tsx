// One test of a run: what it did, its figures with their units and meaning,
// its events (numbered as on the charts) and its traces: position, speed
// and acceleration against time, the acceleration's limit where it has one.
import { forwardRef, useMemo } from 'react';

import { useI18n } from '../i18n/i18n';
import { formatFigure } from './format';
import { MeasuredValue } from './ResultsTable';
import { VerdictMark } from './VerdictMark';
import { eventMarkers, type Marker } from './traceData';
import { TraceChart } from './TraceChart';
import type { TowerTestResult } from './types';

export function EventList({ markers }: { markers: Marker[] }) {
  const { t, formatNumber } = useI18n();
  if (markers.length === 0) return <p className="empty">{t('tower.noEvents')}</p>;
  return (
    <ol className="tower-events">
      {markers.map((m) => (
        <li key={m.n} value={m.n}>
          <span className="event-when">
            {t('tower.eventAt', { time: formatNumber(m.time_s, 3), position: formatNumber(m.position_m, 3) })}
          </span>{' '}
          {m.what}
        </li>
      ))}
    </ol>
  );
}

export const TestDetail = forwardRef<HTMLHeadingElement, { test: TowerTestResult }>(function TestDetail(
  { test },
  heading,
) {
  const { t, formatNumber } = useI18n();
  const markers = useMemo(() => eventMarkers(test.events), [test.events]);
  const figures = Object.entries(test.figures);
  const trace = test.trace;
  return (
    <section className="card tower-detail" aria-labelledby="tower-detail-title" data-testid="tower-detail">
      <h3 id="tower-detail-title" tabIndex={-1} ref={heading}>
        {t('tower.detailTitle', { id: test.id })} <VerdictMark verdict={test.verdict} />
      </h3>
      <p>{test.title}</p>
      <dl className="facts">
        <dt>{t('tower.col.clause')}</dt>
        <dd>{test.clause}</dd>
        <dt>{t('tower.col.measured')}</dt>
        <dd>
          <MeasuredValue test={test} />
        </dd>
        <dt>{t('tower.col.limit')}</dt>
        <dd>{test.limit_text}</dd>
        <dt>{t('tower.col.finding')}</dt>
        <dd>{test.finding}</dd>
        {figures.map(([key, value]) => {
          const unit = test.figure_units[key]?.unit ?? '';
          const label = test.figure_units[key]?.label;
          return [
            <dt key={`${key}-dt`}>
              {label ?? key} <code className="hint">{key}</code>
            </dt>,
            <dd key={`${key}-dd`}>
              {value === null ? t('tower.unbounded') : formatFigure(formatNumber, value, unit)}
            </dd>,
          ];
        })}
      </dl>
      <h4>{t('tower.events')}</h4>
      <EventList markers={markers} />
      {trace ? (
        <div className="tower-charts">
          {(['position', 'speed', 'acceleration'] as const).map((q) => (
            <TraceChart
              key={q}
              trace={trace}
              quantity={q}
              markers={markers}
              syncKey={`tower-${test.id}`}
              testId={`chart-${test.id}-${q}`}
            />
          ))}
        </div>
      ) : (
        <p className="empty">{t('tower.noTrace')}</p>
      )}
    </section>
  );
});
