import type { Core } from '@strapi/strapi';
import { cmsContentSecurityPolicy } from '../security/content-security-policy';

/**
 * Headers on every CMS response, after strapi::security (which keeps HSTS, framing and
 * no-sniff but cannot narrow its own CSP lists: its config merges into them).
 */
const securityHeaders: Core.MiddlewareFactory<{ previewOrigin: string }> = (config, { strapi }) => {
  const adminPath = strapi.config.get('admin.path', '/admin') as string;
  const developing = Boolean(strapi.config.get('autoReload', false));
  const policy = cmsContentSecurityPolicy({
    previewOrigin: config.previewOrigin,
    developmentAdmin: false,
  });
  const developmentPolicy = cmsContentSecurityPolicy({
    previewOrigin: config.previewOrigin,
    developmentAdmin: true,
  });
  return async (ctx, next) => {
    // Set before the rest runs, so error responses carry them too.
    ctx.set(
      'Content-Security-Policy',
      developing && ctx.path.startsWith(adminPath) ? developmentPolicy : policy
    );
    ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    await next();
  };
};

export default securityHeaders;
