// A front end's use of the generated types: this file only has to compile.
import {
  CountyOverviewDocument,
  type CountyOverviewQuery,
  GridMattersDocument,
} from './generated/graphql.js';

export const documents = [CountyOverviewDocument, GridMattersDocument];

export function openMatters(result: CountyOverviewQuery): number | undefined {
  return result.region?.recordStats.openMatters;
}
