// The Test tower form as data: the lift description, the chosen faults and
// KEY=VALUE changes; the checks made before sending, the request body, and
// where the server's answer to a bad request belongs (a line of the
// description, a change, a fault). Pure functions, tested without a browser.
import { ApiError } from '../api/client';
import type { MessageKey } from '../i18n/messages';
import type { TowerRequest } from './types';

// The server's limits (openapi.json, TowerRequest).
export const MAX_LIFT_BYTES = 64 * 1024;
export const MAX_CHANGES = 50;

export interface Change {
  id: number; // for React only: stays with its row when others are removed
  key: string;
  value: string;
}

export interface TowerInputs {
  text: string;
  faults: string[]; // names, in the catalogue's order
  changes: Change[];
}

export interface ChangeErrors {
  key?: MessageKey;
  value?: MessageKey;
}

export interface InputErrors {
  text?: MessageKey;
  changes: ChangeErrors[]; // one per change, same order
}

// What can be checked here: a description to send, and every change with a
// key from the catalogue (once) and a value. The value's type and range are
// the server's to check (it answers with the change's index).
export function validateInputs(inputs: TowerInputs, knownKeys: ReadonlySet<string>): InputErrors {
  const errors: InputErrors = { changes: [] };
  if (!inputs.text.trim()) errors.text = 'tower.error.textEmpty';
  else if (new TextEncoder().encode(inputs.text).length > MAX_LIFT_BYTES) errors.text = 'tower.error.textTooLarge';
  const seen = new Set<string>();
  for (const change of inputs.changes) {
    const e: ChangeErrors = {};
    if (!change.key) e.key = 'tower.error.keyMissing';
    else if (knownKeys.size > 0 && !knownKeys.has(change.key)) e.key = 'tower.error.keyUnknown';
    else if (seen.has(change.key)) e.key = 'tower.error.keyTwice';
    if (!change.value.trim()) e.value = 'tower.error.valueMissing';
    else if (/[\n\r]/.test(change.value)) e.value = 'tower.error.valueLine';
    if (change.key) seen.add(change.key);
    errors.changes.push(e);
  }
  return errors;
}

export function hasErrors(errors: InputErrors): boolean {
  return Boolean(errors.text) || errors.changes.some((e) => e.key || e.value);
}

// The body of POST /tower/runs: optional lists only when they hold something.
export function requestOf(inputs: TowerInputs): TowerRequest {
  const request: TowerRequest = { lift: inputs.text };
  if (inputs.changes.length) request.set = inputs.changes.map((c) => `${c.key}=${c.value.trim()}`);
  if (inputs.faults.length) request.faults = [...inputs.faults];
  return request;
}

// Whether two requests ask for the same run (results of one are current for the other).
export function sameRequest(a: TowerRequest | null, b: TowerRequest | null): boolean {
  if (!a || !b) return a === b;
  const list = (l: string[] | undefined) => (l ?? []).join('\u0000');
  return a.lift === b.lift && list(a.set) === list(b.set) && list(a.faults) === list(b.faults);
}

// Where the server's refusal of a request belongs.
export type Problem =
  | { where: 'lift'; line: number | null; column: number | null; message: string }
  | { where: 'change'; index: number; message: string }
  | { where: 'fault'; name: string; message: string }
  | { where: 'other'; error: unknown };

const LOADER_LOCATION = /lift\.yaml:(\d+):(\d+):/;

// The message without the "field: " the server puts in front of it.
export function withoutField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

export function locateProblem(error: unknown, request: TowerRequest): Problem {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.field) return { where: 'other', error };
  const message = withoutField(error.message, error.field);
  if (error.field === 'lift') {
    const at = LOADER_LOCATION.exec(message);
    return { where: 'lift', line: at ? Number(at[1]) : null, column: at ? Number(at[2]) : null, message };
  }
  const indexed = /^(set|faults)\[(\d+)\]$/.exec(error.field);
  if (indexed) {
    const index = Number(indexed[2]);
    if (indexed[1] === 'set' && index < (request.set?.length ?? 0)) return { where: 'change', index, message };
    const name = request.faults?.[index];
    if (indexed[1] === 'faults' && name !== undefined) return { where: 'fault', name, message };
  }
  return { where: 'other', error };
}

// The line of a description that has the given `name:` (for an example's label).
export function descriptionName(text: string): string | null {
  const match = /^name:[ \t]*(.+?)[ \t]*$/m.exec(text);
  const value = match?.[1]?.replace(/\s+#.*$/, '');
  if (!value) return null;
  return value.replace(/^(['"])(.*)\1$/, '$2');
}

// A file name for a report of the lift called `name`.
export function reportFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `tower-report${slug ? `-${slug}` : ''}.html`;
}
