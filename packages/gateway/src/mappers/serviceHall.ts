// The service hall's rows ⇄ core's hall, catalogue versions, applications, visits, ratings and
// rectifications: the one place that knows both shapes, and that derives the columns kept for SQL
// (a visit's wait in seconds, a rating's 差评 flag, the ids of departments and matter versions).
import {
  APPLICATION_CHANNELS,
  APPLICATION_STATES,
  type Application,
  ASSIST_LEVELS,
  type AssistPoint,
  DELIVERY_METHODS,
  isBadRating,
  parseCalendarDate,
  RATING_LEVELS,
  type Rating,
  RECTIFICATION_STATES,
  type Rectification,
  type RequiredDocument,
  type ServiceHall,
  type ServiceMatterVersion,
  type ServiceWindow,
  type StationedDepartment,
  SUSPENSION_REASONS,
  type Visit,
  WINDOW_KINDS,
  waitSeconds,
} from '@grassroots/core';
import type {
  ServiceApplication as ApplicationRow,
  HallAssistPoint as AssistPointRow,
  HallDepartment as DepartmentRow,
  ServiceHall as HallRow,
  ServiceMatter as MatterRow,
  ServiceRating as RatingRow,
  Rectification as RectificationRow,
  HallVisit as VisitRow,
  HallWindowDepartment as WindowDepartmentRow,
  HallWindow as WindowRow,
} from '../generated/sqlite/client.js';
import {
  enumColumn,
  optionalEnumColumn,
  optionalParsedColumn,
  parsedColumn,
  type RowRef,
  StoredValueError,
} from './columns.js';

/** The id of a stationed department's row. */
export const departmentIdOf = (hallRegionCode: string, code: string) => `${hallRegionCode}:${code}`;
/** The id of one catalogue version's row. */
export const matterIdOf = (hallRegionCode: string, code: string, version: number) =>
  `${hallRegionCode}:${code}@${version}`;

const MATTER_ID = /^(\d{6}):([^@]+)@(\d+)$/;

function matterKeyOf(id: string, row: RowRef): { readonly code: string; readonly version: number } {
  const match = MATTER_ID.exec(id);
  if (!match?.[2] || !match[3]) throw new StoredValueError(row, 'matterId', id);
  return { code: match[2], version: Number(match[3]) };
}

function jsonList(text: string, row: RowRef, column: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  } catch {
    // fall through: the column holds something that is not a JSON list of strings
  }
  throw new StoredValueError(row, column, text);
}

const date = parseCalendarDate;

export const serviceHallMapper = {
  /** The hall's own row. */
  toColumns(hall: ServiceHall): HallRow {
    return {
      regionCode: hall.regionCode,
      nameZh: hall.name.zh,
      nameEn: hall.name.en,
      nameBo: hall.name.bo,
    };
  },

  /** A stationed department as core's entity. */
  departmentToDomain(row: DepartmentRow): StationedDepartment {
    const ref: RowRef = { model: 'HallDepartment', id: row.id };
    return {
      code: row.code,
      name: { zh: row.nameZh, en: row.nameEn ?? row.nameZh, bo: row.nameBo ?? row.nameZh },
      joinedOn: parsedColumn(date, row.joinedOn, ref, 'joinedOn'),
    };
  },

  departmentColumns(hall: ServiceHall): DepartmentRow[] {
    return hall.departments.map((department) => ({
      id: departmentIdOf(hall.regionCode, department.code),
      hallRegionCode: hall.regionCode,
      code: department.code,
      nameZh: department.name.zh,
      nameEn: department.name.en,
      nameBo: department.name.bo,
      joinedOn: department.joinedOn,
    }));
  },

  /** A window as core's entity, with the codes of the departments it serves. */
  windowToDomain(row: WindowRow, departmentCodes: readonly string[]): ServiceWindow {
    const ref: RowRef = { model: 'HallWindow', id: row.id };
    return {
      id: row.id,
      number: row.number,
      kind: enumColumn(WINDOW_KINDS, row.kind, ref, 'kind'),
      name: { zh: row.nameZh, en: row.nameEn ?? row.nameZh, bo: row.nameBo ?? row.nameZh },
      departmentCodes,
      matterCodes: jsonList(row.matterCodes, ref, 'matterCodes'),
    };
  },

  windowColumns(hall: ServiceHall): WindowRow[] {
    return hall.windows.map((window) => ({
      id: window.id,
      hallRegionCode: hall.regionCode,
      number: window.number,
      kind: window.kind,
      nameZh: window.name.zh,
      nameEn: window.name.en,
      nameBo: window.name.bo,
      matterCodes: JSON.stringify(window.matterCodes),
    }));
  },

  windowDepartmentColumns(hall: ServiceHall): WindowDepartmentRow[] {
    return hall.windows.flatMap((window) =>
      window.departmentCodes.map((code) => ({
        windowId: window.id,
        departmentId: departmentIdOf(hall.regionCode, code),
      })),
    );
  },

  /** An assisted-handling point as core's entity. */
  assistPointToDomain(row: AssistPointRow): AssistPoint {
    const ref: RowRef = { model: 'HallAssistPoint', id: row.id };
    return {
      id: row.id,
      level: enumColumn(ASSIST_LEVELS, row.level, ref, 'level'),
      regionCode: row.regionCode,
      name: { zh: row.nameZh, en: row.nameEn ?? row.nameZh, bo: row.nameBo ?? row.nameZh },
    };
  },

  assistPointColumns(hall: ServiceHall): AssistPointRow[] {
    return hall.assistPoints.map((point) => ({
      id: point.id,
      hallRegionCode: hall.regionCode,
      level: point.level,
      regionCode: point.regionCode,
      nameZh: point.name.zh,
      nameEn: point.name.en,
      nameBo: point.name.bo,
    }));
  },
} as const;

function documentsOf(text: string, ref: RowRef): RequiredDocument[] {
  try {
    const value = JSON.parse(text) as RequiredDocument[];
    if (Array.isArray(value)) {
      return value.map((d) => ({
        code: String(d.code),
        name: { zh: String(d.name.zh), en: String(d.name.en), bo: String(d.name.bo ?? d.name.zh) },
        tolerable: d.tolerable === true,
        commitmentReplaces: d.commitmentReplaces === true,
      }));
    }
  } catch {
    // fall through
  }
  throw new StoredValueError(ref, 'documents', text);
}

export const serviceMatterMapper = {
  /** A stored catalogue version as core's entity (with the department's code from its join). */
  toDomain(row: MatterRow, departmentCode: string): ServiceMatterVersion {
    const ref: RowRef = { model: 'ServiceMatter', id: row.id };
    return {
      code: row.code,
      version: row.version,
      validFrom: parsedColumn(date, row.validFrom, ref, 'validFrom'),
      name: { zh: row.nameZh, en: row.nameEn ?? row.nameZh, bo: row.nameBo ?? row.nameZh },
      departmentCode,
      legalBasis: row.legalBasis,
      output: { zh: row.outputZh, en: row.outputEn ?? row.outputZh, bo: row.outputBo ?? row.outputZh },
      legalDays: row.legalDays,
      promisedDays: row.promisedDays,
      maxTrips: row.maxTrips,
      online: row.online,
      documents: documentsOf(row.documents, ref),
      supplyDays: row.supplyDays,
      assistLevels:
        row.assistLevels === ''
          ? []
          : row.assistLevels.split(',').map((level) => enumColumn(ASSIST_LEVELS, level, ref, 'assistLevels')),
      doorToDoor: row.doorToDoor,
      freeSeals: row.freeSeals,
      freePostage: row.freePostage,
      synthetic: row.synthetic,
    };
  },

  /** The columns of a catalogue version in the hall of `hallRegionCode`. */
  toColumns(matter: ServiceMatterVersion, hallRegionCode: string): MatterRow {
    return {
      id: matterIdOf(hallRegionCode, matter.code, matter.version),
      hallRegionCode,
      code: matter.code,
      version: matter.version,
      validFrom: matter.validFrom,
      departmentId: departmentIdOf(hallRegionCode, matter.departmentCode),
      nameZh: matter.name.zh,
      nameEn: matter.name.en,
      nameBo: matter.name.bo,
      legalBasis: matter.legalBasis,
      outputZh: matter.output.zh,
      outputEn: matter.output.en,
      outputBo: matter.output.bo,
      legalDays: matter.legalDays,
      promisedDays: matter.promisedDays,
      maxTrips: matter.maxTrips,
      online: matter.online,
      documents: JSON.stringify(matter.documents),
      supplyDays: matter.supplyDays,
      assistLevels: matter.assistLevels.join(','),
      doorToDoor: matter.doorToDoor,
      freeSeals: matter.freeSeals,
      freePostage: matter.freePostage,
      synthetic: matter.synthetic,
    };
  },
} as const;

export const applicationMapper = {
  /** A stored application as core's entity. */
  toDomain(row: ApplicationRow): Application {
    const ref: RowRef = { model: 'ServiceApplication', id: row.id };
    const day = (value: string | null, column: string) => optionalParsedColumn(date, value, ref, column);
    const { code, version } = matterKeyOf(row.matterId, ref);
    return {
      id: row.id,
      hallRegionCode: row.hallRegionCode,
      matterCode: code,
      matterVersion: version,
      windowId: row.windowId,
      channel: enumColumn(APPLICATION_CHANNELS, row.channel, ref, 'channel'),
      applicantPersonId: row.applicantPersonId,
      applicantOrganisationId: row.applicantOrganisationId,
      state: enumColumn(APPLICATION_STATES, row.state, ref, 'state'),
      version: row.version,
      receivedAt: row.receivedAt,
      receivedOn: parsedColumn(date, row.receivedOn, ref, 'receivedOn'),
      supplementNoticeOn: day(row.supplementNoticeOn, 'supplementNoticeOn'),
      acceptedOn: day(row.acceptedOn, 'acceptedOn'),
      missingDocuments: jsonList(row.missingDocuments, ref, 'missingDocuments'),
      supplyDueOn: day(row.supplyDueOn, 'supplyDueOn'),
      commitmentDocuments: jsonList(row.commitmentDocuments, ref, 'commitmentDocuments'),
      suspendedSince: day(row.suspendedSince, 'suspendedSince'),
      suspensionReason: optionalEnumColumn(SUSPENSION_REASONS, row.suspensionReason, ref, 'suspensionReason'),
      suspendedDays: row.suspendedDays,
      extensionDays: row.extensionDays,
      promisedDays: row.promisedDays,
      dueOn: day(row.dueOn, 'dueOn'),
      dueProvisional: row.dueProvisional,
      decidedOn: day(row.decidedOn, 'decidedOn'),
      completedOn: day(row.completedOn, 'completedOn'),
      deliveredOn: day(row.deliveredOn, 'deliveredOn'),
      deliveryMethod: optionalEnumColumn(DELIVERY_METHODS, row.deliveryMethod, ref, 'deliveryMethod'),
      refusedOn: day(row.refusedOn, 'refusedOn'),
      withdrawnOn: day(row.withdrawnOn, 'withdrawnOn'),
      trips: row.trips,
      note: row.note,
      updatedAt: row.updatedAt,
    };
  },

  /** The columns of an application. */
  toColumns(application: Application): ApplicationRow {
    return {
      id: application.id,
      hallRegionCode: application.hallRegionCode,
      matterId: matterIdOf(application.hallRegionCode, application.matterCode, application.matterVersion),
      windowId: application.windowId,
      channel: application.channel,
      applicantPersonId: application.applicantPersonId,
      applicantOrganisationId: application.applicantOrganisationId,
      state: application.state,
      version: application.version,
      receivedAt: application.receivedAt,
      receivedOn: application.receivedOn,
      supplementNoticeOn: application.supplementNoticeOn,
      acceptedOn: application.acceptedOn,
      missingDocuments: JSON.stringify(application.missingDocuments),
      supplyDueOn: application.supplyDueOn,
      commitmentDocuments: JSON.stringify(application.commitmentDocuments),
      suspendedSince: application.suspendedSince,
      suspensionReason: application.suspensionReason,
      suspendedDays: application.suspendedDays,
      extensionDays: application.extensionDays,
      promisedDays: application.promisedDays,
      dueOn: application.dueOn,
      dueProvisional: application.dueProvisional,
      decidedOn: application.decidedOn,
      completedOn: application.completedOn,
      deliveredOn: application.deliveredOn,
      deliveryMethod: application.deliveryMethod,
      refusedOn: application.refusedOn,
      withdrawnOn: application.withdrawnOn,
      trips: application.trips,
      note: application.note,
      updatedAt: application.updatedAt,
    };
  },
} as const;

export const visitMapper = {
  /** A stored visit as core's entity. */
  toDomain(row: VisitRow): Visit {
    return {
      id: row.id,
      hallRegionCode: row.hallRegionCode,
      windowId: row.windowId,
      ticket: row.ticket,
      issuedAt: row.issuedAt,
      calledAt: row.calledAt,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      applicationId: row.applicationId,
    };
  },

  /** The columns of a visit, with its wait by core's definition. */
  toColumns(visit: Visit): VisitRow {
    return { ...visit, waitSeconds: waitSeconds(visit) };
  },
} as const;

export const ratingMapper = {
  /** A stored rating as core's entity. */
  toDomain(row: RatingRow): Rating {
    const ref: RowRef = { model: 'ServiceRating', id: row.id };
    return {
      id: row.id,
      applicationId: row.applicationId,
      level: enumColumn(RATING_LEVELS, row.level, ref, 'level'),
      ratedAt: row.ratedAt,
      comment: row.comment,
    };
  },

  /** The columns of a rating of an application in the hall of `hallRegionCode`. */
  toColumns(rating: Rating, hallRegionCode: string): RatingRow {
    return { ...rating, hallRegionCode, bad: isBadRating(rating.level) };
  },
} as const;

export const rectificationMapper = {
  /** A stored rectification as core's entity. */
  toDomain(row: RectificationRow): Rectification {
    const ref: RowRef = { model: 'Rectification', id: row.id };
    const day = (value: string | null, column: string) => optionalParsedColumn(date, value, ref, column);
    return {
      id: row.id,
      ratingId: row.ratingId,
      state: enumColumn(RECTIFICATION_STATES, row.state, ref, 'state'),
      version: row.version,
      openedOn: parsedColumn(date, row.openedOn, ref, 'openedOn'),
      callbackDueOn: parsedColumn(date, row.callbackDueOn, ref, 'callbackDueOn'),
      closeDueOn: parsedColumn(date, row.closeDueOn, ref, 'closeDueOn'),
      calledBackOn: day(row.calledBackOn, 'calledBackOn'),
      rectifiedOn: day(row.rectifiedOn, 'rectifiedOn'),
      followUpLevel: optionalEnumColumn(RATING_LEVELS, row.followUpLevel, ref, 'followUpLevel'),
      note: row.note,
      updatedAt: row.updatedAt,
    };
  },

  /** The columns of a rectification. */
  toColumns(rectification: Rectification): RectificationRow {
    return { ...rectification };
  },
} as const;
