// The built dashboard in a real browser (Debian's Chromium driven by playwright-core, no browser
// download) against a gateway on a fixtures database that trusts only the dashboard's manifest:
// sign in, the county overview with data, 改则县's 60 grids, a grid's staff, the matters feed paged
// twice by scrolling, a matter's timeline, and the language switch. Screenshots go to
// test/artifacts/ (not committed) for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { mintToken, verifierFromEnv } from '@grassroots/gateway/src/auth/tokens.js';
import { createDb, type Db } from '@grassroots/gateway/src/db/client.js';
import { migrate } from '@grassroots/gateway/src/db/migrations.js';
import { readManifest } from '@grassroots/gateway/src/http/trusted-documents.js';
import { cameraFixtures } from '@grassroots/gateway/src/seed/camera.js';
import { gridFixtures } from '@grassroots/gateway/src/seed/grid.js';
import { loadFixtureSets } from '@grassroots/gateway/src/seed/load.js';
import { recordFixtures } from '@grassroots/gateway/src/seed/matter.js';
import { personFixtures } from '@grassroots/gateway/src/seed/person.js';
import { regionFixtures } from '@grassroots/gateway/src/seed/region.js';
import { createGateway, type Gateway } from '@grassroots/gateway/src/yoga.js';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECRET = 'grassroots-browser-test-secret';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

let dir: string;
let db: Db;
let gateway: Gateway;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let token: string;

/** The dashboard's files and the gateway on one origin, as a county deploys them behind one server. */
function serve(): Promise<Server> {
  const http = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') return void gateway.handle(request, response);
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} (apt-get install -y chromium)`).toBe(true);
  // Vite reads NODE_ENV to choose React's build and JSX transform; vitest sets it to `test`, which
  // would mix the two. The bundle under test is the production one, as `pnpm dashboard` builds it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  dir = mkdtempSync(join(tmpdir(), 'grassroots-dashboard-'));
  const config = { provider: 'sqlite' as const, url: `file:${join(dir, 'gateway.db')}` };
  await migrate(config);
  db = await createDb(config);
  // What the pages read: regions, people, grids with staff, cameras, and enough matters to page.
  await loadFixtureSets(
    db,
    [regionFixtures, personFixtures(), gridFixtures(), cameraFixtures(), recordFixtures({ limit: 4000 })],
    { provider: 'sqlite' },
  );
  gateway = createGateway({
    db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET }),
    production: true,
    trustedDocuments: { documents: readManifest(join(DIST, 'persisted-documents.json')), only: true },
  });
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  token = await mintToken(
    { subject: 'browser-test', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] },
    new TextEncoder().encode(SECRET),
  );

  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Nothing may load from another origin: county networks may be closed.
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) throw new Error(`the dashboard loaded ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

describe('the dashboard in Chromium, against a gateway that trusts only its manifest', () => {
  it('signs in with a development token and shows the county overview with data', async () => {
    await page.goto(`${base}/#/sign-in`);
    await page.fill('textarea[name=token]', token);
    const started = performance.now();
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-page=overview] .card .figure');
    console.log(`navigation to the overview shown: ${Math.round(performance.now() - started)} ms`);
    const figures = await page.$$eval('[data-page=overview] .card', (cards) =>
      cards.map((card) => card.textContent ?? ''),
    );
    expect(figures[0]).toBe('60网格数');
    expect(await page.locator('svg.chart rect').count()).toBe(16);
    expect(await page.textContent('h1')).toContain('改则县');
    await shot('1-overview');
  });

  it('lists the 60 grids of 改则县 and opens one with its staff', async () => {
    await page.click('a[href="#/grids"]');
    await page.waitForSelector('[data-testid=grid-count]');
    expect(await page.textContent('[data-testid=grid-count]')).toBe('60');
    expect(await page.locator('tr[data-grid]').count()).toBe(60);
    await page.click('tr[data-grid="542526100001001"] a');
    await page.waitForSelector('[data-page=grid] tr[data-staff]');
    expect(await page.locator('tr[data-staff]').count()).toBeGreaterThan(0);
    await shot('2-grid');
  });

  it('pages the matters feed twice by scrolling, on the connection’s cursors, and opens a timeline', async () => {
    await page.click('a[href="#/matters"]');
    await page.waitForSelector('li[data-matter]');
    expect(await page.locator('li[data-matter]').count()).toBe(20);
    for (const expected of [40, 60]) {
      await page.locator('[data-page=matters] > div').last().scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => document.querySelectorAll('li[data-matter]').length >= n, expected);
      expect(await page.locator('li[data-matter]').count()).toBe(expected);
    }
    const ids = await page.$$eval('li[data-matter]', (items) => items.map((item) => item.dataset.matter));
    expect(new Set(ids).size).toBe(60);
    await shot('3-matters');
    await page.click('li[data-matter] a');
    await page.waitForSelector('.timeline li');
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(0);
    await shot('4-timeline');
  });

  it('switches language: the page’s words and the gateway’s labels follow', async () => {
    await page.click('a[href="#/overview"]');
    await page.waitForSelector('[data-page=overview] .card .figure');
    await page.click('button[data-language=en]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('County overview'));
    expect(await page.textContent('h1')).toBe('Gêrzê County · County overview');
    await shot('5-overview-en');
    await page.click('button[data-language=bo]');
    await page.waitForFunction(() => document.querySelector('header nav a')?.textContent === 'རྫོང་གི་སྤྱི་མཐོང་།');
    // The header's role comes from the gateway's ROLE_LABELS, which have Tibetan for every role.
    await page.waitForFunction(() => document.querySelector('.who')?.textContent?.startsWith('རྫོང་རིམ་'));
    expect(await page.textContent('.who')).toBe('རྫོང་རིམ་དོ་དམ་པ། · 542526');
    await shot('6-overview-bo');
  });

  it('leaves the gateway refusing an ad-hoc query with a code', async () => {
    const answer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { subject } }' }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENTS.ONLY');
  });
});
