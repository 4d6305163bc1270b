// The building description: a text area (YAML or JSON) with line numbers,
// the line an error names marked and one click away, a file to load into
// it, and a way back to the example.
import { useMemo, useRef, type ChangeEvent } from 'react';

import { useI18n } from '../i18n/i18n';
import { errorLine, lineRange } from './editorLines';

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
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lines = useMemo(() => value.split('\n').length, [value]);
  const badLine = errorLine(error);

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

  function goToLine(line: number) {
    const element = area.current;
    if (!element) return;
    const [start, end] = lineRange(value, line);
    element.focus();
    element.setSelectionRange(start, end);
    // About the line's place: the line height is the gutter's too.
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 18;
    element.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }

  return (
    <div className="building-editor">
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor="building-text">{t('workbench.building')}</label>
        <div className="code-editor">
          <pre ref={gutter} className="code-gutter" aria-hidden="true" data-testid="line-numbers">
            {Array.from({ length: lines }, (_, i) => (
              <span key={i} className={i + 1 === badLine ? 'bad-line' : undefined}>
                {i + 1}
                {'\n'}
              </span>
            ))}
          </pre>
          <textarea
            ref={area}
            id="building-text"
            className="code-area"
            spellCheck={false}
            wrap="off"
            rows={18}
            value={value}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'building-text-error building-text-hint' : 'building-text-hint'}
            onChange={(e) => onChange(e.target.value)}
            onScroll={(e) => {
              if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
            }}
          />
        </div>
        <small id="building-text-hint" className="hint">
          {t('workbench.buildingHint')}
        </small>
        {error && (
          <small id="building-text-error" className="error-text" role="alert">
            {error}
            {badLine !== undefined && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => goToLine(badLine)}>
                  {t('workbench.goToLine', { line: badLine })}
                </button>
              </>
            )}
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
