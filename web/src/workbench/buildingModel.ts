// The parts of a building description the workbench's form edits (floors,
// groups and their cars), read from the YAML or JSON text and written back
// into it with its comments and layout kept (the `yaml` package's document
// model). Pure functions, tested without a browser.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export interface FloorRow {
  name: string;
  height_m: number | undefined;
  population: number | undefined;
  entrance: boolean;
}

export interface UniformFloors {
  above_lobby: number | undefined;
  height_m: number | undefined;
  population_per_floor: number | undefined;
}

export interface GroupRow {
  name: string;
  cars: number | undefined;
  capacity_persons: number | undefined;
  rated_load_kg: number | undefined;
  rated_speed_mps: number | undefined;
  dispatcher: string;
  call_model: string;
  deck: string; // 'single' or 'double'
}

export interface BuildingModel {
  floors: FloorRow[] | null; // null when the description uses `uniform`
  uniform: UniformFloors | null;
  groups: GroupRow[];
}

// A path into the description, e.g. ['groups', 0, 'cars'].
export type ModelPath = (string | number)[];

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

function parse(text: string): Document | string {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return doc.errors[0]?.message ?? 'the text is not YAML';
  if (!isMap(doc.contents)) return 'a building description is a map of keys';
  return doc;
}

// The model of `text`, or the reason it cannot be read (the form then waits
// for the text to be fixed; the server gives the precise message).
export function readModel(text: string): { model: BuildingModel } | { error: string } {
  const doc = parse(text);
  if (typeof doc === 'string') return { error: doc };
  const root = doc.toJS() as Record<string, unknown>;
  const floorsValue = root.floors;
  const uniformValue = root.uniform as Record<string, unknown> | undefined;
  const floors = Array.isArray(floorsValue)
    ? floorsValue.map((f: Record<string, unknown>, i) => ({
        name: str(f?.name, String(i)),
        height_m: num(f?.height_m),
        population: num(f?.population),
        entrance: f?.entrance === true,
      }))
    : null;
  const uniform =
    uniformValue && typeof uniformValue === 'object'
      ? {
          above_lobby: num(uniformValue.above_lobby),
          height_m: num(uniformValue.height_m),
          population_per_floor: num(uniformValue.population_per_floor),
        }
      : null;
  const groupsValue = Array.isArray(root.groups) ? (root.groups as Record<string, unknown>[]) : [];
  const groups = groupsValue.map((g, i) => {
    const car = (g?.car ?? {}) as Record<string, unknown>;
    return {
      name: str(g?.name, String.fromCharCode(65 + (i % 26))),
      cars: num(g?.cars),
      capacity_persons: num(car.capacity_persons),
      rated_load_kg: num(car.rated_load_kg),
      rated_speed_mps: num(car.rated_speed_mps),
      dispatcher: str(g?.dispatcher, 'collective'),
      call_model: str(g?.call_model, 'conventional'),
      deck: str(g?.deck, 'single'),
    };
  });
  return { model: { floors, uniform, groups } };
}

// `text` with the value at `path` set (a key added where missing), or
// removed when `value` is undefined; comments and layout are kept. Returns
// `text` unchanged when it cannot be read.
export function editModel(text: string, path: ModelPath, value: unknown): string {
  const doc = parse(text);
  if (typeof doc === 'string') return text;
  if (value === undefined) {
    doc.deleteIn(path);
  } else {
    doc.setIn(path, value);
  }
  return doc.toString({ lineWidth: 0 });
}

// True when the node at `path` exists (so an edit changes it rather than adding it).
export function hasPath(text: string, path: ModelPath): boolean {
  const doc = parse(text);
  if (typeof doc === 'string') return false;
  const node = doc.getIn(path, true);
  return isScalar(node) || isMap(node) || isSeq(node);
}
