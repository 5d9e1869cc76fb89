import {
  comparablePath,
  documentPath,
  followRedirects,
  isRedirectPath,
  MAX_PAGE_DEPTH,
  pageSlugPaths,
  reservedTopLevelSegments,
} from '@zorgzone/config';
import { describe, expect, it } from 'vitest';

describe('pageSlugPaths', () => {
  it('puts each page under its parents, and at the top when its parent is not among them', () => {
    const paths = pageSlugPaths([
      { documentId: 'a', slug: 'over-ons', parentId: null },
      { documentId: 'b', slug: 'werking', parentId: 'a' },
      { documentId: 'c', slug: 'los', parentId: 'unpublished' },
    ]);
    expect(Object.fromEntries(paths)).toEqual({
      a: 'over-ons',
      b: 'over-ons/werking',
      c: 'los',
    });
  });

  it('gives no path to pages in a circle, nor deeper than MAX_PAGE_DEPTH levels', () => {
    const chain = Array.from({ length: MAX_PAGE_DEPTH + 1 }, (_, index) => ({
      documentId: `p${index}`,
      slug: `niveau-${index}`,
      parentId: index === 0 ? null : `p${index - 1}`,
    }));
    const paths = pageSlugPaths([
      ...chain,
      { documentId: 'x', slug: 'x', parentId: 'y' },
      { documentId: 'y', slug: 'y', parentId: 'x' },
    ]);
    expect(paths.get(`p${MAX_PAGE_DEPTH - 1}`)?.split('/')).toHaveLength(MAX_PAGE_DEPTH);
    expect(paths.has(`p${MAX_PAGE_DEPTH}`)).toBe(false);
    expect(paths.has('x') || paths.has('y')).toBe(false);
  });
});

describe('redirect paths', () => {
  it('accept a path of one leading slash, and refuse another host, a query or dot segments', () => {
    for (const path of ['/events/veranderatelier-9/', '/layout/uploads/2025/06/x_S-Z.pdf', '/'])
      expect(isRedirectPath(path), path).toBe(true);
    for (const path of [
      '//evil.example/',
      'https://example.test/',
      '/a?b=1',
      '/a/../b',
      '/a b/',
      '',
    ])
      expect(isRedirectPath(path), path).toBe(false);
  });

  it('compare paths with and without their trailing slash as one address', () => {
    expect(comparablePath('/a/')).toBe(comparablePath('/a'));
    expect(comparablePath('/')).toBe('/');
    expect(comparablePath('/a/?x=1#y')).toBe('/a');
  });

  it('follow a chain to its end, and say when it comes back on itself', () => {
    const next = new Map([
      ['/a', '/b/'],
      ['/b', 'https://example.test/'],
      ['/c', '/d'],
      ['/d', '/c/'],
    ]);
    expect(followRedirects('/a/', (path) => next.get(path))).toEqual({
      chain: ['/a/', '/b/', 'https://example.test/'],
      loops: false,
    });
    expect(followRedirects('/c', (path) => next.get(path)).loops).toBe(true);
  });
});

describe('site addresses', () => {
  it('keep the lists’ and feeds’ first segments from editors’ top-level pages, per language', () => {
    expect(reservedTopLevelSegments('nl')).toEqual(
      expect.arrayContaining(['veranderateliers', 'themas', 'team', 'zoeken', 'rss.xml', 'agenda'])
    );
    expect(reservedTopLevelSegments('fr')).toEqual(
      expect.arrayContaining(['ateliers-du-changement', 'equipe', 'recherche', 'agenda.ics'])
    );
  });

  it('put a document under its list and a page under its parents, as the site does', () => {
    expect(documentPath('fr', 'workshop', 'atelier-9')).toBe(
      '/fr/ateliers-du-changement/atelier-9/'
    );
    expect(documentPath('nl', 'page', 'over-ons/werking')).toBe('/nl/over-ons/werking/');
  });
});
