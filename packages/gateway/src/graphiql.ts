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

/**
 * The document GraphiQL opens with: how to get a token, then one named example operation per area,
 * each runnable as it stands (GraphiQL's run button offers the names). `test/graphiql.test.ts` runs
 * every one of them as a county administrator and fails on any error, so the examples stay true.
 */
export const START_HERE = `# Grassroots GraphQL · 基层治理数据接口 · 从这里开始 / start here
#
# 匿名访问只能查看公开数据（区划、目录、统计）。以某一角色访问：
#   1. 在仓库根目录生成令牌：npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526
#   2. 在下方 Headers 面板填入：{ "Authorization": "Bearer <令牌>" }
#
# Anonymous callers see public data only (regions, catalogues, statistics). To act as a role:
#   1. mint a token from the repository root: npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526
#      (roles: COUNTY_ADMIN, TOWNSHIP_OFFICER, GRID_CHIEF, GRID_WORKER, SERVICE_HALL_CLERK, …;
#       the region is a division code, 542526 is 改则县)
#   2. put it in the Headers panel below: { "Authorization": "Bearer <token>" }
#
# Each operation below is named: put the cursor inside one and press Ctrl-Enter, or pick it from the
# run button's menu. Personal data comes back masked unless your role and region allow it.

# 我是谁 · who the token says you are
query WhoAmI {
  viewer {
    subject
    anonymous
    grants {
      role
      roleLabel
      regionCode
    }
  }
}

# 行政区划 · regions: a county and its townships
query Regions {
  region(code: "542526") {
    code
    name
    levelLabel
    children(first: 10) {
      totalCount
      edges {
        node {
          code
          name
        }
      }
    }
  }
}

# 网格 · grids of a county, and a grid's staff (masked as your role requires)
query Grids {
  grids(filter: { within: "542526" }, first: 5) {
    totalCount
    edges {
      node {
        code
        name
        kindLabel
        compliant
      }
    }
  }
  region(code: "542526") {
    gridStats {
      grids
      households
      staffByRole {
        roleLabel
        persons
      }
    }
  }
}

query GridStaff {
  grid(code: "542526100001001") {
    name
    staffing {
      compliant
    }
    staff {
      roleLabel
      from
      person {
        name
        phone
      }
    }
  }
}

# 人员与一标三实 · people and the registry (a token with a role over the region)
query Residents {
  residents(filter: { within: "542526" }, first: 5) {
    totalCount
    edges {
      node {
        name
        citizenId
        residenceStatusLabel
      }
    }
  }
  people(filter: { within: "542526" }, first: 3) {
    totalCount
  }
}

# 社情民意 · records and matters: open matters with their history, and the Fengqiao measures
query OpenMatters {
  matters(filter: { within: "542526", open: true }, first: 5) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        stateLabel
        levelLabel
        categoryLabel
        reportedAt
        dueAt
        events(first: 3) {
          edges {
            node {
              kind
              at
              toState
            }
          }
        }
      }
    }
  }
}

query Fengqiao {
  region(code: "542526") {
    recordStats {
      records
      matters
      openMatters
    }
    fengqiao(from: "2023-01-01", to: "2024-12-31") {
      handled
      resolved
      settledInVillage {
        percent
      }
    }
  }
}

# 家庭积分 · a village's points catalogue and ranking
query VillagePoints {
  region(code: "542526100202") {
    name
    pointsCatalogues {
      version
      effectiveFrom
    }
    pointsRanking(first: 5) {
      edges {
        node {
          rank
          balance
        }
      }
    }
  }
}

# 雪亮工程 · camera coverage of key sites
query Cameras {
  region(code: "542526") {
    cameraCoverage {
      keySites
      covered
      share {
        percent
      }
    }
  }
  cameraPoints(filter: { within: "542526" }, first: 3) {
    totalCount
    edges {
      node {
        name
        statusLabel
        siteCategoryLabel
      }
    }
  }
}

# 党建 · party organisations and village-stationed work teams
query Party {
  region(code: "542526") {
    partyStats {
      committees
      branches
      gridBranches
    }
  }
  # 波密县 is where the stationed work teams are
  bomi: region(code: "540424") {
    name
    stationingStats {
      workTeams
      cadres
    }
  }
  partyOrganisations(filter: { within: "542526" }, first: 5) {
    totalCount
    edges {
      node {
        name
        kindLabel
      }
    }
  }
}

# 政务服务 · the service hall of 琼结县
query ServiceHall {
  region(code: "540524") {
    serviceHall {
      name
      departments {
        name
      }
      windows {
        number
        name
      }
    }
    serviceHallStats(from: "2024-01-01", to: "2024-12-31") {
      visits
      completed
      onTimeRate
    }
  }
}

# 竞赛 · the 乡村振兴 那曲奋进 contests of 那曲市
query Contests {
  contestEditions {
    number
    year
    status
  }
  contestCatalogue {
    label
    categories {
      label
    }
  }
  region(code: "540600") {
    contestStats {
      events
      entries
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
    defaultQuery: START_HERE,
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
