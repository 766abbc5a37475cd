// Level-skipping petitions (越级上访) about a matter: listed on the matter, recorded by the staff who
// record 社情民意 in its grid. 矛盾不上交 (Region.fengqiao) counts the handled disputes without one.

import { randomUUID } from 'node:crypto';
import {
  authoriseRecording,
  canReadMatters,
  ESCALATION_LEVEL_LABELS,
  MATTER_ACCESS_ERRORS,
  PETITION_ERRORS,
  PETITION_LEVEL_LABELS,
  type PetitionLevel,
  recordPetition,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Matter as MatterRow } from '../../generated/sqlite/client.js';
import { matterMapper, petitionMapper, petitionOf } from '../../mappers/matter.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { EscalationLevelEnum, PetitionLevelEnum } from './enums.js';
import { MatterRef } from './matter.js';

builder.prismaObject('Petition', {
  description:
    'A level-skipping petition (越级上访) about a matter: someone took it above the level handling it. Always ' +
    'above that level: what is brought to the handling level is the matter itself.',
  fields: (t) => ({
    level: t.field({
      type: PetitionLevelEnum,
      description: 'The level petitioned.',
      resolve: (petition) => petitionOf(petition).level,
    }),
    levelLabel: t.string({
      description: 'The level petitioned, as a label.',
      args: labelArgs,
      resolve: (petition, args, context) =>
        labelOf(PETITION_LEVEL_LABELS, petitionOf(petition).level, args, context),
    }),
    handlingLevel: t.field({
      type: EscalationLevelEnum,
      description: 'The level handling the matter when it was petitioned.',
      resolve: (petition) => petitionOf(petition).handlingLevel,
    }),
    handlingLevelLabel: t.string({
      description: 'The handling level, as a label.',
      args: labelArgs,
      resolve: (petition, args, context) =>
        labelOf(ESCALATION_LEVEL_LABELS, petitionOf(petition).handlingLevel, args, context),
    }),
    petitionedAt: t.expose('petitionedAt', { type: 'DateTime', description: 'When the petition was made.' }),
  }),
});

builder.prismaObjectField('Matter', 'petitions', (t) =>
  t.relation('petitions', {
    description:
      'The level-skipping petitions about the matter (越级上访), oldest first; a dispute with one counts ' +
      'against 矛盾不上交.',
    query: { orderBy: [{ petitionedAt: 'asc' }, { id: 'asc' }] },
  }),
);

const PetitionUserError = userErrorType('PetitionUserError', 'Why a petition was not recorded.', [
  ...Object.values(PETITION_ERRORS),
  MATTER_ACCESS_ERRORS.NOT_FOUND,
  MATTER_ACCESS_ERRORS.FORBIDDEN,
]);

interface PetitionInput {
  readonly matterId: GlobalId;
  readonly level: PetitionLevel;
  readonly petitionedAt?: Date | null;
}

const PetitionCreateInput = builder.inputRef<PetitionInput>('PetitionCreateInput').implement({
  description: 'The matter a level-skipping petition is about, the level petitioned and when.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: 'The matter.' }),
    level: t.field({
      type: PetitionLevelEnum,
      required: true,
      description: 'The level petitioned: above the level handling the matter.',
    }),
    petitionedAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        'When the petition was made (not in the future, not before the report); now when left out.',
    }),
  }),
});

const PetitionCreatePayload = builder.objectRef<Payload<MatterRow>>('PetitionCreatePayload').implement({
  description: 'The result of petitionCreate.',
  fields: (t) => ({
    matter: t.field({
      type: MatterRef,
      nullable: true,
      description: 'The matter the petition is about, with its petitions; null when refused.',
      resolve: (payload) => payload.result ?? null,
    }),
    userErrors: t.field({
      type: [PetitionUserError],
      description: 'Why the petition was not recorded; empty on success.',
      resolve: (payload) => [...payload.userErrors],
    }),
  }),
});

builder.mutationField('petitionCreate', (t) =>
  t.field({
    type: PetitionCreatePayload,
    description:
      'Records a level-skipping petition about a matter (越级上访), as the petition office reports it, for ' +
      'those who record 社情民意 in its grid. The level petitioned must be above the level handling the ' +
      'matter when it is recorded (PETITION_NOT_ABOVE otherwise).',
    args: { input: t.arg({ type: PetitionCreateInput, required: true, description: 'The petition.' }) },
    resolve: (_root, { input }, context) =>
      // Read the matter's level and write the petition in one serializable step, so a matter moved up to
      // the petitioned level meanwhile is decided again on its new level.
      inSerializableTransaction(context.db, async (tx) => {
        const id = idOf(input.matterId, 'Matter');
        const row = id ? await tx.matter.findUnique({ where: { id } }) : null;
        if (!row || !canReadMatters(context.actor, row.gridCode))
          return failed(MATTER_ACCESS_ERRORS.NOT_FOUND);
        if (!authoriseRecording(context.actor, row.gridCode).ok)
          return failed(MATTER_ACCESS_ERRORS.FORBIDDEN);
        const matter = matterMapper.toDomain(row);
        const petition = recordPetition(
          matter,
          { id: `P-${randomUUID()}`, level: input.level, petitionedAt: input.petitionedAt ?? context.now },
          context.now,
        );
        if (!petition.ok) return failed(petition.error);
        await tx.petition.create({ data: petitionMapper.toColumns(petition.value, matter) });
        return succeeded(row);
      }),
  }),
);
