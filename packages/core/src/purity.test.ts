import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core is pure: no I/O, no clock, no randomness, and no runtime dependency but one. Callers pass in
// time, ids and "today", so every rule is a function of its arguments and can be tested without mocks.

// The one runtime dependency, and why a rule truly needs it: past the last official holiday notice the
// working calendar computes the statutory holidays by the rules of 全国年节及纪念日放假办法, and three of
// them (春节, 端午节, 中秋节) fall on Chinese lunar dates and one (清明节) on a solar term. Those need an
// astronomical Chinese calendar, which lunar-typescript is: no dependencies of its own, no I/O, no
// clock unless asked for "now" (core never asks). Only the statutory-holiday rules may import it.
const ALLOWED_PACKAGES: Readonly<Record<string, string>> = {
  'lunar-typescript': 'shared/calendar-rules/statutory-holidays.ts',
};

const SOURCE_ROOT = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = resolve(SOURCE_ROOT, '..');

const TEST_FILE = /\.(test|spec|test-d)\.ts$/;

function sourceFiles(directory: string): readonly string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

// Comments may name what the code avoids ("never calls Date.now()"), so they are not code.
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

// Statements, not words: `Pick<T, 'from' | 'until'>` names no module.
const MODULE_SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?(?<=[\s}*])from\s*['"]([^'"\n]+)['"]/gm,
  /^\s*import\s*['"]([^'"\n]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

const FORBIDDEN_CALLS: readonly (readonly [RegExp, string])[] = [
  [/\bDate\s*\.\s*now\s*\(/, 'calls Date.now()'],
  [/\bnew\s+Date\s*(\(\s*\)|(?!\s*\())/, 'calls new Date() without arguments'],
  [/\bMath\s*\.\s*random\s*\(/, 'calls Math.random()'],
  [/\bperformance\s*\.\s*now\s*\(/, 'calls performance.now()'],
  [/\bcrypto\s*\.\s*(randomUUID|getRandomValues)\s*\(/, 'asks crypto for randomness'],
  [/\bprocess\s*\.\s*env\b/, 'reads process.env'],
  [/\brequire\s*\(/, 'calls require()'],
  [/\bimport\s*\(/, 'imports dynamically'],
];

/**
 * What makes a core source file impure: every import that is not a relative path inside the core
 * (node:*, fs, path, http, net, os, child_process, prisma, graphql, @pothos … are all packages) other
 * than an allowed package from its one allowed file, and every call of the clock or of randomness.
 */
function impuritiesOf(source: string, file: string): readonly string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  for (const pattern of MODULE_SPECIFIERS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      const allowedIn = ALLOWED_PACKAGES[specifier];
      if (allowedIn !== undefined) {
        if (relative(SOURCE_ROOT, file).split(sep).join('/') !== allowedIn) {
          found.push(`imports '${specifier}', which only ${allowedIn} may import`);
        }
      } else if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
        found.push(`imports '${specifier}', which is not a relative module of the core`);
      } else if (!`${resolve(dirname(file), specifier)}${sep}`.startsWith(`${SOURCE_ROOT}${sep}`)) {
        found.push(`imports '${specifier}', which lies outside packages/core/src`);
      }
    }
  }
  for (const [pattern, description] of FORBIDDEN_CALLS) {
    if (pattern.test(code)) found.push(description);
  }
  return found;
}

describe('the core is pure', () => {
  const files = sourceFiles(SOURCE_ROOT);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((file) => relative(SOURCE_ROOT, file))).toContain('index.ts');
  });

  it.each(files.map((file) => [relative(SOURCE_ROOT, file), file] as const))(
    '%s imports only core modules and neither reads the clock nor draws random numbers',
    (_, file) => {
      expect(impuritiesOf(readFileSync(file, 'utf8'), file)).toEqual([]);
    },
  );

  it('declares no runtime dependencies but lunar-typescript, pinned to an exact version', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const dependencies = (manifest.dependencies as Record<string, string> | undefined) ?? {};
    expect(Object.keys(dependencies)).toEqual(Object.keys(ALLOWED_PACKAGES));
    expect(dependencies['lunar-typescript']).toBe('1.8.6');
    for (const key of ['peerDependencies', 'optionalDependencies']) {
      expect(Object.keys((manifest[key] as Record<string, string> | undefined) ?? {}), key).toEqual([]);
    }
  });
});

describe('the purity check finds what it looks for', () => {
  const file = join(SOURCE_ROOT, 'shared', 'example.ts');

  it.each([
    ["import { readFileSync } from 'node:fs';", "imports 'node:fs'"],
    ["import fs from 'fs';", "imports 'fs'"],
    ["import * as path from 'path';", "imports 'path'"],
    ["import http from 'http';", "imports 'http'"],
    ["import { connect } from 'net';", "imports 'net'"],
    ["import os from 'os';", "imports 'os'"],
    ["import { exec } from 'child_process';", "imports 'child_process'"],
    ["import { PrismaClient } from '@prisma/client';", "imports '@prisma/client'"],
    ["import { PrismaClient } from 'prisma';", "imports 'prisma'"],
    ["import { graphql } from 'graphql';", "imports 'graphql'"],
    ["import SchemaBuilder from '@pothos/core';", "imports '@pothos/core'"],
    ["import type { Dayjs } from 'dayjs';", "imports 'dayjs'"],
    ["export { x } from 'lodash';", "imports 'lodash'"],
    ["export * from 'lodash';", "imports 'lodash'"],
    ["import {\n  a,\n  b,\n} from 'graphql';", "imports 'graphql'"],
    ["import 'reflect-metadata';", "imports 'reflect-metadata'"],
    ["import { x } from '../../../gateway/src/db.js';", 'lies outside packages/core/src'],
    [
      "import { Lunar } from 'lunar-typescript';",
      'only shared/calendar-rules/statutory-holidays.ts may import',
    ],
    ["import { Lunar } from 'lunar-typescript/dist/index.mjs';", "imports 'lunar-typescript/dist/index.mjs'"],
    ["import { Lunar } from 'lunar-javascript';", "imports 'lunar-javascript'"],
    ["const fs = require('fs');", 'calls require()'],
    ["const m = await import('./x.js');", 'imports dynamically'],
    ['const now = Date.now();', 'calls Date.now()'],
    ['const now = new Date();', 'calls new Date() without arguments'],
    ['const now = new Date;', 'calls new Date() without arguments'],
    ['const r = Math.random();', 'calls Math.random()'],
    ['const t = performance.now();', 'calls performance.now()'],
    ['const id = crypto.randomUUID();', 'asks crypto for randomness'],
    ['const url = process.env.DATABASE_URL;', 'reads process.env'],
  ])('flags %s', (source, message) => {
    expect(impuritiesOf(source, file).join('\n')).toContain(message);
  });

  it.each([
    "import { ok } from '../shared/result.js';",
    "import type { Labels } from './labels.js';",
    "export { parseCitizenId } from './shared/citizen-id.js';",
    'const start = new Date(dayNumber * MS_PER_DAY);',
    'const copy = new Date(instant.getTime());',
    '// never call Date.now() or Math.random() here',
    '/** Time is passed in: no `new Date()` inside the core. */',
    "const url = 'http://example.org/path';",
    "type Period = Pick<Assignment, 'from' | 'until'>;",
    "export function f(a: Pick<X, 'from' | 'until'>): void {}",
    "const kind = { type: 'import' };",
    "import {\n  type CalendarDate,\n  compareDates,\n} from '../shared/date.js';",
  ])('accepts %s', (source) => {
    expect(impuritiesOf(source, file)).toEqual([]);
  });

  it('accepts lunar-typescript in the statutory-holiday rules', () => {
    const rules = join(SOURCE_ROOT, 'shared', 'calendar-rules', 'statutory-holidays.ts');
    expect(impuritiesOf("import { Lunar } from 'lunar-typescript';", rules)).toEqual([]);
  });
});
