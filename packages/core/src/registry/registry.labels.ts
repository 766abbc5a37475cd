import type { Labels } from '../shared/labels.js';
import type { CollectionKind, FieldDatatype } from './collection.js';
import type {
  HousingOwnerKind,
  HousingType,
  HousingUse,
  OrganisationType,
  RelationToHead,
  ResidenceStatus,
} from './registry.js';

/** Display names of the relations to the head of household. */
export const RELATION_TO_HEAD_LABELS: Readonly<Record<RelationToHead, Labels>> = {
  HEAD: { zh: '户主', en: 'Head of household' },
  SPOUSE: { zh: '配偶', en: 'Spouse' },
  CHILD: { zh: '子女', en: 'Child' },
  CHILD_IN_LAW: { zh: '儿媳、女婿', en: 'Child-in-law' },
  GRANDCHILD: { zh: '孙子女、外孙子女', en: 'Grandchild' },
  PARENT: { zh: '父母', en: 'Parent' },
  PARENT_IN_LAW: { zh: '公婆、岳父母', en: 'Parent-in-law' },
  GRANDPARENT: { zh: '祖父母、外祖父母', en: 'Grandparent' },
  SIBLING: { zh: '兄弟姐妹', en: 'Sibling' },
  OTHER_RELATIVE: { zh: '其他亲属', en: 'Other relative' },
  NON_RELATIVE: { zh: '非亲属', en: 'Not related' },
};

/** Display names of residence statuses. */
export const RESIDENCE_STATUS_LABELS: Readonly<Record<ResidenceStatus, Labels>> = {
  REGISTERED_RESIDENT: { zh: '户籍人口', en: 'Registered resident' },
  SEPARATED: {
    zh: '人户分离',
    en: 'Registered in another village of the county',
    bo: 'ཐེམ་ཐོ་དང་སྡོད་གནས་ཁ་བྲལ།',
  },
  FLOATING: { zh: '流动人口', en: 'Floating population' },
  AWAY: { zh: '外出人口', en: 'Registered but living away' },
};

/** Display names of housing types. */
export const HOUSING_TYPE_LABELS: Readonly<Record<HousingType, Labels>> = {
  APARTMENT: { zh: '楼房', en: 'Flat in a multi-storey building' },
  BUNGALOW: { zh: '平房', en: 'Single-storey house' },
  SELF_BUILT: { zh: '自建房', en: 'Self-built house' },
  SETTLEMENT_HOUSE: { zh: '牧民定居房', en: 'Herders’ settlement house' },
  TENT: { zh: '帐篷', en: 'Tent', bo: 'གུར།' },
  PREFAB: { zh: '活动板房', en: 'Prefabricated building' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Display names of housing uses. */
export const HOUSING_USE_LABELS: Readonly<Record<HousingUse, Labels>> = {
  RESIDENTIAL: { zh: '居住', en: 'Residential' },
  COMMERCIAL: { zh: '商业', en: 'Commercial' },
  MIXED: { zh: '商住两用', en: 'Residential and commercial' },
  OFFICE: { zh: '办公', en: 'Office' },
  WAREHOUSE: { zh: '仓储', en: 'Storage' },
  PUBLIC_SERVICE: { zh: '公共服务', en: 'Public service' },
  VACANT: { zh: '空置', en: 'Vacant' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Display names of the kinds of housing owner. */
export const HOUSING_OWNER_KIND_LABELS: Readonly<Record<HousingOwnerKind, Labels>> = {
  PERSON: { zh: '个人', en: 'Person' },
  ORGANISATION: { zh: '单位', en: 'Organisation' },
  COLLECTIVE: { zh: '集体', en: 'Village collective' },
  STATE: { zh: '国有', en: 'State' },
};

/** Display names of organisation types. */
export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, Labels>> = {
  GOVERNMENT_AGENCY: { zh: '机关', en: 'Government organ' },
  PUBLIC_INSTITUTION: { zh: '事业单位', en: 'Public institution' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  INDIVIDUAL_BUSINESS: { zh: '个体工商户', en: 'Individual business' },
  FARMERS_COOPERATIVE: { zh: '农民专业合作社', en: 'Farmers’ cooperative' },
  COLLECTIVE_ECONOMIC_ORGANISATION: { zh: '农村集体经济组织', en: 'Collective economic organisation' },
  SOCIAL_ORGANISATION: { zh: '社会组织', en: 'Social organisation' },
  RELIGIOUS_ORGANISATION: { zh: '宗教活动场所及院校', en: 'Religious venue or school' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Display names of the six collection kinds (人、地、事、物、组织、房租). */
export const COLLECTION_KIND_LABELS: Readonly<Record<CollectionKind, Labels>> = {
  PERSON: { zh: '人', en: 'Person' },
  PLACE: { zh: '地', en: 'Place' },
  EVENT: { zh: '事', en: 'Event' },
  THING: { zh: '物', en: 'Thing' },
  ORGANISATION: { zh: '组织', en: 'Organisation' },
  RENTAL: { zh: '房租', en: 'Rental' },
};

/** Display names of field data types. */
export const FIELD_DATATYPE_LABELS: Readonly<Record<FieldDatatype, Labels>> = {
  STRING: { zh: '文本', en: 'Text' },
  NUMBER: { zh: '数字', en: 'Number' },
  DATE: { zh: '日期', en: 'Date' },
  BOOLEAN: { zh: '是/否', en: 'Yes/no' },
  SINGLE_VALUE_LIST: { zh: '单选', en: 'Single choice' },
  MULTI_VALUE_LIST: { zh: '多选', en: 'Multiple choice' },
};
