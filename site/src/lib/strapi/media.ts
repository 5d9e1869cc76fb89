import { MediaStore, type ResponsiveImage, type SocialImage } from '../media/store';
import type { StrapiClient } from './client';
import type { RawLocaleContent } from './raw';
import type { Block, ListNode } from './schemas';

/** The site's own copies of the uploads the content uses, by their URL in Strapi. */
export interface MediaIndex {
  image(url: string): ResponsiveImage | null;
  social(url: string): SocialImage | null;
  file(url: string): string | null;
}

type Role = 'image' | 'social' | 'file';

/** Every media URL a language's content uses, by what the site makes of it. */
function mediaUses(content: RawLocaleContent): [Role, string][] {
  const uses: [Role, string][] = [];
  const add = (role: Role, file: { url: string } | null | undefined) => {
    if (file) uses.push([role, file.url]);
  };
  const richText = (nodes: readonly (Block | ListNode)[]) => {
    for (const node of nodes) if (node.type === 'image') add('image', node.image);
  };
  const seo = (entry: { seo: { socialImage: { url: string } | null } | null }) =>
    add('social', entry.seo?.socialImage);
  const pageBlocks = (blocks: RawLocaleContent['pages'][number]['blocks']) => {
    for (const block of blocks) {
      if (block.__component === 'blocks.rich-text') richText(block.body);
      if (block.__component === 'blocks.questions')
        for (const item of block.items) richText(item.answer);
      if (block.__component === 'blocks.image') add('image', block.image);
      if (block.__component === 'blocks.file-download') add('file', block.file);
    }
  };
  for (const workshop of content.workshops) {
    add('file', workshop.presentationFile);
    seo(workshop);
    for (const topic of workshop.agendaTopics) richText(topic.details);
    for (const roundTable of workshop.roundTables) richText(roundTable.body);
  }
  for (const theme of content.themes) {
    seo(theme);
    richText(theme.description);
  }
  for (const edition of content.focusEditions) {
    add('file', edition.pdf);
    seo(edition);
  }
  for (const member of content.team) add('image', member.photo);
  for (const page of content.pages) {
    seo(page);
    pageBlocks(page.blocks);
  }
  if (content.home) {
    richText(content.home.intro);
    pageBlocks(content.home.blocks);
  }
  for (const redirect of content.redirects) add('file', redirect.file);
  return uses;
}

/** How many uploads are downloaded at once: enough to hide Strapi's latency, few enough to be polite. */
const DOWNLOADS_AT_ONCE = 4;

/**
 * Downloads each upload the content uses once and turns it into what the site publishes under
 * /media/: images at several widths and formats, social images at 1200×630, files as they are.
 * The store encodes nothing it has encoded before, in this build or an earlier one.
 */
export async function localizeMedia(
  client: StrapiClient,
  contents: readonly RawLocaleContent[],
  store: MediaStore = new MediaStore()
): Promise<MediaIndex> {
  const uses = [
    ...new Map(contents.flatMap(mediaUses).map((use) => [use.join('\n'), use])).values(),
  ];
  const images = new Map<string, ResponsiveImage>();
  const socials = new Map<string, SocialImage>();
  const files = new Map<string, string>();
  const downloads = new Map<string, Promise<Uint8Array>>();
  const download = (url: string) => {
    let bytes = downloads.get(url);
    if (!bytes) downloads.set(url, (bytes = client.download(url)));
    return bytes;
  };
  const queue = [...uses];
  const work = async () => {
    for (let use = queue.shift(); use; use = queue.shift()) {
      const [role, url] = use;
      const source = {
        bytes: await download(url),
        name: decodeURIComponent(url.split('/').at(-1)!),
      };
      if (role === 'image') images.set(url, await store.image(source));
      else if (role === 'social') socials.set(url, await store.social(source));
      else files.set(url, await store.file(source));
    }
  };
  await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, work));
  return {
    image: (url) => images.get(url) ?? null,
    social: (url) => socials.get(url) ?? null,
    file: (url) => files.get(url) ?? null,
  };
}
