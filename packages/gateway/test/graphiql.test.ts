// GraphiQL works on a network closed to the internet: the page and every asset it loads come
// from the gateway itself.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_ASSETS_PATH } from '../src/graphiql.js';
import { startGateway, type TestGateway } from './harness.js';

const ORIGIN = 'http://grassroots.test';

let t: TestGateway;
let page: string;

beforeAll(async () => {
  t = await startGateway();
  const response = await browserGet('/graphql');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  page = await response.text();
});

afterAll(async () => {
  await t.close();
});

// A browser's GET; the headers are built fresh for every request because yoga's fetch mutates them.
function browserGet(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    t.gateway.fetch(`${ORIGIN}${path}`, { method: 'GET', headers: { accept: 'text/html,*/*', ...headers } }),
  );
}

/** The value of `attribute` on every `tag` element, quoted or not. */
function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const element of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const value = element[0].match(new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
    const text = value?.[1] ?? value?.[2] ?? value?.[3];
    if (text !== undefined) values.push(text);
  }
  return values;
}

const scripts = () => attributeValues(page, 'script', 'src');
const links = () => attributeValues(page, 'link', 'href');
const stylesheets = () => links().filter((href) => href.endsWith('.css'));

/** The worker files the start script tells Monaco to load. */
async function workerUrls(): Promise<string[]> {
  const start = scripts().find((src) => src.endsWith('/start.js'));
  expect(start).toBeDefined();
  const source = await (await browserGet(start ?? '')).text();
  const base = start?.slice(0, start.lastIndexOf('/')) ?? '';
  return [...source.matchAll(/'([\w.-]+\.worker\.js)'/g)].map((m) => `${base}/${m[1]}`);
}

describe('the GraphiQL page', () => {
  it('opens on a browser GET of the GraphQL endpoint, titled Grassroots GraphQL', () => {
    expect(page).toContain('<title>Grassroots GraphQL</title>');
    expect(scripts().length).toBeGreaterThan(0);
    expect(stylesheets()).toHaveLength(1);
  });

  it('names no asset on another host, and no CDN at all', () => {
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/unpkg|jsdelivr|cdn/i);
    for (const url of [...scripts(), ...links()]) {
      expect(url.startsWith(`${GRAPHIQL_ASSETS_PATH}/`), url).toBe(true);
    }
  });

  it('lets the browser load scripts, styles and workers from this origin only', () => {
    const policy = page.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  it('keeps the headers editor, where a bearer token goes, and does not store tokens', () => {
    const json = page.match(/<script type="application\/json" id="graphiql-options">([^<]*)<\/script>/)?.[1];
    const options = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(options.isHeadersEditorEnabled).toBe(true);
    expect(options.shouldPersistHeaders).toBe(false);
    expect(options.defaultQuery).toContain('Authorization');
  });
});

describe('the GraphiQL assets', () => {
  it('serves every script the page references as JavaScript', async () => {
    expect(scripts().length).toBeGreaterThan(0);
    for (const src of scripts()) {
      const response = await browserGet(src);
      expect(response.status, src).toBe(200);
      expect(response.headers.get('content-type'), src).toMatch(/^text\/javascript/);
      expect((await response.text()).length, src).toBeGreaterThan(0);
    }
  });

  it('serves every stylesheet and icon the page references, fonts and images inlined', async () => {
    expect(stylesheets().length).toBeGreaterThan(0);
    for (const href of links()) {
      const response = await browserGet(href);
      expect(response.status, href).toBe(200);
      if (href.endsWith('.css')) {
        expect(response.headers.get('content-type'), href).toMatch(/^text\/css/);
        const css = await response.text();
        const urls = [...css.matchAll(/url\(\s*['"]?([^'")\s]*)/g)].map((m) => m[1] ?? '');
        expect(urls.length).toBeGreaterThan(0);
        // Every font and image is a data: URI, so the stylesheet loads nothing more.
        for (const url of urls) expect(url.slice(0, 40)).toMatch(/^data:/);
      } else {
        expect(response.headers.get('content-type'), href).toMatch(/^image\//);
      }
    }
  });

  it('serves the editor workers Monaco asks for as JavaScript', async () => {
    const workers = await workerUrls();
    expect(workers).toHaveLength(3);
    for (const url of workers) {
      const response = await browserGet(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(/^text\/javascript/);
    }
  });

  it('loads nothing from a CDN from inside the scripts either', async () => {
    for (const url of [...scripts(), ...(await workerUrls())]) {
      const source = await (await browserGet(url)).text();
      expect(source, url).not.toMatch(/unpkg\.com|cdn\.jsdelivr\.net|fonts\.googleapis\.com|esm\.sh/);
    }
  });

  it('sends the same bytes gzipped to a browser that accepts gzip, cacheable for good', async () => {
    const src = scripts().find((s) => s.endsWith('/yoga-graphiql.js')) ?? '';
    const plain = new Uint8Array(await (await browserGet(src)).arrayBuffer());
    const response = await browserGet(src, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const zipped = new Uint8Array(await response.arrayBuffer());
    expect(zipped.byteLength).toBeLessThan(plain.byteLength);
    expect(Buffer.compare(gunzipSync(zipped), plain)).toBe(0);
  });

  it('answers 404 for a file it does not have', async () => {
    const src = scripts().find((s) => s.endsWith('/start.js'));
    expect(src).toBeDefined();
    expect((await browserGet(src ?? '')).status).toBe(200);
    const response = await browserGet((src ?? '').replace('start.js', 'missing.js'));
    expect(response.status).toBe(404);
    expect((await browserGet(`${GRAPHIQL_ASSETS_PATH}/0.0.0/start.js`)).status).toBe(404);
  });
});
