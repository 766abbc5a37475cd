import { type DomainError, domainError } from '../shared/errors.js';

// The refusals of a collection submission beyond its template's field checks: the domain checks of
// its answers, the registry entries it must find, and who may submit. Codes are a public contract.

/** Why a collection submission was refused beyond the field checks of `validateSubmission`. */
export const SUBMISSION_ERRORS = {
  TEMPLATE_NOT_FOUND: domainError(
    'COLLECTION.TEMPLATE_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有该采集模板', en: 'There is no such collection template', bo: 'བསྡུ་ལེན་དཔེ་པང་དེ་མེད།' },
    ['templateCode'],
  ),
  GRID_NOT_FOUND: domainError(
    'COLLECTION.GRID_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这个网格，或您无权查看',
      en: 'There is no such grid, or you may not see it',
      bo: 'དྲ་མིག་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
    },
    ['gridId'],
  ),
  FORBIDDEN: domainError('COLLECTION.FORBIDDEN', 'FORBIDDEN', {
    zh: '只有本网格的网格长和网格员可以提交采集',
    en: 'Only the grid chief and grid workers of the grid submit its collections',
    bo: 'དྲ་མིག་འདིའི་དྲ་མིག་འགོ་པ་དང་དྲ་མིག་ལས་བྱེད་པ་ཁོ་ནས་བསྡུ་ལེན་འབུལ་ཆོག',
  }),
  ADDRESS_OUTSIDE_GRID: domainError('COLLECTION.ADDRESS_OUTSIDE_GRID', 'VALIDATION', {
    zh: '标准地址不在本网格所在的村（社区）',
    en: 'The standard address is not in the village or community of the grid',
    bo: 'ཚད་ལྡན་སྡོད་གནས་དེ་དྲ་མིག་འདི་ཡོད་སའི་གྲོང་ཚོ（སྡོད་ཁུལ）ནང་མེད།',
  }),
  ORGANISATION_TYPE_MISMATCH: domainError('COLLECTION.ORGANISATION_TYPE_MISMATCH', 'VALIDATION', {
    zh: '单位类型与统一社会信用代码所示类型不一致',
    en: 'The kind of organisation differs from the kind its credit code names',
    bo: 'ལས་ཁུངས་ཀྱི་རིགས་དང་སྤྱི་ཚོགས་ཡིད་རྟོན་གཅིག་གྱུར་ཨང་རྟགས་ཀྱིས་མཚོན་པའི་རིགས་མི་མཐུན།',
  }),
  IN_FUTURE: domainError('COLLECTION.IN_FUTURE', 'VALIDATION', {
    zh: '日期不能晚于今天',
    en: 'The date cannot be after today',
    bo: 'ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག',
  }),
  PERSON_UNKNOWN: domainError('COLLECTION.PERSON_UNKNOWN', 'NOT_FOUND', {
    zh: '登记中没有该公民身份号码的人员：请先办理人员登记（personRegister）和实有人口登记（residentRegister）',
    en: 'Nobody with this citizen ID is registered: register the person (personRegister) and their residence (residentRegister) first',
    bo: 'ཐོ་འགོད་ནང་སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདིའི་མི་སྣ་མེད། སྔོན་ལ་མི་སྣ་ཐོ་འགོད（personRegister）དང་དངོས་ཡོད་མི་འབོར་ཐོ་འགོད（residentRegister）སྒྲུབ་རོགས།',
  }),
  NOT_A_RESIDENT: domainError('COLLECTION.NOT_A_RESIDENT', 'NOT_FOUND', {
    zh: '该人员不是本网格的实有人口：请先办理实有人口登记（residentRegister）',
    en: 'The person is not a resident of this grid: register their residence (residentRegister) first',
    bo: 'མི་སྣ་འདི་དྲ་མིག་འདིའི་དངོས་ཡོད་མི་འབོར་མིན། སྔོན་ལ་དངོས་ཡོད་མི་འབོར་ཐོ་འགོད（residentRegister）སྒྲུབ་རོགས།',
  }),
  NAME_MISMATCH: domainError('COLLECTION.NAME_MISMATCH', 'VALIDATION', {
    zh: '姓名与该公民身份号码登记的姓名不一致',
    en: 'The name differs from the name registered with this citizen ID',
    bo: 'མིང་དང་སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདིའི་ཐོ་འགོད་མིང་མི་མཐུན།',
  }),
  REGISTRATION_HELD_ELSEWHERE: domainError('COLLECTION.REGISTRATION_HELD_ELSEWHERE', 'CONFLICT', {
    zh: '该人员的户籍登记在另一户：户籍迁移请办理实有人口登记（residentRegister）',
    en: 'The person’s household registration is held in another household: transfer it with residentRegister',
    bo: 'མི་སྣ་འདིའི་ཐེམ་ཐོ་ཁྱིམ་ཚང་གཞན་ཞིག་ཏུ་ཡོད། ཐེམ་ཐོ་གནས་སྤོ་ཡིན་ན་དངོས་ཡོད་མི་འབོར་ཐོ་འགོད（residentRegister）སྒྲུབ་རོགས།',
  }),
  ORGANISATION_OTHER_GRID: domainError('COLLECTION.ORGANISATION_OTHER_GRID', 'CONFLICT', {
    zh: '该单位登记在另一个网格，由该网格采集',
    en: 'The organisation is registered in another grid, whose staff collect it',
    bo: 'ལས་ཁུངས་འདི་དྲ་མིག་གཞན་ཞིག་ཏུ་ཐོ་འགོད་བྱས་ཡོད་པས། དྲ་མིག་དེས་བསྡུ་ལེན་བྱེད།',
  }),
  HOUSING_UNKNOWN: domainError('COLLECTION.HOUSING_UNKNOWN', 'NOT_FOUND', {
    zh: '本网格在该标准地址没有登记房屋：请先登记实有房屋',
    en: 'This grid has no house registered at the standard address: register the house first',
    bo: 'དྲ་མིག་འདིའི་ཚད་ལྡན་སྡོད་གནས་དེར་ཐོ་འགོད་བྱས་པའི་ཁང་པ་མེད། སྔོན་ལ་དངོས་ཡོད་ཁང་པ་ཐོ་འགོད་བྱེད་རོགས།',
  }),
} as const;

/** Any refusal of {@link SUBMISSION_ERRORS}. */
export type SubmissionError = (typeof SUBMISSION_ERRORS)[keyof typeof SUBMISSION_ERRORS];

/** The error, placed at the answer it is about (`['answers', code]`). */
export function atAnswer(error: DomainError, code: string): DomainError {
  return { ...error, field: ['answers', code] };
}
