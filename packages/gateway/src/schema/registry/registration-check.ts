// The 3-day check (居住登记 of floating residents, 出租房屋登记 of rentals): core decides each check with
// the county's days; the stored due day and lateness (written by the mappers from core's decision)
// make the lists of late and overdue registrations conditions on indexed columns.
import {
  type CalendarDate,
  REGISTRATION_CHECK_STATUS_LABELS,
  type RegistrationCheck,
  type RegistrationCheckStatus,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Prisma } from '../../db/client.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { RegistrationCheckStatusEnum } from './enums.js';

export const RegistrationCheckRef = builder.objectRef<RegistrationCheck>('RegistrationCheck').implement({
  description:
    'A registration checked against its deadline on the day asked (the 3-day check): a floating resident’s ' +
    'residence registration (居住登记) counted from arrival, a rental’s report (出租房屋登记) from the start of ' +
    'the tenancy, with the days the county allows.',
  fields: (t) => ({
    status: t.field({
      type: RegistrationCheckStatusEnum,
      description: 'On time, late, pending or overdue.',
      resolve: (check) => check.status,
    }),
    statusLabel: t.string({
      description: 'The status as a label in the requested language.',
      args: labelArgs,
      resolve: (check, args, context) =>
        labelOf(REGISTRATION_CHECK_STATUS_LABELS, check.status, args, context),
    }),
    startedOn: t.field({
      type: 'Date',
      description: 'The day of arrival, or the first day of the tenancy.',
      resolve: (check) => check.startedOn,
    }),
    dueOn: t.field({
      type: 'Date',
      description: 'The last day the registration is on time.',
      resolve: (check) => check.dueOn,
    }),
    registeredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was registered; null while it is not.',
      resolve: (check) => check.registeredOn,
    }),
    daysLate: t.int({
      description:
        'Days past the due day: of the registration when it was made late, of today when it is overdue; 0 otherwise.',
      resolve: (check) => check.daysLate,
    }),
  }),
});

// A made registration is late or on time for good (`registeredLate`, stored); an unmade one is
// pending or overdue by its stored due day against the day asked.

/** Residences whose 3-day check has `status` on `today`. */
export function residentCheckWhere(
  status: RegistrationCheckStatus,
  today: CalendarDate,
): Prisma.ResidentWhereInput {
  switch (status) {
    case 'LATE':
      return { registeredLate: true };
    case 'ON_TIME':
      return { registeredOn: { not: null }, registrationDueOn: { not: null }, registeredLate: false };
    case 'PENDING':
      return { registeredOn: null, registrationDueOn: { gte: today } };
    case 'OVERDUE':
      return { registeredOn: null, registrationDueOn: { lt: today } };
  }
}

/** Rentals whose 3-day check has `status` on `today`. */
export function rentalCheckWhere(
  status: RegistrationCheckStatus,
  today: CalendarDate,
): Prisma.RentalWhereInput {
  switch (status) {
    case 'LATE':
      return { registeredLate: true };
    case 'ON_TIME':
      return { reportedOn: { not: null }, registrationDueOn: { not: null }, registeredLate: false };
    case 'PENDING':
      return { reportedOn: null, registrationDueOn: { gte: today } };
    case 'OVERDUE':
      return { reportedOn: null, registrationDueOn: { lt: today } };
  }
}
