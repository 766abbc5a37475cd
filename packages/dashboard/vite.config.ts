import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const GATEWAY = process.env.GRASSROOTS_GATEWAY_URL ?? 'http://localhost:4000';

// The manifest of the operations the bundle sends, shipped beside it: a gateway that is handed this
// file (GRASSROOTS_TRUSTED_DOCUMENTS) serves this build of the dashboard and nothing else.
function persistedDocuments(): Plugin {
  return {
    name: 'grassroots-persisted-documents',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(
        join(import.meta.dirname, 'src/generated/persisted-documents.json'),
        'utf8',
      );
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Everything is bundled: county networks may be closed to the internet, so no CDN, no web font.
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
  plugins: [persistedDocuments()],
  // The dashboard calls /graphql on its own origin; the preview server passes it to the gateway.
  server: { proxy: { '/graphql': GATEWAY } },
  preview: { port: 5173, strictPort: false, proxy: { '/graphql': GATEWAY } },
});
