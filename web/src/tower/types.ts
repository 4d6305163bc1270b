// The documents of the virtual test tower (docs/tower.md) and the registry's
// lift models and type tests, as the API's OpenAPI document describes them
// (generated into ../api/schema.gen.ts; the server's HTTP tests check its
// answers against the document): what the tower offers (GET
// /tower/catalogue, /tower/faults), the request of a run and its report
// (POST /tower/runs), models and type tests.
import type { components, paths } from '../api/schema.gen';

type Schemas = components['schemas'];
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type GetAnswer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type TowerCatalogue = GetAnswer<'/api/v1/tower/catalogue'>;
export type TowerTestInfo = TowerCatalogue['tests'][number];
export type TowerExample = TowerCatalogue['examples'][number];
export type TowerKey = TowerCatalogue['keys'][number];
export type TowerFault = GetAnswer<'/api/v1/tower/faults'>['items'][number];

export type TowerRequest = Schemas['TowerRequest'];
export type TowerReport = Schemas['TowerReport'];
export type TowerVerdict = TowerReport['verdict'];
export type TowerTestResult = Schemas['TowerTest'];
export type TowerRun = Schemas['TowerRun'];
export type TowerEvent = Schemas['TowerEvent'];
export type TowerTrace = Schemas['TowerTrace'];
export type TowerOverride = TowerReport['overrides'][number];
export type FigureUnit = NonNullable<TowerTestResult['figure_units'][string]>;

export type LiftModel = Schemas['LiftModel'];
export type LiftModelListed = GetAnswer<'/api/v1/models'>['items'][number];
export type TypeTest = Schemas['TypeTest'];
export type LiftTypeTests = GetAnswer<'/api/v1/lifts/{registration_no}/type-tests'>;
