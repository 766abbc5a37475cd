import { describe, expect, it } from 'vitest';
import * as core from './index.js';

// Every text core shows a person — each label of every exported label set, each name in a catalogue,
// each error message — is found by walking the public surface, so a label set added anywhere (by any
// area, now or later) is checked without being listed here.

interface Found {
  readonly path: string;
  readonly text: { readonly zh: unknown; readonly en: unknown; readonly bo?: unknown };
}

function isText(value: object): value is Found['text'] {
  return (
    typeof (value as { zh?: unknown }).zh === 'string' && typeof (value as { en?: unknown }).en === 'string'
  );
}

function walk(value: unknown, path: string, seen: Set<object>, found: Found[]): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (isText(value)) {
    found.push({ path, text: value });
    return;
  }
  for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`, seen, found);
}

function exportedTexts(): readonly Found[] {
  const found: Found[] = [];
  const seen = new Set<object>();
  for (const [name, value] of Object.entries(core)) walk(value, name, seen, found);
  return found;
}

// Tibetan script (U+0F00–U+0FFF): a Tibetan label has at least one Tibetan letter.
const TIBETAN = /[\u0F40-\u0FBC]/u;

describe('Tibetan in every exported label set and message', () => {
  const texts = exportedTexts();

  it('reaches the label sets, catalogues and errors of every area', () => {
    const roots = new Set(texts.map((found) => found.path.split('.')[0]));
    const labelSets = Object.keys(core).filter((name) => name.endsWith('_LABELS'));
    expect(labelSets.length).toBeGreaterThanOrEqual(89);
    for (const name of [
      'ORGANISATION_KIND_LABELS',
      'WINDOW_KIND_LABELS',
      'EVENT_STATUS_LABELS',
      'GRID_ROLE_LABELS',
      'MATTER_STATE_LABELS',
      'POINT_EVENT_KIND_LABELS',
      'DEVICE_TYPE_LABELS',
      'ROLE_LABELS',
      'NAGQU_CONTEST_CATALOGUE',
      'DEFAULT_COLLECTION_TEMPLATES',
      'PARTY_ERRORS',
    ])
      expect(roots.has(name), name).toBe(true);
  });

  it('gives every label and message a Tibetan text in Tibetan script', () => {
    const missing = texts.filter(
      ({ text }) => typeof text.bo !== 'string' || text.bo.trim() === '' || !TIBETAN.test(text.bo),
    );
    expect(missing.map(({ path }) => path)).toEqual([]);
  });

  it('writes Tibetan, not a copy of the Chinese or English', () => {
    const copies = texts.filter(({ text }) => text.bo === text.zh || text.bo === text.en);
    expect(copies.map(({ path }) => path)).toEqual([]);
  });
});
