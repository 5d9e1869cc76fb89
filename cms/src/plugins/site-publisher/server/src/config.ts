import { defaultPublicSiteUrl } from '@zorgzone/config';

/** Settings in cms/config/plugins.ts; every one has an environment variable there or here. */
export interface PublisherConfig {
  /** Whether publishing schedules builds at all (off for CMS-only runs). */
  enabled: boolean;
  /** Quiet period before a build starts, so a burst of publishes becomes one build. */
  debounceMs: number;
  /** Build and serve the site on this machine (the default). */
  localBuild: boolean;
  /** Where the site build reads the CMS; empty means this CMS on its own port. */
  strapiUrl: string;
  /** The repository root holding scripts/ and site/; empty means the folder above cms/. */
  rootDir: string;
  /** An outgoing deploy hook called after each successful build (or instead, without localBuild). */
  deployHookUrl: string;
  /** Signs the hook's body (HMAC-SHA256 in X-Signature) so the receiver can trust it. */
  deployHookSecret: string;
  /** The public site's address (PUBLIC_SITE_URL, as the CMS's CORS reads it), for links to its pages. */
  siteUrl: string;
}

export default {
  default: ({ env }: { env: (name: string, fallback: string) => string }): PublisherConfig => ({
    enabled: true,
    debounceMs: 300,
    localBuild: true,
    strapiUrl: '',
    rootDir: '',
    deployHookUrl: '',
    deployHookSecret: '',
    siteUrl: env('PUBLIC_SITE_URL', defaultPublicSiteUrl),
  }),
  validator(config: PublisherConfig) {
    if (!config.localBuild && !config.deployHookUrl) {
      throw new Error(
        'site-publisher: with localBuild off, set deployHookUrl, or nothing would publish the site.'
      );
    }
  },
};
