// Front-end code generation over the committed SDL: GraphQL Code Generator's client preset turns the
// operations in test/codegen/*.graphql into typed documents, and a front end's use of them compiles.
// A change to the SDL that breaks these operations fails here.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const here = join(import.meta.dirname, 'codegen');
const root = join(import.meta.dirname, '../../..');

describe('front-end code generation', () => {
  it('generates typed documents for the dashboard operations, and they compile', async () => {
    const out = join(here, 'generated');
    rmSync(out, { recursive: true, force: true });
    await generate(
      {
        schema: join(import.meta.dirname, '../schema.graphql'),
        documents: join(here, '*.graphql'),
        generates: {
          [`${out}/`]: {
            preset: 'client',
            config: { useTypeImports: true, enumsAsTypes: true },
            presetConfig: { fragmentMasking: false },
          },
        },
        emitLegacyCommonJSImports: false,
        silent: true,
      },
      true,
    );
    const tsconfig = join(here, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          skipLibCheck: true,
        },
        files: ['use.ts'],
      }),
    );
    try {
      const output = execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', tsconfig], {
        encoding: 'utf8',
      });
      expect(output).toBe('');
    } finally {
      rmSync(tsconfig, { force: true });
    }
  }, 120_000);
});
