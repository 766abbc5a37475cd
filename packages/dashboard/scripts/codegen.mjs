// Types every operation of the dashboard from the gateway's committed SDL (GraphQL Code Generator's
// client preset) and writes the persisted-documents manifest: each operation's text under the
// SHA-256 of that text. The build ships the manifest beside the bundle; a gateway configured with it
// (GRASSROOTS_TRUSTED_DOCUMENTS) runs only these operations. A change to the SDL that breaks an
// operation fails here, before anything is served.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';

const root = join(import.meta.dirname, '..');
const out = join(root, 'src/generated');

rmSync(out, { recursive: true, force: true });
await generate(
  {
    schema: join(root, '../gateway/schema.graphql'),
    documents: join(root, 'src/**/*.tsx'),
    generates: {
      [`${out}/`]: {
        preset: 'client',
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { Date: 'string', DateTime: 'string', SafeInt: 'number' },
        },
        presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      },
    },
    silent: true,
  },
  true,
);
