// 好差评 through the API: a clerk records the applicant's rating from the window's evaluation device
// (one per application, once it is completed); a 差评 opens its rectification in the same
// transaction, and the rectification then moves through core's table (callback, rectification,
// follow-up rating, appeal).
import { randomUUID } from 'node:crypto';
import {
  authoriseHallAction,
  type DomainError,
  HALL_ACCESS_ERRORS,
  mayRead,
  openRectification,
  type RatingLevel,
  type RectificationAction,
  type RectificationActionType,
  type Result,
  rateApplication,
  rectificationTransitionRefused,
  SATISFACTION_ERRORS,
  transitionRectification,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';
import { applicationMapper, ratingMapper, rectificationMapper } from '../../mappers/serviceHall.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { failed, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { RectificationRef, ServiceApplicationRef } from './application.js';
import { RatingLevelEnum, RectificationActionEnum } from './enums.js';

const TRANSITION_REFUSED = {
  ...rectificationTransitionRefused('OPEN', 'FOLLOW_UP'),
  message: {
    zh: '整改的当前状态不允许这一操作',
    en: 'The state of the rectification does not allow this action',
    bo: 'ཞུ་དག་གི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  },
};

const RatingUserError = userErrorType(
  'ServiceRatingUserError',
  'Why a rating or a rectification step was refused.',
  [...Object.values(SATISFACTION_ERRORS), TRANSITION_REFUSED, ...Object.values(HALL_ACCESS_ERRORS)],
);

const RatePayload = payloadType(
  'ServiceApplicationRatePayload',
  'The result of recording a rating.',
  {
    field: 'application',
    type: ServiceApplicationRef,
    description: 'The application with its rating; null when refused.',
  },
  { type: RatingUserError, description: 'Why the rating was refused; empty on success.' },
);

const RectificationPayload = payloadType(
  'RectificationTransitionPayload',
  'The result of a step of a rectification.',
  {
    field: 'rectification',
    type: RectificationRef,
    description: 'The rectification after the step; null when refused.',
  },
  { type: RatingUserError, description: 'Why the step was refused; empty on success.' },
);

const RateInput = builder.inputType('ServiceApplicationRateInput', {
  description: 'The applicant’s 好差评 rating of a completed application, as the evaluation device gave it.',
  fields: (t) => ({
    applicationId: t.globalID({ required: true, description: 'The application.' }),
    level: t.field({ type: RatingLevelEnum, required: true, description: 'The level.' }),
    comment: t.string({ required: false, description: 'What the applicant wrote, if anything.' }),
  }),
});

const loadApplication = (context: Context, id: string) =>
  context.db.serviceApplication.findUnique({ where: { id }, include: { rating: true } });

builder.mutationField('serviceApplicationRate', (t) =>
  t.field({
    type: RatePayload,
    description:
      'Records the one rating of a completed application (一事一评) as one of the county’s clerks; a 差评 opens ' +
      'its rectification with a callback due the next working day and closure within 15 working days.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({ type: RateInput, required: true, description: 'The application and the rating.' }),
    },
    resolve: async (_root, { input }, context) => {
      const row = await loadApplication(context, lookupIdOf(input.applicationId, 'ServiceApplication'));
      if (!row || !mayRead(context.actor, 'SERVICE_APPLICATION', { regionCode: row.hallRegionCode })) {
        return failed({ ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['applicationId'] });
      }
      const allowed = authoriseHallAction(context.actor, row.hallRegionCode);
      if (!allowed.ok) return failed(allowed.error);
      const rating = rateApplication(
        applicationMapper.toDomain(row),
        {
          id: `SR-${randomUUID()}`,
          level: input.level as RatingLevel,
          ratedAt: context.now,
          comment: input.comment ?? null,
        },
        row.rating !== null,
      );
      if (!rating.ok) return failed(rating.error);
      const calendar = await context.calendars.calendarFor(row.hallRegionCode);
      const rectification = openRectification(rating.value, calendar, `RX-${randomUUID()}`);
      // Only a 差评 opens one; NOT_BAD is the expected answer for every other level.
      const opened = rectification.ok ? rectification.value : null;
      if (!rectification.ok && rectification.error.code !== SATISFACTION_ERRORS.NOT_BAD.code) {
        return failed(rectification.error);
      }
      try {
        await context.db.$transaction(async (tx) => {
          await tx.serviceRating.create({ data: ratingMapper.toColumns(rating.value, row.hallRegionCode) });
          if (opened) await tx.rectification.create({ data: rectificationMapper.toColumns(opened) });
        });
      } catch (error) {
        // Someone rated it between our read and our write: the unique application id says so.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          return failed(SATISFACTION_ERRORS.ALREADY_RATED);
        }
        throw error;
      }
      return succeeded(await context.db.serviceApplication.findUniqueOrThrow({ where: { id: row.id } }));
    },
  }),
);

const RectificationInput = builder.inputType('RectificationTransitionInput', {
  description: 'One step of a rectification; the fields a step does not use are ignored.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The rectification.' }),
    action: t.field({ type: RectificationActionEnum, required: true, description: 'What to do.' }),
    expectedVersion: t.int({ required: false, description: 'The version the caller read.' }),
    note: t.string({ required: false, description: 'CALL_BACK, RECTIFY, APPEAL: what was done or claimed.' }),
    level: t.field({
      type: RatingLevelEnum,
      required: false,
      description: 'FOLLOW_UP: the follow-up rating.',
    }),
  }),
});

function rectificationActionOf(input: {
  readonly action: RectificationActionType;
  readonly note?: string | null;
  readonly level?: RatingLevel | null;
}): Result<RectificationAction, DomainError> {
  switch (input.action) {
    case 'CALL_BACK':
    case 'RECTIFY':
    case 'APPEAL':
      return { ok: true, value: { type: input.action, note: input.note ?? '' } };
    case 'FOLLOW_UP':
      return input.level
        ? { ok: true, value: { type: input.action, level: input.level } }
        : { ok: false, error: { ...SATISFACTION_ERRORS.NOTE_REQUIRED, field: ['level'] } };
    case 'UPHOLD':
    case 'REJECT':
      return { ok: true, value: { type: input.action } };
  }
}

builder.mutationField('rectificationTransition', (t) =>
  t.field({
    type: RectificationPayload,
    description: 'Takes one step of the rectification of a 差评 as one of the county’s clerks.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: RectificationInput,
        required: true,
        description: 'The rectification and the step.',
      }),
    },
    resolve: async (_root, { input }, context) => {
      const id = lookupIdOf(input.id as GlobalId, 'Rectification');
      const row = await context.db.rectification.findUnique({ where: { id }, include: { rating: true } });
      if (!row || !mayRead(context.actor, 'SERVICE_APPLICATION', { regionCode: row.rating.hallRegionCode })) {
        return failed({ ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['id'] });
      }
      const allowed = authoriseHallAction(context.actor, row.rating.hallRegionCode);
      if (!allowed.ok) return failed(allowed.error);
      const action = rectificationActionOf(input);
      if (!action.ok) return failed(action.error);
      const next = transitionRectification(rectificationMapper.toDomain(row), action.value, {
        at: context.now,
        ...(input.expectedVersion == null ? {} : { expectedVersion: input.expectedVersion }),
      });
      if (!next.ok) {
        const { field, ...rest } = next.error;
        return failed(field?.[0] === 'action' ? { ...rest, field: field.slice(1) } : next.error);
      }
      const { count } = await context.db.rectification.updateMany({
        where: { id, version: row.version },
        data: rectificationMapper.toColumns(next.value),
      });
      if (count === 0) return failed(SATISFACTION_ERRORS.STALE_VERSION);
      return succeeded(
        await context.db.rectification.findUniqueOrThrow({ where: { id }, include: { rating: true } }),
      );
    },
  }),
);
