import type { LocaleCode } from '@zorgzone/config';
import type { z } from 'zod';
import type { pageEntry } from './queries/pages';
import type { redirectEntry } from './queries/redirects';
import type { homePageEntry, navigationEntry } from './queries/site';
import type {
  focusEditionEntry,
  siteSettingsEntry,
  teamMemberEntry,
  themeEntry,
  workshopEntry,
} from './schemas';

/** One language's content as Strapi sent it, parsed: before media and links are resolved. */
export interface RawLocaleContent {
  readonly locale: LocaleCode;
  readonly settings: z.output<typeof siteSettingsEntry>;
  readonly home: z.output<typeof homePageEntry> | null;
  readonly navigation: z.output<typeof navigationEntry> | null;
  readonly workshops: readonly z.output<typeof workshopEntry>[];
  readonly themes: readonly z.output<typeof themeEntry>[];
  readonly focusEditions: readonly z.output<typeof focusEditionEntry>[];
  readonly team: readonly z.output<typeof teamMemberEntry>[];
  readonly pages: readonly z.output<typeof pageEntry>[];
  readonly redirects: readonly z.output<typeof redirectEntry>[];
}
