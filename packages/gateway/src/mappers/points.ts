// Family-points rows ⇄ core's catalogues, shop items, events and ledgers: the one place that knows
// both shapes.
import {
  type Labels,
  POINT_EVENT_KINDS,
  type PointEvent,
  type PointLedger,
  type PointRuleItem,
  type PointsCatalogue,
  type PointsShopItem,
  parseCalendarDate,
  parseRegionCode,
} from '@grassroots/core';
import type {
  PointEvent as PointEventRow,
  PointRuleItem as PointRuleItemRow,
  PointsCatalogue as PointsCatalogueRow,
  PointsShopItem as PointsShopItemRow,
} from '../generated/sqlite/client.js';
import { enumColumn, parsedColumn, type RowRef, StoredValueError } from './columns.js';

/** A column that rows of this kind must fill: null there is a value core does not accept. */
function filledColumn<T>(value: T | null, row: RowRef, column: string): T {
  if (value === null) throw new StoredValueError(row, column, value);
  return value;
}

/**
 * A label stored as its Chinese, English and Tibetan columns. A row stored before Tibetan was
 * required has no Tibetan and shows Chinese, the language every office reads.
 */
function labelOf(row: {
  readonly labelZh: string;
  readonly labelEn: string;
  readonly labelBo: string | null;
}): Labels {
  return { zh: row.labelZh, en: row.labelEn, bo: row.labelBo ?? row.labelZh };
}

/** The row id of a catalogue version: `PC-<villageCode>-<version>`. */
function catalogueIdOf(catalogue: { readonly villageCode: string; readonly version: number }): string {
  return `PC-${catalogue.villageCode}-${catalogue.version}`;
}

export const pointEventMapper = {
  /** A stored event as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: PointEventRow): PointEvent {
    const ref: RowRef = { model: 'PointEvent', id: row.id };
    const base = {
      id: row.id,
      householdId: row.householdId,
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      delta: row.delta,
      occurredOn: parsedColumn(parseCalendarDate, row.occurredOn, ref, 'occurredOn'),
      recordedAt: row.recordedAt,
      recordedBy: row.recordedBy,
    };
    const kind = enumColumn(POINT_EVENT_KINDS, row.kind, ref, 'kind');
    switch (kind) {
      case 'REDEMPTION':
        return {
          ...base,
          kind,
          shopItemCode: filledColumn(row.shopItemCode, ref, 'shopItemCode'),
          quantity: filledColumn(row.quantity, ref, 'quantity'),
        };
      case 'CORRECTION':
        return {
          ...base,
          kind,
          correctsEventId: filledColumn(row.correctsEventId, ref, 'correctsEventId'),
          reason: filledColumn(row.reason, ref, 'reason'),
        };
      case 'AWARD':
      case 'DEDUCTION':
        return {
          ...base,
          kind,
          itemCode: filledColumn(row.itemCode, ref, 'itemCode'),
          catalogueVersion: filledColumn(row.catalogueVersion, ref, 'catalogueVersion'),
          note: row.note,
        };
    }
  },

  /**
   * The columns of an event: one table for every kind, the columns of the other kinds null. Listed
   * field by field: the seed maps 100,000 events, and spreads with extra fields are several times
   * slower in V8.
   */
  toColumns(event: PointEvent): PointEventRow {
    const scored = event.kind === 'AWARD' || event.kind === 'DEDUCTION';
    return {
      id: event.id,
      householdId: event.householdId,
      villageCode: event.villageCode,
      kind: event.kind,
      delta: event.delta,
      occurredOn: event.occurredOn,
      recordedAt: event.recordedAt,
      recordedBy: event.recordedBy,
      itemCode: scored ? event.itemCode : null,
      catalogueVersion: scored ? event.catalogueVersion : null,
      note: scored ? event.note : null,
      shopItemCode: event.kind === 'REDEMPTION' ? event.shopItemCode : null,
      quantity: event.kind === 'REDEMPTION' ? event.quantity : null,
      correctsEventId: event.kind === 'CORRECTION' ? event.correctsEventId : null,
      reason: event.kind === 'CORRECTION' ? event.reason : null,
    };
  },
} as const;

export const pointLedgerMapper = {
  /** A household's ledger from its stored events, which must come oldest first. */
  toDomain(
    household: { readonly id: string; readonly villageCode: string },
    events: readonly PointEventRow[],
  ): PointLedger {
    const ref: RowRef = { model: 'Household', id: household.id };
    return {
      householdId: household.id,
      villageCode: parsedColumn(parseRegionCode, household.villageCode, ref, 'villageCode'),
      events: events.map(pointEventMapper.toDomain),
    };
  },

  /** The event rows of a ledger (a ledger has no row of its own: it is its household's events). */
  toColumns(ledger: PointLedger): PointEventRow[] {
    return ledger.events.map(pointEventMapper.toColumns);
  },
} as const;

export const pointRuleItemMapper = {
  /** A stored rule item as core's. */
  toDomain(row: PointRuleItemRow): PointRuleItem {
    return { code: row.code, label: labelOf(row), points: row.points };
  },

  /** The columns of one item of `catalogue`. */
  toColumns(item: PointRuleItem, catalogue: PointsCatalogue): PointRuleItemRow {
    return {
      catalogueId: catalogueIdOf(catalogue),
      villageCode: catalogue.villageCode,
      catalogueVersion: catalogue.version,
      code: item.code,
      labelZh: item.label.zh,
      labelEn: item.label.en,
      labelBo: item.label.bo,
      points: item.points,
    };
  },
} as const;

export const pointsCatalogueMapper = {
  /** A stored catalogue version with its items as core's entity. */
  toDomain(row: PointsCatalogueRow & { readonly items: readonly PointRuleItemRow[] }): PointsCatalogue {
    const ref: RowRef = { model: 'PointsCatalogue', id: row.id };
    return {
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      version: row.version,
      effectiveFrom: parsedColumn(parseCalendarDate, row.effectiveFrom, ref, 'effectiveFrom'),
      items: row.items.map(pointRuleItemMapper.toDomain),
    };
  },

  /** The columns of a catalogue version (its items are rows of their own: {@link pointRuleItemMapper}). */
  toColumns(catalogue: PointsCatalogue): PointsCatalogueRow {
    return {
      id: catalogueIdOf(catalogue),
      villageCode: catalogue.villageCode,
      version: catalogue.version,
      effectiveFrom: catalogue.effectiveFrom,
    };
  },
} as const;

export const pointsShopItemMapper = {
  /** A stored shop item as core's. */
  toDomain(row: PointsShopItemRow): PointsShopItem {
    return { code: row.code, label: labelOf(row), price: row.price };
  },

  /** The columns of an item of the village's shop; its id is `PS-<villageCode>-<code>`. */
  toColumns(item: PointsShopItem, village: { readonly villageCode: string }): PointsShopItemRow {
    return {
      id: `PS-${village.villageCode}-${item.code}`,
      villageCode: village.villageCode,
      code: item.code,
      labelZh: item.label.zh,
      labelEn: item.label.en,
      labelBo: item.label.bo,
      price: item.price,
    };
  },
} as const;
