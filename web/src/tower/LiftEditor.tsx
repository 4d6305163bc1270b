// The lift description: a text area with line numbers. When the server
// names a line (`lift.yaml:LINE:COLUMN: key: problem`), that line is marked
// (its number, a band behind it) and the message stands just below it, with
// a way to put the caret there; it can be hidden to see the lines under it.
// The text area grows with the text and the frame scrolls, so the numbers,
// the band and the message scroll with the lines.
import { useEffect, useRef, useState } from 'react';

import { useI18n } from '../i18n/i18n';

// Geometry shared with tower.css (.lift-editor-*): a line is LINE_PX high.
export const LINE_PX = 21;
export const PAD_PX = 8;
// An empty description still gets room to write in.
const MIN_LINES = 12;

export interface LineError {
  line: number | null;
  column: number | null;
  message: string;
}

interface Props {
  value: string;
  onChange: (text: string) => void;
  // The server's message about the description (with its line, when it has one).
  error?: LineError | null;
  // A message of the page about the text (empty, too large, a file not read).
  note?: string | null;
}

// The offset of `line` (1-based) and `column` in `text`, and the end of that line.
export function lineRange(text: string, line: number, column = 1): { start: number; caret: number; end: number } {
  let start = 0;
  for (let l = 1; l < line; l += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return { start, caret: Math.min(end, start + Math.max(0, column - 1)), end };
}

export function LiftEditor({ value, onChange, error, note }: Props) {
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [hidden, setHidden] = useState(false);

  const lines = value.split('\n');
  const longest = lines.reduce((n, l) => Math.max(n, l.length), 0);
  const errorLine = error?.line && error.line <= lines.length + 1 ? error.line : null;
  const invalid = Boolean(error || note);

  // A new message: show it, and scroll its line into the frame.
  useEffect(() => {
    setHidden(false);
    if (!errorLine || !frame.current) return;
    const f = frame.current;
    f.scrollTop = Math.max(0, PAD_PX + (errorLine - 1) * LINE_PX - f.clientHeight / 3);
    f.scrollIntoView?.({ block: 'nearest' });
  }, [error, errorLine]);

  function goToLine() {
    const el = area.current;
    if (!el || !errorLine) return;
    const { caret, end } = lineRange(value, errorLine, error?.column ?? 1);
    el.focus();
    el.setSelectionRange(caret, end);
  }

  const messageId = 'lift-text-error';
  const atLine = errorLine !== null && !hidden;
  return (
    <div className={`field lift-editor${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor="lift-text">{t('tower.description')}</label>
      <small id="lift-text-hint" className="hint">
        {t('tower.descriptionHint')}
      </small>
      <div className="lift-editor-frame" ref={frame}>
        <div className="lift-editor-gutter" aria-hidden="true" style={{ paddingTop: PAD_PX, paddingBottom: PAD_PX }}>
          {lines.map((_, i) => (
            <div key={i} className={i + 1 === errorLine ? 'gutter-line gutter-error' : 'gutter-line'}>
              {i + 1 === errorLine ? '▶ ' : ''}
              {i + 1}
            </div>
          ))}
        </div>
        <div className={`lift-editor-body${atLine ? ' has-callout' : ''}`}>
          {errorLine !== null && (
            <div
              className="lift-editor-band"
              data-testid="error-line-band"
              aria-hidden="true"
              style={{ top: PAD_PX + (errorLine - 1) * LINE_PX, height: LINE_PX }}
            />
          )}
          <textarea
            id="lift-text"
            ref={area}
            className="lift-editor-text"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            wrap="off"
            rows={Math.max(lines.length, MIN_LINES)}
            value={value}
            style={{
              height: Math.max(lines.length, MIN_LINES) * LINE_PX + 2 * PAD_PX,
              width: `calc(${longest + 2}ch + ${2 * PAD_PX}px)`,
              padding: PAD_PX,
            }}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${messageId} lift-text-hint` : 'lift-text-hint'}
            onChange={(e) => onChange(e.target.value)}
          />
          {atLine && error && (
            <div
              className="lift-editor-callout"
              id={messageId}
              role="alert"
              data-testid="error-at-line"
              style={{ top: PAD_PX + errorLine * LINE_PX + 2 }}
            >
              <p>{error.message}</p>
              <div className="callout-buttons">
                <button type="button" className="link-button" onClick={goToLine}>
                  {t('tower.goToLine', { line: errorLine })}
                </button>
                <button type="button" className="link-button" onClick={() => setHidden(true)}>
                  {t('tower.hideMessage')}
                </button>
              </div>
            </div>
          )}
        </div>
      </div>
      {error && !atLine && (
        <div className="error-text lift-editor-message" id={messageId} role="alert">
          <span>{error.message}</span>
          {errorLine !== null && (
            <button type="button" className="link-button" onClick={() => setHidden(false)}>
              {t('tower.showAtLine', { line: errorLine })}
            </button>
          )}
        </div>
      )}
      {!error && note && (
        <small className="error-text" id={messageId} role="alert">
          {note}
        </small>
      )}
    </div>
  );
}
