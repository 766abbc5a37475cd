import { type PartyOrganisation, stationingRulesFor } from '@grassroots/core';
import {
  atScale,
  bomeStationing,
  checkFixtureScale,
  DEFAULT_SEED,
  gerzeParty,
  lhasaCoBuilding,
} from '@grassroots/fixtures';
import {
  cadreLeaveMapper,
  cadrePresenceMapper,
  coBuildingMapper,
  gridTaskMapper,
  partyMeetingMapper,
  partyMemberMapper,
  partyOrganisationMapper,
  recallCaseMapper,
  stationedCadreMapper,
  workTeamMapper,
} from '../mappers/party.js';
import { type FixtureSet, insertTables } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * Party building: 改则县's 60 grid party branches and 308 groups with their members and 2024's
 * organisational life and a few pieces of their work inside the grids; 波密县's 85 work teams with their temporary branches, 267 stationed cadres, a
 * year of daily presence (with the reasons the county's rules find, month by month) and the 2 recall
 * cases; 拉萨's co-building visit to 龙珠岗村. Rows name regions and grids by code only, so the set
 * loads after the regions and grids without a foreign key to them. At `scale` k, 改则县's part again
 * for each of the k − 1 copies of 改则县.
 */
export function partyFixtures(options: { readonly seed?: number; readonly scale?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'party',
    version: scaledVersion('party-3', scale),
    seed,
    load: (tx, progress) => {
      const counties = atScale(gerzeParty(seed), scale, seed);
      const gerze = {
        organisations: counties.flatMap((county) => county.organisations),
        members: counties.flatMap((county) => county.members),
        meetings: counties.flatMap((county) => county.meetings),
        gridTasks: counties.flatMap((county) => county.gridTasks),
      };
      const bome = bomeStationing(seed);
      const visits = lhasaCoBuilding();
      const organisations: PartyOrganisation[] = [...gerze.organisations, ...bome.organisations];
      const byId = new Map(organisations.map((o) => [o.id, o]));
      const teamOf = new Map(bome.teams.map((t) => [t.id, t]));
      const villageOfCadre = new Map(bome.cadres.map((c) => [c.id, teamOf.get(c.teamId)?.villageCode ?? '']));
      return insertTables(
        tx,
        [
          ['PartyOrganisation', organisations.map(partyOrganisationMapper.toColumns)],
          [
            'PartyMember',
            gerze.members.map((m) => {
              const organisation = byId.get(m.organisationId);
              if (organisation === undefined) throw new Error(`member ${m.id}: no organisation`);
              return partyMemberMapper.toColumns(m, organisation);
            }),
          ],
          ['PartyMeeting', gerze.meetings.map(partyMeetingMapper.toColumns)],
          ['PartyGridTask', gerze.gridTasks.map(gridTaskMapper.toColumns)],
          ['WorkTeam', bome.teams.map(workTeamMapper.toColumns)],
          [
            'StationedCadre',
            bome.cadres.map((c) =>
              stationedCadreMapper.toColumns(c, { villageCode: villageOfCadre.get(c.id) ?? '' }),
            ),
          ],
          [
            'CadrePresence',
            // Each month is judged by the rule set of the cadre's county.
            bome.presence.map((p) => {
              const village = villageOfCadre.get(p.cadreId) ?? '';
              return cadrePresenceMapper.toColumns(p, village, stationingRulesFor(village.slice(0, 6)));
            }),
          ],
          [
            'RecallCase',
            bome.recalls.map((r) => recallCaseMapper.toColumns(r, villageOfCadre.get(r.cadreId) ?? '')),
          ],
          [
            'CadreLeave',
            bome.leaves.map((l) => cadreLeaveMapper.toColumns(l, villageOfCadre.get(l.cadreId) ?? '')),
          ],
          ['CoBuildingActivity', visits.map(coBuildingMapper.toColumns)],
          ['CoBuildingPartner', visits.flatMap(coBuildingMapper.partnerColumns)],
          ['CoBuildingGoods', visits.flatMap(coBuildingMapper.goodsColumns)],
        ],
        progress,
      );
    },
  };
}
