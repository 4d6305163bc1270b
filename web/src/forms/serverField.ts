// The server names a field of a refused record as it appears in the JSON
// ("items[2].measured"); the forms key their errors the same way with dots
// ("items.2.measured").
import type { ProblemCode } from '../api/types';
import { ApiError } from '../api/client';
import { PROBLEM_LABEL } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';

export function formField(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1');
}

// What the server says is wrong with a field, in the reader's language when
// the problem has a code the console knows ("in_future"), else the server's
// own (English) words.
export function problemText(error: ApiError, t: (key: MessageKey) => string): string {
  const key = error.problemCode ? PROBLEM_LABEL[error.problemCode as ProblemCode] : undefined;
  return key ? t(key) : (error.problem ?? error.message);
}

// The server's refusal as {form field: problem}, when it names a field;
// `camel` for forms whose values are named in camel case ("calledAt").
export function serverFieldError(
  error: unknown,
  t: (key: MessageKey) => string,
  camel = false,
): Record<string, string> {
  if (!(error instanceof ApiError) || !error.field) return {};
  const field = formField(error.field);
  return { [camel ? camelField(field) : field]: problemText(error, t) };
}

// "called_at" -> "calledAt": the forms whose values are named in camel case.
export function camelField(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
