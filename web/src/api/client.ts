// The console's only way to the server: JSON over fetch, the caller's token
// as a Bearer header, and errors as ApiError (the server's JSON error body).

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly problem: string | undefined; // what is wrong with `field`
  readonly problemCode: string | undefined; // the same by name ("in_future"), when it has one

  constructor(status: number, code: string, message: string, field?: string, problem?: string, problemCode?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.problem = problem;
    this.problemCode = problemCode;
  }
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  del<T>(path: string, options?: RequestOptions): Promise<T>;
  blob(path: string, options?: RequestOptions): Promise<Blob>;
  // POSTs a JSON body and answers the response as a file (e.g. an HTML report).
  postBlob(path: string, body: unknown, options?: RequestOptions): Promise<Blob>;
}

export const API_BASE = '/api/v1';

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  field?: unknown;
  problem?: unknown;
  problem_code?: unknown;
}

async function toError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // not JSON: keep the status text
  }
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  const code = typeof body.error === 'string' ? body.error : 'http_error';
  const field = typeof body.field === 'string' ? body.field : undefined;
  const problem = typeof body.problem === 'string' ? body.problem : undefined;
  const problemCode = typeof body.problem_code === 'string' ? body.problem_code : undefined;
  return new ApiError(response.status, code, message, field, problem, problemCode);
}

// `onUnauthorized` is called on a 401 to a request that carried a token
// (an expired or revoked one), before the error is thrown.
export function createClient(token: string | null, onUnauthorized?: () => void): ApiClient {
  async function send(method: string, path: string, body: unknown, options: RequestOptions = {}) {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (options.signal) init.signal = options.signal;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(API_BASE + path, init);
    if (!response.ok) {
      if (response.status === 401 && token && onUnauthorized) onUnauthorized();
      throw await toError(response);
    }
    return response;
  }
  async function json<T>(response: Response): Promise<T> {
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }
  return {
    get: async (path, options) => json(await send('GET', path, undefined, options)),
    post: async (path, body, options) => json(await send('POST', path, body, options)),
    patch: async (path, body, options) => json(await send('PATCH', path, body, options)),
    del: async (path, options) => json(await send('DELETE', path, undefined, options)),
    blob: async (path, options) => (await send('GET', path, undefined, options)).blob(),
    postBlob: async (path, body, options) => (await send('POST', path, body, options)).blob(),
  };
}

// The ETag the server gives a record of version `version` (for If-Match).
export function etagOf(version: number): string {
  return `"v${version}"`;
}
