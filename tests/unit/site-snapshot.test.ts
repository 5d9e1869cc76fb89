import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocaleContent, SiteContent } from '../../site/src/lib/strapi/models.ts';
import { readSnapshot, writeSnapshot } from '../../site/src/lib/strapi/snapshot.ts';
import { siteSettings } from '../support/site-settings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'zorgzone-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function localeContent(locale: 'nl' | 'fr'): LocaleContent {
  return {
    locale,
    settings: siteSettings({ siteName: `Zorgzone ${locale}` }),
    home: null,
    workshops: [],
    themes: [],
    focusEditions: [],
    team: [],
    pages: [],
    navigation: { header: [], footerColumns: [] },
    legalLinks: { privacy: null, accessibility: null },
    redirects: [{ from: '/oud/', to: `/${locale}/`, status: 301 }],
    warnings: [{ code: 'missingFact', locale, fact: 'enterpriseNumber' }],
  };
}

describe('content snapshots', () => {
  it('gives back the content it was written with', () => {
    const content: SiteContent = { nl: localeContent('nl'), fr: localeContent('fr') };
    const file = path.join(dir, 'nested', 'snapshot.json');
    writeSnapshot(file, content);
    expect(readSnapshot(file)).toEqual(content);
  });

  it('refuses a file that is not a snapshot, naming it', () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ nl: {} }));
    expect(() => readSnapshot(file)).toThrow(`${file} is not a content snapshot`);
  });
});
