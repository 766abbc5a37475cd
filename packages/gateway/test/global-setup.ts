// Once per test run, before any worker starts: a folder for the run's seeded templates (see
// templates.ts), handed to the workers; when the run ends, every template of the run is removed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { newTemplateRun, removeTemplates } from './templates.js';

export default function setup(project: TestProject): () => Promise<void> {
  const run = newTemplateRun(mkdtempSync(join(tmpdir(), 'grassroots-templates-')));
  project.provide('templateRun', run);
  return () => removeTemplates(run);
}
