import type { LocaleCode } from '@zorgzone/config';
import { z } from 'zod';
import type { StrapiClient } from '../client';
import { blocks, linkEntry, siteSettingsEntry } from '../schemas';
import { blocksPopulate, linkPopulate, pageBlocks } from './blocks';

export const homePageEntry = z.object({ title: z.string(), intro: blocks, blocks: pageBlocks });

export const navigationEntry = z.object({
  header: z
    .array(linkEntry)
    .nullish()
    .transform((value) => value ?? []),
  footerColumns: z
    .array(
      z.object({
        heading: z.string(),
        links: z
          .array(linkEntry)
          .nullish()
          .transform((value) => value ?? []),
      })
    )
    .nullish()
    .transform((value) => value ?? []),
});

export function fetchSiteSettings(client: StrapiClient, locale: LocaleCode) {
  return client.getSingle(
    '/api/site-setting',
    {
      locale,
      populate: {
        footerLines: true,
        privacyStatement: { fields: ['documentId'] },
        accessibilityStatement: { fields: ['documentId'] },
      },
    },
    siteSettingsEntry
  );
}

export function fetchHomePage(client: StrapiClient, locale: LocaleCode) {
  return client.getSingle(
    '/api/home-page',
    { locale, fields: ['title', 'intro'], populate: { blocks: blocksPopulate } },
    homePageEntry
  );
}

export function fetchNavigation(client: StrapiClient, locale: LocaleCode) {
  return client.getSingle(
    '/api/navigation',
    {
      locale,
      populate: {
        header: linkPopulate,
        footerColumns: { populate: { links: linkPopulate } },
      },
    },
    navigationEntry
  );
}
