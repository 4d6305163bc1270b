// The problems of a form, listed at its top after a failed attempt to save,
// each linking to its field. Focus moves to the first field in error (in the
// order of the page), so the user can mend it at once; the summary is a live
// region, so screen readers still announce the whole list.
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

// Focuses the element `id`, opening the <details> it may be folded in.
// Returns false when there is no such element.
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.closest('details')?.setAttribute('open', '');
  target.focus();
  return true;
}

// Of the problems' fields present on the page, the id of the first in
// document order (the forms list their problems in the order of their
// checks, not of their fields).
export function firstFieldOf(problems: FieldProblem[]): string | undefined {
  const present = problems.flatMap((p) => {
    const element = document.getElementById(p.id);
    return element ? [element] : [];
  });
  present.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return present[0]?.id;
}

interface Props {
  problems: FieldProblem[];
  // Changes with every attempt to save: focus moves to the first field in
  // error each time (not as each problem is fixed meanwhile).
  attempt: number;
  // The server's refusal (a submission's error, null while there is none):
  // when a new one arrives and names a field, focus moves to that field.
  refusal?: unknown;
}

export function ErrorSummary({ problems, attempt, refusal = null }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt === 0 && refusal === null) return;
    const first = firstFieldOf(problems);
    if (first) focusField(first);
    else ref.current?.focus();
    // Only a new attempt or a new refusal moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, refusal]);
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
                focusField(p.id);
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
