// The public API of the built package as one reviewable text: what a plain `import` of the package
// exposes at run time (name and kind), then every declaration file of `dist/` without its comments.
// `test/package.test.ts` compares the installed tarball's digest with the committed
// `api/core.api.md`, so a change that breaks importers shows up in review as a diff of that file.
//
//   pnpm --filter @grassroots/core api-report    (builds, then rewrites api/core.api.md)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const API_REPORT_PATH = join(import.meta.dirname, '..', 'api', 'core.api.md');

/** `name: kind` for every export of the package, as Node resolves `@grassroots/core` from `cwd`. */
export function runtimeExports(cwd: string): string[] {
  const program = `const m = await import('@grassroots/core');
process.stdout.write(JSON.stringify(Object.keys(m).sort().map((k) => k + ': ' + typeof m[k])));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

function declarationFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return declarationFiles(path);
      return entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

// Doc comments change wording without changing the contract; the report keeps only declarations.
function withoutComments(declarations: string): string {
  return declarations
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The report for the package installed at `packageDir`, its exports resolved from `cwd`. */
export function apiReport(packageDir: string, cwd: string): string {
  const exports = runtimeExports(cwd);
  const dist = join(packageDir, 'dist');
  const sections = declarationFiles(dist).map((file) => {
    const name = relative(packageDir, file).split(sep).join('/');
    return `### ${name}\n\n\`\`\`ts\n${withoutComments(readFileSync(file, 'utf8'))}\n\`\`\`\n`;
  });
  return [
    '# @grassroots/core: public API',
    '',
    'Generated from the built package by `pnpm --filter @grassroots/core api-report`; do not edit.',
    '`test/package.test.ts` fails when the installed tarball differs from this file. Removing or',
    'narrowing anything below breaks importers (a major version); adding is a minor one.',
    '',
    `## Runtime exports (${exports.length})`,
    '',
    '```text',
    ...exports,
    '```',
    '',
    '## Declarations',
    '',
    ...sections,
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const packageDir = join(import.meta.dirname, '..');
  writeFileSync(API_REPORT_PATH, apiReport(packageDir, packageDir));
  process.stdout.write(`wrote ${relative(process.cwd(), API_REPORT_PATH)}\n`);
}
