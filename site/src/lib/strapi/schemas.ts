import { z } from 'zod';
import type { ResponsiveImage } from '../media/store';

/** What Strapi's REST API sends for the fields the site reads; parsed once, so API drift fails the build. */

export const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() !== '' ? value : null));

const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export type TextNode = z.infer<typeof textNode>;
export type InlineNode = TextNode | { type: 'link'; url: string; children: TextNode[] };
export type ListItemNode = { type: 'list-item'; children: (InlineNode | ListNode)[] };
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (ListItemNode | ListNode)[];
};
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | {
      type: 'image';
      image: {
        url: string;
        alternativeText?: string | null;
        width?: number | null;
        height?: number | null;
      };
      /** The site's own copy at several widths, once the build has made it. */
      responsive?: ResponsiveImage;
    }
  | ListNode;

const link: z.ZodType<InlineNode> = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNode),
});
const inline: z.ZodType<InlineNode> = z.union([textNode, link]);
const list: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.union([listItem, list])),
  })
);
const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('list-item'), children: z.array(z.union([inline, list])) })
);
const block: z.ZodType<Block> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inline) }),
  z.object({
    type: z.literal('heading'),
    level: z.union([
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(5),
      z.literal(6),
    ]),
    children: z.array(inline),
  }),
  z.object({ type: z.literal('quote'), children: z.array(inline) }),
  z.object({ type: z.literal('code'), children: z.array(textNode) }),
  z.object({
    type: z.literal('image'),
    image: z.object({
      url: z.string(),
      alternativeText: z.string().nullish(),
      width: z.number().nullish(),
      height: z.number().nullish(),
    }),
  }),
  list,
]);

export const blocks = z
  .array(block)
  .nullish()
  .transform((value) => value ?? []);

const mediaFile = z.object({
  url: z.string(),
  alternativeText: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mime: z.string().nullish(),
  name: z.string().nullish(),
  ext: z.string().nullish(),
  /** In kilobytes, as Strapi counts them. */
  size: z.number().nullish(),
});

export const media = mediaFile.nullish().transform((value) => value ?? null);

/** A related document, as far as a link needs it: which one. Null when unpublished or deleted. */
export const documentRef = z
  .object({ documentId: z.string() })
  .nullish()
  .transform((value) => value ?? null);

/** The site's lists a link can lead to (the CMS's `list` choice). */
const listTarget = z
  .enum(['home', 'workshops', 'themes', 'focusEditions', 'team', 'search'])
  .nullish()
  .transform((value) => value ?? null);

/** A menu item or call to action: a label and one destination (navigation.link in the CMS). */
export const linkEntry = z.object({
  label: z.string(),
  page: documentRef,
  workshop: documentRef,
  theme: documentRef,
  focusEdition: documentRef,
  list: listTarget,
  url: optionalText,
});

export const seoEntry = z
  .object({
    metaTitle: optionalText,
    metaDescription: optionalText,
    socialImage: media,
    noindex: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
  })
  .nullish()
  .transform((value) => value ?? null);

const documentBase = { documentId: z.string(), locale: z.string() };

export const themeRef = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
export const teamRef = z.object({ documentId: z.string(), name: z.string() });
const resourceLink = z.object({ label: z.string(), url: z.string(), description: optionalText });

export const workshopEntry = z.object({
  ...documentBase,
  number: z.number(),
  title: z.string(),
  slug: z.string(),
  date: z.string(),
  startTime: optionalText,
  endTime: optionalText,
  venue: optionalText,
  summary: optionalText,
  participants: optionalText,
  participantCount: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  presentationUrl: optionalText,
  presentationFile: media,
  updatedAt: z.string(),
  programme: z
    .array(z.object({ startTime: z.string(), endTime: optionalText, label: z.string() }))
    .nullish()
    .transform((value) => value ?? []),
  agendaTopics: z
    .array(z.object({ title: z.string(), details: blocks }))
    .nullish()
    .transform((value) => value ?? []),
  roundTables: z
    .array(
      z.object({
        title: z.string(),
        body: blocks,
        themes: z
          .array(themeRef)
          .nullish()
          .transform((value) => value ?? []),
      })
    )
    .nullish()
    .transform((value) => value ?? []),
  resources: z
    .array(resourceLink)
    .nullish()
    .transform((value) => value ?? []),
  themes: z
    .array(themeRef)
    .nullish()
    .transform((value) => value ?? []),
  teamMembers: z
    .array(teamRef)
    .nullish()
    .transform((value) => value ?? []),
  seo: seoEntry,
});

export const themeEntry = z.object({
  ...documentBase,
  name: z.string(),
  slug: z.string(),
  shortDescription: optionalText,
  description: blocks,
  seo: seoEntry,
});

export const focusEditionEntry = z.object({
  ...documentBase,
  edition: z.number(),
  title: z.string(),
  slug: z.string(),
  summary: optionalText,
  editionStatus: z.enum(['published', 'in_preparation']),
  publicationDate: optionalText,
  pdf: media,
  url: optionalText,
  themes: z
    .array(themeRef)
    .nullish()
    .transform((value) => value ?? []),
  webinar: z
    .object({ date: optionalText, description: optionalText, recordingUrl: optionalText })
    .nullish()
    .transform((value) => value ?? null),
  seo: seoEntry,
});

export const teamMemberEntry = z.object({
  ...documentBase,
  name: z.string(),
  role: optionalText,
  photo: media,
  photoAlt: optionalText,
  bio: optionalText,
  displayOrder: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

export const siteSettingsEntry = z.object({
  siteName: z.string(),
  tagline: optionalText,
  organisationName: optionalText,
  legalForm: optionalText,
  registeredOffice: optionalText,
  enterpriseNumber: optionalText,
  legalEntitiesRegister: optionalText,
  contactEmail: optionalText,
  contactPhone: optionalText,
  address: optionalText,
  footerLines: z
    .array(z.object({ text: z.string(), url: optionalText }))
    .nullish()
    .transform((value) => value ?? []),
  privacyStatement: documentRef,
  accessibilityStatement: documentRef,
});
