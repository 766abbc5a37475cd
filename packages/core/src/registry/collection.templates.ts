import type { Labels } from '../shared/labels.js';
import type { CollectionKind, CollectionTemplate, FieldValue, TemplateField } from './collection.js';
import {
  HOUSING_TYPE_LABELS,
  HOUSING_USE_LABELS,
  ORGANISATION_TYPE_LABELS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
} from './registry.labels.js';

// The first published version of each of the six templates grid staff fill in (人、地、事、物、组织、
// 房租). Counties revise them with reviseTemplate; submissions keep the version they were made with.

function valuesOf(labels: Readonly<Record<string, Labels>>): readonly FieldValue[] {
  return Object.entries(labels).map(([key, label]) => ({ key, label }));
}

function field(
  order: number,
  code: string,
  label: Labels,
  datatype: TemplateField['datatype'],
  required: boolean,
  extra: Partial<Pick<TemplateField, 'values' | 'min' | 'max' | 'maxLength'>> = {},
): TemplateField {
  return { order, code, label, datatype, required, values: [], ...extra };
}

const ADDRESS_LABEL: Labels = { zh: '标准地址', en: 'Standard address' };

const PERSON: CollectionTemplate = {
  code: 'GRID_PERSON',
  kind: 'PERSON',
  name: { zh: '人员信息采集', en: 'Person' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'name', { zh: '姓名', en: 'Name' }, 'STRING', true, { maxLength: 50 }),
        field(2, 'citizen_id', { zh: '公民身份号码', en: 'Citizen identity number' }, 'STRING', true, {
          maxLength: 18,
        }),
        field(
          3,
          'relation_to_head',
          { zh: '与户主关系', en: 'Relation to head of household' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: valuesOf(RELATION_TO_HEAD_LABELS),
          },
        ),
        field(4, 'residence_status', { zh: '居住状态', en: 'Residence status' }, 'SINGLE_VALUE_LIST', true, {
          values: valuesOf(RESIDENCE_STATUS_LABELS),
        }),
        field(5, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(6, 'phone', { zh: '联系电话', en: 'Phone' }, 'STRING', false, { maxLength: 20 }),
        field(
          7,
          'care_groups',
          { zh: '重点关爱对象', en: 'Needs particular care' },
          'MULTI_VALUE_LIST',
          false,
          {
            values: [
              { key: 'ELDERLY_ALONE', label: { zh: '独居老人', en: 'Elderly person living alone' } },
              { key: 'DISABLED', label: { zh: '残疾人', en: 'Person with a disability' } },
              { key: 'LEFT_BEHIND_CHILD', label: { zh: '留守儿童', en: 'Left-behind child' } },
              { key: 'MINIMUM_LIVING', label: { zh: '低保对象', en: 'Receives minimum living allowance' } },
            ],
          },
        ),
      ],
    },
  ],
};

const PLACE: CollectionTemplate = {
  code: 'GRID_PLACE',
  kind: 'PLACE',
  name: { zh: '地点场所采集', en: 'Place' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'place_name', { zh: '场所名称', en: 'Name of the place' }, 'STRING', true, {
          maxLength: 100,
        }),
        field(2, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(3, 'site_category', { zh: '场所类别', en: 'Kind of site' }, 'SINGLE_VALUE_LIST', true, {
          values: [
            { key: 'MALL', label: { zh: '商场', en: 'Shopping mall' } },
            { key: 'RESTAURANT', label: { zh: '餐饮场所', en: 'Restaurant' } },
            { key: 'ENTERTAINMENT', label: { zh: '娱乐场所', en: 'Entertainment venue' } },
            { key: 'HOTEL', label: { zh: '宾馆', en: 'Hotel' } },
            { key: 'HOSPITAL', label: { zh: '医院', en: 'Hospital' } },
            { key: 'FILLING_STATION', label: { zh: '加油站', en: 'Filling station' } },
            { key: 'OTHER', label: { zh: '其他', en: 'Other' } },
          ],
        }),
        field(4, 'has_camera', { zh: '是否有视频监控', en: 'Has a camera' }, 'BOOLEAN', false),
      ],
    },
  ],
};

const EVENT: CollectionTemplate = {
  code: 'GRID_EVENT',
  kind: 'EVENT',
  name: { zh: '事件采集', en: 'Event' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'category', { zh: '事件类别', en: 'Category' }, 'SINGLE_VALUE_LIST', true, {
          values: [
            { key: 'OPINION', label: { zh: '社情民意', en: 'Public opinion' } },
            { key: 'DISPUTE', label: { zh: '矛盾纠纷', en: 'Dispute' } },
            { key: 'HAZARD', label: { zh: '安全隐患', en: 'Safety hazard' } },
            { key: 'REQUEST', label: { zh: '民生诉求', en: 'Livelihood request' } },
          ],
        }),
        field(2, 'occurred_on', { zh: '发生日期', en: 'Date' }, 'DATE', true),
        field(3, 'description', { zh: '事件描述', en: 'Description' }, 'STRING', true, { maxLength: 2000 }),
        field(4, 'people_involved', { zh: '涉及人数', en: 'People involved' }, 'NUMBER', false, {
          min: 0,
          max: 10_000,
        }),
      ],
    },
  ],
};

const THING: CollectionTemplate = {
  code: 'GRID_THING',
  kind: 'THING',
  name: { zh: '部件物品采集', en: 'Thing' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'thing_type', { zh: '部件类型', en: 'Kind of thing' }, 'SINGLE_VALUE_LIST', true, {
          values: [
            { key: 'STREET_LAMP', label: { zh: '路灯', en: 'Street lamp' } },
            { key: 'FIRE_HYDRANT', label: { zh: '消火栓', en: 'Fire hydrant' } },
            { key: 'MANHOLE_COVER', label: { zh: '井盖', en: 'Manhole cover' } },
            { key: 'WATER_POINT', label: { zh: '饮水点', en: 'Drinking-water point' } },
            { key: 'GAS_CYLINDER', label: { zh: '液化气罐', en: 'Gas cylinder' } },
            { key: 'OTHER', label: { zh: '其他', en: 'Other' } },
          ],
        }),
        field(2, 'condition', { zh: '状况', en: 'Condition' }, 'SINGLE_VALUE_LIST', true, {
          values: [
            { key: 'GOOD', label: { zh: '完好', en: 'Good' } },
            { key: 'DAMAGED', label: { zh: '损坏', en: 'Damaged' } },
            { key: 'MISSING', label: { zh: '缺失', en: 'Missing' } },
          ],
        }),
        field(3, 'address', ADDRESS_LABEL, 'STRING', false, { maxLength: 120 }),
        field(4, 'checked_on', { zh: '巡查日期', en: 'Checked on' }, 'DATE', true),
      ],
    },
  ],
};

const ORGANISATION: CollectionTemplate = {
  code: 'GRID_ORGANISATION',
  kind: 'ORGANISATION',
  name: { zh: '单位组织采集', en: 'Organisation' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'name', { zh: '单位名称', en: 'Name' }, 'STRING', true, { maxLength: 100 }),
        field(
          2,
          'credit_code',
          { zh: '统一社会信用代码', en: 'Unified social credit code' },
          'STRING',
          true,
          {
            maxLength: 18,
          },
        ),
        field(
          3,
          'organisation_type',
          { zh: '单位类型', en: 'Kind of organisation' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: valuesOf(ORGANISATION_TYPE_LABELS),
          },
        ),
        field(4, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(5, 'employees', { zh: '从业人数', en: 'Employees' }, 'NUMBER', false, { min: 0, max: 100_000 }),
      ],
    },
  ],
};

/** The fields of the rental template's first version, which its second keeps. */
function rentalV1Fields(): TemplateField[] {
  return [
    field(1, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
    field(2, 'housing_type', { zh: '房屋类型', en: 'Kind of housing' }, 'SINGLE_VALUE_LIST', true, {
      values: valuesOf(HOUSING_TYPE_LABELS),
    }),
    field(3, 'housing_use', { zh: '房屋用途', en: 'Use' }, 'SINGLE_VALUE_LIST', true, {
      values: valuesOf(HOUSING_USE_LABELS),
    }),
    field(4, 'landlord_name', { zh: '出租人', en: 'Landlord' }, 'STRING', true, { maxLength: 100 }),
    field(5, 'tenant_count', { zh: '承租人数', en: 'Tenants' }, 'NUMBER', true, { min: 1, max: 200 }),
    field(6, 'start_date', { zh: '租赁开始日期', en: 'Start date' }, 'DATE', true),
    field(7, 'end_date', { zh: '租赁结束日期', en: 'End date' }, 'DATE', true),
  ];
}

const RENTAL: CollectionTemplate = {
  code: 'GRID_RENTAL',
  kind: 'RENTAL',
  name: { zh: '出租房屋采集', en: 'Rental' },
  versions: [
    {
      version: 1,
      fields: [...rentalV1Fields()],
    },
    {
      // Version 2 asks who lets and who rents, by citizen ID, so that an accepted submission
      // registers the rental itself and not only the house as let.
      version: 2,
      fields: [
        ...rentalV1Fields(),
        field(
          8,
          'landlord_citizen_id',
          { zh: '出租人公民身份号码', en: 'Landlord’s citizen identity number' },
          'STRING',
          true,
          { maxLength: 18 },
        ),
        field(
          9,
          'tenant_citizen_id',
          { zh: '承租人代表公民身份号码', en: 'Lead tenant’s citizen identity number' },
          'STRING',
          true,
          { maxLength: 18 },
        ),
      ],
    },
  ],
};

/** The published versions of the template for each of the six collection kinds. */
export const DEFAULT_COLLECTION_TEMPLATES: Readonly<Record<CollectionKind, CollectionTemplate>> = {
  PERSON,
  PLACE,
  EVENT,
  THING,
  ORGANISATION,
  RENTAL,
};
