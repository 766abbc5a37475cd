import type { CalendarDate } from '../shared/date.js';
import type { Labels } from '../shared/labels.js';

/**
 * The six kinds of information grid staff gather (人、地、事、物、组织、房租): persons, places,
 * events, things (public facilities and items), organisations and rentals.
 */
export type CollectionKind = 'PERSON' | 'PLACE' | 'EVENT' | 'THING' | 'ORGANISATION' | 'RENTAL';

/** Every collection kind, in the order 人、地、事、物、组织、房租. */
export const COLLECTION_KINDS: readonly CollectionKind[] = [
  'PERSON',
  'PLACE',
  'EVENT',
  'THING',
  'ORGANISATION',
  'RENTAL',
];

/**
 * The data type of a template field, as Open311 GeoReport v2 service attributes have them (`string`,
 * `number`, `datetime`, `singlevaluelist`, `multivaluelist`), with a date and a yes/no of our own.
 */
export type FieldDatatype =
  | 'STRING'
  | 'NUMBER'
  | 'DATE'
  | 'BOOLEAN'
  | 'SINGLE_VALUE_LIST'
  | 'MULTI_VALUE_LIST';

/** Every field data type. */
export const FIELD_DATATYPES: readonly FieldDatatype[] = [
  'STRING',
  'NUMBER',
  'DATE',
  'BOOLEAN',
  'SINGLE_VALUE_LIST',
  'MULTI_VALUE_LIST',
];

/** One choice of a list field: a stable key and its labels. */
export interface FieldValue {
  readonly key: string;
  readonly label: Labels;
}

/**
 * One field of a collection template, shaped like an Open311 GeoReport v2 service attribute
 * (`code`, `datatype`, `required`, `order`, `values`).
 *
 * `values` lists the choices of a list field and is empty for every other type. `min` and `max`
 * bound a number field, `maxLength` a text field.
 */
export interface TemplateField {
  readonly code: string;
  readonly label: Labels;
  readonly datatype: FieldDatatype;
  readonly required: boolean;
  readonly order: number;
  readonly values: readonly FieldValue[];
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
}

/** One version of a template's field list. Submissions keep the version they were made with. */
export interface TemplateVersion {
  readonly version: number;
  readonly fields: readonly TemplateField[];
}

/**
 * A collection template (采集模板) for one kind of information: a stable code (the Open311
 * `service_code`), its name, and every version of its fields, oldest first, numbered 1, 2, 3 ….
 */
export interface CollectionTemplate {
  readonly code: string;
  readonly kind: CollectionKind;
  readonly name: Labels;
  readonly versions: readonly TemplateVersion[];
}

/** A normalised answer: trimmed text, a number, a date, a yes/no, a list key or list keys. */
export type AnswerValue = string | number | boolean | CalendarDate | readonly string[];

/** The answers of a valid submission by field code; unanswered optional fields are absent. */
export type NormalisedAnswers = Readonly<Record<string, AnswerValue>>;

/** An Open311 GeoReport v2 attribute value (`{ key, name }`). */
export interface Open311AttributeValue {
  readonly key: string;
  readonly name: string;
}

/** An Open311 GeoReport v2 service attribute, as `GET services/{service_code}.json` returns it. */
export interface Open311Attribute {
  readonly variable: true;
  readonly code: string;
  readonly datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  readonly required: boolean;
  readonly datatype_description: string | null;
  readonly order: number;
  readonly description: string;
  readonly values?: readonly Open311AttributeValue[];
}

/** An Open311 GeoReport v2 service definition. */
export interface Open311ServiceDefinition {
  readonly service_code: string;
  readonly attributes: readonly Open311Attribute[];
}
