import {
  comparablePath,
  followRedirects,
  isRedirectPath,
  type LocaleCode,
  type SiteWarning,
} from '@zorgzone/config';
import type { SiteRedirect } from './host-formats';

/** A published redirect with its destination worked out, or null when that is not published. */
export interface RedirectCandidate {
  readonly locale: LocaleCode;
  readonly from: string;
  readonly to: string | null;
  readonly permanent: boolean;
}

/**
 * The redirects the site serves, each with its final destination: a chain (an old address leading
 * to another old address) is followed to its end, and is permanent only if every step is. Left
 * out, with a warning for editors: a redirect whose destination is gone, one from an address a
 * page of the site lives at (the page wins), and every redirect of a loop.
 */
export function resolveRedirects(
  candidates: readonly RedirectCandidate[],
  livePaths: ReadonlySet<string>
): { redirects: (SiteRedirect & { locale: LocaleCode })[]; warnings: SiteWarning[] } {
  const warnings: SiteWarning[] = [];
  const live = new Set([...livePaths].map(comparablePath));
  const byFrom = new Map<string, RedirectCandidate & { to: string }>();
  for (const candidate of candidates) {
    const { locale, from, to } = candidate;
    if (to === null || !isRedirectPath(from)) {
      warnings.push({ code: 'redirectLeftOut', locale, from, reason: 'noDestination' });
    } else if (live.has(comparablePath(from))) {
      warnings.push({ code: 'redirectLeftOut', locale, from, reason: 'pageLivesThere' });
    } else if (!byFrom.has(comparablePath(from))) {
      byFrom.set(comparablePath(from), { ...candidate, to });
    }
  }
  const redirects: (SiteRedirect & { locale: LocaleCode })[] = [];
  for (const candidate of byFrom.values()) {
    const { chain, loops } = followRedirects(candidate.from, (path) => byFrom.get(path)?.to);
    if (loops) {
      warnings.push({
        code: 'redirectLeftOut',
        locale: candidate.locale,
        from: candidate.from,
        reason: 'loop',
      });
      continue;
    }
    const steps = chain.slice(0, -1).map((path) => byFrom.get(comparablePath(path))!);
    redirects.push({
      locale: candidate.locale,
      from: candidate.from,
      to: chain.at(-1)!,
      status: steps.every((step) => step.permanent) ? 301 : 302,
    });
  }
  redirects.sort((a, b) => a.from.localeCompare(b.from));
  return { redirects, warnings };
}
