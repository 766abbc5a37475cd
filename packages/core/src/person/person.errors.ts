import { type DomainError, domainError } from '../shared/errors.js';

/** Failures of registering or changing a person (人员登记). */
export const PERSON_ERRORS = {
  NAME_REQUIRED: domainError(
    'PERSON.NAME_REQUIRED',
    'VALIDATION',
    {
      zh: '姓名不能为空，且不超过30个字',
      en: 'A name is required and has at most 30 characters',
      bo: 'མིང་སྟོང་པ་ཡིན་མི་ཆོག་ལ་ཡི་གེ་30ལས་བརྒལ་མི་ཆོག',
    },
    ['nameZh'],
  ),
  NAME_BO_SCRIPT: domainError(
    'PERSON.NAME_BO_SCRIPT',
    'VALIDATION',
    {
      zh: '藏文姓名须用藏文书写',
      en: 'The Tibetan name must be written in Tibetan script',
      bo: 'བོད་ཡིག་གི་མིང་བོད་ཡིག་གིས་འབྲི་དགོས།',
    },
    ['nameBo'],
  ),
  ETHNICITY: domainError(
    'PERSON.ETHNICITY',
    'VALIDATION',
    {
      zh: '民族不在代码表中',
      en: 'The ethnicity is not in the code list',
      bo: 'མི་རིགས་དེ་ཨང་རྟགས་རེའུ་མིག་ནང་མེད།',
    },
    ['ethnicity'],
  ),
  RESIDENCE_REGION: domainError(
    'PERSON.RESIDENCE_REGION',
    'VALIDATION',
    {
      zh: '居住地须为村（社区）级区划代码',
      en: 'The place of residence must be a village or community code',
      bo: 'སྡོད་གནས་ནི་གྲོང་ཚོ（སྡོད་ཁུལ）རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་ཡིན་དགོས།',
    },
    ['residenceRegionCode'],
  ),
  HUKOU_PLACE: domainError(
    'PERSON.HUKOU_PLACE',
    'VALIDATION',
    {
      zh: '户籍地须为村（社区）级区划代码或现行的县级行政区划代码',
      en: 'The household-registration place must be a village or community code, or a county-level division code in force',
      bo: 'ཐེམ་ཐོའི་ས་གནས་ནི་གྲོང་ཚོ（སྡོད་ཁུལ）རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་སམ། ད་ལྟ་ལག་བསྟར་བྱེད་བཞིན་པའི་རྫོང་རིམ་ས་ཁོངས་ཨང་རྟགས་ཡིན་དགོས།',
    },
    ['hukouPlaceCode'],
  ),
  NOT_FOUND: domainError(
    'PERSON.NOT_FOUND',
    'NOT_FOUND',
    { zh: '找不到该人员', en: 'No such person', bo: 'མི་སྣ་དེ་རྙེད་མ་བྱུང་།' },
    ['id'],
  ),
  DUPLICATE_CITIZEN_ID: domainError(
    'PERSON.DUPLICATE_CITIZEN_ID',
    'CONFLICT',
    {
      zh: '该公民身份号码已登记',
      en: 'A person with this citizen ID number is already registered',
      bo: 'སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདི་ཐོ་འགོད་བྱས་ཟིན།',
    },
    ['citizenId'],
  ),
  STALE: domainError(
    'PERSON.STALE',
    'CONFLICT',
    {
      zh: '该人员信息已被他人修改，请刷新后重试',
      en: 'Someone else changed this person meanwhile; reload and try again',
      bo: 'མི་སྣ་འདིའི་ཆ་འཕྲིན་མི་གཞན་གྱིས་བཟོ་བཅོས་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
    },
    ['id'],
  ),
  FORBIDDEN: domainError('PERSON.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能登记或修改该地区的人员',
    en: 'Your roles or region do not allow registering or changing people there',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་ས་ཁུལ་འདིའི་མི་སྣ་ཐོ་འགོད་དམ་བཟོ་བཅོས་བྱེད་མི་ཆོག',
  }),
} as const satisfies Record<string, DomainError>;

export type PersonError = (typeof PERSON_ERRORS)[keyof typeof PERSON_ERRORS];
