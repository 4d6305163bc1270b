// The training centre's documents (docs/training.md) as the API's OpenAPI
// document describes them (generated into ../api/schema.gen.ts).
import type { components, paths } from '../api/schema.gen';

type Schemas = components['schemas'];
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type GetAnswer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type PostAnswer<P extends keyof paths, S extends number> = paths[P] extends {
  post: { responses: { [K in S]: infer R } };
}
  ? Json<R>
  : never;

export type ScenarioList = GetAnswer<'/api/v1/training/scenarios'>;
export type ScenarioListed = ScenarioList['items'][number];
export type Level = ScenarioListed['level'];
// A session as started (POST) or taken up again (GET: with the answer and
// its grade once answered).
export type TrainingSession = Schemas['TrainingSession'];
export type StartedSession = PostAnswer<'/api/v1/training/sessions', 201>;
export type HistoryRecord = NonNullable<Observation['records']>[number];
export type Observation = Schemas['TrainingObservation'];
export type Choice = Schemas['TrainingChoice'];
export type TestResult = Schemas['TrainingTestResult'];
export type Trace = Schemas['TrainingTrace'];
export type Run = Schemas['TrainingRun'];
export type Grade = PostAnswer<'/api/v1/training/sessions/{id}/answer', 200>;
export type RecordsPage = GetAnswer<'/api/v1/training/records'>;
export type SessionRecord = Schemas['TrainingSessionRecord'];
export type Trainee = Schemas['Trainee'];
