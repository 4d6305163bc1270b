// The problems of a form, listed at its top after a failed attempt to save:
// focus moves here (screen readers announce it), and each problem links to
// its field.
import { useEffect, useRef } from 'react';

import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export interface FieldProblem {
  id: string; // the element to focus
  label: string; // what the field is
  message: string;
}

// The problems of a form: its own checks' (message keys) and the server's
// refusal of a field (text), each placed at its field by `fieldOf`.
export function problemsOf(
  errors: Record<string, MessageKey | undefined>,
  server: Record<string, string>,
  fieldOf: (name: string) => { id: string; label: string },
  t: (key: MessageKey) => string,
): FieldProblem[] {
  return [
    ...Object.entries(errors).flatMap(([name, key]) => (key ? [{ ...fieldOf(name), message: t(key) }] : [])),
    ...Object.entries(server).map(([name, message]) => ({ ...fieldOf(name), message })),
  ];
}

interface Props {
  problems: FieldProblem[];
  // Changes with every attempt to save, so that focus returns here each time.
  attempt: number;
}

export function ErrorSummary({ problems, attempt }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0 && problems.length > 0) ref.current?.focus();
    // Only a new attempt moves the focus, not each problem fixed meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h4 id="error-summary-title">{t('form.problems', { count: problems.length })}</h4>
      <ul>
        {problems.map((p) => (
          <li key={p.id}>
            <a
              href={`#${p.id}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(p.id);
                target?.closest('details')?.setAttribute('open', '');
                target?.focus();
              }}
            >
              {p.label}: {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
