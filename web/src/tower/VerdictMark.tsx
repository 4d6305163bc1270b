// A verdict in words and a sign (✓ pass, ✗ FAIL), never by colour alone.
import './verdict.css';

import { useI18n } from '../i18n/i18n';
import type { TowerVerdict } from './types';

export function VerdictMark({ verdict }: { verdict: TowerVerdict }) {
  const { t } = useI18n();
  return verdict === 'pass' ? (
    <span className="tower-verdict tower-verdict-pass">
      <span aria-hidden="true">✓ </span>
      {t('tower.pass')}
    </span>
  ) : (
    <span className="tower-verdict tower-verdict-fail">
      <span aria-hidden="true">✗ </span>
      {t('tower.fail')}
    </span>
  );
}
