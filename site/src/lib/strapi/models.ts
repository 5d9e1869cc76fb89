import type { LocaleCode } from '@zorgzone/config';
import type { z } from 'zod';
import type {
  focusEditionEntry,
  homePageEntry,
  siteSettingsEntry,
  teamMemberEntry,
  themeEntry,
  workshopEntry,
} from './schemas';

/** The site's typed content: Strapi's entries as parsed, with the locale narrowed to ours. */
type Localized<T> = Omit<T, 'locale'> & { locale: LocaleCode };

export type Workshop = Localized<z.output<typeof workshopEntry>>;
export type Theme = Localized<z.output<typeof themeEntry>>;
export type FocusEdition = Localized<z.output<typeof focusEditionEntry>>;
export type TeamMember = Localized<z.output<typeof teamMemberEntry>>;
export type SiteSettings = z.output<typeof siteSettingsEntry>;
export type HomePage = z.output<typeof homePageEntry>;
export type { Block, InlineNode, ListNode, ListItemNode, TextNode } from './schemas';

/** Everything one language of the site shows. */
export interface LocaleContent {
  readonly locale: LocaleCode;
  readonly settings: SiteSettings;
  readonly home: HomePage | null;
  readonly workshops: readonly Workshop[];
  readonly themes: readonly Theme[];
  readonly focusEditions: readonly FocusEdition[];
  readonly team: readonly TeamMember[];
}

export type SiteContent = Readonly<Record<LocaleCode, LocaleContent>>;
