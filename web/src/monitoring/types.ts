// The monitoring API's answers (docs/monitoring.md), as the API's OpenAPI
// document describes them (generated into ../api/schema.gen.ts; the server's
// HTTP tests check its answers against the document).
import type { components, paths } from '../api/schema.gen';

type Schemas = components['schemas'];
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type GetAnswer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type Alarm = Schemas['Alarm'];
export type Severity = Alarm['severity'];
export type AlarmState = Alarm['state'];
export type FleetLift = Schemas['FleetLift'];
export type FleetView = GetAnswer<'/api/v1/monitoring/fleet'>;
export type LiftHealth = GetAnswer<'/api/v1/lifts/{registration_no}/health'>;
export type Signal = LiftHealth['signals'][number];
export type TelemetryEvent = Schemas['TelemetryEvent'];
