import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of the basic-information registry ("一标三实") and its collection templates.
// Codes are a public contract: clients branch on them, so they never change once released.

/** Failures of standard addresses (标准地址). */
export const ADDRESS_ERRORS = {
  REQUIRED: domainError('ADDRESS.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  REGION: domainError('ADDRESS.REGION', 'VALIDATION', {
    zh: '标准地址须以12位村（社区）级区划代码开头',
    en: 'A standard address starts with a 12-digit village or community code',
    bo: 'ཚད་ལྡན་སྡོད་གནས་ནི་གྲོང་ཚོ（སྡོད་ཁུལ）རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་12ནས་འགོ་འཛུགས་དགོས།',
  }),
  PLACE: domainError('ADDRESS.PLACE', 'VALIDATION', {
    zh: '街路巷或小区名称不能含空白字符，长度不超过60个字符',
    en: 'A road or settlement name has no white space and at most 60 characters',
    bo: 'ལམ་མམ་སྡོད་ཁུལ་གྱི་མིང་ནང་སྟོང་ཆ་ཡོད་མི་ཆོག་ལ། ཡི་གེ་60ལས་བརྒལ་མི་ཆོག',
  }),
  PLACE_ENDING: domainError('ADDRESS.PLACE_ENDING', 'VALIDATION', {
    zh: '街路巷或小区名称不能以数字、字母或“号、栋、单元、室”编号结尾，请分别填写门牌号、楼栋、单元和室',
    en: 'A road or settlement name cannot end in a digit, a letter or a numbered 号/栋/单元/室; give the number, building, unit and room separately',
    bo: 'ལམ་མམ་སྡོད་ཁུལ་གྱི་མིང་གི་མཇུག་ཏུ་གྲངས་ཀ་དང་དབྱིན་ཡིག ཡང་ན་“号、栋、单元、室”ཀྱི་ཨང་རྟགས་ཡོད་མི་ཆོག སྒོ་ཨང་། ཐོག་ཁང་། ཚན་པ། ཁང་མིག་སོ་སོར་འབྲི་རོགས།',
  }),
  PART: domainError('ADDRESS.PART', 'VALIDATION', {
    zh: '门牌号、楼栋、单元和室只能由数字、字母和连字符组成（如12、12-1、A），不超过10个字符',
    en: 'A number, building, unit or room uses digits, letters and inner hyphens only (12, 12-1, A), at most 10 characters',
    bo: 'སྒོ་ཨང་། ཐོག་ཁང་། ཚན་པ། ཁང་མིག་བཅས་ནི་གྲངས་ཀ་དང་དབྱིན་ཡིག་ཐིག་ཕྲན་ཁོ་ནས་གྲུབ་དགོས（དཔེར་ན་12、12-1、A）། ཡི་གེ་10ལས་བརྒལ་མི་ཆོག',
  }),
  UNIT_WITHOUT_BUILDING: domainError('ADDRESS.UNIT_WITHOUT_BUILDING', 'VALIDATION', {
    zh: '填写单元时须同时填写楼栋',
    en: 'A unit needs a building',
    bo: 'ཚན་པ་འབྲི་ན་ཐོག་ཁང་ཡང་འབྲི་དགོས།',
  }),
  FORMAT: domainError('ADDRESS.FORMAT', 'VALIDATION', {
    zh: '标准地址格式应为“12位村级代码 空格 地名门牌号栋单元室”，如“542526100201 北街12号3栋2单元301室”',
    en: 'A standard address reads "<12-digit village code> <place><n>号<n>栋<n>单元<n>室", e.g. "542526100201 北街12号3栋2单元301室"',
    bo: 'ཚད་ལྡན་སྡོད་གནས་ཀྱི་རྣམ་པ་ནི“གྲོང་ཚོ་རིམ་པའི་ཨང་རྟགས་གྲངས་ཀ་12 སྟོང་ཆ་ ས་མིང་སྒོ་ཨང་ཐོག་ཁང་ཚན་པ་ཁང་མིག”ཡིན་དགོས། དཔེར་ན“542526100201 北街12号3栋2单元301室”',
  }),
} as const;

/** Failures of residents (实有人口). */
export const RESIDENT_ERRORS = {
  REQUIRED: domainError('RESIDENT.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  NAME: domainError('RESIDENT.NAME', 'VALIDATION', {
    zh: '姓名不超过50个字符',
    en: 'A name has at most 50 characters',
    bo: 'མིང་ཡི་གེ་50ལས་བརྒལ་མི་ཆོག',
  }),
  RELATION: domainError('RESIDENT.RELATION', 'VALIDATION', {
    zh: '未知的与户主关系',
    en: 'Unknown relation to the head of household',
    bo: 'ཁྱིམ་བདག་དང་འབྲེལ་བ་ངོ་མི་ཤེས།',
  }),
  RESIDENCE_STATUS: domainError('RESIDENT.RESIDENCE_STATUS', 'VALIDATION', {
    zh: '未知的居住状态',
    en: 'Unknown residence status',
    bo: 'སྡོད་གནས་ཀྱི་རྣམ་པ་ངོ་མི་ཤེས།',
  }),
  GRID_CODE: domainError('RESIDENT.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码',
    en: 'A grid code is a 15-digit grid-level region code',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས།',
  }),
  HOUSEHOLD_HEAD_MISSING: domainError('RESIDENT.HOUSEHOLD_HEAD_MISSING', 'VALIDATION', {
    zh: '每户须有且只有一名户主，该户没有户主',
    en: 'Every household has exactly one head; this one has none',
    bo: 'ཁྱིམ་ཚང་རེར་ཁྱིམ་བདག་གཅིག་ཁོ་ན་དགོས། ཁྱིམ་ཚང་འདིར་ཁྱིམ་བདག་མེད།',
  }),
  HOUSEHOLD_HEAD_DUPLICATE: domainError('RESIDENT.HOUSEHOLD_HEAD_DUPLICATE', 'CONFLICT', {
    zh: '每户须有且只有一名户主，该户有多名户主',
    en: 'Every household has exactly one head; this one has several',
    bo: 'ཁྱིམ་ཚང་རེར་ཁྱིམ་བདག་གཅིག་ཁོ་ན་དགོས། ཁྱིམ་ཚང་འདིར་ཁྱིམ་བདག་མང་པོ་ཡོད།',
  }),
  OTHER_HOUSEHOLD: domainError('RESIDENT.OTHER_HOUSEHOLD', 'VALIDATION', {
    zh: '成员属于其他户',
    en: 'A member belongs to another household',
    bo: 'ཁྱིམ་མི་དེ་ཁྱིམ་ཚང་གཞན་ཞིག་ལ་གཏོགས།',
  }),
  CITIZEN_ID_DUPLICATE: domainError('RESIDENT.CITIZEN_ID_DUPLICATE', 'CONFLICT', {
    zh: '同一公民身份号码登记了多次',
    en: 'The same citizen identity number is registered more than once',
    bo: 'སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གཅིག་ཐེངས་མང་པོར་ཐོ་འགོད་བྱས་འདུག',
  }),
  HEAD_LEAVES_MEMBERS: domainError('RESIDENT.HEAD_LEAVES_MEMBERS', 'CONFLICT', {
    zh: '户主迁出后原户将没有户主：请先变更户主，或为原户的其他成员办理迁移',
    en: 'The head cannot transfer out while other members stay: the household would have no head; change the head or transfer the other members first',
    bo: 'ཁྱིམ་བདག་ཐེམ་ཐོ་གནས་སྤོས་ན་ཁྱིམ་ཚང་སྔ་མར་ཁྱིམ་བདག་མི་འདུག ཁྱིམ་བདག་སྔོན་ལ་བརྗེ་བའམ་ཁྱིམ་མི་གཞན་གྱི་གནས་སྤོ་སྒྲུབ་རོགས།',
  }),
  HEAD_NOT_MEMBER: domainError('RESIDENT.HEAD_NOT_MEMBER', 'VALIDATION', {
    zh: '新户主须是该户的现有成员',
    en: 'The new head must be a current member of the household',
    bo: 'ཁྱིམ་བདག་གསར་པ་ནི་ཁྱིམ་ཚང་འདིའི་ད་ཡོད་ཁྱིམ་མི་ཡིན་དགོས།',
  }),
  ALREADY_HEAD: domainError('RESIDENT.ALREADY_HEAD', 'CONFLICT', {
    zh: '该成员已是户主',
    en: 'This member is already the head of the household',
    bo: 'ཁྱིམ་མི་འདི་ཁྱིམ་བདག་ཡིན་ཟིན།',
  }),
  ORIGIN: domainError('RESIDENT.ORIGIN', 'VALIDATION', {
    zh: '流动人口和人户分离人员须填写来源地：村（社区）代码或现行县级区划代码',
    en: 'A floating or separated resident needs an origin: a village or community code, or a county code in force',
    bo: 'གནས་སྤོ་མི་འབོར་དང་ཐེམ་ཐོ་དང་སྡོད་གནས་ཁ་བྲལ་བའི་མི་སྣར་ཡོང་ཁུངས་ས་གནས་འབྲི་དགོས། གྲོང་ཚོ（སྡོད་ཁུལ）གྱི་ཨང་རྟགས་སམ་ད་ལྟ་ལག་བསྟར་བྱེད་བཞིན་པའི་རྫོང་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་ཡིན་དགོས།',
  }),
  ARRIVAL: domainError('RESIDENT.ARRIVAL', 'VALIDATION', {
    zh: '流动人口和人户分离人员须填写到达日期，且不晚于今天',
    en: 'A floating or separated resident needs an arrival date, not after today',
    bo: 'གནས་སྤོ་མི་འབོར་དང་ཐེམ་ཐོ་དང་སྡོད་གནས་ཁ་བྲལ་བའི་མི་སྣར་འབྱོར་བའི་ཚེས་གྲངས་འབྲི་དགོས་ལ། དེ་རིང་ལས་ཕྱི་བ་མི་ཆོག',
  }),
  DESTINATION: domainError('RESIDENT.DESTINATION', 'VALIDATION', {
    zh: '外出人员须填写去向：村（社区）或现行县级区划代码，或不超过60个字符的地点，二者只填其一',
    en: 'A resident away needs a destination: a village, community or county code in force, or a place of at most 60 characters, not both',
    bo: 'ཕྱི་ལ་ཐོན་པའི་མི་སྣར་ཕྱིན་ས་འབྲི་དགོས། གྲོང་ཚོ（སྡོད་ཁུལ）དང་རྫོང་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་སམ། ཡི་གེ་60ལས་མི་བརྒལ་བའི་ས་གནས་གང་རུང་གཅིག་ཁོ་ན་འབྲི་དགོས།',
  }),
  DEPARTURE: domainError('RESIDENT.DEPARTURE', 'VALIDATION', {
    zh: '外出人员须填写外出日期，且不晚于今天',
    en: 'A resident away needs a departure date, not after today',
    bo: 'ཕྱི་ལ་ཐོན་པའི་མི་སྣར་ཕྱིར་ཐོན་པའི་ཚེས་གྲངས་འབྲི་དགོས་ལ། དེ་རིང་ལས་ཕྱི་བ་མི་ཆོག',
  }),
  MOVEMENT_STATUS: domainError('RESIDENT.MOVEMENT_STATUS', 'VALIDATION', {
    zh: '来源地和到达日期只用于流动人口和人户分离人员，去向和外出日期只用于外出人员',
    en: 'An origin and arrival date are for floating and separated residents only; a destination and departure date for residents away only',
    bo: 'ཡོང་ཁུངས་ས་གནས་དང་འབྱོར་བའི་ཚེས་གྲངས་ནི་གནས་སྤོ་མི་འབོར་དང་ཐེམ་ཐོ་དང་སྡོད་གནས་ཁ་བྲལ་བའི་མི་སྣ་ཁོ་ནར་སྤྱོད། ཕྱིན་ས་དང་ཕྱིར་ཐོན་པའི་ཚེས་གྲངས་ནི་ཕྱི་ལ་ཐོན་པའི་མི་སྣ་ཁོ་ནར་སྤྱོད།',
  }),
  REGISTERED_ELSEWHERE: domainError('RESIDENT.REGISTERED_ELSEWHERE', 'CONFLICT', {
    zh: '该人员同时在另一户办理了户籍登记，请重试',
    en: 'The person was registered in another household at the same moment; try again',
    bo: 'མི་སྣ་འདི་དུས་མཚུངས་སུ་ཁྱིམ་ཚང་གཞན་ཞིག་ཏུ་ཐེམ་ཐོ་འགོད་བཞིན་འདུག ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
} as const;

/** Failures of housing (实有房屋). */
export const HOUSING_ERRORS = {
  REQUIRED: domainError('HOUSING.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  TYPE: domainError('HOUSING.TYPE', 'VALIDATION', {
    zh: '未知的房屋类型',
    en: 'Unknown housing type',
    bo: 'ཁང་པའི་རིགས་ངོ་མི་ཤེས།',
  }),
  USE: domainError('HOUSING.USE', 'VALIDATION', {
    zh: '未知的房屋用途',
    en: 'Unknown housing use',
    bo: 'ཁང་པའི་བེད་སྤྱོད་ངོ་མི་ཤེས།',
  }),
  OWNER: domainError('HOUSING.OWNER', 'VALIDATION', {
    zh: '产权人无效：个人或单位产权须填写其编号',
    en: 'Invalid owner: a person or organisation owner needs its id',
    bo: 'བདག་དབང་བ་ནུས་མེད། སྒེར་གྱི་མི་འམ་ལས་ཁུངས་ཀྱི་བདག་དབང་ཡིན་ན་དེའི་ཨང་རྟགས་འབྲི་དགོས།',
  }),
  GRID_CODE: domainError('HOUSING.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码，且网格须在地址所在村（社区）内',
    en: 'A grid code is a 15-digit grid-level region code inside the address’s village',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས་ལ། དྲ་མིག་དེ་སྡོད་གནས་ཡོད་སའི་གྲོང་ཚོ（སྡོད་ཁུལ）ནང་ཡོད་དགོས།',
  }),
} as const;

/** Failures of organisations (实有单位). */
export const ORGANISATION_ERRORS = {
  REQUIRED: domainError('ORGANISATION.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  NAME: domainError('ORGANISATION.NAME', 'VALIDATION', {
    zh: '单位名称不超过100个字符',
    en: 'An organisation name has at most 100 characters',
    bo: 'ལས་ཁུངས་ཀྱི་མིང་ཡི་གེ་100ལས་བརྒལ་མི་ཆོག',
  }),
  GRID_CODE: domainError('ORGANISATION.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码，且网格须在地址所在村（社区）内',
    en: 'A grid code is a 15-digit grid-level region code inside the address’s village',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས་ལ། དྲ་མིག་དེ་སྡོད་གནས་ཡོད་སའི་གྲོང་ཚོ（སྡོད་ཁུལ）ནང་ཡོད་དགོས།',
  }),
} as const;

/** Failures of rentals (房屋租赁). */
export const RENTAL_ERRORS = {
  REQUIRED: domainError('RENTAL.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  HOUSING_MISMATCH: domainError('RENTAL.HOUSING_MISMATCH', 'VALIDATION', {
    zh: '租赁登记的房屋与所给房屋不一致',
    en: 'The rental names another house than the one given',
    bo: 'གླ་འཛིན་ཐོ་འགོད་ཀྱི་ཁང་པ་དང་སྤྲད་པའི་ཁང་པ་མི་མཐུན།',
  }),
  NOT_FOR_RENT: domainError('RENTAL.NOT_FOR_RENT', 'VALIDATION', {
    zh: '该房屋未登记为出租房屋',
    en: 'The house is not registered as let',
    bo: 'ཁང་པ་འདི་གླར་གཏོང་བའི་ཁང་པར་ཐོ་འགོད་བྱས་མེད།',
  }),
  NO_TENANTS: domainError('RENTAL.NO_TENANTS', 'VALIDATION', {
    zh: '租赁须有至少一名承租人',
    en: 'A rental has at least one tenant',
    bo: 'གླ་འཛིན་ལ་ཁང་གླ་ལེན་མཁན་ཉུང་མཐར་གཅིག་དགོས།',
  }),
  TENANT_DUPLICATE: domainError('RENTAL.TENANT_DUPLICATE', 'VALIDATION', {
    zh: '同一承租人登记了多次',
    en: 'The same tenant is listed twice',
    bo: 'ཁང་གླ་ལེན་མཁན་གཅིག་ཐེངས་མང་པོར་ཐོ་འགོད་བྱས་འདུག',
  }),
  LANDLORD_IS_TENANT: domainError('RENTAL.LANDLORD_IS_TENANT', 'VALIDATION', {
    zh: '出租人不能同时是承租人',
    en: 'The landlord cannot also be a tenant',
    bo: 'ཁང་གླར་གཏོང་མཁན་དེ་ཁང་གླ་ལེན་མཁན་ཡང་ཡིན་མི་ཆོག',
  }),
  DATES: domainError('RENTAL.DATES', 'VALIDATION', {
    zh: '租赁结束日期须晚于开始日期',
    en: 'A rental ends after it starts',
    bo: 'གླ་འཛིན་མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་ཕྱི་བ་དགོས།',
  }),
  OVERLAP: domainError('RENTAL.OVERLAP', 'CONFLICT', {
    zh: '该房屋在这段时间内已有租赁登记',
    en: 'The house is already let for part of that period',
    bo: 'ཁང་པ་འདི་དུས་ཡུན་དེའི་ནང་གླ་འཛིན་ཐོ་འགོད་ཡོད་ཟིན།',
  }),
} as const;

/** Failures of seasonal pastures (季节性草场, 转场). */
export const PASTURE_ERRORS = {
  REQUIRED: domainError('PASTURE.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  SEASON: domainError('PASTURE.SEASON', 'VALIDATION', {
    zh: '未知的草场季节',
    en: 'Unknown pasture season',
    bo: 'རྩྭ་ཐང་གི་དུས་ཚིགས་ངོ་མི་ཤེས།',
  }),
  PLACE: domainError('PASTURE.PLACE', 'VALIDATION', {
    zh: '草场地名不能为空，不超过60个字符',
    en: 'A pasture’s place name is not empty and has at most 60 characters',
    bo: 'རྩྭ་ཐང་གི་ས་མིང་སྟོང་པ་ཡིན་མི་ཆོག་ལ། ཡི་གེ་60ལས་བརྒལ་མི་ཆོག',
  }),
  COORDINATES: domainError('PASTURE.COORDINATES', 'VALIDATION', {
    zh: '经纬度须同时填写或同时不填，纬度在-90至90之间，经度在-180至180之间',
    en: 'Latitude and longitude come together or not at all, latitude within -90…90 and longitude within -180…180',
    bo: 'འཕྲེད་ཐིག་དང་གཞུང་ཐིག་མཉམ་དུ་འབྲི་བའམ་མཉམ་དུ་མི་འབྲི་དགོས། འཕྲེད་ཐིག་-90ནས་90བར་དང་། གཞུང་ཐིག་-180ནས་180བར་ཡིན་དགོས།',
  }),
  MONTHS: domainError('PASTURE.MONTHS', 'VALIDATION', {
    zh: '进出草场的月份须为1至12的整数',
    en: 'The months a pasture is used are whole numbers from 1 to 12',
    bo: 'རྩྭ་ཐང་དུ་འགྲོ་འོང་གི་ཟླ་བ་ནི་1ནས་12བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  SEASON_DUPLICATE: domainError('PASTURE.SEASON_DUPLICATE', 'CONFLICT', {
    zh: '同一户同一季节只登记一处草场',
    en: 'A household has one pasture per season',
    bo: 'ཁྱིམ་ཚང་གཅིག་ལ་དུས་ཚིགས་གཅིག་གི་རྩྭ་ཐང་གཅིག་ཁོ་ན་ཐོ་འགོད་བྱེད།',
  }),
} as const;

/** Failures of collection templates and of submissions checked against them. */
export const COLLECTION_ERRORS = {
  REQUIRED: domainError('COLLECTION.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  KIND: domainError('COLLECTION.KIND', 'VALIDATION', {
    zh: '采集类别只能是人、地、事、物、组织或房租',
    en: 'A collection kind is PERSON, PLACE, EVENT, THING, ORGANISATION or RENTAL',
    bo: 'བསྡུ་ལེན་གྱི་རིགས་ནི་མི། ས། དོན། དངོས། རྩ་འཛུགས། ཁང་གླ་བཅས་ཁོ་ན་ཡིན་ཆོག',
  }),
  VERSION: domainError('COLLECTION.VERSION', 'VALIDATION', {
    zh: '模板版本须从1开始逐一递增',
    en: 'Template versions are numbered 1, 2, 3 … in order',
    bo: 'དཔེ་པང་གི་པར་གཞི་1ནས་འགོ་བཙུགས་ཏེ་རིམ་བཞིན་འཕར་དགོས།',
  }),
  VERSION_NOT_FOUND: domainError('COLLECTION.VERSION_NOT_FOUND', 'NOT_FOUND', {
    zh: '模板没有该版本',
    en: 'The template has no such version',
    bo: 'དཔེ་པང་ལ་པར་གཞི་དེ་མེད།',
  }),
  NO_FIELDS: domainError('COLLECTION.NO_FIELDS', 'VALIDATION', {
    zh: '模板至少须有一个字段',
    en: 'A template version has at least one field',
    bo: 'དཔེ་པང་ལ་ཡིག་དུམ་ཉུང་མཐར་གཅིག་དགོས།',
  }),
  FIELD_CODE: domainError('COLLECTION.FIELD_CODE', 'VALIDATION', {
    zh: '字段编码须为小写字母开头的小写字母、数字或下划线（不超过40个字符），且不能重复',
    en: 'A field code is lowercase letters, digits and underscores starting with a letter (at most 40), each used once',
    bo: 'ཡིག་དུམ་ཨང་རྟགས་ནི་དབྱིན་ཡིག་ཆུང་ངུས་འགོ་བཙུགས་པའི་དབྱིན་ཡིག་ཆུང་ངུ་དང་གྲངས་ཀ་འོག་ཐིག་ཁོ་ན་ཡིན་དགོས་（ཡི་གེ་40ལས་མི་བརྒལ་བ）ལ། བསྐྱར་ཟློས་མི་ཆོག',
  }),
  FIELD_ORDER: domainError('COLLECTION.FIELD_ORDER', 'VALIDATION', {
    zh: '字段顺序须为不重复的正整数',
    en: 'Field orders are distinct positive whole numbers',
    bo: 'ཡིག་དུམ་གྱི་གོ་རིམ་ནི་བསྐྱར་ཟློས་མེད་པའི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  FIELD_DATATYPE: domainError('COLLECTION.FIELD_DATATYPE', 'VALIDATION', {
    zh: '未知的字段数据类型',
    en: 'Unknown field data type',
    bo: 'ཡིག་དུམ་གྱི་གཞི་གྲངས་རིགས་ངོ་མི་ཤེས།',
  }),
  FIELD_VALUES: domainError('COLLECTION.FIELD_VALUES', 'VALIDATION', {
    zh: '选择类字段须有至少一个选项且选项键不重复；其他字段不能有选项',
    en: 'A list field has at least one value with distinct keys; other fields have none',
    bo: 'གདམ་ག་རིགས་ཀྱི་ཡིག་དུམ་ལ་གདམ་ག་ཉུང་མཐར་གཅིག་དགོས་ལ་གདམ་གའི་ལྡེ་མིག་བསྐྱར་ཟློས་མི་ཆོག ཡིག་དུམ་གཞན་ལ་གདམ་ག་ཡོད་མི་ཆོག',
  }),
  FIELD_BOUNDS: domainError('COLLECTION.FIELD_BOUNDS', 'VALIDATION', {
    zh: '数值上下限只用于数值字段且下限不大于上限；长度上限只用于文本字段且为正整数',
    en: 'min and max bound number fields only, min not above max; maxLength is a positive whole number for text fields only',
    bo: 'གྲངས་ཐང་གི་ཚད་མཐོ་དམའ་ནི་གྲངས་ཐང་ཡིག་དུམ་ཁོ་ནར་སྤྱོད་ཅིང་ཚད་དམའ་ཚད་མཐོ་ལས་ཆེ་མི་ཆོག རིང་ཚད་ཀྱི་ཚད་མཐོ་ནི་ཡི་གེའི་ཡིག་དུམ་ཁོ་ནར་སྤྱོད་ཅིང་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  UNKNOWN_FIELD: domainError('COLLECTION.UNKNOWN_FIELD', 'VALIDATION', {
    zh: '模板中没有该字段',
    en: 'The template has no such field',
    bo: 'དཔེ་པང་ནང་ཡིག་དུམ་དེ་མེད།',
  }),
  NOT_TEXT: domainError('COLLECTION.NOT_TEXT', 'VALIDATION', {
    zh: '应填写文本',
    en: 'Expected text',
    bo: 'ཡི་གེ་འབྲི་དགོས།',
  }),
  TOO_LONG: domainError('COLLECTION.TOO_LONG', 'VALIDATION', {
    zh: '文本过长',
    en: 'The text is too long',
    bo: 'ཡི་གེ་རིང་དྲགས་འདུག',
  }),
  NOT_A_NUMBER: domainError('COLLECTION.NOT_A_NUMBER', 'VALIDATION', {
    zh: '应填写数字',
    en: 'Expected a number',
    bo: 'གྲངས་ཀ་འབྲི་དགོས།',
  }),
  OUT_OF_RANGE: domainError('COLLECTION.OUT_OF_RANGE', 'VALIDATION', {
    zh: '数值超出允许范围',
    en: 'The number is out of range',
    bo: 'གྲངས་ཐང་ཆོག་པའི་ཁྱབ་ཁོངས་ལས་བརྒལ་འདུག',
  }),
  NOT_A_DATE: domainError('COLLECTION.NOT_A_DATE', 'VALIDATION', {
    zh: '应填写日期（YYYY-MM-DD）',
    en: 'Expected a date (YYYY-MM-DD)',
    bo: 'ཚེས་གྲངས་（YYYY-MM-DD）འབྲི་དགོས།',
  }),
  NOT_A_BOOLEAN: domainError('COLLECTION.NOT_A_BOOLEAN', 'VALIDATION', {
    zh: '应填写“是”或“否”',
    en: 'Expected yes or no',
    bo: '“ཡིན”ནམ“མིན”འབྲི་དགོས།',
  }),
  NOT_IN_LIST: domainError('COLLECTION.NOT_IN_LIST', 'VALIDATION', {
    zh: '不是该字段的可选项',
    en: 'Not one of the field’s values',
    bo: 'ཡིག་དུམ་འདིའི་གདམ་ག་མིན།',
  }),
  DUPLICATE_VALUE: domainError('COLLECTION.DUPLICATE_VALUE', 'VALIDATION', {
    zh: '同一选项选择了多次',
    en: 'The same value is chosen twice',
    bo: 'གདམ་ག་གཅིག་ཐེངས་མང་པོར་བདམས་འདུག',
  }),
} as const;

/**
 * Refusals of the caller's right to change the registry of a grid ({@link authoriseRegistryChange}),
 * and of looking up what a registry input names. A record outside the caller's region is reported as
 * not found, so ids cannot be probed.
 */
export const REGISTRY_ACCESS_ERRORS = {
  FORBIDDEN: domainError('REGISTRY.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能登记该网格的实有人口、房屋或租赁',
    en: 'Your roles or region do not allow registering residents, housing or rentals in this grid',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་དྲ་མིག་འདིའི་དངོས་ཡོད་མི་འབོར་དང་ཁང་པ། གླ་འཛིན་ཐོ་འགོད་བྱེད་མི་ཆོག',
  }),
  HOUSEHOLD_NOT_FOUND: domainError(
    'REGISTRY.HOUSEHOLD_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这一户，或您无权查看',
      en: 'There is no such household, or you may not see it',
      bo: 'ཁྱིམ་ཚང་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
    },
    ['householdId'],
  ),
  HOUSING_NOT_FOUND: domainError(
    'REGISTRY.HOUSING_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这处房屋，或您无权查看',
      en: 'There is no such house, or you may not see it',
      bo: 'ཁང་པ་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
    },
    ['housingId'],
  ),
  PERSON_NOT_FOUND: domainError(
    'REGISTRY.PERSON_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个人员', en: 'There is no such person', bo: 'མི་སྣ་འདི་མེད།' },
    ['personId'],
  ),
  ORGANISATION_NOT_FOUND: domainError(
    'REGISTRY.ORGANISATION_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个单位', en: 'There is no such organisation', bo: 'ལས་ཁུངས་འདི་མེད།' },
    ['landlord', 'organisationId'],
  ),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of the standard-address rules. */
export type AddressError = ErrorOf<typeof ADDRESS_ERRORS>;
/** Any failure of the resident rules. */
export type ResidentError = ErrorOf<typeof RESIDENT_ERRORS>;
/** Any failure of the housing rules. */
export type HousingError = ErrorOf<typeof HOUSING_ERRORS>;
/** Any failure of the organisation rules. */
export type OrganisationError = ErrorOf<typeof ORGANISATION_ERRORS>;
/** Any failure of the seasonal-pasture rules. */
export type PastureError = ErrorOf<typeof PASTURE_ERRORS>;
/** Any failure of the rental rules. */
export type RentalError = ErrorOf<typeof RENTAL_ERRORS>;
/** Any failure of the collection-template rules. */
export type CollectionError = ErrorOf<typeof COLLECTION_ERRORS>;
/** Any refusal of the registry access rules or lookups. */
export type RegistryAccessError = ErrorOf<typeof REGISTRY_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path (`['address', 'room']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

/** Puts a nested input's error under its field (`['room']` under `address` → `['address', 'room']`). */
export function under<C extends string>(error: DomainError<C>, ...prefix: readonly string[]): DomainError<C> {
  return { ...error, field: [...prefix, ...(error.field ?? [])] };
}
