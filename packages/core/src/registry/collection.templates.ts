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

const ADDRESS_LABEL: Labels = { zh: '标准地址', en: 'Standard address', bo: 'ཚད་ལྡན་སྡོད་གནས།' };

const PERSON: CollectionTemplate = {
  code: 'GRID_PERSON',
  kind: 'PERSON',
  name: { zh: '人员信息采集', en: 'Person', bo: 'མི་སྣའི་ཆ་འཕྲིན་བསྡུ་ལེན།' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'name', { zh: '姓名', en: 'Name', bo: 'མིང་།' }, 'STRING', true, { maxLength: 50 }),
        field(
          2,
          'citizen_id',
          { zh: '公民身份号码', en: 'Citizen identity number', bo: 'སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།' },
          'STRING',
          true,
          {
            maxLength: 18,
          },
        ),
        field(
          3,
          'relation_to_head',
          { zh: '与户主关系', en: 'Relation to head of household', bo: 'ཁྱིམ་བདག་དང་འབྲེལ་བ།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: valuesOf(RELATION_TO_HEAD_LABELS),
          },
        ),
        field(
          4,
          'residence_status',
          { zh: '居住状态', en: 'Residence status', bo: 'སྡོད་གནས་ཀྱི་རྣམ་པ།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: valuesOf(RESIDENCE_STATUS_LABELS),
          },
        ),
        field(5, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(6, 'phone', { zh: '联系电话', en: 'Phone', bo: 'འབྲེལ་གཏུག་ཁ་པར།' }, 'STRING', false, {
          maxLength: 20,
        }),
        field(
          7,
          'care_groups',
          { zh: '重点关爱对象', en: 'Needs particular care', bo: 'དམིགས་བསལ་བྱམས་བརྩེ་དགོས་པའི་མི་སྣ།' },
          'MULTI_VALUE_LIST',
          false,
          {
            values: [
              {
                key: 'ELDERLY_ALONE',
                label: { zh: '独居老人', en: 'Elderly person living alone', bo: 'གཅིག་པུར་སྡོད་པའི་རྒན་འཁོགས།' },
              },
              {
                key: 'DISABLED',
                label: { zh: '残疾人', en: 'Person with a disability', bo: 'དབང་པོ་སྐྱོན་ཅན།' },
              },
              {
                key: 'LEFT_BEHIND_CHILD',
                label: { zh: '留守儿童', en: 'Left-behind child', bo: 'ཕ་མ་ཕྱི་ལ་སོང་བའི་བྱིས་པ།' },
              },
              {
                key: 'MINIMUM_LIVING',
                label: {
                  zh: '低保对象',
                  en: 'Receives minimum living allowance',
                  bo: 'འཚོ་བའི་ཚད་གཞི་དམའ་ཤོས་ཀྱི་འགན་ལེན་ཐོབ་མཁན།',
                },
              },
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
  name: { zh: '地点场所采集', en: 'Place', bo: 'ས་ཆ་དང་ས་ཚིགས་ཆ་འཕྲིན་བསྡུ་ལེན།' },
  versions: [
    {
      version: 1,
      fields: [
        field(
          1,
          'place_name',
          { zh: '场所名称', en: 'Name of the place', bo: 'ས་ཚིགས་ཀྱི་མིང་།' },
          'STRING',
          true,
          {
            maxLength: 100,
          },
        ),
        field(2, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(
          3,
          'site_category',
          { zh: '场所类别', en: 'Kind of site', bo: 'ས་ཚིགས་ཀྱི་རིགས།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: [
              { key: 'MALL', label: { zh: '商场', en: 'Shopping mall', bo: 'ཚོང་ཁང་ཆེན་མོ།' } },
              { key: 'RESTAURANT', label: { zh: '餐饮场所', en: 'Restaurant', bo: 'ཟ་ཁང་།' } },
              {
                key: 'ENTERTAINMENT',
                label: { zh: '娱乐场所', en: 'Entertainment venue', bo: 'རྩེད་མོའི་ས་ཚིགས།' },
              },
              { key: 'HOTEL', label: { zh: '宾馆', en: 'Hotel', bo: 'མགྲོན་ཁང་།' } },
              { key: 'HOSPITAL', label: { zh: '医院', en: 'Hospital', bo: 'སྨན་ཁང་།' } },
              { key: 'FILLING_STATION', label: { zh: '加油站', en: 'Filling station', bo: 'སྣུམ་བླུགས་ས་ཚིགས།' } },
              { key: 'OTHER', label: { zh: '其他', en: 'Other', bo: 'གཞན།' } },
            ],
          },
        ),
        field(
          4,
          'has_camera',
          { zh: '是否有视频监控', en: 'Has a camera', bo: 'བརྙན་འཕྲིན་ལྟ་ཞིབ་ཡོད་མེད།' },
          'BOOLEAN',
          false,
        ),
      ],
    },
  ],
};

const EVENT: CollectionTemplate = {
  code: 'GRID_EVENT',
  kind: 'EVENT',
  name: { zh: '事件采集', en: 'Event', bo: 'བྱུང་རྐྱེན་ཆ་འཕྲིན་བསྡུ་ལེན།' },
  versions: [
    {
      version: 1,
      fields: [
        field(
          1,
          'category',
          { zh: '事件类别', en: 'Category', bo: 'བྱུང་རྐྱེན་གྱི་རིགས།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: [
              {
                key: 'OPINION',
                label: { zh: '社情民意', en: 'Public opinion', bo: 'སྤྱི་ཚོགས་གནས་སྟངས་དང་མང་ཚོགས་ཀྱི་བསམ་ཚུལ།' },
              },
              { key: 'DISPUTE', label: { zh: '矛盾纠纷', en: 'Dispute', bo: 'འགལ་ཟླ་དང་རྩོད་གཞི།' } },
              { key: 'HAZARD', label: { zh: '安全隐患', en: 'Safety hazard', bo: 'བདེ་འཇགས་ཀྱི་ཉེན་ཁ།' } },
              { key: 'REQUEST', label: { zh: '民生诉求', en: 'Livelihood request', bo: 'དམངས་འཚོའི་རེ་འདུན།' } },
            ],
          },
        ),
        field(2, 'occurred_on', { zh: '发生日期', en: 'Date', bo: 'བྱུང་བའི་ཚེས་གྲངས།' }, 'DATE', true),
        field(
          3,
          'description',
          { zh: '事件描述', en: 'Description', bo: 'བྱུང་རྐྱེན་གྱི་འགྲེལ་བཤད།' },
          'STRING',
          true,
          { maxLength: 2000 },
        ),
        field(
          4,
          'people_involved',
          { zh: '涉及人数', en: 'People involved', bo: 'འབྲེལ་ཡོད་མི་གྲངས།' },
          'NUMBER',
          false,
          {
            min: 0,
            max: 10_000,
          },
        ),
      ],
    },
  ],
};

const THING: CollectionTemplate = {
  code: 'GRID_THING',
  kind: 'THING',
  name: { zh: '部件物品采集', en: 'Thing', bo: 'ཡན་ལག་དང་དངོས་པོའི་ཆ་འཕྲིན་བསྡུ་ལེན།' },
  versions: [
    {
      version: 1,
      fields: [
        field(
          1,
          'thing_type',
          { zh: '部件类型', en: 'Kind of thing', bo: 'ཡན་ལག་གི་རིགས།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: [
              { key: 'STREET_LAMP', label: { zh: '路灯', en: 'Street lamp', bo: 'ལམ་སྒྲོན།' } },
              { key: 'FIRE_HYDRANT', label: { zh: '消火栓', en: 'Fire hydrant', bo: 'མེ་གསོད་ཆུ་ཁ།' } },
              { key: 'MANHOLE_COVER', label: { zh: '井盖', en: 'Manhole cover', bo: 'ཆུ་ཁུང་ཁ་གཡོགས།' } },
              { key: 'WATER_POINT', label: { zh: '饮水点', en: 'Drinking-water point', bo: 'འཐུང་ཆུ་ལེན་ས།' } },
              { key: 'GAS_CYLINDER', label: { zh: '液化气罐', en: 'Gas cylinder', bo: 'ཐབ་རླངས་སྒམ།' } },
              { key: 'OTHER', label: { zh: '其他', en: 'Other', bo: 'གཞན།' } },
            ],
          },
        ),
        field(2, 'condition', { zh: '状况', en: 'Condition', bo: 'གནས་སྟངས།' }, 'SINGLE_VALUE_LIST', true, {
          values: [
            { key: 'GOOD', label: { zh: '完好', en: 'Good', bo: 'ལེགས་ཚང་།' } },
            { key: 'DAMAGED', label: { zh: '损坏', en: 'Damaged', bo: 'སྐྱོན་ཤོར་བ།' } },
            { key: 'MISSING', label: { zh: '缺失', en: 'Missing', bo: 'བོར་བ།' } },
          ],
        }),
        field(3, 'address', ADDRESS_LABEL, 'STRING', false, { maxLength: 120 }),
        field(4, 'checked_on', { zh: '巡查日期', en: 'Checked on', bo: 'ཞིབ་བཤེར་ཚེས་གྲངས།' }, 'DATE', true),
      ],
    },
  ],
};

const ORGANISATION: CollectionTemplate = {
  code: 'GRID_ORGANISATION',
  kind: 'ORGANISATION',
  name: { zh: '单位组织采集', en: 'Organisation', bo: 'ལས་ཁུངས་རྩ་འཛུགས་ཆ་འཕྲིན་བསྡུ་ལེན།' },
  versions: [
    {
      version: 1,
      fields: [
        field(1, 'name', { zh: '单位名称', en: 'Name', bo: 'ལས་ཁུངས་ཀྱི་མིང་།' }, 'STRING', true, {
          maxLength: 100,
        }),
        field(
          2,
          'credit_code',
          { zh: '统一社会信用代码', en: 'Unified social credit code', bo: 'སྤྱི་ཚོགས་ཡིད་རྟོན་གཅིག་གྱུར་ཨང་རྟགས།' },
          'STRING',
          true,
          {
            maxLength: 18,
          },
        ),
        field(
          3,
          'organisation_type',
          { zh: '单位类型', en: 'Kind of organisation', bo: 'ལས་ཁུངས་ཀྱི་རིགས།' },
          'SINGLE_VALUE_LIST',
          true,
          {
            values: valuesOf(ORGANISATION_TYPE_LABELS),
          },
        ),
        field(4, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
        field(5, 'employees', { zh: '从业人数', en: 'Employees', bo: 'ལས་ཞུགས་མི་གྲངས།' }, 'NUMBER', false, {
          min: 0,
          max: 100_000,
        }),
      ],
    },
  ],
};

/** The fields of the rental template's first version, which its second keeps. */
function rentalV1Fields(): TemplateField[] {
  return [
    field(1, 'address', ADDRESS_LABEL, 'STRING', true, { maxLength: 120 }),
    field(
      2,
      'housing_type',
      { zh: '房屋类型', en: 'Kind of housing', bo: 'ཁང་པའི་རིགས།' },
      'SINGLE_VALUE_LIST',
      true,
      {
        values: valuesOf(HOUSING_TYPE_LABELS),
      },
    ),
    field(3, 'housing_use', { zh: '房屋用途', en: 'Use', bo: 'ཁང་པའི་བེད་སྤྱོད།' }, 'SINGLE_VALUE_LIST', true, {
      values: valuesOf(HOUSING_USE_LABELS),
    }),
    field(4, 'landlord_name', { zh: '出租人', en: 'Landlord', bo: 'ཁང་གླར་གཏོང་མཁན།' }, 'STRING', true, {
      maxLength: 100,
    }),
    field(5, 'tenant_count', { zh: '承租人数', en: 'Tenants', bo: 'ཁང་གླ་ལེན་མཁན་གྱི་མི་གྲངས།' }, 'NUMBER', true, {
      min: 1,
      max: 200,
    }),
    field(
      6,
      'start_date',
      { zh: '租赁开始日期', en: 'Start date', bo: 'གླ་འཛིན་འགོ་འཛུགས་ཚེས་གྲངས།' },
      'DATE',
      true,
    ),
    field(7, 'end_date', { zh: '租赁结束日期', en: 'End date', bo: 'གླ་འཛིན་མཇུག་སྒྲིལ་ཚེས་གྲངས།' }, 'DATE', true),
  ];
}

const RENTAL: CollectionTemplate = {
  code: 'GRID_RENTAL',
  kind: 'RENTAL',
  name: { zh: '出租房屋采集', en: 'Rental', bo: 'གླར་གཏོང་བའི་ཁང་པའི་ཆ་འཕྲིན་བསྡུ་ལེན།' },
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
          {
            zh: '出租人公民身份号码',
            en: 'Landlord’s citizen identity number',
            bo: 'ཁང་གླར་གཏོང་མཁན་གྱི་སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།',
          },
          'STRING',
          true,
          { maxLength: 18 },
        ),
        field(
          9,
          'tenant_citizen_id',
          {
            zh: '承租人代表公民身份号码',
            en: 'Lead tenant’s citizen identity number',
            bo: 'ཁང་གླ་ལེན་མཁན་ངོ་ཚབ་ཀྱི་སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།',
          },
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
