import type { Labels } from '../shared/labels.js';
import type { CollectionKind, FieldDatatype } from './collection.js';
import type { PastureSeason } from './pasture.js';
import type { RegistrationCheckStatus } from './registration.js';
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
  HEAD: { zh: '户主', en: 'Head of household', bo: 'ཁྱིམ་བདག' },
  SPOUSE: { zh: '配偶', en: 'Spouse', bo: 'ཟླ་གྲོགས།' },
  CHILD: { zh: '子女', en: 'Child', bo: 'བུ་ཕྲུག' },
  CHILD_IN_LAW: { zh: '儿媳、女婿', en: 'Child-in-law', bo: 'མནའ་མ་དང་མག་པ།' },
  GRANDCHILD: { zh: '孙子女、外孙子女', en: 'Grandchild', bo: 'ཚ་བོ་ཚ་མོ།' },
  PARENT: { zh: '父母', en: 'Parent', bo: 'ཕ་མ།' },
  PARENT_IN_LAW: { zh: '公婆、岳父母', en: 'Parent-in-law', bo: 'གྱོས་པོ་གྱོས་མོ།' },
  GRANDPARENT: { zh: '祖父母、外祖父母', en: 'Grandparent', bo: 'མེས་པོ་དང་ཕྱི་མོ།' },
  SIBLING: { zh: '兄弟姐妹', en: 'Sibling', bo: 'སྤུན་ཟླ།' },
  OTHER_RELATIVE: { zh: '其他亲属', en: 'Other relative', bo: 'ཉེ་འབྲེལ་གཞན།' },
  NON_RELATIVE: { zh: '非亲属', en: 'Not related', bo: 'ཉེ་འབྲེལ་མིན་པ།' },
};

/** Display names of residence statuses. */
export const RESIDENCE_STATUS_LABELS: Readonly<Record<ResidenceStatus, Labels>> = {
  REGISTERED_RESIDENT: { zh: '户籍人口', en: 'Registered resident', bo: 'ཐེམ་ཐོ་ཡོད་པའི་མི་འབོར།' },
  SEPARATED: {
    zh: '人户分离',
    en: 'Registered in another village of the county',
    bo: 'ཐེམ་ཐོ་དང་སྡོད་གནས་ཁ་བྲལ།',
  },
  FLOATING: { zh: '流动人口', en: 'Floating population', bo: 'གནས་སྤོ་མི་འབོར།' },
  AWAY: { zh: '外出人口', en: 'Registered but living away', bo: 'ཕྱི་ལ་ཐོན་པའི་མི་འབོར།' },
};

/** Display names of housing types. */
export const HOUSING_TYPE_LABELS: Readonly<Record<HousingType, Labels>> = {
  APARTMENT: { zh: '楼房', en: 'Flat in a multi-storey building', bo: 'ཐོག་ཁང་།' },
  BUNGALOW: { zh: '平房', en: 'Single-storey house', bo: 'ཐོག་རིམ་གཅིག་པའི་ཁང་པ།' },
  SELF_BUILT: { zh: '自建房', en: 'Self-built house', bo: 'རང་བཟོས་ཁང་པ།' },
  SETTLEMENT_HOUSE: { zh: '牧民定居房', en: 'Herders’ settlement house', bo: 'འབྲོག་པ་གཏན་སྡོད་ཁང་པ།' },
  TENT: { zh: '帐篷', en: 'Tent', bo: 'གུར།' },
  PREFAB: { zh: '活动板房', en: 'Prefabricated building', bo: 'སྒུལ་བདེའི་ལྕགས་ཁང་།' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of housing uses. */
export const HOUSING_USE_LABELS: Readonly<Record<HousingUse, Labels>> = {
  RESIDENTIAL: { zh: '居住', en: 'Residential', bo: 'སྡོད་ཁང་།' },
  COMMERCIAL: { zh: '商业', en: 'Commercial', bo: 'ཚོང་ལས།' },
  MIXED: { zh: '商住两用', en: 'Residential and commercial', bo: 'སྡོད་ཁང་དང་ཚོང་ལས་ཟུང་སྦྲེལ།' },
  OFFICE: { zh: '办公', en: 'Office', bo: 'ལས་ཁང་།' },
  WAREHOUSE: { zh: '仓储', en: 'Storage', bo: 'མཛོད་ཁང་།' },
  PUBLIC_SERVICE: { zh: '公共服务', en: 'Public service', bo: 'སྤྱི་པའི་ཞབས་ཞུ།' },
  VACANT: { zh: '空置', en: 'Vacant', bo: 'སྟོང་པ།' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of the kinds of housing owner. */
export const HOUSING_OWNER_KIND_LABELS: Readonly<Record<HousingOwnerKind, Labels>> = {
  PERSON: { zh: '个人', en: 'Person', bo: 'སྒེར་གྱི་མི།' },
  ORGANISATION: { zh: '单位', en: 'Organisation', bo: 'ལས་ཁུངས།' },
  COLLECTIVE: { zh: '集体', en: 'Village collective', bo: 'མཉམ་ཚོགས།' },
  STATE: { zh: '国有', en: 'State', bo: 'རྒྱལ་གཞུང་།' },
};

/** Display names of organisation types. */
export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, Labels>> = {
  GOVERNMENT_AGENCY: { zh: '机关', en: 'Government organ', bo: 'གཞུང་ལས་ཁུངས།' },
  PUBLIC_INSTITUTION: { zh: '事业单位', en: 'Public institution', bo: 'ལས་དོན་ལས་ཁུངས།' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise', bo: 'ཁེ་ལས།' },
  INDIVIDUAL_BUSINESS: { zh: '个体工商户', en: 'Individual business', bo: 'སྒེར་ཚོང་པ།' },
  FARMERS_COOPERATIVE: { zh: '农民专业合作社', en: 'Farmers’ cooperative', bo: 'ཞིང་པའི་ཆེད་ལས་མཉམ་ལས་ཁང་།' },
  COLLECTIVE_ECONOMIC_ORGANISATION: {
    zh: '农村集体经济组织',
    en: 'Collective economic organisation',
    bo: 'གྲོང་གསེབ་མཉམ་ཚོགས་དཔལ་འབྱོར་རྩ་འཛུགས།',
  },
  SOCIAL_ORGANISATION: { zh: '社会组织', en: 'Social organisation', bo: 'སྤྱི་ཚོགས་རྩ་འཛུགས།' },
  RELIGIOUS_ORGANISATION: {
    zh: '宗教活动场所及院校',
    en: 'Religious venue or school',
    bo: 'ཆོས་ལུགས་བྱེད་སྒོའི་ས་ཚིགས་དང་སློབ་གྲྭ།',
  },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of the six collection kinds (人、地、事、物、组织、房租). */
export const COLLECTION_KIND_LABELS: Readonly<Record<CollectionKind, Labels>> = {
  PERSON: { zh: '人', en: 'Person', bo: 'མི།' },
  PLACE: { zh: '地', en: 'Place', bo: 'ས།' },
  EVENT: { zh: '事', en: 'Event', bo: 'དོན།' },
  THING: { zh: '物', en: 'Thing', bo: 'དངོས།' },
  ORGANISATION: { zh: '组织', en: 'Organisation', bo: 'རྩ་འཛུགས།' },
  RENTAL: { zh: '房租', en: 'Rental', bo: 'ཁང་གླ།' },
};

/** Display names of field data types. */
export const FIELD_DATATYPE_LABELS: Readonly<Record<FieldDatatype, Labels>> = {
  STRING: { zh: '文本', en: 'Text', bo: 'ཡི་གེ' },
  NUMBER: { zh: '数字', en: 'Number', bo: 'གྲངས་ཀ' },
  DATE: { zh: '日期', en: 'Date', bo: 'ཚེས་གྲངས།' },
  BOOLEAN: { zh: '是/否', en: 'Yes/no', bo: 'ཡིན་/མིན།' },
  SINGLE_VALUE_LIST: { zh: '单选', en: 'Single choice', bo: 'གདམ་ག་གཅིག' },
  MULTI_VALUE_LIST: { zh: '多选', en: 'Multiple choice', bo: 'གདམ་ག་མང་པོ།' },
};

/** Display names of the registration check statuses (the 3-day check). */
export const REGISTRATION_CHECK_STATUS_LABELS: Readonly<Record<RegistrationCheckStatus, Labels>> = {
  ON_TIME: { zh: '按时登记', en: 'Registered on time', bo: 'དུས་ཐོག་ཐོ་འགོད་བྱས།' },
  LATE: { zh: '逾期登记', en: 'Registered late', bo: 'དུས་ཚོད་ལས་བརྒལ་ནས་ཐོ་འགོད་བྱས།' },
  PENDING: { zh: '待登记', en: 'To be registered', bo: 'ཐོ་འགོད་བྱེད་རྒྱུ་ལྷག་ཡོད།' },
  OVERDUE: { zh: '逾期未登记', en: 'Overdue, not registered', bo: 'དུས་ཚོད་ལས་བརྒལ་ཡང་ཐོ་འགོད་བྱས་མེད།' },
};

/** Display names of the pasture seasons. */
export const PASTURE_SEASON_LABELS: Readonly<Record<PastureSeason, Labels>> = {
  WINTER: { zh: '冬季牧场', en: 'Winter pasture', bo: 'དགུན་ས།' },
  SPRING_AUTUMN: { zh: '春秋牧场', en: 'Spring and autumn pasture', bo: 'དཔྱིད་སྟོན་ས།' },
  SUMMER: { zh: '夏季牧场', en: 'Summer pasture', bo: 'དབྱར་ས།' },
};
