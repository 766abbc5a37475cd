import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionTemplate, TemplateField } from './collection.js';
import {
  createCollectionTemplate,
  createTemplateVersion,
  latestTemplateVersion,
  reviseTemplate,
  toOpen311ServiceDefinition,
  validateSubmission,
} from './collection.rules.js';
import { DEFAULT_COLLECTION_TEMPLATES } from './collection.templates.js';

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const FIELDS: readonly TemplateField[] = [
  {
    code: 'name',
    label: { zh: '姓名', en: 'Name', bo: 'མིང་།' },
    datatype: 'STRING',
    required: true,
    order: 1,
    values: [],
    maxLength: 10,
  },
  {
    code: 'herd_size',
    label: { zh: '牲畜头数', en: 'Herd size', bo: 'ཕྱུགས་གྲངས།' },
    datatype: 'NUMBER',
    required: false,
    order: 2,
    values: [],
    min: 0,
    max: 5000,
  },
  {
    code: 'visited_on',
    label: { zh: '走访日期', en: 'Visited on', bo: 'ཐུག་འཕྲད་ཚེས་གྲངས།' },
    datatype: 'DATE',
    required: true,
    order: 3,
    values: [],
  },
  {
    code: 'insured',
    label: { zh: '是否参保', en: 'Insured', bo: 'འགན་ལེན་ཞུགས་ཡོད་མེད།' },
    datatype: 'BOOLEAN',
    required: false,
    order: 4,
    values: [],
  },
  {
    code: 'pasture',
    label: { zh: '草场', en: 'Pasture', bo: 'རྩྭ་ཐང་།' },
    datatype: 'SINGLE_VALUE_LIST',
    required: true,
    order: 5,
    values: [
      { key: 'SUMMER', label: { zh: '夏季草场', en: 'Summer pasture', bo: 'དབྱར་ས།' } },
      { key: 'WINTER', label: { zh: '冬季草场', en: 'Winter pasture', bo: 'དགུན་ས།' } },
    ],
  },
  {
    code: 'needs',
    label: { zh: '需求', en: 'Needs', bo: 'དགོས་མཁོ།' },
    datatype: 'MULTI_VALUE_LIST',
    required: false,
    order: 6,
    values: [
      { key: 'FODDER', label: { zh: '饲草', en: 'Fodder', bo: 'ཟས་རྩྭ།' } },
      { key: 'VET', label: { zh: '兽医', en: 'Vet', bo: 'ཕྱུགས་སྨན་པ།' } },
      { key: 'WATER', label: { zh: '饮水', en: 'Water', bo: 'འཐུང་ཆུ།' } },
    ],
  },
];

const TEMPLATE: CollectionTemplate = must(
  createCollectionTemplate({
    code: 'HERDER_VISIT',
    kind: 'PERSON',
    name: { zh: '牧户走访', en: 'Herder visit', bo: 'འབྲོག་ཁྱིམ་ཐུག་འཕྲད།' },
    versions: [{ version: 1, fields: FIELDS }],
  }),
);

describe('validating a submission', () => {
  it('returns the normalised answers', () => {
    const result = validateSubmission(TEMPLATE, 1, {
      name: '  卓玛 ',
      herd_size: '120',
      visited_on: '2025-05-06',
      insured: 'true',
      pasture: 'WINTER',
      needs: ['WATER', 'FODDER'],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: '卓玛',
        herd_size: 120,
        visited_on: '2025-05-06',
        insured: true,
        pasture: 'WINTER',
        needs: ['FODDER', 'WATER'],
      },
    });
  });

  it('leaves unanswered optional fields out and treats empty answers as missing', () => {
    const result = validateSubmission(TEMPLATE, 1, {
      name: '卓玛',
      visited_on: '2025-05-06',
      pasture: 'SUMMER',
      herd_size: '',
      needs: [],
    });
    expect(result).toEqual({
      ok: true,
      value: { name: '卓玛', visited_on: '2025-05-06', pasture: 'SUMMER' },
    });
  });

  it('returns every field error at once, each with its field path', () => {
    const result = validateSubmission(TEMPLATE, 1, {
      name: '一个非常非常非常长的名字',
      herd_size: -1,
      visited_on: '2025-02-30',
      insured: 'maybe',
      needs: ['VET', 'CASH', 'VET'],
      colour: 'red',
    });
    expect(!result.ok && result.error.map((e) => [e.code, ...(e.field ?? [])])).toEqual([
      ['COLLECTION.UNKNOWN_FIELD', 'answers', 'colour'],
      ['COLLECTION.TOO_LONG', 'answers', 'name'],
      ['COLLECTION.OUT_OF_RANGE', 'answers', 'herd_size'],
      ['COLLECTION.NOT_A_DATE', 'answers', 'visited_on'],
      ['COLLECTION.NOT_A_BOOLEAN', 'answers', 'insured'],
      ['COLLECTION.REQUIRED', 'answers', 'pasture'],
      ['COLLECTION.NOT_IN_LIST', 'answers', 'needs', '1'],
      ['COLLECTION.DUPLICATE_VALUE', 'answers', 'needs', '2'],
    ]);
  });

  it('refuses answers of the wrong type', () => {
    const result = validateSubmission(TEMPLATE, 1, {
      name: 5,
      herd_size: 'many',
      visited_on: 20250506,
      pasture: 'AUTUMN',
    });
    expect(!result.ok && result.error.map((e) => e.code)).toEqual([
      'COLLECTION.NOT_TEXT',
      'COLLECTION.NOT_A_NUMBER',
      'COLLECTION.NOT_A_DATE',
      'COLLECTION.NOT_IN_LIST',
    ]);
  });

  it('validates against the version the submission was made with', () => {
    const v2 = must(
      reviseTemplate(TEMPLATE, [
        ...FIELDS.filter((f) => f.code !== 'pasture'),
        {
          code: 'phone',
          label: { zh: '电话', en: 'Phone', bo: 'ཁ་པར།' },
          datatype: 'STRING',
          required: true,
          order: 7,
          values: [],
        },
      ]),
    );
    const answers = { name: '卓玛', visited_on: '2025-05-06', pasture: 'SUMMER' };
    expect(validateSubmission(v2, 1, answers).ok).toBe(true);
    const againstV2 = validateSubmission(v2, 2, answers);
    expect(!againstV2.ok && againstV2.error.map((e) => e.code)).toEqual([
      'COLLECTION.UNKNOWN_FIELD',
      'COLLECTION.REQUIRED',
    ]);
    expect(latestTemplateVersion(v2)?.version).toBe(2);
  });

  it('refuses a version the template does not have', () => {
    const result = validateSubmission(TEMPLATE, 3, {});
    expect(!result.ok && result.error).toEqual([
      expect.objectContaining({ code: 'COLLECTION.VERSION_NOT_FOUND', kind: 'NOT_FOUND' }),
    ]);
  });

  it('accepts every value of a list field and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const result = validateSubmission(TEMPLATE, 1, { name: 'a', visited_on: '2025-01-01', pasture: key });
        expect(result.ok).toBe(['SUMMER', 'WINTER'].includes(key.trim()));
      }),
    );
  });
});

describe('template versions', () => {
  it('sort fields by order', () => {
    const version = must(createTemplateVersion({ version: 1, fields: [...FIELDS].reverse() }));
    expect(version.fields.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuse repeated codes or orders, bad codes, and missing fields', () => {
    const first = FIELDS[0] as TemplateField;
    const code = createTemplateVersion({ version: 1, fields: [first, { ...first, order: 9 }] });
    expect(!code.ok && code.error).toMatchObject({
      code: 'COLLECTION.FIELD_CODE',
      field: ['fields', '1', 'code'],
    });
    const order = createTemplateVersion({ version: 1, fields: [first, { ...first, code: 'other' }] });
    expect(!order.ok && order.error.code).toBe('COLLECTION.FIELD_ORDER');
    const bad = createTemplateVersion({ version: 1, fields: [{ ...first, code: 'Name' }] });
    expect(!bad.ok && bad.error.code).toBe('COLLECTION.FIELD_CODE');
    expect(!createTemplateVersion({ version: 1, fields: [] }).ok).toBe(true);
  });

  it('give choices to list fields only', () => {
    const first = FIELDS[0] as TemplateField;
    const list = FIELDS[4] as TemplateField;
    const choices = createTemplateVersion({ version: 1, fields: [{ ...first, values: list.values }] });
    expect(!choices.ok && choices.error.code).toBe('COLLECTION.FIELD_VALUES');
    const empty = createTemplateVersion({ version: 1, fields: [{ ...list, values: [] }] });
    expect(!empty.ok && empty.error.code).toBe('COLLECTION.FIELD_VALUES');
  });

  it('put bounds only where they apply', () => {
    const first = FIELDS[0] as TemplateField;
    const bounds = createTemplateVersion({ version: 1, fields: [{ ...first, min: 1 }] });
    expect(!bounds.ok && bounds.error.code).toBe('COLLECTION.FIELD_BOUNDS');
    const reversed = createTemplateVersion({
      version: 1,
      fields: [{ ...(FIELDS[1] as TemplateField), min: 5, max: 1 }],
    });
    expect(!reversed.ok && reversed.error.code).toBe('COLLECTION.FIELD_BOUNDS');
  });

  it('are numbered 1, 2, 3 … in a template', () => {
    const result = createCollectionTemplate({ ...TEMPLATE, versions: [{ version: 2, fields: FIELDS }] });
    expect(!result.ok && result.error.code).toBe('COLLECTION.VERSION');
  });
});

describe('the six default templates', () => {
  it('cover 人、地、事、物、组织、房租 and are valid', () => {
    expect(Object.keys(DEFAULT_COLLECTION_TEMPLATES)).toEqual([
      'PERSON',
      'PLACE',
      'EVENT',
      'THING',
      'ORGANISATION',
      'RENTAL',
    ]);
    for (const [kind, template] of Object.entries(DEFAULT_COLLECTION_TEMPLATES)) {
      expect(createCollectionTemplate(template)).toEqual({ ok: true, value: template });
      expect(template.kind).toBe(kind);
    }
  });

  it('take a rental submission', () => {
    const result = validateSubmission(DEFAULT_COLLECTION_TEMPLATES.RENTAL, 1, {
      address: '542526100201 北街12号',
      housing_type: 'BUNGALOW',
      housing_use: 'RESIDENTIAL',
      landlord_name: '扎西',
      tenant_count: 2,
      start_date: '2025-03-01',
      end_date: '2025-08-31',
    });
    expect(result.ok).toBe(true);
  });
});

describe('Open311 service definitions', () => {
  it('describe each field as a GeoReport v2 attribute in the chosen language', () => {
    const definition = must(toOpen311ServiceDefinition(TEMPLATE, 1, 'en'));
    expect(definition.service_code).toBe('HERDER_VISIT');
    expect(definition.attributes.map((a) => [a.code, a.datatype, a.required, a.order])).toEqual([
      ['name', 'string', true, 1],
      ['herd_size', 'number', false, 2],
      ['visited_on', 'datetime', true, 3],
      ['insured', 'singlevaluelist', false, 4],
      ['pasture', 'singlevaluelist', true, 5],
      ['needs', 'multivaluelist', false, 6],
    ]);
    expect(definition.attributes[4]).toMatchObject({
      variable: true,
      description: 'Pasture',
      values: [
        { key: 'SUMMER', name: 'Summer pasture' },
        { key: 'WINTER', name: 'Winter pasture' },
      ],
    });
    expect(definition.attributes[3]?.values).toEqual([
      { key: 'true', name: 'Yes' },
      { key: 'false', name: 'No' },
    ]);
    expect(definition.attributes[0]).not.toHaveProperty('values');
  });

  it('speak Tibetan when asked for Tibetan', () => {
    const definition = must(toOpen311ServiceDefinition(TEMPLATE, 1, 'bo'));
    expect(definition.attributes[0]?.description).toBe('མིང་།');
  });
});
