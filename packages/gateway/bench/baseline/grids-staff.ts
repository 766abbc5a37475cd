// (a) `grids(filter: { within: county }, first: 50) { totalCount edges { node { code kind
//     staff { role person { nameZh phone } } } } }`: two statements and the audit write
//     (one statement).
import {
  canSee,
  grantsReachingResidents,
  type PersonalField,
  shanghaiDateOf,
  showPersonalField,
} from '@grassroots/core';
import { BENCH_COUNTY } from '../queries.js';
import { type UnmaskedRead, writeAudit } from './audit.js';
import { type BaselineRequest, num, sqlWithin } from './request.js';

const PAGE = 50;

interface Row {
  readonly code: string;
  readonly kind: string;
  readonly role: string | null;
  readonly personId: string | null;
  readonly nameZh: string | null;
  readonly phone: string | null;
  readonly residenceRegionCode: string | null;
}

export default async function gridsStaff({ db, actor, now, audit }: BaselineRequest): Promise<unknown> {
  const countParams: unknown[] = [];
  const [count] = await db.query<{ n: unknown }>(
    `SELECT COUNT(*) AS "n" FROM "Grid" WHERE ${sqlWithin('code', BENCH_COUNTY, countParams)}`,
    countParams,
  );
  // The page of grids, with the assignments in force today and their people, in one statement.
  const params: unknown[] = [];
  const within = sqlWithin('code', BENCH_COUNTY, params);
  params.push(PAGE, shanghaiDateOf(now));
  const limit = `$${params.length - 1}`;
  const today = `$${params.length}`;
  const rows = await db.query<Row>(
    `SELECT g."code", g."kind", a."role", p."id" AS "personId", p."nameZh", p."phone", p."residenceRegionCode"
       FROM (SELECT "code", "kind" FROM "Grid" WHERE ${within} ORDER BY "code" ASC LIMIT ${limit}) AS g
       LEFT JOIN "StaffAssignment" AS a
         ON a."gridCode" = g."code" AND a."from" <= ${today} AND (a."until" IS NULL OR a."until" >= ${today})
       LEFT JOIN "Person" AS p ON p."id" = a."personId"
      ORDER BY g."code" ASC, a."id" ASC`,
    params,
  );

  const reads: UnmaskedRead[] = [];
  const personal = (row: Row, field: PersonalField, value: string | null): string | null => {
    if (value === null) return null;
    const subject = { regionCode: row.residenceRegionCode as string };
    const visibility = canSee(actor, field, subject);
    if (visibility.level === 'FULL') {
      reads.push({
        reason: visibility.reason,
        subjectType: 'Person',
        subjectId: row.personId as string,
        subjectRegionCode: subject.regionCode,
        field,
      });
    }
    return showPersonalField(field, value, visibility);
  };

  const edges: { node: { code: string; kind: string; staff: unknown[] } }[] = [];
  let current: { code: string; kind: string; staff: unknown[] } | null = null;
  for (const row of rows) {
    if (current === null || current.code !== row.code) {
      current = { code: row.code, kind: row.kind, staff: [] };
      edges.push({ node: current });
    }
    if (row.role === null) continue;
    if (grantsReachingResidents(actor, row.residenceRegionCode as string).length === 0) {
      // The gateway answers such a person with a FORBIDDEN error; the bench's caller sees everyone.
      throw new Error(`the baseline does not answer for person ${row.personId} outside the caller's region`);
    }
    current.staff.push({
      role: row.role,
      person: { nameZh: personal(row, 'NAME', row.nameZh) ?? '', phone: personal(row, 'PHONE', row.phone) },
    });
  }
  // Every unmasked value is audited before the response leaves.
  await writeAudit(db, audit, reads);
  return { grids: { totalCount: num(count?.n), edges } };
}
