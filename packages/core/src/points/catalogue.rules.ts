import { type CalendarDate, compareDates } from '../shared/date.js';
import { parseRegionCode, regionLevel } from '../shared/division-code.js';
import type { Labels } from '../shared/labels.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, POINTS_ERRORS, type PointsError } from './points.errors.js';
import type { PointRuleItem, PointsCatalogue, PointsShopItem } from './points.js';

/** The most points one rule item may give or take. */
export const MAX_ITEM_POINTS = 1000;
/** The most points one shop item may cost. */
export const MAX_SHOP_PRICE = 100_000;

/** Whether `code` is a well-formed 12-digit village (or community) code. */
export function isVillageCode(code: string): boolean {
  const parsed = parseRegionCode(code);
  return parsed.ok && regionLevel(parsed.value) === 'VILLAGE';
}

function checkLabel(label: Labels, ...field: readonly (string | number)[]): PointsError | null {
  if (label.zh.trim() === '' || label.en.trim() === '') return at(POINTS_ERRORS.REQUIRED, ...field);
  return null;
}

function checkItem(item: PointRuleItem, index: number): PointsError | null {
  if (item.code.trim() === '') return at(POINTS_ERRORS.REQUIRED, 'items', index, 'code');
  const label = checkLabel(item.label, 'items', index, 'label');
  if (label !== null) return label;
  if (!Number.isInteger(item.points) || item.points === 0 || Math.abs(item.points) > MAX_ITEM_POINTS) {
    return at(POINTS_ERRORS.ITEM_POINTS, 'items', index, 'points');
  }
  return null;
}

/**
 * Builds one version of a village's points catalogue: a 12-digit village code, a positive version,
 * at least one item, item codes unique, each item worth a non-zero whole number of points (at most
 * {@link MAX_ITEM_POINTS} either way) with a Chinese and an English label.
 */
export function createPointsCatalogue(input: PointsCatalogue): Result<PointsCatalogue, PointsError> {
  if (!isVillageCode(input.villageCode)) return err(at(POINTS_ERRORS.VILLAGE_CODE, 'villageCode'));
  if (!Number.isInteger(input.version) || input.version < 1) return err(at(POINTS_ERRORS.VERSION, 'version'));
  if (input.items.length === 0) return err(at(POINTS_ERRORS.NO_ITEMS, 'items'));
  const codes = new Set<string>();
  const items: PointRuleItem[] = [];
  for (const [index, item] of input.items.entries()) {
    const problem = checkItem(item, index);
    if (problem !== null) return err(problem);
    const code = item.code.trim();
    if (codes.has(code)) return err(at(POINTS_ERRORS.ITEM_CODE_DUPLICATE, 'items', index, 'code'));
    codes.add(code);
    items.push({ ...item, code });
  }
  return ok({ ...input, items });
}

/**
 * Adds a revised version to a village's catalogue history (oldest first): same village, the next
 * version number, and a later effective date. Earlier versions stay, since events refer to them.
 */
export function reviseCatalogue(
  history: readonly PointsCatalogue[],
  next: PointsCatalogue,
): Result<readonly PointsCatalogue[], PointsError> {
  const last = history.at(-1);
  if (last === undefined) {
    return next.version === 1 ? ok([next]) : err(at(POINTS_ERRORS.VERSION, 'version'));
  }
  if (next.villageCode !== last.villageCode) return err(at(POINTS_ERRORS.OTHER_VILLAGE, 'villageCode'));
  if (next.version !== last.version + 1) return err(at(POINTS_ERRORS.VERSION, 'version'));
  if (compareDates(next.effectiveFrom, last.effectiveFrom) <= 0) {
    return err(at(POINTS_ERRORS.EFFECTIVE_DATE, 'effectiveFrom'));
  }
  return ok([...history, next]);
}

/** The catalogue version in force on `date`: the latest one effective on or before it, or `null`. */
export function catalogueInForce(
  history: readonly PointsCatalogue[],
  date: CalendarDate,
): PointsCatalogue | null {
  let inForce: PointsCatalogue | null = null;
  for (const catalogue of history) {
    if (compareDates(catalogue.effectiveFrom, date) > 0) continue;
    if (inForce === null || catalogue.version > inForce.version) inForce = catalogue;
  }
  return inForce;
}

/**
 * The catalogue versions keeping only the items of one kind: those that give points (an `AWARD`) or
 * those that take them (a `DEDUCTION`). An award scored by them cannot name a deduction item, nor a
 * deduction an award item: the item is then unknown (`POINTS.UNKNOWN_ITEM`).
 */
export function cataloguesOfKind(
  history: readonly PointsCatalogue[],
  kind: 'AWARD' | 'DEDUCTION',
): readonly PointsCatalogue[] {
  return history.map((catalogue) => ({
    ...catalogue,
    items: catalogue.items.filter((item) => (kind === 'AWARD' ? item.points > 0 : item.points < 0)),
  }));
}

/** Builds a points-shop item: a code, labels and a price of 1 to {@link MAX_SHOP_PRICE} points. */
export function createShopItem(input: PointsShopItem): Result<PointsShopItem, PointsError> {
  const code = input.code.trim();
  if (code === '') return err(at(POINTS_ERRORS.REQUIRED, 'code'));
  const label = checkLabel(input.label, 'label');
  if (label !== null) return err(label);
  if (!Number.isInteger(input.price) || input.price < 1 || input.price > MAX_SHOP_PRICE) {
    return err(at(POINTS_ERRORS.PRICE, 'price'));
  }
  return ok({ ...input, code });
}
