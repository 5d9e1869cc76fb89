import node from '@astrojs/node';
import { defaultPublicSiteUrl } from '@zorgzone/config';
import { defineConfig } from 'astro/config';
import { mediaIntegration } from './src/lib/media-integration';
import { redirectsIntegration } from './src/lib/redirects/integration';

/**
 * The site-publisher's builds (SITE_INCREMENTAL) keep one output folder and Astro's cache
 * between builds: a page whose cacheKey and code are unchanged is not rendered again, and the
 * files it left stay in place (publishing/src/releases.ts removes the pages that are gone).
 */
const incremental = process.env.SITE_INCREMENTAL === '1';

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL || defaultPublicSiteUrl,
  output: 'static',
  // Every public page is prerendered; the adapter serves the build and, later, the preview routes.
  adapter: node({ mode: 'standalone' }),
  outDir: process.env.SITE_OUT_DIR || './dist',
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  experimental: { incrementalBuild: incremental },
  vite: { build: { emptyOutDir: !incremental } },
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    // Astro hashes every inline style and script into each page's policy (a <meta> tag on the
    // static pages, a header on the preview); nothing inline runs or applies without its hash.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
    },
  },
  // The site renders no Markdown; Shiki's inline styles would only need a laxer policy.
  markdown: { syntaxHighlight: false },
  integrations: [mediaIntegration(), redirectsIntegration()],
  devToolbar: { enabled: false },
});
