// The schema: the area files register their types on the builder; this file only gathers them.
import { type GraphQLSchema, isObjectType } from 'graphql';
import { builder } from '../builder.js';
import './shared/labels.js';
import './region/index.js';
import './person/index.js';
import './audit/index.js';
import './viewer/index.js';
import './grid/index.js';
import './registry/index.js';
import './points/index.js';
import './camera/index.js';
import './matter/index.js';
import './serviceHall/index.js';
import './party/index.js';
import './contest/index.js';

export const schema = describeTotalCounts(builder.toSchema({ sortSchema: true }));

/**
 * The Prisma plugin adds `totalCount` to connections without a description and offers no option
 * for one; every field of the API is described, so we add it here.
 */
function describeTotalCounts(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (field && !field.description)
      field.description = 'How many results the whole list has, counted in the database.';
  }
  return built;
}
