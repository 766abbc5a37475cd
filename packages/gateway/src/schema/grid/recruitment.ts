// 招聘: the recruitment of grid workers by government purchase of services (plan, postings,
// candidates, interviews, selection of the best within quota and budget).
import {
  authoriseRecruitment,
  candidateStandings,
  FUNDING_SOURCE_LABELS,
  GRID_ACCESS_ERRORS,
  GRID_ROLE_LABELS,
  RECRUITMENT_ERRORS,
  recordInterview,
  SELECTION_STOP_LABELS,
  type Selection,
  selectCandidates,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type {
  Candidate as CandidateRow,
  Posting as PostingRow,
  RecruitmentPlan as RecruitmentPlanRow,
} from '../../generated/sqlite/client.js';
import { candidateMapper, postingMapper, recruitmentPlanMapper } from '../../mappers/grid.js';
import { connectionOf } from '../shared/connection.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { FundingSourceEnum, GridKindEnum, GridRoleEnum, SelectionStopEnum } from './enums.js';

type PostingWithPlan = PostingRow & { readonly plan: RecruitmentPlanRow };
type CandidateWithPlan = CandidateRow & {
  readonly posting: PostingRow & { readonly plan: RecruitmentPlanRow };
};

nodeScope('RecruitmentPlan', 'recruitmentPlan', (context: Context) =>
  readableWhere(context, 'RECRUITMENT', { code: 'regionCode' }),
);

export const RecruitmentPlanRef = builder.prismaNode('RecruitmentPlan', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A recruitment plan (招聘方案): staff hired by government purchase of services within a budget and a ' +
    'quota. Public figures; the candidates are shown to the recruiters only.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the plan.' }),
    region: t.prismaField({
      type: 'Region',
      description: 'The region that recruits.',
      resolve: (query, plan, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: plan.regionCode } }),
    }),
    budgetFen: t.field({
      type: 'SafeInt',
      description: 'The budget in fen.',
      resolve: (plan) => recruitmentPlanMapper.toDomain(plan).budgetFen,
    }),
    quota: t.exposeInt('quota', { description: 'How many people the plan may hire.' }),
    funding: t.field({
      type: FundingSourceEnum,
      description: 'How the posts are paid for.',
      resolve: (plan) => recruitmentPlanMapper.toDomain(plan).funding,
    }),
    fundingLabel: t.string({
      description: 'The funding as a label in the requested language.',
      args: labelArgs,
      resolve: (plan, args, context) =>
        labelOf(FUNDING_SOURCE_LABELS, recruitmentPlanMapper.toDomain(plan).funding, args, context),
    }),
    passMark: t.exposeInt('passMark', { description: 'The interview pass mark in hundredths of a point.' }),
    postings: t.relation('postings', {
      description: 'The posts offered.',
      query: { orderBy: { id: 'asc' } },
    }),
    hiredCount: t.int({
      description: 'How many candidates the last selection hired.',
      select: { postings: { select: { _count: { select: { candidates: { where: { hired: true } } } } } } },
      resolve: (plan) => plan.postings.reduce((sum, posting) => sum + posting._count.candidates, 0),
    }),
    spentFen: t.field({
      type: 'SafeInt',
      description: 'What the hires cost a year, in fen: each hire at the annual cost of their posting.',
      select: {
        postings: {
          select: { annualCostFen: true, _count: { select: { candidates: { where: { hired: true } } } } },
        },
      },
      resolve: (plan) =>
        plan.postings.reduce(
          (sum, posting) => sum + Number(posting.annualCostFen) * posting._count.candidates,
          0,
        ),
    }),
  }),
});

nodeScope('Posting', 'posting', (context: Context) => ({
  plan: readableWhere(context, 'RECRUITMENT', { code: 'regionCode' }),
}));

builder.prismaNode('Posting', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A posting (招聘岗位) of a recruitment plan: a role, the openings and the annual cost of a hire.',
  include: { plan: true },
  fields: (t) => ({
    plan: t.relation('plan', { description: 'The plan.' }),
    title: t.exposeString('title', { description: 'The title of the post.' }),
    role: t.field({
      type: GridRoleEnum,
      description: 'The role hired for.',
      resolve: (posting) => postingMapper.toDomain(posting).role,
    }),
    roleLabel: t.string({
      description: 'The role as a label.',
      args: labelArgs,
      resolve: (posting, args, context) =>
        labelOf(GRID_ROLE_LABELS, postingMapper.toDomain(posting).role, args, context),
    }),
    gridKind: t.field({
      type: GridKindEnum,
      nullable: true,
      description: 'The kind of grid the post serves, if one.',
      resolve: (posting) => postingMapper.toDomain(posting).gridKind,
    }),
    openings: t.exposeInt('openings', { description: 'How many people the post hires.' }),
    annualCostFen: t.field({
      type: 'SafeInt',
      description: 'What one hire costs a year, in fen.',
      resolve: (posting) => postingMapper.toDomain(posting).annualCostFen,
    }),
    hiredCount: t.relationCount('candidates', {
      where: { hired: true },
      description: 'How many candidates the last selection hired for the post.',
    }),
    candidates: t.relatedConnection(
      'candidates',
      {
        description:
          'The candidates, with their scores. For recruiters over the plan’s region; null for anyone else.',
        nullable: true,
        cursor: 'id',
        totalCount: true,
        // The type includes the plan with every posting (see `include` above).
        authScopes: (posting, _args, context) =>
          authoriseRecruitment(context.actor, (posting as PostingWithPlan).plan.regionCode).ok,
        unauthorizedResolver: () => null,
        query: { orderBy: { id: 'asc' } },
      },
      connectionOf(CandidateRef, 'Candidate'),
    ),
  }),
});

// A candidate reads their own candidacy; managers read those of their region's plans.
nodeScope('Candidate', 'candidate', (context: Context) => ({
  OR: [
    { posting: { plan: readableWhere(context, 'RECRUITMENT', { code: 'regionCode' }) } },
    ...(context.actor.personId === null ? [] : [{ personId: context.actor.personId }]),
  ],
}));

const CandidateRef = builder.prismaNode('Candidate', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A candidate (应聘人) for a posting, with interview scores in hundredths of a point on professional ' +
    'skill, personal character and communication. For recruiters over the plan’s region.',
  include: { posting: { include: { plan: true } } },
  authScopes: (candidate, context) =>
    authoriseRecruitment(context.actor, candidate.posting.plan.regionCode).ok,
  fields: (t) => ({
    person: t.relation('person', { description: 'The applicant.' }),
    posting: t.relation('posting', { description: 'The posting applied for.' }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime', description: 'When the application came in.' }),
    professionalSkill: t.exposeInt('professionalSkill', {
      nullable: true,
      description: 'Professional skill (专业技能), 0–10000; null until interviewed.',
    }),
    personalCharacter: t.exposeInt('personalCharacter', {
      nullable: true,
      description: 'Personal character (个人品质), 0–10000; null until interviewed.',
    }),
    communication: t.exposeInt('communication', {
      nullable: true,
      description: 'Communication (沟通能力), 0–10000; null until interviewed.',
    }),
    weightedScore: t.exposeInt('weightedScore', {
      nullable: true,
      description: 'The weighted interview score in hundredths; null until interviewed.',
    }),
    rank: t.exposeInt('rank', {
      nullable: true,
      description:
        'The place in the last ranking of the plan; null when not ranked since the last interview.',
    }),
    hired: t.exposeBoolean('hired', { description: 'Whether the last selection hired the candidate.' }),
  }),
});

// ---- mutations ---------------------------------------------------------------------------------

const RecruitmentUserError = userErrorType('RecruitmentUserError', 'Why a recruitment step was refused.', [
  ...Object.values(RECRUITMENT_ERRORS),
  GRID_ACCESS_ERRORS.RECRUITMENT_FORBIDDEN,
  GRID_ACCESS_ERRORS.RECRUITMENT_PLAN_NOT_FOUND,
  GRID_ACCESS_ERRORS.CANDIDATE_NOT_FOUND,
]);

const CandidateInterviewRecordPayload = payloadType(
  'CandidateInterviewRecordPayload',
  'The result of recording interview scores.',
  { field: 'candidate', type: CandidateRef, description: 'The candidate as stored; null when refused.' },
  { type: RecruitmentUserError, description: 'Why the step was refused; empty on success.' },
);

interface SelectionResult {
  readonly plan: RecruitmentPlanRow;
  readonly selection: Selection;
  readonly hires: readonly CandidateWithPlan[];
}

const RecruitmentSelectionRef = builder.objectRef<SelectionResult>('RecruitmentSelection').implement({
  description: 'The outcome of a selection of the best candidates (择优招聘) within quota and budget.',
  fields: (t) => ({
    hired: t.field({
      type: [CandidateRef],
      description: 'The candidates hired, in rank order.',
      resolve: (result) => [...result.hires],
    }),
    hiredCount: t.int({ description: 'How many were hired.', resolve: (r) => r.selection.hired.length }),
    totalCostFen: t.field({
      type: 'SafeInt',
      description: 'What the hires cost a year, in fen.',
      resolve: (result) => result.selection.totalCostFen,
    }),
    remainingBudgetFen: t.field({
      type: 'SafeInt',
      description: 'The budget left, in fen.',
      resolve: (result) => result.selection.remainingBudgetFen,
    }),
    stoppedBy: t.field({
      type: SelectionStopEnum,
      description: 'Why the selection stopped.',
      resolve: (result) => result.selection.stoppedBy,
    }),
    stoppedByLabel: t.string({
      description: 'Why, as a label.',
      args: labelArgs,
      resolve: (r, args, context) => labelOf(SELECTION_STOP_LABELS, r.selection.stoppedBy, args, context),
    }),
    notInterviewedCount: t.int({
      description: 'Candidates without interview scores, never hired.',
      resolve: (result) => result.selection.notInterviewedIds.length,
    }),
  }),
});

const RecruitmentSelectPayload = builder
  .objectRef<Payload<SelectionResult>>('RecruitmentSelectPayload')
  .implement({
    description: 'The result of selecting candidates.',
    fields: (t) => ({
      recruitmentPlan: t.field({
        type: RecruitmentPlanRef,
        nullable: true,
        description: 'The plan with its hires; null when refused.',
        resolve: (payload) => payload.result?.plan ?? null,
      }),
      selection: t.field({
        type: RecruitmentSelectionRef,
        nullable: true,
        description: 'Who was hired and why the selection stopped; null when refused.',
        resolve: (payload) => payload.result,
      }),
      userErrors: t.field({
        type: [RecruitmentUserError],
        description: 'Why the step was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });

const CandidateInterviewRecordInput = builder.inputType('CandidateInterviewRecordInput', {
  description: 'Interview scores (面试考察), each 0–100 points in hundredths (0–10000).',
  fields: (t) => ({
    candidateId: t.globalID({ required: true, description: 'The candidate.' }),
    professionalSkill: t.int({ required: true, description: 'Professional skill (专业技能).' }),
    personalCharacter: t.int({ required: true, description: 'Personal character (个人品质).' }),
    communication: t.int({ required: true, description: 'Communication (沟通能力).' }),
  }),
});

const RecruitmentSelectInput = builder.inputType('RecruitmentSelectInput', {
  description: 'The plan whose candidates to select from.',
  fields: (t) => ({ recruitmentPlanId: t.globalID({ required: true, description: 'The plan.' }) }),
});

const withPlan = { posting: { include: { plan: true } } } as const;

builder.mutationFields((t) => ({
  candidateInterviewRecord: t.field({
    type: CandidateInterviewRecordPayload,
    description:
      "Records (or corrects) a candidate's interview scores; the candidate is unranked until the next " +
      'selection. For recruiters over the plan’s region.',
    args: {
      input: t.arg({ type: CandidateInterviewRecordInput, required: true, description: 'The scores.' }),
    },
    resolve: async (_root, { input }, context) => {
      const id = idOf(input.candidateId, 'Candidate');
      const row = id ? await context.db.candidate.findUnique({ where: { id }, include: withPlan }) : null;
      if (!row) return failed(GRID_ACCESS_ERRORS.CANDIDATE_NOT_FOUND);
      const allowed = authoriseRecruitment(context.actor, row.posting.plan.regionCode);
      if (!allowed.ok) return failed(allowed.error);
      const scores = {
        professionalSkill: input.professionalSkill,
        personalCharacter: input.personalCharacter,
        communication: input.communication,
      };
      const recorded = recordInterview(candidateMapper.toDomain(row), scores);
      if (!recorded.ok) return failed(recorded.error);
      return succeeded(
        await context.db.candidate.update({
          where: { id: row.id },
          data: candidateMapper.toColumns(recorded.value, { rank: null, hired: row.hired }),
          include: withPlan,
        }),
      );
    },
  }),
  recruitmentSelect: t.field({
    type: RecruitmentSelectPayload,
    description:
      'Ranks the interviewed candidates and hires the best within the quota and the budget (择优招聘), ' +
      'replacing the previous selection. For recruiters over the plan’s region.',
    args: { input: t.arg({ type: RecruitmentSelectInput, required: true, description: 'The plan.' }) },
    resolve: async (_root, { input }, context) => {
      const id = idOf(input.recruitmentPlanId, 'RecruitmentPlan');
      const plan = id
        ? await context.db.recruitmentPlan.findUnique({
            where: { id },
            include: { postings: { include: { candidates: true } } },
          })
        : null;
      if (!plan) return failed(GRID_ACCESS_ERRORS.RECRUITMENT_PLAN_NOT_FOUND);
      const allowed = authoriseRecruitment(context.actor, plan.regionCode);
      if (!allowed.ok) return failed(allowed.error);
      const candidates = plan.postings.flatMap((posting) => posting.candidates.map(candidateMapper.toDomain));
      const selection = selectCandidates(
        recruitmentPlanMapper.toDomain(plan),
        plan.postings.map(postingMapper.toDomain),
        candidates,
      );
      if (!selection.ok) return failed(selection.error);
      const hiredIds = selection.value.hired.map((hire) => hire.candidate.id);
      const hires = await context.db.$transaction(async (tx) => {
        for (const standing of candidateStandings(candidates, selection.value)) {
          await tx.candidate.update({
            where: { id: standing.candidate.id },
            data: candidateMapper.toColumns(standing.candidate, standing),
          });
        }
        return tx.candidate.findMany({
          where: { id: { in: hiredIds } },
          include: withPlan,
          orderBy: { rank: 'asc' },
        });
      });
      return succeeded({ plan, selection: selection.value, hires });
    },
  }),
}));
