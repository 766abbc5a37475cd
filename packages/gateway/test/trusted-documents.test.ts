// Trusted documents: a front end's operations, extracted into a manifest when it is built, are the
// only ones a gateway configured so will run; anything else is refused with a code before it is
// parsed. In development the manifest's ids work beside arbitrary operations (GraphiQL keeps working).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, trustedDocumentsConfig } from '../src/http/trusted-documents.js';
import { regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

const COUNTY = 'query County($code: String!) { region(code: $code) { code name } }';
const VIEWER = 'query Viewer { viewer { anonymous } }';
const id = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const MANIFEST = new Map([
  [id(COUNTY), COUNTY],
  [id(VIEWER), VIEWER],
]);

let trusted: TestGateway;
let development: TestGateway;

beforeAll(async () => {
  trusted = await startGateway([regionFixtures], { trustedDocuments: { documents: MANIFEST, only: true } });
  development = await startGateway([regionFixtures], {
    trustedDocuments: { documents: MANIFEST, only: false },
  });
});

afterAll(async () => {
  await trusted?.close();
  await development?.close();
});

interface Answer {
  status: number;
  data?: { region?: { code: string; name: string } | null };
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A POST with the body as given: by id (`extensions.persistedQuery`), by text, or both. */
async function post(t: TestGateway, body: object, language = 'zh'): Promise<Answer> {
  const response = await t.gateway.fetch('http://grassroots.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const byId = (text: string, variables: object = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: id(text) } },
});

describe('a gateway that trusts only its manifest', () => {
  it('runs an operation of the manifest named by its id', async () => {
    const answer = await post(trusted, byId(COUNTY, { code: '542526' }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.region).toEqual({ code: '542526', name: '改则县' });
  });

  it('refuses an ad-hoc query with TRUSTED_DOCUMENTS.ONLY, even one whose text is in the manifest', async () => {
    for (const query of ['{ region(code: "542526") { name } }', VIEWER]) {
      const answer = await post(trusted, { query });
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENTS.ONLY']);
    }
  });

  it('refuses an id the manifest does not hold with TRUSTED_DOCUMENTS.UNKNOWN, in the caller’s language', async () => {
    const answer = await post(trusted, byId('query Other { viewer { subject } }'), 'zh');
    expect(answer.status).toBe(400);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENTS.UNKNOWN']);
    expect(answer.errors?.[0]?.message).toBe('受信任文档清单中没有这个文档 ID');
  });

  it('runs its own copy of the text: a client cannot swap the text under a known id', async () => {
    const answer = await post(trusted, {
      ...byId(COUNTY, { code: '542526' }),
      query: '{ viewer { subject } }',
    });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENTS.ONLY']);
  });
});

describe('a development gateway', () => {
  it('runs arbitrary queries and the manifest’s ids alike', async () => {
    const adHoc = await post(development, { query: '{ region(code: "542526") { code name } }' });
    expect(adHoc.data?.region).toEqual({ code: '542526', name: '改则县' });
    const persisted = await post(development, byId(COUNTY, { code: '542526' }));
    expect(persisted.data?.region).toEqual({ code: '542526', name: '改则县' });
  });

  it('answers an unknown id with TRUSTED_DOCUMENTS.UNKNOWN, so a client falls back to sending the text', async () => {
    const answer = await post(development, byId('query Other { viewer { subject } }'));
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENTS.UNKNOWN']);
  });
});

describe('the configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a manifest file and trusts only it in production, not in development', () => {
    const path = join(dir, 'persisted-documents.json');
    writeFileSync(path, JSON.stringify(Object.fromEntries(MANIFEST)));
    expect(readManifest(path)).toEqual(MANIFEST);
    const env = { GRASSROOTS_TRUSTED_DOCUMENTS: path };
    expect(trustedDocumentsConfig(env, { production: true }).only).toBe(true);
    expect(trustedDocumentsConfig(env, { production: false }).only).toBe(false);
    expect(
      trustedDocumentsConfig({ ...env, GRASSROOTS_TRUSTED_DOCUMENTS_ONLY: 'on' }, { production: false }).only,
    ).toBe(true);
    expect(trustedDocumentsConfig({}, { production: true })).toEqual({ documents: new Map(), only: false });
  });

  it('stops the gateway on a malformed manifest or switch, naming the variable', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '["query { a }"]');
    expect(() => trustedDocumentsConfig({ GRASSROOTS_TRUSTED_DOCUMENTS: bad }, { production: true })).toThrow(
      /GRASSROOTS_TRUSTED_DOCUMENTS/,
    );
    expect(() =>
      trustedDocumentsConfig({ GRASSROOTS_TRUSTED_DOCUMENTS_ONLY: 'yes' }, { production: false }),
    ).toThrow(/GRASSROOTS_TRUSTED_DOCUMENTS_ONLY/);
    expect(() =>
      trustedDocumentsConfig({ GRASSROOTS_TRUSTED_DOCUMENTS_ONLY: 'on' }, { production: false }),
    ).toThrow(/names no operation/);
  });
});
