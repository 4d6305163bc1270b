// The description's design targets (analysis.targets) with the value
// reached and whether each is met, as the server judged them.
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { Targets } from './types';

const TARGET_LABEL: Record<string, { label: MessageKey; unit: string; rule: string }> = {
  interval_s: { label: 'targets.interval', unit: 's', rule: '≤' },
  handling_capacity_pct: { label: 'targets.handlingCapacity', unit: '%', rule: '≥' },
};

export function TargetsTable({ targets, caption, testId }: { targets: Targets; caption: string; testId?: string }) {
  const { t, formatNumber } = useI18n();
  const entries = Object.entries(targets);
  if (entries.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="figures-table targets-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.target')}</th>
            <th scope="col">{t('targets.limit')}</th>
            <th scope="col">{t('targets.value')}</th>
            <th scope="col">{t('targets.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([key, check]) => {
            const info = TARGET_LABEL[key];
            if (!info || !check) return null;
            return (
              <tr key={key}>
                <th scope="row">{t(info.label)}</th>
                <td>
                  {info.rule} {formatNumber(check.target, 1)} {info.unit}
                </td>
                <td>
                  {formatNumber(check.value, 1)} {info.unit}
                </td>
                <td>
                  <span className={`badge ${check.met ? 'badge-met' : 'badge-not-met'}`}>
                    {check.met ? t('targets.met') : t('targets.notMet')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
