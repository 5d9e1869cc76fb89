/**
 * Headers for every response of the site and of the draft preview. Each page carries its own
 * policy (a <meta> tag with the hashes of its inline styles and scripts); browsers enforce every
 * policy they get, so the header policy holds only what a <meta> tag cannot: who may frame.
 */
function securityHeaders(frameAncestors: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': `frame-ancestors ${frameAncestors.join(' ')}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** The public site is never framed; X-Frame-Options says so to browsers without CSP as well. */
export const siteSecurityHeaders = { ...securityHeaders(["'none'"]), 'x-frame-options': 'DENY' };

/**
 * The preview is framed by the CMS's admin alone. X-Frame-Options cannot name another origin,
 * so it is left out: any value of it would either allow every site or block the admin.
 */
export function previewSecurityHeaders(adminOrigins: readonly string[]): Record<string, string> {
  return securityHeaders(adminOrigins);
}
