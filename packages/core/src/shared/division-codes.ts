// Which 6-digit codes are county-level divisions of GB/T 2260: the bundled list the citizen
// identity number's address code is checked against (scripts/extract-division-codes.mjs).
import { ABOLISHED_COUNTY_CODES, CURRENT_COUNTY_CODES } from './division-codes.data.js';

/**
 * Where a county-level code stands in GB/T 2260: `CURRENT` in the 2023 list, `ABOLISHED` in an
 * earlier revision only (1980–2019: a county since merged, renamed or re-coded, like 林芝县 542621,
 * now 巴宜区 540402). An ID keeps the address code of the place where it was first issued, so both
 * stand on valid IDs.
 */
export type DivisionCodeStanding = 'CURRENT' | 'ABOLISHED';

let unpacked: ReadonlyMap<string, DivisionCodeStanding> | null = null;

function table(): ReadonlyMap<string, DivisionCodeStanding> {
  if (unpacked !== null) return unpacked;
  const map = new Map<string, DivisionCodeStanding>();
  const add = (packed: Readonly<Record<string, string>>, standing: DivisionCodeStanding): void => {
    for (const [prefecture, suffixes] of Object.entries(packed)) {
      for (let at = 0; at < suffixes.length; at += 2) {
        map.set(`${prefecture}${suffixes.slice(at, at + 2)}`, standing);
      }
    }
  };
  add(ABOLISHED_COUNTY_CODES, 'ABOLISHED');
  add(CURRENT_COUNTY_CODES, 'CURRENT');
  unpacked = map;
  return map;
}

/**
 * Whether `code` is a county-level GB/T 2260 code of any revision since 1980, and whether it is
 * still in force; `null` for a code no revision has held (an invented one, a province or
 * prefecture row, or a statistical park x7xx of the statistics bureau).
 */
export function divisionCodeStanding(code: string): DivisionCodeStanding | null {
  return table().get(code) ?? null;
}

/**
 * Whether `code` may be a citizen identity number's address code: a county-level code of the 2023
 * list or of an earlier revision. This is `parseCitizenId`'s default check.
 */
export function isKnownCountyCode(code: string): boolean {
  return table().has(code);
}

/** The county-level codes in force under a 2- or 4-digit prefix, ascending (for fixtures and pickers). */
export function currentCountyCodesUnder(prefix: string): readonly string[] {
  const codes: string[] = [];
  for (const [prefecture, suffixes] of Object.entries(CURRENT_COUNTY_CODES)) {
    if (!prefecture.startsWith(prefix) && !prefix.startsWith(prefecture)) continue;
    for (let at = 0; at < suffixes.length; at += 2) {
      const code = `${prefecture}${suffixes.slice(at, at + 2)}`;
      if (code.startsWith(prefix)) codes.push(code);
    }
  }
  return codes.sort();
}
