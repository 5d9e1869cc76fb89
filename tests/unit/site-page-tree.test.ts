import { describe, expect, it } from 'vitest';
import { childPages, currentState, pageTrail } from '../../site/src/lib/page-tree.ts';
import type { LocaleContent, Page, SiteLink } from '../../site/src/lib/strapi/models.ts';

const page = (documentId: string, slugPath: string, parentId: string | null, position = 0) =>
  ({ documentId, slugPath, parentId, position, title: slugPath, locale: 'nl' }) as unknown as Page;

const pages = [
  page('about', 'over-ons', null),
  page('work', 'over-ons/werking', 'about', 2),
  page('team', 'over-ons/ploeg', 'about', 1),
  page('days', 'over-ons/werking/dagen', 'work'),
];
const content = { pages } as unknown as LocaleContent;

describe('pageTrail and childPages', () => {
  it('give a page the pages above it, top first', () => {
    expect(pageTrail(pages[3]!, content).map((link) => link.href)).toEqual([
      '/nl/over-ons/',
      '/nl/over-ons/werking/',
    ]);
  });

  it('list the pages right below a page in the order editors gave them', () => {
    expect(childPages(pages[0]!, content).map((child) => child.documentId)).toEqual([
      'team',
      'work',
    ]);
  });
});

describe('currentState', () => {
  const menu = (route: SiteLink['route']): SiteLink => ({ label: 'x', href: '/', route });

  it('marks the page being read, and the menu entry of the list or page it belongs to', () => {
    const workshops = menu({ locale: 'nl', kind: 'workshops' });
    expect(currentState(workshops, { locale: 'nl', kind: 'workshops' })).toBe('page');
    expect(currentState(workshops, { locale: 'nl', kind: 'workshops', page: 2 })).toBe('true');
    expect(currentState(workshops, { locale: 'nl', kind: 'workshop', slug: 'x' })).toBe('true');
    const about = menu({ locale: 'nl', kind: 'page', slug: 'over-ons' });
    expect(currentState(about, { locale: 'nl', kind: 'page', slug: 'over-ons/werking' })).toBe(
      'true'
    );
    expect(currentState(about, { locale: 'nl', kind: 'page', slug: 'over-onsje' })).toBeUndefined();
    expect(currentState(menu(null), { locale: 'nl', kind: 'home' })).toBeUndefined();
  });
});
