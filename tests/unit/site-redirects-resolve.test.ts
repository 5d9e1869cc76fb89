import { describe, expect, it } from 'vitest';
import { resolveRedirects, type RedirectCandidate } from '../../site/src/lib/redirects/resolve.ts';

const redirect = (from: string, to: string | null, permanent = true): RedirectCandidate => ({
  locale: 'nl',
  from,
  to,
  permanent,
});

describe('resolveRedirects', () => {
  it('serves a redirect to its destination with 301, or 302 when it is not permanent', () => {
    const { redirects, warnings } = resolveRedirects(
      [redirect('/oud/', '/nl/nieuw/'), redirect('/tijdelijk/', '/nl/', false)],
      new Set(['/nl/', '/nl/nieuw/'])
    );
    expect(redirects).toEqual([
      { locale: 'nl', from: '/oud/', to: '/nl/nieuw/', status: 301 },
      { locale: 'nl', from: '/tijdelijk/', to: '/nl/', status: 302 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('follows a chain to its end, permanent only if every step is', () => {
    const { redirects } = resolveRedirects(
      [
        redirect('/a/', '/b'),
        redirect('/b/', '/c/', false),
        redirect('/c/', 'https://example.test/'),
      ],
      new Set()
    );
    expect(redirects.map(({ from, to, status }) => [from, to, status])).toEqual([
      ['/a/', 'https://example.test/', 302],
      ['/b/', 'https://example.test/', 302],
      ['/c/', 'https://example.test/', 301],
    ]);
  });

  it('leaves out every redirect of a loop, with a warning for each', () => {
    const { redirects, warnings } = resolveRedirects(
      [redirect('/a/', '/b/'), redirect('/b/', '/a'), redirect('/c/', '/a/')],
      new Set()
    );
    expect(redirects).toEqual([]);
    expect(warnings.map((warning) => warning.code === 'redirectLeftOut' && warning.from)).toEqual([
      '/a/',
      '/b/',
      '/c/',
    ]);
    expect(warnings.every((warning) => 'reason' in warning && warning.reason === 'loop')).toBe(
      true
    );
  });

  it('lets a page win over a redirect from its own address, trailing slash or not', () => {
    const { redirects, warnings } = resolveRedirects(
      [redirect('/nl/over-ons', '/nl/')],
      new Set(['/nl/over-ons/'])
    );
    expect(redirects).toEqual([]);
    expect(warnings).toEqual([
      { code: 'redirectLeftOut', locale: 'nl', from: '/nl/over-ons', reason: 'pageLivesThere' },
    ]);
  });

  it('leaves out a redirect whose destination is not published, and one from a malformed path', () => {
    const { redirects, warnings } = resolveRedirects(
      [redirect('/weg/', null), redirect('//evil.example/', '/nl/')],
      new Set()
    );
    expect(redirects).toEqual([]);
    expect(warnings.map((warning) => 'reason' in warning && warning.reason)).toEqual([
      'noDestination',
      'noDestination',
    ]);
  });

  it('keeps the first of two redirects from the same address', () => {
    const { redirects } = resolveRedirects(
      [redirect('/dubbel/', '/nl/een/'), redirect('/dubbel', '/nl/twee/')],
      new Set()
    );
    expect(redirects.map((entry) => entry.to)).toEqual(['/nl/een/']);
  });
});
