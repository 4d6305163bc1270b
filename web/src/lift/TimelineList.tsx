// One timeline of a lift, newest first: inspections, self-inspections,
// call-outs, accidents and changes from the audit log, with a type filter;
// each entry in the reader's language.
import { useState } from 'react';

import type { TimelineEvent, TimelineType } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { TIMELINE_LABEL } from '../i18n/labels';
import { collapseTimeline } from './collapseTimeline';
import { timelineText } from './timelineText';

const TYPES = Object.keys(TIMELINE_LABEL) as TimelineType[];

export function TimelineList({ events }: { events: TimelineEvent[] }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<TimelineType | ''>('');
  const visible = collapseTimeline(shown ? events.filter((e) => e.type === shown) : events);
  return (
    <div className="timeline">
      <div className="field inline-field">
        <label htmlFor="timeline-type">{t('timeline.show')}</label>
        <select id="timeline-type" value={shown} onChange={(e) => setShown(e.target.value as TimelineType | '')}>
          <option value="">{t('common.all')}</option>
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {t(TIMELINE_LABEL[type])}
            </option>
          ))}
        </select>
      </div>
      {visible.length === 0 ? (
        <p className="empty">{t('timeline.none')}</p>
      ) : (
        <ol className="timeline-list" aria-label={t('timeline.title')}>
          {visible.map((e, i) => (
            <li key={`${e.at}-${e.type}-${i}`} className={`timeline-item timeline-${e.type}`}>
              <time dateTime={e.at}>{e.at.replace('T', ' ').replace('Z', '')}</time>
              <span className={`timeline-type type-${e.type}`}>{t(TIMELINE_LABEL[e.type])}</span>
              <span className="timeline-summary">
                {timelineText(e, t)}
                {e.count > 1 && <span className="timeline-count"> (×{e.count})</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
