import { gridSequenceOf, parseRegionCode, type RegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, GRID_ERRORS, type GridError } from './grid.errors.js';
import type {
  Grid,
  GridBoundary,
  GridKind,
  GridName,
  HouseholdJointUnit,
  LinearRing,
  Position,
} from './grid.js';
import { GRID_KINDS } from './grid.js';
import { isBlank, trimmedOrNull } from './text.rules.js';

/** What a caller supplies to build a household-joint unit (联户). */
export interface HouseholdJointUnitInput {
  readonly id: string;
  readonly name?: string | null;
  readonly headPersonId: string;
  readonly householdIds?: readonly string[];
}

/** What a caller supplies to build a grid. */
export interface GridInput {
  readonly code: string;
  readonly name: GridName;
  readonly kind: GridKind;
  readonly boundary?: GridBoundary | null;
  readonly units?: readonly HouseholdJointUnitInput[];
}

/** A household found in more than one household-joint unit, with every unit that lists it. */
export interface HouseholdInSeveralUnits {
  readonly householdId: string;
  readonly unitIds: readonly string[];
}

const TIBETAN_LETTER = /[\u0F40-\u0FBC]/u;

/** Whether `value` is one of the grid kinds (guards data that arrives as plain strings). */
export function isGridKind(value: string): value is GridKind {
  return (GRID_KINDS as readonly string[]).includes(value);
}

/**
 * Reads a 15-digit grid code: a well-formed 12-digit village or community code plus a sequence
 * 001–999 (RULES.md §2.5). Anything else is `GRID.CODE`.
 */
export function parseGridCode(text: string): Result<RegionCode, GridError> {
  const parsed = parseRegionCode(text);
  if (!parsed.ok || regionLevel(parsed.value) !== 'GRID') return err(at(GRID_ERRORS.CODE, 'code'));
  return parsed;
}

/** Builds a household-joint unit; its households must be listed once each. */
export function createHouseholdJointUnit(
  input: HouseholdJointUnitInput,
): Result<HouseholdJointUnit, GridError> {
  if (isBlank(input.id)) return err(at(GRID_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.headPersonId)) return err(at(GRID_ERRORS.REQUIRED, 'headPersonId'));
  const householdIds = input.householdIds ?? [];
  const seen = new Set<string>();
  for (const [index, householdId] of householdIds.entries()) {
    if (isBlank(householdId)) return err(at(GRID_ERRORS.REQUIRED, 'householdIds', index));
    if (seen.has(householdId)) return err(at(GRID_ERRORS.HOUSEHOLD_LISTED_TWICE, 'householdIds', index));
    seen.add(householdId);
  }
  const name = trimmedOrNull(input.name);
  return ok({ id: input.id, name, headPersonId: input.headPersonId, householdIds: [...householdIds] });
}

function isPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [lng, lat] = value as unknown[];
  return (
    typeof lng === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    lng >= -180 &&
    lng <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

function checkRing(ring: LinearRing, ringIndex: number): GridError | null {
  const path = ['boundary', 'coordinates', ringIndex] as const;
  if (!Array.isArray(ring)) return at(GRID_ERRORS.BOUNDARY_RING_TOO_SHORT, ...path);
  for (const [index, position] of ring.entries()) {
    if (!isPosition(position)) return at(GRID_ERRORS.BOUNDARY_POSITION, ...path, index);
  }
  const distinct = new Set(ring.map(([lng, lat]) => `${lng},${lat}`));
  if (ring.length < 4 || distinct.size < 3) return at(GRID_ERRORS.BOUNDARY_RING_TOO_SHORT, ...path);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) {
    return at(GRID_ERRORS.BOUNDARY_RING_NOT_CLOSED, ...path);
  }
  return null;
}

/**
 * Checks a grid boundary: a `Polygon` whose rings (outline first, then holes) each have at least
 * four `[lng, lat]` positions in range, three of them distinct, and end where they start.
 */
export function validateBoundary(boundary: GridBoundary): Result<GridBoundary, GridError> {
  if (
    boundary.type !== 'Polygon' ||
    !Array.isArray(boundary.coordinates) ||
    boundary.coordinates.length === 0
  ) {
    return err(at(GRID_ERRORS.BOUNDARY_EMPTY, 'boundary'));
  }
  for (const [index, ring] of boundary.coordinates.entries()) {
    const problem = checkRing(ring, index);
    if (problem !== null) return err(problem);
  }
  return ok({
    type: 'Polygon',
    coordinates: boundary.coordinates.map((ring: LinearRing) =>
      ring.map(([lng, lat]: Position) => [lng, lat] as const),
    ),
  });
}

/**
 * Every household listed by more than one of `units`, ordered by household id. Works on the units of
 * one grid or of a whole county, since a household belongs to exactly one unit anywhere.
 */
export function findHouseholdsInSeveralUnits(
  units: readonly Pick<HouseholdJointUnit, 'id' | 'householdIds'>[],
): readonly HouseholdInSeveralUnits[] {
  const unitsByHousehold = new Map<string, string[]>();
  for (const unit of units) {
    for (const householdId of new Set(unit.householdIds)) {
      const listing = unitsByHousehold.get(householdId);
      if (listing === undefined) unitsByHousehold.set(householdId, [unit.id]);
      else listing.push(unit.id);
    }
  }
  return [...unitsByHousehold.entries()]
    .filter(([, unitIds]) => unitIds.length > 1)
    .map(([householdId, unitIds]) => ({ householdId, unitIds }))
    .sort((a, b) => (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0));
}

function checkUnits(
  inputs: readonly HouseholdJointUnitInput[],
): Result<readonly HouseholdJointUnit[], GridError> {
  const units: HouseholdJointUnit[] = [];
  const unitIds = new Set<string>();
  const unitOfHousehold = new Map<string, string>();
  for (const [unitIndex, input] of inputs.entries()) {
    const unit = createHouseholdJointUnit(input);
    if (!unit.ok) return err(at(unit.error, 'units', unitIndex, ...(unit.error.field ?? [])));
    if (unitIds.has(unit.value.id)) return err(at(GRID_ERRORS.UNIT_DUPLICATE, 'units', unitIndex, 'id'));
    unitIds.add(unit.value.id);
    for (const [index, householdId] of unit.value.householdIds.entries()) {
      if (unitOfHousehold.has(householdId)) {
        return err(at(GRID_ERRORS.HOUSEHOLD_IN_SEVERAL_UNITS, 'units', unitIndex, 'householdIds', index));
      }
      unitOfHousehold.set(householdId, unit.value.id);
    }
    units.push(unit.value);
  }
  return ok(units);
}

/**
 * Builds a grid (网格) from its 15-digit code, bilingual name, kind, optional boundary and its
 * household-joint units. The village code and sequence are read from the code. A household listed
 * by two units is `GRID.HOUSEHOLD_IN_SEVERAL_UNITS`.
 */
export function createGrid(input: GridInput): Result<Grid, GridError> {
  const code = parseGridCode(input.code);
  if (!code.ok) return code;
  if (!isGridKind(input.kind)) return err(at(GRID_ERRORS.KIND, 'kind'));
  if (isBlank(input.name.zh)) return err(at(GRID_ERRORS.NAME_ZH, 'name', 'zh'));
  if (isBlank(input.name.bo) || !TIBETAN_LETTER.test(input.name.bo)) {
    return err(at(GRID_ERRORS.NAME_BO, 'name', 'bo'));
  }
  let boundary: GridBoundary | null = null;
  if (input.boundary !== undefined && input.boundary !== null) {
    const checked = validateBoundary(input.boundary);
    if (!checked.ok) return checked;
    boundary = checked.value;
  }
  const units = checkUnits(input.units ?? []);
  if (!units.ok) return units;
  return ok({
    code: code.value,
    villageCode: code.value.slice(0, 12) as RegionCode,
    sequence: gridSequenceOf(code.value) ?? 0,
    name: { zh: input.name.zh.trim(), bo: input.name.bo.trim() },
    kind: input.kind,
    boundary,
    units: units.value,
  });
}

/** The unit of `grid` that holds `householdId`, or `null` when none does. */
export function unitOfHousehold(grid: Pick<Grid, 'units'>, householdId: string): HouseholdJointUnit | null {
  return grid.units.find((unit) => unit.householdIds.includes(householdId)) ?? null;
}

/**
 * Adds a household to one of the grid's units. A household already in another unit is refused
 * (`GRID.HOUSEHOLD_IN_SEVERAL_UNITS`): it must leave that unit first.
 */
export function addHouseholdToUnit(grid: Grid, unitId: string, householdId: string): Result<Grid, GridError> {
  if (isBlank(householdId)) return err(at(GRID_ERRORS.REQUIRED, 'householdId'));
  const target = grid.units.find((unit) => unit.id === unitId);
  if (target === undefined) return err(at(GRID_ERRORS.UNIT_NOT_FOUND, 'unitId'));
  const holder = unitOfHousehold(grid, householdId);
  if (holder !== null) {
    return err(
      at(
        holder.id === unitId ? GRID_ERRORS.HOUSEHOLD_LISTED_TWICE : GRID_ERRORS.HOUSEHOLD_IN_SEVERAL_UNITS,
        'householdId',
      ),
    );
  }
  return ok({
    ...grid,
    units: grid.units.map((unit) =>
      unit.id === unitId ? { ...unit, householdIds: [...unit.householdIds, householdId] } : unit,
    ),
  });
}

/** Takes a household out of whichever unit of the grid holds it (unchanged when none does). */
export function removeHouseholdFromUnits(grid: Grid, householdId: string): Grid {
  return {
    ...grid,
    units: grid.units.map((unit) =>
      unit.householdIds.includes(householdId)
        ? { ...unit, householdIds: unit.householdIds.filter((id) => id !== householdId) }
        : unit,
    ),
  };
}
