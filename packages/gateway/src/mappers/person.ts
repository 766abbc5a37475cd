// Person rows ⇄ core's Person: the one place that knows both shapes.
import {
  type CalendarDate,
  type CitizenId,
  ETHNICITIES,
  ok,
  type Person,
  parseCalendarDate,
  parseCitizenId,
  parseHukouPlace,
  parseMobileNumber,
  parseRegionCode,
  type RegionCode,
  type Result,
} from '@grassroots/core';
import type { Person as PersonRow } from '../generated/sqlite/client.js';
import { pinyinInitials, pinyinKey } from '../pinyin.js';
import { enumColumn, optionalParsedColumn, parsedColumn, type RowRef } from './columns.js';

// A stored ID was checked against its registration day and the GB/T 2260 codes when written; reading
// it back re-checks its shape and check character only, so the "today" it is parsed against is the last day there is.
const ANY_DAY = '9999-12-31' as CalendarDate;

function citizenIdOf(text: string): Result<CitizenId, unknown> {
  const parsed = parseCitizenId(text, ANY_DAY, { isKnownAddressCode: () => true });
  return parsed.ok ? ok(parsed.value.id) : parsed;
}

function hukouPlaceOf(text: string): Result<RegionCode, unknown> {
  const place = parseHukouPlace(text);
  return place === null ? { ok: false, error: 'not a household-registration place' } : ok(place);
}

/** The columns of a Person row that are not core's (search keys, provenance). */
export interface PersonColumnsExtra {
  /** True for invented demonstration people. */
  readonly synthetic: boolean;
}

export const personMapper = {
  /** A stored person as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: PersonRow): Person {
    const ref: RowRef = { model: 'Person', id: row.id };
    return {
      id: row.id,
      nameZh: row.nameZh,
      nameBo: row.nameBo,
      citizenId: parsedColumn(citizenIdOf, row.citizenId, ref, 'citizenId'),
      sex: enumColumn(['MALE', 'FEMALE'] as const, row.sex, ref, 'sex'),
      birthDate: parsedColumn(parseCalendarDate, row.birthDate, ref, 'birthDate'),
      ethnicity: enumColumn(ETHNICITIES, row.ethnicity, ref, 'ethnicity'),
      phone: optionalParsedColumn(parseMobileNumber, row.phone, ref, 'phone'),
      residenceRegionCode: parsedColumn(parseRegionCode, row.residenceRegionCode, ref, 'residenceRegionCode'),
      hukouPlaceCode: parsedColumn(hukouPlaceOf, row.hukouPlaceCode, ref, 'hukouPlaceCode'),
    };
  },

  /**
   * The columns of a new Person row: core's fields plus the search keys computed at write time
   * (pinyin, because SQLite and PostgreSQL collate Chinese differently; the last four ID characters,
   * because staff search by a masked number).
   */
  toColumns(person: Person, extra: PersonColumnsExtra) {
    return {
      id: person.id,
      nameZh: person.nameZh,
      nameBo: person.nameBo,
      namePinyin: pinyinKey(person.nameZh),
      nameInitials: pinyinInitials(person.nameZh),
      citizenId: person.citizenId,
      citizenIdLast4: person.citizenId.slice(-4),
      sex: person.sex,
      birthDate: person.birthDate,
      ethnicity: person.ethnicity,
      phone: person.phone,
      residenceRegionCode: person.residenceRegionCode,
      hukouPlaceCode: person.hukouPlaceCode,
      synthetic: extra.synthetic,
    };
  },
} as const;
