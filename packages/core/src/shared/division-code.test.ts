import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countyCodeOf,
  gridCode,
  gridSequenceOf,
  isUrbanClass,
  isUrbanRuralClass,
  isWithin,
  looksLikeDivisionCode,
  PROVINCE_LABELS,
  parentRegionCode,
  parseRegionCode,
  provinceCodeOf,
  type RegionCode,
  regionLevel,
  regionLineage,
  townshipCodeOf,
  townshipKindOf,
  URBAN_RURAL_CLASS_LABELS,
  villageCodeOf,
  villageKindOf,
} from './division-code.js';

function code(text: string): RegionCode {
  const parsed = parseRegionCode(text);
  if (!parsed.ok) throw new Error(`bad test region code ${text}`);
  return parsed.value;
}

const three = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(3, '0'));
const two = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
const province = fc.constantFrom(...Object.keys(PROVINCE_LABELS));

// Region codes of every level, built from well-formed parts.
const regionCode: fc.Arbitrary<RegionCode> = fc
  .tuple(province, two, two, three(1, 999), three(1, 999), three(1, 999), fc.integer({ min: 0, max: 5 }))
  .map(([p, prefecture, county, township, village, grid, level]) => {
    const texts = [
      `${p}0000`,
      `${p}${prefecture}00`,
      `${p}${prefecture}${county}`,
      `${p}${prefecture}${county}${township}`,
      `${p}${prefecture}${county}${township}${village}`,
      `${p}${prefecture}${county}${township}${village}${grid}`,
    ];
    return code(texts[level] ?? '');
  });

describe('region codes of the places in the article (GB/T 2260, revision 2019-04)', () => {
  it.each([
    ['540000', 'PROVINCE'],
    ['540100', 'PREFECTURE'],
    ['540102', 'COUNTY'],
    ['540127', 'COUNTY'],
    ['540424', 'COUNTY'],
    ['540524', 'COUNTY'],
    ['540600', 'PREFECTURE'],
    ['540602', 'COUNTY'],
    ['542500', 'PREFECTURE'],
    ['542526', 'COUNTY'],
    ['542526100', 'TOWNSHIP'],
    ['542526100201', 'VILLAGE'],
    ['542526100201001', 'GRID'],
  ])('%s is a %s code', (text, level) => {
    expect(regionLevel(code(text))).toBe(level);
  });

  it('walks from a grid of Gêrzê county up to the Tibet Autonomous Region', () => {
    expect(regionLineage(code('542526100201001'))).toEqual([
      '542526100201001',
      '542526100201',
      '542526100',
      '542526',
      '542500',
      '540000',
    ]);
  });

  it('gives a township under a prefecture-level city without counties that city as parent', () => {
    expect(parentRegionCode(code('441900003'))).toBe('441900');
  });
});

describe('reading a region code', () => {
  it.each([
    ['54252', 'REGION_CODE.FORMAT'],
    ['5425261', 'REGION_CODE.FORMAT'],
    ['54252610020', 'REGION_CODE.FORMAT'],
    ['54252a', 'REGION_CODE.FORMAT'],
    [' 542526', 'REGION_CODE.FORMAT'],
    ['990000', 'REGION_CODE.PROVINCE'],
    ['000000', 'REGION_CODE.PROVINCE'],
    ['540005', 'REGION_CODE.STRUCTURE'],
    ['540000100', 'REGION_CODE.STRUCTURE'],
    ['542526000', 'REGION_CODE.STRUCTURE'],
    ['542526100000', 'REGION_CODE.STRUCTURE'],
    ['542526100201000', 'REGION_CODE.STRUCTURE'],
  ])('rejects %s: %s', (text, errorCode) => {
    const parsed = parseRegionCode(text);
    expect(!parsed.ok && parsed.error.code).toBe(errorCode);
  });

  it('knows the 34 provincial-level divisions and nothing else as a province', () => {
    expect(Object.keys(PROVINCE_LABELS)).toHaveLength(34);
    expect(PROVINCE_LABELS['54'].zh).toBe('西藏自治区');
    expect(looksLikeDivisionCode('542526')).toBe(true);
    expect(looksLikeDivisionCode('162526')).toBe(false);
    expect(looksLikeDivisionCode('66')).toBe(false);
  });
});

describe('the tree of region codes', () => {
  it('every parent chain ends at a province and climbs one level at a time', () => {
    fc.assert(
      fc.property(regionCode, (start) => {
        const lineage = regionLineage(start);
        const last = lineage[lineage.length - 1];
        expect(last && regionLevel(last)).toBe('PROVINCE');
        for (let i = 1; i < lineage.length; i += 1) {
          const child = lineage[i - 1] ?? start;
          const parent = lineage[i] ?? start;
          expect(parent).toBe(parentRegionCode(child));
          expect(parseRegionCode(parent).ok).toBe(true);
          expect(child.startsWith(parent.replace(/0+$/, ''))).toBe(true);
        }
      }),
    );
  });

  it('a province has no parent', () => {
    expect(parentRegionCode(code('540000'))).toBeNull();
  });

  it('a region lies within itself', () => {
    fc.assert(
      fc.property(regionCode, (c) => {
        expect(isWithin(c, c)).toBe(true);
      }),
    );
  });

  it('lying within is transitive', () => {
    fc.assert(
      fc.property(regionCode, fc.nat(5), fc.nat(5), (c, up1, up2) => {
        const lineage = regionLineage(c);
        const b = lineage[Math.min(up1, lineage.length - 1)] ?? c;
        const bLineage = regionLineage(b);
        const a = bLineage[Math.min(up2, bLineage.length - 1)] ?? b;
        expect(isWithin(c, b) && isWithin(b, a)).toBe(true);
        expect(isWithin(c, a)).toBe(true);
      }),
    );
  });

  it('a region lies within exactly the codes of its lineage', () => {
    fc.assert(
      fc.property(regionCode, regionCode, (a, b) => {
        expect(isWithin(a, b)).toBe(regionLineage(a).includes(b));
      }),
    );
  });

  it('places one county outside another and a county outside its own township', () => {
    expect(isWithin('542526100201001', '542526')).toBe(true);
    expect(isWithin('542526100201001', '540000')).toBe(true);
    expect(isWithin('540424100201', '542526')).toBe(false);
    expect(isWithin('542526', '542526100')).toBe(false);
    // A digit prefix is not enough: 5425261 is no region.
    expect(isWithin('542526100201', '5425')).toBe(false);
  });

  it('never places a malformed code within anything', () => {
    expect(isWithin('54252x', '540000')).toBe(false);
    expect(isWithin('542526', '54000')).toBe(false);
  });
});

describe('region codes are typed', () => {
  it('does not take an unchecked string where a parsed region code is needed', () => {
    // @ts-expect-error a string is not a RegionCode until parseRegionCode has checked it
    expect(regionLevel('542526')).toBe('COUNTY');
    // @ts-expect-error the same for walking the tree
    expect(parentRegionCode('542526')).toBe('542500');
  });
});

describe('grid codes: village code plus a 3-digit sequence (DB11/T layout)', () => {
  it('derives the grid code from the village code and the sequence', () => {
    expect(gridCode('542526100201', 1)).toEqual({ ok: true, value: '542526100201001' });
    expect(gridCode('542526100201', 999)).toEqual({ ok: true, value: '542526100201999' });
  });

  it('gives back the village and sequence a grid code was derived from', () => {
    fc.assert(
      fc.property(regionCode, fc.integer({ min: 1, max: 999 }), (c, sequence) => {
        const village = villageCodeOf(c);
        if (village === null) return;
        const grid = gridCode(village, sequence);
        expect(grid.ok).toBe(true);
        if (!grid.ok) return;
        expect(parentRegionCode(grid.value)).toBe(village);
        expect(gridSequenceOf(grid.value)).toBe(sequence);
        expect(regionLevel(grid.value)).toBe('GRID');
      }),
    );
  });

  it.each([
    ['542526100', 1, 'REGION_CODE.NOT_VILLAGE'],
    ['542526100201001', 1, 'REGION_CODE.NOT_VILLAGE'],
    ['54252610020', 1, 'REGION_CODE.FORMAT'],
    ['542526100201', 0, 'REGION_CODE.GRID_SEQUENCE'],
    ['542526100201', 1000, 'REGION_CODE.GRID_SEQUENCE'],
    ['542526100201', 2.5, 'REGION_CODE.GRID_SEQUENCE'],
  ])('refuses village %s with sequence %d: %s', (village, sequence, errorCode) => {
    const grid = gridCode(village, sequence);
    expect(!grid.ok && grid.error.code).toBe(errorCode);
  });
});

describe('codes of the levels above', () => {
  it('cuts a grid code to its county, township, village and province', () => {
    expect(countyCodeOf('542526100201001')).toBe('542526');
    expect(townshipCodeOf('542526100201001')).toBe('542526100');
    expect(villageCodeOf('542526100201001')).toBe('542526100201');
    expect(provinceCodeOf('542526100201001')).toBe('540000');
    expect(townshipCodeOf('542526')).toBeNull();
    expect(villageCodeOf('542526100')).toBeNull();
    expect(gridSequenceOf(code('542526100201'))).toBeNull();
  });
});

describe('township and village kinds by the NBS ranges (国统字〔2009〕91号)', () => {
  it.each([
    ['542526001', 'SUBDISTRICT'],
    ['542526099', 'SUBDISTRICT'],
    ['542526100', 'TOWN'],
    ['542526199', 'TOWN'],
    ['542526200', 'TOWNSHIP'],
    ['542526399', 'TOWNSHIP'],
    ['542526400', 'TOWNSHIP_LIKE'],
    ['542526599', 'TOWNSHIP_LIKE'],
    ['542526600', null],
    ['542526', null],
  ])('township digits of %s make a %s', (text, kind) => {
    expect(townshipKindOf(text)).toBe(kind);
  });

  it.each([
    ['220581102001', 'RESIDENTS_COMMITTEE'],
    ['320508019044', 'RESIDENTS_COMMITTEE'],
    ['220581102200', 'VILLAGERS_COMMITTEE'],
    ['542526200399', 'VILLAGERS_COMMITTEE'],
    ['542526200400', 'RESIDENTS_COMMITTEE_LIKE'],
    ['542526200498', 'RESIDENTS_COMMITTEE_LIKE'],
    ['542526200598', 'VILLAGERS_COMMITTEE_LIKE'],
    ['542526200600', null],
    ['542526200', null],
  ])('village digits of %s make a %s', (text, kind) => {
    expect(villageKindOf(text)).toBe(kind);
  });

  it('reads the urban–rural classes, urban when the first digit is 1', () => {
    expect(Object.keys(URBAN_RURAL_CLASS_LABELS)).toEqual(['111', '112', '121', '122', '123', '210', '220']);
    expect(isUrbanRuralClass('220')).toBe(true);
    expect(isUrbanRuralClass('221')).toBe(false);
    expect(isUrbanClass('121')).toBe(true);
    expect(isUrbanClass('220')).toBe(false);
  });
});
