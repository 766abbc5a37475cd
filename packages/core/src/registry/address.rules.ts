import { parseRegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { ADDRESS_ERRORS, type AddressError, at } from './registry.errors.js';
import type { StandardAddress } from './registry.js';

/** The longest road or settlement name, in characters. */
export const MAX_PLACE_LENGTH = 60;
/** The longest number, building, unit or room, in characters. */
export const MAX_PART_LENGTH = 10;

/** The address parts after the place, in the order they are written, with their markers. */
const PARTS = [
  ['number', '号'],
  ['building', '栋'],
  ['unit', '单元'],
  ['room', '室'],
] as const;

type PartName = (typeof PARTS)[number][0];

const PART = '[0-9A-Z]+(?:-[0-9A-Z]+)*';
const PART_PATTERN = new RegExp(`^${PART}$`);
// The place is matched lazily, so a place may not end the way a part does (see placeEndsLikeAPart).
const CANONICAL_PATTERN = new RegExp(
  `^(\\d{12}) (\\S+?)(?:(${PART})号)?(?:(${PART})栋)?(?:(${PART})单元)?(?:(${PART})室)?$`,
  'u',
);
const PART_ENDING = new RegExp(`(?:[0-9A-Za-z-]|${PART}(?:号|栋|单元|室))$`);

/** Whether `code` is a well-formed 15-digit grid code. */
export function isGridCode(code: string): boolean {
  const parsed = parseRegionCode(code);
  return parsed.ok && regionLevel(parsed.value) === 'GRID';
}

/** Whether `gridCode` is a grid of the village `villageCode` (a grid code is village12 + seq3, RULES §2.5). */
export function isGridInVillage(gridCode: string, villageCode: string): boolean {
  return isGridCode(gridCode) && gridCode.startsWith(villageCode);
}

/** What a caller supplies for a standard address; empty parts may be `null`, `undefined` or `''`. */
export interface StandardAddressInput {
  readonly regionCode: string;
  readonly place: string;
  readonly number?: string | null;
  readonly building?: string | null;
  readonly unit?: string | null;
  readonly room?: string | null;
}

// Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) and the full-width hyphen are common in typed
// Chinese addresses; they mean the same as their ASCII forms.
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

function normalisePart(text: string | null | undefined): string | null {
  const part = toHalfWidth(text ?? '')
    .trim()
    .toUpperCase();
  return part === '' ? null : part;
}

/**
 * Whether a place name ends like an address part would (a digit, a letter, a hyphen, or a numbered
 * 号/栋/单元/室). Such a name could not be told apart from its parts in the canonical text.
 */
export function placeEndsLikeAPart(place: string): boolean {
  return PART_ENDING.test(place);
}

/**
 * Builds a standard address (标准地址). The village code must be a 12-digit village or community
 * code; the place is trimmed, read in half-width and has no white space; parts are trimmed,
 * upper-cased and read in half-width, and use digits, letters and inner hyphens only. A unit needs a
 * building. Fails on the first wrong input, naming it in `field`.
 */
export function createStandardAddress(input: StandardAddressInput): Result<StandardAddress, AddressError> {
  const region = parseRegionCode(input.regionCode);
  if (!region.ok || regionLevel(region.value) !== 'VILLAGE')
    return err(at(ADDRESS_ERRORS.REGION, 'regionCode'));
  const place = toHalfWidth(input.place.trim().normalize('NFC'));
  if (place === '') return err(at(ADDRESS_ERRORS.REQUIRED, 'place'));
  if (/[\s\p{Cc}]/u.test(place) || [...place].length > MAX_PLACE_LENGTH) {
    return err(at(ADDRESS_ERRORS.PLACE, 'place'));
  }
  if (placeEndsLikeAPart(place)) return err(at(ADDRESS_ERRORS.PLACE_ENDING, 'place'));
  const parts: Record<PartName, string | null> = { number: null, building: null, unit: null, room: null };
  for (const [name] of PARTS) {
    const part = normalisePart(input[name]);
    if (part !== null && (!PART_PATTERN.test(part) || part.length > MAX_PART_LENGTH)) {
      return err(at(ADDRESS_ERRORS.PART, name));
    }
    parts[name] = part;
  }
  if (parts.unit !== null && parts.building === null)
    return err(at(ADDRESS_ERRORS.UNIT_WITHOUT_BUILDING, 'unit'));
  return ok({ regionCode: region.value, place, ...parts });
}

/**
 * The canonical text of an address: the village code, a space, the place, then each part present
 * with its marker (号, 栋, 单元, 室): `542526100201 北街12号3栋2单元301室`. Equal addresses have equal
 * texts, so the text can be stored, compared and searched.
 */
export function formatStandardAddress(address: StandardAddress): string {
  const parts = PARTS.map(([name, marker]) => {
    const part = address[name];
    return part === null ? '' : `${part}${marker}`;
  }).join('');
  return `${address.regionCode} ${address.place}${parts}`;
}

/**
 * Reads the canonical text of an address (see {@link formatStandardAddress}); surrounding white
 * space is ignored. `parseStandardAddress(formatStandardAddress(a))` gives `a` back for every valid
 * address. `ADDRESS.FORMAT` when the text does not have the canonical shape, otherwise the failures
 * of {@link createStandardAddress}.
 */
export function parseStandardAddress(text: string): Result<StandardAddress, AddressError> {
  const match = CANONICAL_PATTERN.exec(text.trim());
  if (match === null) return err(ADDRESS_ERRORS.FORMAT);
  const [, regionCode = '', place = '', number, building, unit, room] = match;
  return createStandardAddress({ regionCode, place, number, building, unit, room });
}

/** The label of an address without its village code (`北街12号3栋2单元301室`), for display. */
export function streetAddressOf(address: StandardAddress): string {
  return formatStandardAddress(address).slice(address.regionCode.length + 1);
}
