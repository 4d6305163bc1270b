// A timeline entry in the reader's language, from its type and its record
// (the server's `summary` is English, for other clients).
import type { TimelineEvent } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { INSPECTION_KIND_LABEL, VERDICT_LABEL } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function timelineText(event: TimelineEvent, t: I18n['t']): string {
  const d = event.data;
  switch (event.type) {
    case 'inspection': {
      const kind = INSPECTION_KIND_LABEL[d.kind as keyof typeof INSPECTION_KIND_LABEL];
      const verdict = VERDICT_LABEL[d.result as keyof typeof VERDICT_LABEL];
      if (!kind || !verdict) return event.summary;
      return t('timeline.summary.inspection', { kind: t(kind), verdict: t(verdict) });
    }
    case 'self_inspection':
      return t(d.late === true ? 'timeline.summary.selfInspectionLate' : 'timeline.summary.selfInspection', {
        month: text(d.month),
      });
    case 'work_order':
      return t(d.status === 'open' ? 'timeline.summary.workOrderOpen' : 'timeline.summary.workOrderClosed', {
        problem: text(d.problem) || '–',
      });
    case 'accident': {
      const kind: MessageKey = d.kind === 'failure' ? 'accident.kindFailure' : 'accident.kindAccident';
      return t(d.serious === true ? 'timeline.summary.serious' : 'timeline.summary.report', {
        kind: t(kind),
        description: text(d.description),
      });
    }
    case 'inspection_application': {
      const kind = INSPECTION_KIND_LABEL[d.kind as keyof typeof INSPECTION_KIND_LABEL];
      if (!kind) return event.summary;
      return d.status === 'open'
        ? t('timeline.summary.applicationOpen', { kind: t(kind), by: text(d.applied_by) })
        : t('timeline.summary.applicationInspected', { kind: t(kind), date: text(d.inspected_on) });
    }
    case 'change': {
      const action: MessageKey =
        d.action === 'create' ? 'timeline.action.create' : d.action === 'delete' ? 'timeline.action.delete' : 'timeline.action.update';
      return t('timeline.summary.change', { action: t(action), actor: text(d.actor) });
    }
  }
  return event.summary;
}
