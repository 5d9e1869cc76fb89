import type { LocaleCode, SiteWarning } from '@zorgzone/config';
import type { z } from 'zod';
import type { ResponsiveImage, SocialImage } from '../media/store';
import type { SiteRedirect } from '../redirects/host-formats';
import type { Route } from '../routes';
import type { PageBlockEntry } from './queries/blocks';
import type { pageEntry } from './queries/pages';
import type { homePageEntry } from './queries/site';
import type {
  focusEditionEntry,
  siteSettingsEntry,
  teamMemberEntry,
  themeEntry,
  workshopEntry,
} from './schemas';

/** The site's typed content: Strapi's entries as parsed, with the locale narrowed to ours. */
type Localized<T> = Omit<T, 'locale'> & { locale: LocaleCode };

/** What a page says about itself to search engines and link previews, filled in from its SEO fields. */
export interface Seo {
  readonly title: string | null;
  readonly description: string | null;
  readonly image: SocialImage | null;
  readonly noindex: boolean;
}

/** An entry whose SEO fields are resolved: the social image encoded at 1200×630. */
type WithSeo<T> = Omit<T, 'seo'> & { seo: Seo };

export type Workshop = WithSeo<Localized<z.output<typeof workshopEntry>>>;
export type Theme = WithSeo<Localized<z.output<typeof themeEntry>>>;
export type FocusEdition = WithSeo<Localized<z.output<typeof focusEditionEntry>>>;
export type TeamMember = Omit<Localized<z.output<typeof teamMemberEntry>>, 'photo'> & {
  photo: ResponsiveImage | null;
};
export type SiteSettings = z.output<typeof siteSettingsEntry>;
export type { Block, InlineNode, ListNode, ListItemNode, TextNode } from './schemas';

/** A link as visitors follow it: where to, and which page of the site it is, if one is. */
export interface SiteLink {
  readonly label: string;
  readonly href: string;
  /** Set for a page of this site, so a menu can mark the page being read. */
  readonly route: Route | null;
}

/** A block as pages render it: its destinations, files and latest items filled in at build. */
export type PageBlock =
  | Extract<PageBlockEntry, { __component: 'blocks.rich-text' | 'blocks.questions' }>
  | {
      readonly __component: 'blocks.image';
      readonly image: ResponsiveImage;
      /** Empty for a decorative image. */
      readonly alt: string;
      readonly caption: string | null;
      readonly credit: string | null;
    }
  | {
      readonly __component: 'blocks.call-to-action';
      readonly text: string | null;
      readonly link: SiteLink;
    }
  | {
      readonly __component: 'blocks.latest-items';
      readonly heading: string;
      readonly workshops: readonly Workshop[];
      readonly focusEditions: readonly FocusEdition[];
      /** Upcoming workshops say when they are; reports say what they were about. */
      readonly kind: 'workshopReports' | 'focusEditions' | 'upcomingWorkshops';
    }
  | {
      readonly __component: 'blocks.contact-card';
      readonly heading: string | null;
      readonly name: string | null;
      readonly email: string | null;
      readonly phone: string | null;
      readonly address: string | null;
      readonly note: string | null;
    }
  | {
      readonly __component: 'blocks.file-download';
      readonly href: string;
      readonly label: string;
      readonly description: string | null;
      /** The file's type as visitors know it: "PDF", "JPEG"… */
      readonly type: string;
      readonly bytes: number | null;
    };

/** An editor's page, with its path under its parents (`over-ons/werking`) and its blocks resolved. */
export type Page = WithSeo<
  Omit<Localized<z.output<typeof pageEntry>>, 'blocks' | 'parent'> & {
    readonly slugPath: string;
    readonly parentId: string | null;
    readonly blocks: readonly PageBlock[];
  }
>;

export type HomePage = Omit<z.output<typeof homePageEntry>, 'blocks'> & {
  readonly blocks: readonly PageBlock[];
};

export interface Navigation {
  readonly header: readonly SiteLink[];
  readonly footerColumns: readonly {
    readonly heading: string;
    readonly links: readonly SiteLink[];
  }[];
}

/** Everything one language of the site shows. */
export interface LocaleContent {
  readonly locale: LocaleCode;
  readonly settings: SiteSettings;
  readonly home: HomePage | null;
  readonly workshops: readonly Workshop[];
  readonly themes: readonly Theme[];
  readonly focusEditions: readonly FocusEdition[];
  readonly team: readonly TeamMember[];
  readonly pages: readonly Page[];
  readonly navigation: Navigation;
  /** The footer's links to the statements every page must link to; null while not published. */
  readonly legalLinks: {
    readonly privacy: SiteLink | null;
    readonly accessibility: SiteLink | null;
  };
  /** The redirects to this language's pages, each with its final destination. */
  readonly redirects: readonly SiteRedirect[];
  /** What the build left out or found missing, for editors (the Public site page shows it). */
  readonly warnings: readonly SiteWarning[];
}

export type SiteContent = Readonly<Record<LocaleCode, LocaleContent>>;

/** What every block renderer receives: its block, the page's language and its place on the page. */
export interface BlockProps<C extends PageBlock['__component']> {
  readonly block: Extract<PageBlock, { __component: C }>;
  readonly locale: LocaleCode;
  /** Its position among the page's blocks, for ids of its own. */
  readonly index: number;
  /** Whether it opens the page, on the first screen: an image there is not loaded lazily. */
  readonly first: boolean;
}
