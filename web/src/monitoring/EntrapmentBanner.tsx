// Open entrapments across the top of the page: red, framed, announced to
// screen readers, and pulsing (still when the reader asks for less motion).
// No sound: the page is often open in a room where one would not be welcome.
import { Link } from 'wouter';

import { useI18n } from '../i18n/i18n';
import { formatTime } from './time';
import type { Alarm } from './types';

function figure(alarm: Alarm, key: string): string | number | null {
  const value = alarm.figures[key];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

export function EntrapmentBanner({ alarms }: { alarms: Alarm[] }) {
  const { t, language, formatNumber } = useI18n();
  if (alarms.length === 0) return null;
  return (
    <section className="entrapment-banner" role="alert" aria-labelledby="entrapment-title" data-testid="entrapment-banner">
      <h2 id="entrapment-title">
        <span aria-hidden="true">⚠ </span>
        {t('monitoring.entrapmentTitle')}
      </h2>
      <ul>
        {alarms.map((alarm) => {
          const reason = String(figure(alarm, 'reason') ?? '');
          const load = figure(alarm, 'load_kg');
          return (
            <li key={alarm.id}>
              {t('monitoring.entrapmentLine', {
                lift: alarm.registration_no,
                reason: reason.replaceAll('_', ' '),
                since: formatTime(String(figure(alarm, 'since') ?? alarm.opened_at), language),
                load: formatNumber(typeof load === 'number' ? load : null, 0),
              })}{' '}
              <Link href={`/monitoring?lift=${alarm.registration_no}`}>
                {t('monitoring.entrapmentShow', { lift: alarm.registration_no })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
