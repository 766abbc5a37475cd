// GraphiQL served entirely by the gateway: county networks are often closed to the internet, so
// no script, stylesheet, font or worker may come from a CDN (yoga's default page loads unpkg).
// The assets are the bundle yoga publishes for offline use, `@graphql-yoga/render-graphiql`; it
// inlines them all into one 9 MB page, so this module serves them as separate, cacheable files.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

const require = createRequire(import.meta.url);
const BUNDLE_VERSION: string = require('@graphql-yoga/render-graphiql/package.json').version;

/** Where the GraphiQL assets are served. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets';

// The version is in the path so browsers may keep the files for good: an upgrade changes the URL.
const ASSETS_BASE = `${GRAPHIQL_ASSETS_PATH}/${BUNDLE_VERSION}`;

const DEFAULT_QUERY = `# Grassroots GraphQL · 基层治理数据接口
#
# 匿名访问只能查看公开数据。以某一角色访问：
#   1. 生成令牌：npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526
#   2. 在下方 Headers 面板填入：
#      { "Authorization": "Bearer <令牌>" }
#
# Anonymous callers see public data only. To act as a role:
#   1. mint a token: npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526
#   2. put it in the Headers panel below:
#      { "Authorization": "Bearer <token>" }

query Regions {
  regions(first: 10) {
    totalCount
    edges {
      node {
        code
        name
        levelLabel
      }
    }
  }
}
`;

/**
 * GraphiQL's options: the page title, the headers editor open (a bearer token goes there), and
 * headers kept only for the tab's life, because an office computer is often shared and a token in
 * local storage would outlive the session.
 */
export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'Grassroots GraphQL',
    defaultQuery: DEFAULT_QUERY,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false,
  };
}

// Runs before the bundle so Monaco finds its workers; renders once the page is parsed. Kept out of
// the page so the page itself holds no script and a strict Content-Security-Policy applies.
const START_SCRIPT = `(function () {
  var workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return ${JSON.stringify(ASSETS_BASE)} + '/' + (workers[label] || workers.editorWorkerService);
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    var options = JSON.parse(document.getElementById('graphiql-options').textContent);
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
`;

// Scripts, workers and the stylesheet from this origin only; inline styles and data: fonts and
// images are how the bundle's React and Monaco draw themselves.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The GraphiQL page: it references only assets under {@link GRAPHIQL_ASSETS_PATH}, served by
 * {@link graphiqlAssetsPlugin}. Pass it as yoga's `renderGraphiQL`.
 */
export function renderGraphiQL(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'Grassroots GraphQL');
  // `<` escaped so no option text can close the script element.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
    <title>${title}</title>
    <link rel="icon" href="${ASSETS_BASE}/favicon.ico" />
    <link rel="stylesheet" href="${ASSETS_BASE}/graphiql.css" />
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${ASSETS_BASE}/start.js"></script>
    <script src="${ASSETS_BASE}/yoga-graphiql.js"></script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL 需要启用 JavaScript / GraphiQL needs JavaScript.</noscript>
    <div id="root">${title}…</div>
  </body>
</html>
`;
}

interface Asset {
  readonly type: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

const JS = 'text/javascript; charset=utf-8';

// Loaded on the first asset request: the bundle is 9 MB of strings a server without GraphiQL
// (production) never needs in memory.
let assets: Promise<ReadonlyMap<string, Asset>> | undefined;
// Each asset gzipped once, on the first request that accepts it.
const gzipped = new Map<string, Uint8Array<ArrayBuffer>>();

function loadAssets(): Promise<ReadonlyMap<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const text = (type: string, content: string): Asset => ({
      type,
      body: new TextEncoder().encode(content),
    });
    const [, iconBase64 = ''] = bundle.favicon.split(',', 2);
    return new Map<string, Asset>([
      ['start.js', text(JS, START_SCRIPT)],
      ['yoga-graphiql.js', text(JS, bundle.js)],
      ['graphiql.css', text('text/css; charset=utf-8', bundle.css)],
      ['editor.worker.js', text(JS, bundle.editorWorkerService)],
      ['json.worker.js', text(JS, bundle.jsonWorker)],
      ['graphql.worker.js', text(JS, bundle.graphqlWorker)],
      ['favicon.ico', { type: 'image/x-icon', body: Buffer.from(iconBase64, 'base64') }],
    ]);
  });
  return assets;
}

/**
 * Serves GraphiQL's scripts, stylesheet, workers and icon from the installed
 * `@graphql-yoga/render-graphiql` package under {@link GRAPHIQL_ASSETS_PATH}, gzipped when the
 * browser accepts it and cacheable for good (the package version is in the path).
 *
 * Wire in `yoga.ts`, only when GraphiQL is on:
 * `graphiql: graphiqlOptions(), renderGraphiQL, plugins: [graphiqlAssetsPlugin(), …]`.
 */
export function graphiqlAssetsPlugin(): Plugin {
  const prefix = `${GRAPHIQL_ASSETS_PATH}/`;
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (!url.pathname.startsWith(prefix)) return;
      const served = await loadAssets();
      const name = url.pathname.slice(ASSETS_BASE.length + 1);
      const asset = url.pathname.startsWith(`${ASSETS_BASE}/`) ? served.get(name) : undefined;
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(
          new fetchAPI.Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } }),
        );
        return;
      }
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      let body = asset.body;
      if (gzip) {
        body = gzipped.get(name) ?? gzipSync(asset.body);
        gzipped.set(name, body);
      }
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'content-length': String(body.byteLength),
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
      };
      if (gzip) headers['content-encoding'] = 'gzip';
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
