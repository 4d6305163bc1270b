// The building description: a text area (YAML or JSON), a file to load into
// it, and a way back to the example.
import type { ChangeEvent } from 'react';

import { useI18n } from '../i18n/i18n';

export const MAX_BUILDING_BYTES = 256 * 1024;

interface Props {
  value: string;
  onChange: (text: string) => void;
  onReset: () => void;
  error?: string | undefined;
  onFileError: (message: string) => void;
}

export function BuildingEditor({ value, onChange, onReset, error, onFileError }: Props) {
  const { t } = useI18n();

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BUILDING_BYTES) {
      onFileError(t('workbench.fileTooLarge', { kb: MAX_BUILDING_BYTES / 1024 }));
      return;
    }
    onChange(await file.text());
  }

  return (
    <div className="building-editor">
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor="building-text">{t('workbench.building')}</label>
        <textarea
          id="building-text"
          className="code-area"
          spellCheck={false}
          rows={18}
          value={value}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'building-text-error building-text-hint' : 'building-text-hint'}
          onChange={(e) => onChange(e.target.value)}
        />
        <small id="building-text-hint" className="hint">
          {t('workbench.buildingHint')}
        </small>
        {error && (
          <small id="building-text-error" className="error-text" role="alert">
            {error}
          </small>
        )}
      </div>
      <div className="editor-buttons">
        <label className="file-button">
          <span>{t('workbench.upload')}</span>
          <input type="file" accept=".yaml,.yml,.json,text/yaml,application/json" onChange={load} />
        </label>
        <button type="button" onClick={onReset}>
          {t('workbench.reset')}
        </button>
      </div>
    </div>
  );
}
