// Shapes of the JSON the server answers with, and of its live events: all
// generated from the API's OpenAPI document (src/server/web/openapi.json ->
// schema.gen.ts, by `npm run api-types`, which build, typecheck and test run
// first), whose answers the server's HTTP tests check against it. No shape is
// written here by hand, so the console cannot drift from the server.
import type { components, paths } from './schema.gen';

type Schemas = components['schemas'];
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
// The JSON of a GET's 200 answer.
type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonOf<R>
  : never;

export type Role = Schemas['User']['role'];
export type LiftStatus = Schemas['Lift']['status'];
export type Validity = Schemas['Lift']['validity'];
export type Verdict = Schemas['Inspection']['result'];
export type InspectionKind = Schemas['Inspection']['kind'];
export type LiftKind = Schemas['Lift']['kind'];

export type Building = Schemas['Building'];
// What everyone may see of a lift.
export type PublicLift = Schemas['PublicLift'];
// The full record (signed in, and for owners only their buildings' lifts).
export type Lift = Schemas['Lift'];
// What the caller may do to a lift (the server's permission policy).
export type LiftAction = Schemas['LiftActions']['allowed_actions'][number];
// Why the caller may not do an action their role has, by name.
export type Denial = Schemas['LiftActions']['unavailable_actions'][number]['code'];
// What is wrong with a field the server refused, by name (400 "problem_code").
export type ProblemCode = NonNullable<Schemas['Error']['problem_code']>;

export function isFullLift(lift: PublicLift | Lift): lift is Lift {
  return 'version' in lift;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

export type RegionSummary = Schemas['RegionSummary'];
export type ChecklistItemResult = Schemas['InspectionItem'];
export type Inspection = Schemas['Inspection'];
export type Grade = Schemas['NamedCode'];
export type ProfileItem = Schemas['NamedCode'];
export type SelfInspection = Schemas['SelfInspection'];
export type WorkOrder = Schemas['WorkOrder'];
export type Accident = Schemas['Accident'];
export type InspectionApplication = Schemas['InspectionApplication'];
export type LiftPart = Schemas['LiftPart'];
export type Certificate = Schemas['Certificate'];
export type Technician = Schemas['Technician'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type TimelineType = TimelineEvent['type'];
export type ChecklistSpec = Schemas['ChecklistSpec'];
export type ChecklistPart = Schemas['ChecklistPart'];
export type Profile = Schemas['Profile'];
// GET /lifts/{no}/checklist?kind=: the items of that inspection, by part.
export type LiftChecklist = Answer<'/api/v1/lifts/{registration_no}/checklist'>;

export type Info = Answer<'/api/v1/info'>;
export type DemoSignIn = NonNullable<Info['demo_sign_ins']>[number];
export type Me = Answer<'/api/v1/me'>;
export type SignedInUser = Pick<Schemas['User'], 'name' | 'role' | 'company_id'>;
export type LoginResponse = JsonOf<paths['/api/v1/auth/login']['post']['responses'][200]>;

// The live events of GET /api/v1/events.
export type LiveEvent = Schemas['LiveEvent'];
