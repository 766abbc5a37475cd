// The API's one naming rule (README "Naming (for front-end teams)"), checked on the schema itself, so
// a new field that breaks it fails here rather than in a front end's generated code.
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

/**
 * Codes a mutation may take because they name a value of a vocabulary, not an object: a points rule
 * item is the same item (COLLECTIVE_LABOUR) in every version of its village's catalogue, and the
 * version in force on the day of the deed decides its points.
 */
// A rule item, a marking scheme's aspect and a collection template are vocabulary values of core's
// catalogues (the same code across versions; a template's is its Open311 service_code), not stored
// objects with a global ID.
const VOCABULARY_CODES = new Set([
  'PointsAwardInput.itemCode',
  'PointsDeductInput.itemCode',
  'PointsProposalCreateInput.itemCode',
  'ContestMarkRecordInput.aspectCode',
  'CollectionSubmitInput.templateCode',
  // A migrant's 户籍地 is a county anywhere in China (GB/T 2260), which has no Region object here:
  // only its code can name it.
  'PersonRegisterInput.hukouPlaceCode',
  // So are a floating resident's origin (usually that 户籍地) and the destination of one away.
  'ResidentRegisterInput.originCode',
  'ResidentRegisterInput.destinationCode',
]);

/**
 * Identifiers that are not ours and keep the name their owners give them: the citizen ID number
 * (公民身份号码), the GB/T 28181 device ID of a camera, and the ids of HTTP requests (X-Request-Id).
 */
const FOREIGN_IDS = new Set(['citizenId', 'deviceId', 'requestId', 'clientRequestId']);

/** Names a region filter has had besides `within`. */
const OTHER_REGION_FILTER =
  /^(region|parent|residenceRegion|subjectRegion|county|township|village)(Code)?s?$/;

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

function fieldsOf(schema: GraphQLSchema): { owner: GraphQLNamedType; field: AnyField }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.values(type.getFields()).map((field) => ({ owner: type, field }))
        : [],
    );
}

/** Every input object type a mutation's arguments reach. */
function mutationInputs(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) visit(field.type);
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const arg of field.args) visit(arg.type);
  }
  return seen;
}

/** Mutation input fields that name an object by its code instead of its global ID. */
function codesInMutations(schema: GraphQLSchema): string[] {
  return [...mutationInputs(schema)].flatMap((name) => {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) return [];
    return Object.keys(type.getFields())
      .filter((field) => /Codes?$/.test(field) && !VOCABULARY_CODES.has(`${name}.${field}`))
      .map((field) => `${name}.${field}`);
  });
}

/** Fields and arguments called `…Id`/`…Ids` that are not global IDs (raw internal ids). */
function idsThatAreNotGlobal(schema: GraphQLSchema): string[] {
  const wrong: string[] = [];
  const check = (path: string, name: string, type: GraphQLInputType | GraphQLOutputType) => {
    if (/(Id|Ids)$/.test(name) && getNamedType(type).name !== 'ID' && !FOREIGN_IDS.has(name))
      wrong.push(path);
  };
  for (const { owner, field } of fieldsOf(schema)) {
    check(`${owner.name}.${field.name}`, field.name, field.type);
    for (const arg of 'args' in field ? field.args : []) {
      check(`${owner.name}.${field.name}(${arg.name})`, arg.name, arg.type);
    }
  }
  return wrong;
}

/** Region filters (arguments and input fields) named anything but `within`. */
function otherRegionFilters(schema: GraphQLSchema): string[] {
  const wrong: string[] = [];
  for (const { owner, field } of fieldsOf(schema)) {
    if (isInputObjectType(owner) && OTHER_REGION_FILTER.test(field.name))
      wrong.push(`${owner.name}.${field.name}`);
    for (const arg of 'args' in field ? field.args : []) {
      if (OTHER_REGION_FILTER.test(arg.name)) wrong.push(`${owner.name}.${field.name}(${arg.name})`);
    }
  }
  return wrong;
}

/**
 * Connection and edge types not named after the node type they list (`MatterConnection`,
 * `MatterEdge`): a name taken from the parent and field (`QueryMattersConnection`) gives each list
 * its own type.
 */
function connectionsNotNamedByNode(schema: GraphQLSchema): string[] {
  const wrong: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const edge = getNamedType(type.getFields().edges?.type);
    const node = edge && isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
    if (!node) {
      wrong.push(`${type.name} has no edges { node }`);
      continue;
    }
    if (type.name !== `${node.name}Connection`) wrong.push(`${type.name} lists ${node.name}`);
    if (edge?.name !== `${node.name}Edge`) wrong.push(`${edge?.name} is the edge of ${node.name}`);
  }
  return wrong;
}

describe('the naming rule of the API', () => {
  it('has mutations take objects by global ID, never by code (codes stay as filters and fields)', () => {
    expect(codesInMutations(schema)).toEqual([]);
  });

  it('calls a field …Id only when it holds a global ID, so no raw internal id reaches a client', () => {
    expect(idsThatAreNotGlobal(schema)).toEqual([]);
  });

  it('names every region filter within', () => {
    expect(otherRegionFilters(schema)).toEqual([]);
  });

  it('has one connection type per node type, shared by every field that lists it', () => {
    expect(connectionsNotNamedByNode(schema)).toEqual([]);
    const listsOf = (name: string) =>
      fieldsOf(schema)
        .filter(({ field }) => getNamedType(field.type).name === name)
        .map(({ owner, field }) => `${owner.name}.${field.name}`);
    expect(listsOf('HouseholdConnection')).toEqual(['Grid.households', 'HouseholdJointUnit.households']);
    expect(listsOf('RegionConnection')).toEqual(['Query.regions', 'Region.children']);
    expect(listsOf('LeaveRequestConnection')).toEqual([
      'Query.leaveRequests',
      'StaffAssignment.leaveRequests',
    ]);
  });

  it('has one Share type', () => {
    expect(Object.keys(schema.getTypeMap()).filter((name) => name.endsWith('Share'))).toEqual(['Share']);
  });

  it('says that DateTime is UTC', () => {
    expect(schema.getType('DateTime')?.description).toMatch(/\bUTC\b/);
  });

  it('catches each kind of breach (the checks are not vacuous)', () => {
    const broken = buildSchema(/* GraphQL */ `
      type Query {
        people(regionCode: String, filter: RegionFilter): QueryPeopleConnection!
      }
      type Mutation { recordCreate(input: RecordCreateInput!): Boolean }
      input RecordCreateInput { gridCode: String! }
      input RegionFilter { parentCode: String, within: String }
      type Person { id: ID! actorPersonId: String }
      type QueryPeopleConnection { edges: [QueryPeopleConnectionEdge!]! }
      type QueryPeopleConnectionEdge { node: Person! }
    `);
    expect(codesInMutations(broken)).toEqual(['RecordCreateInput.gridCode']);
    expect(idsThatAreNotGlobal(broken)).toEqual(['Person.actorPersonId']);
    expect(otherRegionFilters(broken).sort()).toEqual([
      'Query.people(regionCode)',
      'RegionFilter.parentCode',
    ]);
    expect(connectionsNotNamedByNode(broken)).toEqual([
      'QueryPeopleConnection lists Person',
      'QueryPeopleConnectionEdge is the edge of Person',
    ]);
  });
});
