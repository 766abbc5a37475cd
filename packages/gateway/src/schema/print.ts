// `pnpm --filter @grassroots/gateway schema`: prints the SDL to schema.graphql, which is committed so
// that reviewers see every API change; a test fails when the code and the file differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { gatewayRoot } from '../db/config.js';
import { schema } from './index.js';

export const sdlPath = join(gatewayRoot, 'schema.graphql');

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1]?.endsWith('print.ts')) {
  writeFileSync(sdlPath, printSdl());
  console.log(`wrote ${sdlPath}`);
}
