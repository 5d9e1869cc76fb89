import { z } from 'zod';
import { blocks, linkEntry, media, optionalText } from '../schemas';

/**
 * The blocks editors compose pages (and the home page) from, as the CMS's `blocks` dynamic zone
 * sends them: one zod schema per component of `cms/src/components/blocks/`, and the populate that
 * reaches their files and links. Strapi populates a dynamic zone's nested fields only through
 * `on` fragments (strapi/strapi#20653).
 */

const imageFields = ['url', 'alternativeText', 'width', 'height', 'mime', 'name'];
const fileFields = ['url', 'mime', 'name', 'ext', 'size'];
/** A link's destinations, as far as the site needs them: which document, if still published. */
export const linkPopulate = {
  populate: {
    page: { fields: ['documentId'] },
    workshop: { fields: ['documentId'] },
    theme: { fields: ['documentId'] },
    focusEdition: { fields: ['documentId'] },
  },
};

export const blocksPopulate = {
  on: {
    'blocks.rich-text': true,
    'blocks.image': { populate: { image: { fields: imageFields } } },
    'blocks.call-to-action': { populate: { link: linkPopulate } },
    'blocks.latest-items': true,
    'blocks.questions': { populate: { items: true } },
    'blocks.contact-card': true,
    'blocks.file-download': { populate: { file: { fields: fileFields } } },
  },
};

const text = z.string();
const count = z.number().int().min(1).max(12);

export const pageBlock = z.discriminatedUnion('__component', [
  z.object({ __component: z.literal('blocks.rich-text'), body: blocks }),
  z.object({
    __component: z.literal('blocks.image'),
    // Null when the file was deleted from the media library: the block is then left out.
    image: media,
    alt: optionalText,
    decorative: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    caption: optionalText,
    credit: optionalText,
  }),
  z.object({
    __component: z.literal('blocks.call-to-action'),
    text: optionalText,
    link: linkEntry.nullish().transform((value) => value ?? null),
  }),
  z.object({
    __component: z.literal('blocks.latest-items'),
    heading: text,
    kind: z.enum(['workshopReports', 'focusEditions', 'upcomingWorkshops']),
    count,
  }),
  z.object({
    __component: z.literal('blocks.questions'),
    heading: optionalText,
    items: z
      .array(z.object({ question: text, answer: blocks }))
      .nullish()
      .transform((value) => value ?? []),
  }),
  z.object({
    __component: z.literal('blocks.contact-card'),
    heading: optionalText,
    useSiteContact: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    name: optionalText,
    email: optionalText,
    phone: optionalText,
    address: optionalText,
    note: optionalText,
  }),
  z.object({
    __component: z.literal('blocks.file-download'),
    file: media,
    label: text,
    description: optionalText,
  }),
]);

export type PageBlockEntry = z.output<typeof pageBlock>;

export const pageBlocks = z
  .array(pageBlock)
  .nullish()
  .transform((value) => value ?? []);
