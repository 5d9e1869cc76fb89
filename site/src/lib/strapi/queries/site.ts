import type { LocaleCode } from '@zorgzone/config';
import type { StrapiClient } from '../client';
import { homePageEntry, siteSettingsEntry } from '../schemas';

export function fetchSiteSettings(client: StrapiClient, locale: LocaleCode) {
  return client.getSingle(
    '/api/site-setting',
    { locale, populate: { footerLines: true, links: true } },
    siteSettingsEntry
  );
}

export function fetchHomePage(client: StrapiClient, locale: LocaleCode) {
  return client.getSingle('/api/home-page', { locale, fields: ['title', 'intro'] }, homePageEntry);
}
