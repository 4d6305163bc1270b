// The server names a field of a refused record as it appears in the JSON
// ("items[2].measured"); the forms key their errors the same way with dots
// ("items.2.measured").
import { ApiError } from '../api/client';

export function formField(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1');
}

// The server's refusal as {form field: problem}, when it names a field;
// `camel` for forms whose values are named in camel case ("calledAt").
export function serverFieldError(error: unknown, camel = false): Record<string, string> {
  if (!(error instanceof ApiError) || !error.field) return {};
  const field = formField(error.field);
  return { [camel ? camelField(field) : field]: error.problem ?? error.message };
}

// "called_at" -> "calledAt": the forms whose values are named in camel case.
export function camelField(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
