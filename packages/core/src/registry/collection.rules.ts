import { parseCalendarDate } from '../shared/date.js';
import { type Locale, labelFor } from '../shared/labels.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  type AnswerValue,
  COLLECTION_KINDS,
  type CollectionTemplate,
  FIELD_DATATYPES,
  type NormalisedAnswers,
  type Open311Attribute,
  type Open311ServiceDefinition,
  type TemplateField,
  type TemplateVersion,
} from './collection.js';
import { at, COLLECTION_ERRORS, type CollectionError, under } from './registry.errors.js';

/** The longest text answer when a field sets no `maxLength`. */
export const DEFAULT_MAX_ANSWER_LENGTH = 1000;

const FIELD_CODE = /^[a-z][a-z0-9_]{0,39}$/;
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

function isListType(field: Pick<TemplateField, 'datatype'>): boolean {
  return field.datatype === 'SINGLE_VALUE_LIST' || field.datatype === 'MULTI_VALUE_LIST';
}

function checkField(field: TemplateField, index: number): CollectionError | null {
  if (!FIELD_DATATYPES.includes(field.datatype))
    return at(COLLECTION_ERRORS.FIELD_DATATYPE, 'fields', index, 'datatype');
  if (field.label.zh.trim() === '' || field.label.en.trim() === '') {
    return at(COLLECTION_ERRORS.REQUIRED, 'fields', index, 'label');
  }
  if (!Number.isInteger(field.order) || field.order < 1)
    return at(COLLECTION_ERRORS.FIELD_ORDER, 'fields', index, 'order');
  const keys = field.values.map((v) => v.key);
  const listOk = isListType(field)
    ? keys.length > 0 &&
      keys.every((k) => k.trim() !== '' && k === k.trim()) &&
      new Set(keys).size === keys.length
    : keys.length === 0;
  if (!listOk) return at(COLLECTION_ERRORS.FIELD_VALUES, 'fields', index, 'values');
  const { min, max, maxLength } = field;
  const boundsOk =
    ((min === undefined && max === undefined) ||
      (field.datatype === 'NUMBER' &&
        (min === undefined || Number.isFinite(min)) &&
        (max === undefined || Number.isFinite(max)) &&
        (min === undefined || max === undefined || min <= max))) &&
    (maxLength === undefined ||
      (field.datatype === 'STRING' && Number.isInteger(maxLength) && maxLength > 0));
  if (!boundsOk) return at(COLLECTION_ERRORS.FIELD_BOUNDS, 'fields', index);
  return null;
}

/**
 * Checks one version of a template's fields: a positive version number, at least one field, field
 * codes (lowercase, `a-z0-9_`, starting with a letter) and orders each used once, choices exactly for
 * list fields (non-empty, distinct keys), bounds only where they apply. Fields come back sorted by
 * `order`.
 */
export function createTemplateVersion(input: TemplateVersion): Result<TemplateVersion, CollectionError> {
  if (!Number.isInteger(input.version) || input.version < 1)
    return err(at(COLLECTION_ERRORS.VERSION, 'version'));
  if (input.fields.length === 0) return err(at(COLLECTION_ERRORS.NO_FIELDS, 'fields'));
  const codes = new Set<string>();
  const orders = new Set<number>();
  for (const [index, field] of input.fields.entries()) {
    if (!FIELD_CODE.test(field.code) || codes.has(field.code)) {
      return err(at(COLLECTION_ERRORS.FIELD_CODE, 'fields', index, 'code'));
    }
    const problem = checkField(field, index);
    if (problem !== null) return err(problem);
    if (orders.has(field.order)) return err(at(COLLECTION_ERRORS.FIELD_ORDER, 'fields', index, 'order'));
    codes.add(field.code);
    orders.add(field.order);
  }
  return ok({ version: input.version, fields: [...input.fields].sort((a, b) => a.order - b.order) });
}

/**
 * Checks a collection template (采集模板): a code, one of the six kinds, labels, and versions
 * numbered 1, 2, 3 … each valid.
 */
export function createCollectionTemplate(
  input: CollectionTemplate,
): Result<CollectionTemplate, CollectionError> {
  const code = input.code.trim();
  if (code === '') return err(at(COLLECTION_ERRORS.REQUIRED, 'code'));
  if (!COLLECTION_KINDS.includes(input.kind)) return err(at(COLLECTION_ERRORS.KIND, 'kind'));
  if (input.name.zh.trim() === '' || input.name.en.trim() === '')
    return err(at(COLLECTION_ERRORS.REQUIRED, 'name'));
  if (input.versions.length === 0) return err(at(COLLECTION_ERRORS.VERSION, 'versions'));
  const versions: TemplateVersion[] = [];
  for (const [index, version] of input.versions.entries()) {
    if (version.version !== index + 1)
      return err(at(COLLECTION_ERRORS.VERSION, 'versions', index, 'version'));
    const checked = createTemplateVersion(version);
    if (!checked.ok) return err(under(checked.error, 'versions', String(index)));
    versions.push(checked.value);
  }
  return ok({ ...input, code, versions });
}

/**
 * Publishes a new version of a template with `fields`; it gets the next number. Earlier versions stay,
 * since submissions are validated against the version they were made with.
 */
export function reviseTemplate(
  template: CollectionTemplate,
  fields: readonly TemplateField[],
): Result<CollectionTemplate, CollectionError> {
  const version = createTemplateVersion({ version: template.versions.length + 1, fields });
  if (!version.ok) return version;
  return ok({ ...template, versions: [...template.versions, version.value] });
}

/** The given version of a template, or `null`. */
export function templateVersion(template: CollectionTemplate, version: number): TemplateVersion | null {
  return template.versions.find((v) => v.version === version) ?? null;
}

/** The latest version of a template. */
export function latestTemplateVersion(template: CollectionTemplate): TemplateVersion | null {
  return template.versions.at(-1) ?? null;
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

type Normalised =
  | { readonly ok: true; readonly value: AnswerValue }
  | { readonly ok: false; readonly errors: CollectionError[] };

function fail(error: CollectionError, ...path: readonly (string | number)[]): Normalised {
  return { ok: false, errors: [at(error, ...path)] };
}

function normaliseList(field: TemplateField, value: unknown, path: readonly string[]): Normalised {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const keys = field.values.map((v) => v.key);
  const chosen = new Set<string>();
  const errors: CollectionError[] = [];
  for (const [index, item] of items.entries()) {
    const key = typeof item === 'string' ? item.trim() : null;
    if (key === null || !keys.includes(key)) errors.push(at(COLLECTION_ERRORS.NOT_IN_LIST, ...path, index));
    else if (chosen.has(key)) errors.push(at(COLLECTION_ERRORS.DUPLICATE_VALUE, ...path, index));
    else chosen.add(key);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: keys.filter((k) => chosen.has(k)) };
}

function normalise(field: TemplateField, value: unknown, path: readonly string[]): Normalised {
  switch (field.datatype) {
    case 'STRING': {
      if (typeof value !== 'string') return fail(COLLECTION_ERRORS.NOT_TEXT, ...path);
      const text = value.trim();
      if ([...text].length > (field.maxLength ?? DEFAULT_MAX_ANSWER_LENGTH))
        return fail(COLLECTION_ERRORS.TOO_LONG, ...path);
      return { ok: true, value: text };
    }
    case 'NUMBER': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && DECIMAL.test(value.trim())
            ? Number(value)
            : NaN;
      if (!Number.isFinite(number)) return fail(COLLECTION_ERRORS.NOT_A_NUMBER, ...path);
      if (
        (field.min !== undefined && number < field.min) ||
        (field.max !== undefined && number > field.max)
      ) {
        return fail(COLLECTION_ERRORS.OUT_OF_RANGE, ...path);
      }
      return { ok: true, value: number };
    }
    case 'DATE': {
      const date = typeof value === 'string' ? parseCalendarDate(value.trim()) : null;
      return date?.ok ? { ok: true, value: date.value } : fail(COLLECTION_ERRORS.NOT_A_DATE, ...path);
    }
    case 'BOOLEAN': {
      if (typeof value === 'boolean') return { ok: true, value };
      if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
      return fail(COLLECTION_ERRORS.NOT_A_BOOLEAN, ...path);
    }
    case 'SINGLE_VALUE_LIST': {
      const key = typeof value === 'string' ? value.trim() : null;
      if (key === null || !field.values.some((v) => v.key === key))
        return fail(COLLECTION_ERRORS.NOT_IN_LIST, ...path);
      return { ok: true, value: key };
    }
    case 'MULTI_VALUE_LIST':
      return normaliseList(field, value, path);
  }
}

/**
 * Validates a submission against the template version it was made with, and normalises it: text
 * trimmed, numbers (also given as decimal text) as numbers, dates as `YYYY-MM-DD`, yes/no (also
 * `'true'`/`'false'`) as booleans, list keys trimmed and, for multi-value lists, in the order of the
 * list. Empty answers count as missing; missing optional fields are left out.
 *
 * Returns every problem at once, each naming its field as `['answers', code]` (and the index of a
 * multi-value item): `COLLECTION.REQUIRED`, `COLLECTION.UNKNOWN_FIELD`, `COLLECTION.NOT_TEXT`,
 * `COLLECTION.TOO_LONG`, `COLLECTION.NOT_A_NUMBER`, `COLLECTION.OUT_OF_RANGE`, `COLLECTION.NOT_A_DATE`,
 * `COLLECTION.NOT_A_BOOLEAN`, `COLLECTION.NOT_IN_LIST`, `COLLECTION.DUPLICATE_VALUE`; or only
 * `COLLECTION.VERSION_NOT_FOUND` when the template has no such version.
 */
export function validateSubmission(
  template: CollectionTemplate,
  version: number,
  answers: Readonly<Record<string, unknown>>,
): Result<NormalisedAnswers, readonly CollectionError[]> {
  const fields = templateVersion(template, version)?.fields;
  if (fields === undefined) return err([at(COLLECTION_ERRORS.VERSION_NOT_FOUND, 'version')]);
  const errors: CollectionError[] = [];
  const known = new Set(fields.map((f) => f.code));
  for (const code of Object.keys(answers)) {
    if (!known.has(code)) errors.push(at(COLLECTION_ERRORS.UNKNOWN_FIELD, 'answers', code));
  }
  const normalised: Record<string, AnswerValue> = {};
  for (const field of fields) {
    const value = Object.hasOwn(answers, field.code) ? answers[field.code] : undefined;
    if (isMissing(value)) {
      if (field.required) errors.push(at(COLLECTION_ERRORS.REQUIRED, 'answers', field.code));
      continue;
    }
    const result = normalise(field, value, ['answers', field.code]);
    if (result.ok) normalised[field.code] = result.value;
    else errors.push(...result.errors);
  }
  return errors.length > 0 ? err(errors) : ok(normalised);
}

const OPEN311_DATATYPE: Readonly<Record<TemplateField['datatype'], Open311Attribute['datatype']>> = {
  STRING: 'string',
  NUMBER: 'number',
  DATE: 'datetime',
  // Open311 has no yes/no type: a two-value list is how GeoReport clients render one.
  BOOLEAN: 'singlevaluelist',
  SINGLE_VALUE_LIST: 'singlevaluelist',
  MULTI_VALUE_LIST: 'multivaluelist',
};

const YES_NO = {
  true: { zh: '是', en: 'Yes', bo: 'ཡིན།' },
  false: { zh: '否', en: 'No', bo: 'མིན།' },
} as const;

function datatypeDescription(field: TemplateField, locale: Locale): string | null {
  if (field.datatype === 'DATE') return locale === 'en' ? 'Date as YYYY-MM-DD' : '日期，格式 YYYY-MM-DD';
  return null;
}

/**
 * A template version as an Open311 GeoReport v2 service definition (`GET services/{code}.json`), with
 * labels in `locale`: every field becomes a variable attribute, dates become `datetime`, yes/no a
 * two-value list. `COLLECTION.VERSION_NOT_FOUND` when the template has no such version.
 */
export function toOpen311ServiceDefinition(
  template: CollectionTemplate,
  version: number,
  locale: Locale,
): Result<Open311ServiceDefinition, CollectionError> {
  const found = templateVersion(template, version);
  if (found === null) return err(at(COLLECTION_ERRORS.VERSION_NOT_FOUND, 'version'));
  const attributes = found.fields.map((field): Open311Attribute => {
    const base = {
      variable: true as const,
      code: field.code,
      datatype: OPEN311_DATATYPE[field.datatype],
      required: field.required,
      datatype_description: datatypeDescription(field, locale),
      order: field.order,
      description: labelFor(field.label, locale),
    };
    if (field.datatype === 'BOOLEAN') {
      return {
        ...base,
        values: [
          { key: 'true', name: labelFor(YES_NO.true, locale) },
          { key: 'false', name: labelFor(YES_NO.false, locale) },
        ],
      };
    }
    if (!isListType(field)) return base;
    return { ...base, values: field.values.map((v) => ({ key: v.key, name: labelFor(v.label, locale) })) };
  });
  return ok({ service_code: template.code, attributes });
}
