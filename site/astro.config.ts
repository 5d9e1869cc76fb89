import node from '@astrojs/node';
import { defaultPublicSiteUrl } from '@zorgzone/config';
import { defineConfig } from 'astro/config';
import { mediaIntegration } from './src/lib/media-integration';

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL || defaultPublicSiteUrl,
  output: 'static',
  // Every public page is prerendered; the adapter serves the build and, later, the preview routes.
  adapter: node({ mode: 'standalone' }),
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mediaIntegration()],
  devToolbar: { enabled: false },
});
