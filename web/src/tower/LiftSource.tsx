// Where a description comes from: one of the server's example lifts (none
// chosen until the user chooses), or a file. Replacing text the user wrote
// asks first.
import { useState, type ChangeEvent } from 'react';

import { useI18n } from '../i18n/i18n';
import { descriptionName, MAX_LIFT_BYTES } from './request';
import type { TowerExample } from './types';

interface Props {
  examples: TowerExample[];
  current: string;
  onOpen: (text: string) => void;
  onFileError: (message: string) => void;
}

export function LiftSource({ examples, current, onOpen, onFileError }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  const [chooseError, setChooseError] = useState(false);

  // Text the user wrote (not empty, not an example as it came) is replaced only when they agree.
  function replace(text: string) {
    const untouched = !current.trim() || examples.some((e) => e.text === current);
    if (untouched || window.confirm(t('tower.replaceConfirm'))) onOpen(text);
  }

  function openExample() {
    const example = examples.find((e) => e.name === chosen);
    if (!example) {
      setChooseError(true);
      return;
    }
    replace(example.text);
  }

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LIFT_BYTES) {
      onFileError(t('tower.fileTooLarge', { kb: MAX_LIFT_BYTES / 1024 }));
      return;
    }
    try {
      replace(await file.text());
    } catch {
      onFileError(t('tower.fileUnreadable', { name: file.name }));
    }
  }

  return (
    <div className="lift-source">
      <div className={`field${chooseError ? ' field-invalid' : ''}`}>
        <label htmlFor="tower-example">{t('tower.example')}</label>
        <div className="inline-controls">
          <select
            id="tower-example"
            value={chosen}
            aria-invalid={chooseError}
            aria-describedby={chooseError ? 'tower-example-error' : undefined}
            onChange={(e) => {
              setChosen(e.target.value);
              setChooseError(false);
            }}
          >
            <option value="">{t('tower.exampleNone')}</option>
            {examples.map((e) => (
              <option key={e.name} value={e.name}>
                {descriptionName(e.text) ?? e.name} ({e.name})
              </option>
            ))}
          </select>
          <button type="button" onClick={openExample}>
            {t('tower.openExample')}
          </button>
        </div>
        {chooseError && (
          <small id="tower-example-error" className="error-text" role="alert">
            {t('tower.error.exampleMissing')}
          </small>
        )}
      </div>
      <div className="field">
        <span className="field-label" id="tower-file-label">
          {t('tower.orFile')}
        </span>
        <label className="file-button">
          <span>{t('tower.upload')}</span>
          <input type="file" accept=".yaml,.yml,.json,text/yaml,application/json" onChange={load} />
        </label>
      </div>
    </div>
  );
}
