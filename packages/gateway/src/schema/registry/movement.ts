// Where a resident came from or went (转入、外出), and the 3-day check of a floating resident's
// registration: fields of Resident beside its registry fields. The origin and destination are
// addresses of the person, masked as the caller’s roles in the grid allow.
import { registrationPolicyFor, residenceRegistrationCheck } from '@grassroots/core';
import { builder } from '../../builder.js';
import { residentMapper } from '../../mappers/registry.js';
import { todayOf } from '../shared/dates.js';
import { RegistrationCheckRef } from './registration-check.js';
import { residentValue } from './resident.js';

builder.prismaObjectFields('Resident', (t) => ({
  originCode: t.string({
    nullable: true,
    description:
      'Where a floating or separated resident came from (来源地), usually their 户籍地: a village or community ' +
      'code, or the county code (GB/T 2260) of a place outside the stored regions; masked as an address. ' +
      'Null for the other statuses, and for residences recorded before it was kept.',
    resolve: (resident, _args, context) => residentValue(context, resident, 'ADDRESS', resident.originCode),
  }),
  arrivedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'The day a floating or separated resident arrived (来到本地日期); null as the origin is.',
    resolve: (resident) => resident.arrivedOn,
  }),
  destinationCode: t.string({
    nullable: true,
    description:
      'Where a resident away went (去向), when a code names it: a village, community or county code; masked as ' +
      'an address. Null for the other statuses, when only `destinationPlace` names it, and for residences ' +
      'recorded before it was kept.',
    resolve: (resident, _args, context) =>
      residentValue(context, resident, 'ADDRESS', resident.destinationCode),
  }),
  destinationPlace: t.string({
    nullable: true,
    description: 'The destination of a resident away as text, where no code names it; masked as an address.',
    resolve: (resident, _args, context) =>
      residentValue(context, resident, 'ADDRESS', resident.destinationPlace),
  }),
  departedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'The day a resident away left (外出日期); null as the destination is.',
    resolve: (resident) => resident.departedOn,
  }),
  registrationCheck: t.field({
    type: RegistrationCheckRef,
    nullable: true,
    description:
      'The 3-day check of a floating resident’s residence registration (居住登记), counted from arrival with ' +
      'the county’s days, as of today. Null for the other statuses and for a residence recorded without its ' +
      'arrival day.',
    resolve: (resident, _args, context) =>
      residenceRegistrationCheck(
        {
          residenceStatus: residentMapper.residenceStatus(resident),
          registeredOn: residentMapper.registeredOn(resident),
          arrivedOn: residentMapper.movement(resident).arrivedOn,
        },
        registrationPolicyFor(resident.gridCode),
        todayOf(context),
      ),
  }),
}));
