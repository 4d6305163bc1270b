// The state of a form's submission: busy while it runs, the server's error
// (with the field it names) when it fails, the result when it succeeds.
import { useCallback, useState } from 'react';

import { ApiError } from '../api/client';

export interface Submission<T> {
  busy: boolean;
  error: unknown;
  // The field the server's 400 named ("items[2].measured"), if any.
  errorField: string | undefined;
  result: T | null;
  run: (action: () => Promise<T>) => Promise<T | null>;
  reset: () => void;
}

export function useSubmit<T>(): Submission<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<T | null>(null);

  const run = useCallback(async (action: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      const value = await action();
      setResult(value);
      return value;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setResult(null);
  }, []);

  return {
    busy,
    error,
    errorField: error instanceof ApiError ? error.field : undefined,
    result,
    run,
    reset,
  };
}
